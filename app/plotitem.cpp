#include "plotitem.h"

#include "chart/chartseries.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

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
    if (it != m_lines.cend() && *it == line)
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

void PlotItem::setThresholds(const QList<Threshold> &steps, ThresholdStyle style)
{
    m_thresholds = steps;
    m_thresholdStyle = style;
    update();
}

QPointF PlotItem::mapPoint(const QPointF &point) const
{
    return map({point}).first();
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

void PlotItem::paintThresholds(QPainter *painter) const
{
    if (!m_thresholdStyle.lines && !m_thresholdStyle.areas)
        return;
    for (qsizetype i = 0; i < m_thresholds.size(); ++i) {
        const Threshold &step = m_thresholds[i];
        const double from = std::max(step.value, m_yMin);
        const double to =
            i + 1 < m_thresholds.size() ? std::min(m_thresholds[i + 1].value, m_yMax) : m_yMax;
        if (m_thresholdStyle.areas && to > from) {
            QColor fill = step.colour;
            fill.setAlphaF(0.15);
            const QPointF top = mapPoint({m_xFrom, to});
            const QPointF bottom = mapPoint({m_xTo, from});
            painter->fillRect(QRectF(top, bottom).normalized(), fill);
        }
        // The base step has no line: it starts at -infinity.
        if (m_thresholdStyle.lines && std::isfinite(step.value) && step.value >= m_yMin
            && step.value <= m_yMax) {
            QPen pen(step.colour, 1, m_thresholdStyle.dashed ? Qt::DashLine : Qt::SolidLine);
            pen.setCosmetic(true);
            painter->setPen(pen);
            const double y = mapPoint({m_xFrom, step.value}).y();
            painter->drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
        }
    }
}

void PlotItem::paintBars(QPainter *painter, const Line &line) const
{
    const QPolygonF upper = map(line.points);
    const QPolygonF lower = line.lower.size() == line.points.size() ? map(line.lower) : QPolygonF();
    // As wide as the points are apart, with a gap, at least a pixel.
    qreal spacing = m_area.width();
    for (qsizetype i = 1; i < upper.size(); ++i)
        spacing = std::min(spacing, upper[i].x() - upper[i - 1].x());
    const qreal width = std::max<qreal>(1, spacing * 0.8);
    const qreal zero = mapPoint({m_xFrom, std::clamp(0.0, m_yMin, m_yMax)}).y();
    QColor fill = line.colour;
    // Grafana's bars: filled at the series' fill opacity, outlined in its colour.
    fill.setAlphaF(line.fillOpacity);
    QPen outline(line.colour, line.width);
    outline.setCosmetic(true);
    painter->setPen(line.width > 0 ? outline : QPen(Qt::NoPen));
    painter->setBrush(fill);
    for (qsizetype i = 0; i < upper.size(); ++i) {
        const qreal base = lower.isEmpty() ? zero : lower[i].y();
        painter->drawRect(QRectF(QPointF(upper[i].x() - width / 2, upper[i].y()),
                                 QPointF(upper[i].x() + width / 2, base))
                              .normalized());
    }
    painter->setBrush(Qt::NoBrush);
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    painter->setClipRect(m_area);
    painter->setRenderHint(QPainter::Antialiasing);
    paintThresholds(painter);
    QStringList keys = m_order;
    for (const QString &key : m_lines.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        const auto it = m_lines.constFind(key);
        if (it == m_lines.cend() || !it->visible || it->points.isEmpty())
            continue;
        if (it->draw == pc::SeriesStyle::Draw::Bars) {
            paintBars(painter, *it);
            continue;
        }
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
    if (line.draw == pc::SeriesStyle::Draw::Points) {
        painter->setBrush(line.colour);
        const qreal radius = std::max<qreal>(2, line.width + 1);
        for (const QPointF &point : upper)
            painter->drawEllipse(point, radius, radius);
        painter->setBrush(Qt::NoBrush);
        return;
    }
    if (!line.lower.isEmpty() && line.fillOpacity > 0) {
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
        fill.setAlphaF(line.fillOpacity);
        const QPen pen = painter->pen();
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPolygon(band);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pen);
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
