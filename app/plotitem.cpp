#include "plotitem.h"

#include "chart/chartseries.h"

#include <QPainter>

#include <algorithm>

namespace pc::app {

PlotItem::PlotItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PlotItem::setGeometry(const QRectF &plotArea, double xFrom, double xTo, double yMin,
                           double yMax)
{
    if (plotArea == m_area && xFrom == m_xFrom && xTo == m_xTo && yMin == m_yMin && yMax == m_yMax)
        return;
    if (plotArea != m_area)
        prepareGeometryChange();
    m_area = plotArea;
    m_xFrom = xFrom;
    m_xTo = std::max(xTo, xFrom + 1);
    m_yMin = yMin;
    m_yMax = yMax > yMin ? yMax : yMin + 1;
    update();
}

void PlotItem::setLine(const QString &key, Line line)
{
    const auto it = m_lines.constFind(key);
    if (it != m_lines.cend() && it->points == line.points && it->lower == line.lower
        && it->colour == line.colour && it->visible == line.visible && it->width == line.width
        && it->dashed == line.dashed && it->breaks == line.breaks)
        return;
    m_lines.emplace(key, std::move(line));
    update();
}

void PlotItem::removeLine(const QString &key)
{
    if (m_lines.remove(key))
        update();
}

void PlotItem::clear()
{
    m_lines.clear();
    update();
}

void PlotItem::setOrder(const QStringList &keys)
{
    if (keys == m_order)
        return;
    m_order = keys;
    update();
}

const PlotItem::Line *PlotItem::line(const QString &key) const
{
    const auto it = m_lines.constFind(key);
    return it == m_lines.cend() ? nullptr : &*it;
}

QPolygonF PlotItem::map(const QList<QPointF> &points) const
{
    const double sx = m_area.width() / (m_xTo - m_xFrom);
    const double sy = m_area.height() / (m_yMax - m_yMin);
    QPolygonF mapped;
    mapped.reserve(points.size());
    for (const QPointF &p : points)
        mapped.append(
            {m_area.left() + (p.x() - m_xFrom) * sx, m_area.bottom() - (p.y() - m_yMin) * sy});
    return mapped;
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    painter->setClipRect(m_area);
    painter->setRenderHint(QPainter::Antialiasing);
    QStringList keys = m_order;
    for (const QString &key : m_lines.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const auto it = m_lines.constFind(key);
        if (it == m_lines.cend() || !it->visible || it->points.isEmpty())
            continue;
        QPen pen(it->colour, it->width, it->dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        // Each piece on its own: a gap stays a gap.
        if (it->breaks.isEmpty()) {
            paintPiece(painter, *it, it->points);
            continue;
        }
        for (const QList<QPointF> &piece : pc::splitAtBreaks(it->points, it->breaks))
            paintPiece(painter, *it, piece);
    }
}

void PlotItem::paintPiece(QPainter *painter, const Line &line, const QList<QPointF> &piece) const
{
    const QPolygonF upper = map(piece);
    if (!line.lower.isEmpty()) {
        // The band's lower edge under this piece only, so a band does not bridge a gap either.
        QList<QPointF> lowerPiece;
        for (const QPointF &p : line.lower) {
            if (p.x() >= piece.first().x() && p.x() <= piece.last().x())
                lowerPiece.append(p);
        }
        QPolygonF band = upper;
        const QPolygonF lower = map(lowerPiece);
        std::for_each(lower.rbegin(), lower.rend(), [&band](const QPointF &p) { band.append(p); });
        QColor fill = line.colour;
        fill.setAlphaF(0.45);
        painter->setBrush(fill);
        painter->drawPolygon(band);
        painter->setBrush(Qt::NoBrush);
    }
    if (upper.size() == 1) {
        // A lone point is invisible as a line: draw it as a dot.
        painter->setBrush(line.colour);
        painter->drawEllipse(upper.first(), 2.5, 2.5);
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->drawPolyline(upper);
    }
}

}  // namespace pc::app
