#pragma once

#include "chart/seriesstyle.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPointF>

namespace pc::app {

/// Draws the chart's lines inside the plot area, all in one item: each line a polyline (or, for
/// a stacked series, a filled band) from data coordinates, with a cosmetic pen. One item
/// instead of a QLineSeries per series: no per-series geometry, signals or hit-test shapes, and
/// the drawing is cached as a pixmap until the data changes, so hundreds of lines stay cheap
/// and a moving crosshair costs nothing (bench/bench_chart). GUI thread.
class PlotItem : public QGraphicsItem
{
public:
    struct Line
    {
        QList<QPointF> points;    // x: ms since the epoch; in time order
        QList<qsizetype> breaks;  // where the line is not joined (ChartSeries::breaks)
        QList<QPointF> lower;     // a band's lower edge; empty: a plain line
        QColor colour;
        qreal width = 1;
        bool dashed = false;
        bool visible = true;
        pc::SeriesStyle::Draw draw = pc::SeriesStyle::Draw::Line;
        qreal fillOpacity = 0.45;  // of a band: the area between `lower` and `points`

        friend bool operator==(const Line &a, const Line &b)
        {
            return a.points == b.points && a.lower == b.lower && a.colour == b.colour
                   && a.visible == b.visible && a.width == b.width && a.dashed == b.dashed
                   && a.draw == b.draw && a.fillOpacity == b.fillOpacity && a.breaks == b.breaks;
        }
    };

    /// A threshold step drawn behind the lines: from `value` up to the next step's.
    struct Threshold
    {
        double value;  // -infinity for the base
        QColor colour;
    };
    /// How thresholds show, as Grafana's `custom.thresholdsStyle.mode`.
    struct ThresholdStyle
    {
        bool lines = false;
        bool areas = false;
        bool dashed = false;
    };

    explicit PlotItem(QGraphicsItem *parent = nullptr);

    /// The plot area, in the parent's coordinates, and the data range it spans.
    void setGeometry(const QRectF &plotArea, double xFrom, double xTo, double yMin, double yMax);
    /// Sets or replaces one line; redraws only if something changed.
    void setLine(const QString &key, Line line);
    void removeLine(const QString &key);
    void clear();
    /// The order lines are drawn in: later ones on top.
    void setOrder(const QStringList &keys);
    /// Threshold steps drawn behind the lines (none by default), sorted by value.
    void setThresholds(const QList<Threshold> &steps, ThresholdStyle style);
    /// Where a data value lands on the plot, in the parent's coordinates.
    QPointF mapPoint(const QPointF &point) const;

    QStringList keys() const { return m_lines.keys(); }
    const QList<Threshold> &thresholds() const { return m_thresholds; }
    ThresholdStyle thresholdStyle() const { return m_thresholdStyle; }
    const Line *line(const QString &key) const;

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF map(const QList<QPointF> &points) const;
    void paintThresholds(QPainter *painter) const;
    void paintBars(QPainter *painter, const Line &line) const;
    void paintPiece(QPainter *painter, const Line &line, const QList<QPointF> &piece) const;

    QHash<QString, Line> m_lines;
    QStringList m_order;
    QList<Threshold> m_thresholds;
    ThresholdStyle m_thresholdStyle;
    QRectF m_area;
    double m_xFrom = 0;
    double m_xTo = 1;
    double m_yMin = 0;
    double m_yMax = 1;
};

}  // namespace pc::app
