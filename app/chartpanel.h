#pragma once

#include "chart/livechartfeed.h"
#include "displayformat.h"

#include <QHash>

#include <QWidget>
#include <optional>

class ChartView;
class LegendModel;
class PlotItem;
class QCategoryAxis;
class QChart;
class QCheckBox;
class QComboBox;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;

/// The live chart, as Grafana's time series panel and Prometheus's graph page show one: a
/// line per series (identity: the full label set) and the app's own line where it measures
/// the same thing, units on a round-ticked axis, a legend table with last, min, max and mean
/// that hides or isolates lines, a hover crosshair listing every value, drag to zoom, pan and
/// back to live, stacking for rates, query history and metric-name completion. Shows what a
/// LiveChartFeed (not owned) delivers. GUI thread.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    /// Explore: the app's live chart, with its query, window and range controls. Panel: one
    /// panel of the Dashboard view, the chart and its legend only; the feed's targets, range
    /// and unit are set by the dashboard.
    enum class Mode { Explore, Panel };

    explicit ChartPanel(pc::LiveChartFeed *feed, Mode mode = Mode::Explore,
                        QWidget *parent = nullptr);

    /// Draws every value in `unit`, after multiplying it by `scale` (a Grafana `ms` panel's
    /// seconds are 0.001), instead of the unit read from the query and its values.
    void setFixedUnit(pc::DisplayFormat::Unit unit, double scale = 1.0);
    /// The series drawn now, Prometheus's, as the feed delivered them (scaled).
    const QList<pc::ChartSeries> &series() const { return m_series; }

    /// Points on the Prometheus lines and the local line: the screenshot waits for both.
    int prometheusPointCount() const;
    /// The time (ms since the epoch) of the newest Prometheus point, or 0.
    qint64 newestPrometheusTime() const;
    int localPointCount() const;
    /// Selects the window among the choices (1 min, 5 min, 15 min, 1 h).
    void setWindow(std::chrono::seconds window);
    /// Starts on a custom PromQL query (`--query`).
    void setCustomQuery(const QString &promql);

    /// What the chart says instead of lines: the no-data message, or empty.
    QString noDataText() const;
    QString seriesCountText() const;
    QStringList yAxisLabels() const;
    QString yAxisTitle() const;
    pc::DisplayFormat::Unit unit() const { return m_unit; }
    LegendModel *legend() const { return m_legend; }
    /// Keys of the lines drawn now, the local line's included, and how many are visible.
    QStringList lineKeys() const;
    int visibleLineCount() const;
    /// The hover tooltip's rows at a time: `name: value`, highest first, as plain text.
    QStringList hoverRows(qint64 timeMs) const;
    ChartView *view() const { return m_view; }
    QUrl prometheusGraphUrl() const;

    /// Saves the chart as a PNG, or the visible series as CSV. False with a sentence in
    /// `error` when the file cannot be written.
    bool exportPng(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

    static constexpr const char *LocalKey = "__local__";

public slots:
    void backToLive();
    void pan(int direction);
    void zoomTo(qint64 fromMs, qint64 toMs);
    void setStacked(bool stacked);
    void openInPrometheus();
    void chooseTimeRange();
    void toggleLegendRow(int row, Qt::KeyboardModifiers modifiers);

signals:
    void liveChanged(bool live);
    /// One sentence for the status bar: a file written, a URL opened, or why not.
    void message(const QString &text);

private:
    QLayout *createControls();
    /// What to chart, over which window or range: the first row.
    QLayout *createViewControls();
    /// The PromQL field with its completion, Run and Open in Prometheus: the second row.
    QLayout *createQueryControls();
    QWidget *createChart();
    QWidget *createLegend();
    void connectFeed();
    void applyQueryChoice();
    void onQueryChanged();
    void rememberQuery(const QString &promql);
    void showLocal();
    void showPrometheus(const QList<pc::ChartSeries> &series);
    void redraw();
    void updateLegend();
    void setPlotLine(const QString &key, const QList<QPointF> &points, const QColor &colour,
                     bool visible, const QList<QPointF> &below);
    void updateAxes();
    void updateMessages();
    void showHover(qint64 timeMs, const QPoint &globalPos);
    void applyPalette();
    QColor colourFor(const QString &key);
    QList<pc::ChartSeries> visibleSeries() const;
    bool isStacked() const;

    pc::LiveChartFeed *m_feed;
    Mode m_mode;
    std::optional<pc::DisplayFormat::Unit> m_fixedUnit;
    double m_valueScale = 1.0;
    QChart *m_chart;
    ChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
    QGraphicsSimpleTextItem *m_noData;
    PlotItem *m_plot;
    QHash<QString, QColor> m_colours;
    QList<pc::ChartSeries> m_series;
    QList<QPointF> m_localPoints;
    pc::DisplayFormat::Unit m_unit = pc::DisplayFormat::Unit::Count;
    bool m_stackedChoice = false;
    bool m_answered = false;  // Prometheus answered the current query at least once
    LegendModel *m_legend;
    QTableView *m_legendView;
    QComboBox *m_query;
    QComboBox *m_window;
    QLineEdit *m_promql;
    QPushButton *m_run;
    QPushButton *m_live;
    QCheckBox *m_stacked;
    QStringListModel *m_completions;
    QStringList m_metricNames;
    QLabel *m_queryError;
    QLabel *m_seriesCount;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};
