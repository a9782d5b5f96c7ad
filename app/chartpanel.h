#pragma once

#include "chart/livechartfeed.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QValueAxis;

/// The live chart: one line per Prometheus series plus the app's own counter sampled locally,
/// on a time axis, with the query, window and PromQL controls. Shows what a LiveChartFeed
/// (not owned) delivers; replaces each line's points in one call.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(pc::LiveChartFeed *feed, QWidget *parent = nullptr);

    /// Points on the Prometheus lines and the local line: the screenshot waits for both.
    int prometheusPointCount() const;
    /// The time (ms since the epoch) of the newest Prometheus point, or 0.
    qint64 newestPrometheusTime() const;
    int localPointCount() const;
    /// Selects the window among the choices (1 min, 5 min, 15 min, 1 h).
    void setWindow(std::chrono::seconds window);

private:
    void showLocal();
    void showPrometheus(const QList<pc::ChartSeries> &series);
    void applyQueryChoice();
    void updateAxes();
    QLineSeries *addLine(const QString &name);

    pc::LiveChartFeed *m_feed;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_local;
    QHash<QString, QLineSeries *> m_lines;
    QComboBox *m_query;
    QComboBox *m_window;
    QLineEdit *m_promql;
    QLabel *m_queryError;
    QLabel *m_emptyHint;
};
