#pragma once

#include "chart/chartseries.h"
#include "chart/heatmapbuckets.h"
#include "dashboard/grafanapanel.h"
#include "dashboard/heatmapoptions.h"

#include <QColor>
#include <QWidget>

namespace pc {
class TimeRange;
}

namespace pc::app {

/// A Grafana heatmap panel over Prometheus's classic histograms: a column per time step, a row
/// per `le` bucket (lowest at the bottom), each cell coloured by how many observations fell in
/// it that step (heatmapBuckets()), on the panel's colour scheme or opacity, with Grafana's
/// exponential colour scale; the bucket bounds on the left in the panel's unit, the times
/// below, the scale's colours and its range under them, a cell's time, bucket and count on
/// hover. Empty cells (no observation) stay clear, as Grafana hides them. The times span the
/// shared TimeRange when given (not owned), as the other panels do. Shows what it is given; GUI
/// thread.
class HeatmapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HeatmapPanel(const pc::GrafanaPanel &panel, const pc::TimeRange *range = nullptr,
                          QWidget *parent = nullptr);

    void setSeries(const QList<pc::ChartSeries> &series);
    const pc::HeatmapBuckets &buckets() const { return m_buckets; }
    /// The colour a count is drawn in; invalid for a cell left clear.
    QColor colorFor(double count) const;
    /// What the tooltip says at a point of the widget, or empty outside the cells.
    QString toolTipAt(const QPoint &point) const;
    /// Where the cells are drawn.
    QRectF plotRect() const;

    QSize sizeHint() const override { return {320, 200}; }
    QSize minimumSizeHint() const override { return {120, 80}; }

signals:
    /// The plot's width in pixels, over the width of a cell worth drawing: the points to ask.
    void plotWidthChanged(int points);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString boundText(int row) const;
    double stepMs() const;
    /// The times the plot spans, in ms since the epoch.
    std::pair<double, double> extent() const;
    void paintCells(QPainter &painter, const QRectF &plot) const;
    void paintAxes(QPainter &painter, const QRectF &plot) const;
    void paintLegend(QPainter &painter, const QRectF &area) const;

    const pc::TimeRange *m_range;
    pc::HeatmapOptions m_options;
    QList<QColor> m_stops;
    pc::HeatmapBuckets m_buckets;
    bool m_answered = false;
};

}  // namespace pc::app
