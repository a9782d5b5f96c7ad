#pragma once

#include "chart/chartseries.h"
#include "dashboard/grafanapanel.h"

#include <QWidget>

class QPainter;

namespace pc::app {

/// A Grafana stat, gauge or bar gauge panel: each series reduced to one
/// big number (the panel's reducer, `lastNotNull` by default) in the panel's unit, coloured by
/// its thresholds, over a faint sparkline of the range, as Grafana draws one. Shows what it is
/// given; GUI thread.
class StatPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatPanel(const pc::GrafanaPanel &panel, QWidget *parent = nullptr);

    void setSeries(const QList<pc::ChartSeries> &series);
    /// What the panel shows, as text: "1.25 req/s", "No data", or "name: value" per series.
    QStringList valueTexts() const;
    /// The colour of the first value: its threshold step's, or the text colour without steps.
    QColor valueColor() const;

    QSize sizeHint() const override { return {160, 90}; }
    QSize minimumSizeHint() const override { return {60, 40}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Value
    {
        QString name;
        double raw;  // as Prometheus gave it: what thresholds compare
        QString text;
        QColor color;
    };

    /// Where `raw` falls between the panel's min and max (0 to 100 by default), from 0 to 1.
    double gaugeFraction(double raw) const;
    void paintGauge(QPainter &painter, const QRectF &cell, const Value &value);
    void paintBars(QPainter &painter, const QRectF &area);

    pc::GrafanaPanel m_panel;
    QList<Value> m_values;
    QList<QPointF> m_sparkline;  // the first series
    bool m_answered = false;
};

}  // namespace pc::app
