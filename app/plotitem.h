#pragma once

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

    QStringList keys() const { return m_lines.keys(); }
    const Line *line(const QString &key) const;

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPolygonF map(const QList<QPointF> &points) const;
    void paintPiece(QPainter *painter, const Line &line, const QList<QPointF> &piece) const;

    QHash<QString, Line> m_lines;
    QStringList m_order;
    QRectF m_area;
    double m_xFrom = 0;
    double m_xTo = 1;
    double m_yMin = 0;
    double m_yMax = 1;
};

}  // namespace pc::app
