#include "annotationlayer.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pc::app {
namespace {

using Kind = pc::Annotation::Kind;

QColor kindColour(Kind kind)
{
    // Grafana's palette: blue for the app, Prometheus's orange, alert states as Grafana's
    // alert list shows them, purple for load.
    switch (kind) {
    case Kind::AppStart:
        return QColor(0x57, 0x94, 0xf2);
    case Kind::PrometheusStart:
    case Kind::PrometheusRestart:
        return QColor(0xe6, 0x52, 0x2c);
    case Kind::AlertPending:
        return QColor(0xff, 0x98, 0x30);
    case Kind::AlertFiring:
        return QColor(0xf2, 0x49, 0x5c);
    case Kind::AlertResolved:
        return QColor(0x73, 0xbf, 0x69);
    case Kind::LoadRun:
        return QColor(0xa3, 0x52, 0xcc);
    case Kind::Query:
    case Kind::Other:
        break;
    }
    return QColor(0x00, 0xd3, 0xff);  // Grafana's default annotation colour
}

QColor parseColour(const QString &text)
{
    static const QRegularExpression rgba(QStringLiteral(
        R"(^\s*rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([0-9.]+)\s*)?\)\s*$)"));
    const QRegularExpressionMatch match = rgba.match(text);
    if (match.hasMatch()) {
        QColor colour(std::clamp(match.captured(1).toInt(), 0, 255),
                      std::clamp(match.captured(2).toInt(), 0, 255),
                      std::clamp(match.captured(3).toInt(), 0, 255));
        if (match.hasCaptured(4))
            colour.setAlphaF(std::clamp(match.captured(4).toDouble(), 0.0, 1.0));
        return colour;
    }
    return QColor::fromString(text.trimmed());
}

}  // namespace

AnnotationLayer::AnnotationLayer(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void AnnotationLayer::setGeometry(const QRectF &plotArea, double xFrom, double xTo)
{
    if (plotArea == m_area && xFrom == m_xFrom && xTo == m_xTo)
        return;
    if (plotArea != m_area)
        prepareGeometryChange();
    m_area = plotArea;
    m_xFrom = xFrom;
    m_xTo = std::max(xTo, xFrom + 1);
    update();
}

void AnnotationLayer::setAnnotations(const QString &layer, const QList<pc::Annotation> &annotations)
{
    const auto it = m_layers.constFind(layer);
    if (it == m_layers.cend() ? annotations.isEmpty() : *it == annotations)
        return;
    if (annotations.isEmpty())
        m_layers.remove(layer);
    else
        m_layers.insert(layer, annotations);
    update();
}

QList<pc::Annotation> AnnotationLayer::annotations() const
{
    QList<pc::Annotation> all;
    for (const QList<pc::Annotation> &layer : m_layers)
        all.append(layer);
    return all;
}

QList<pc::Annotation> AnnotationLayer::annotationsAt(qint64 timeMs, double reachMs) const
{
    QList<pc::Annotation> found;
    for (const QList<pc::Annotation> &layer : m_layers) {
        for (const pc::Annotation &a : layer) {
            const bool inside =
                a.isSpan() ? a.startMs - reachMs <= timeMs && timeMs <= a.lastMs() + reachMs
                           : std::abs(double(a.startMs - timeMs)) <= reachMs;
            if (inside)
                found.append(a);
        }
    }
    return found;
}

QColor AnnotationLayer::colourOf(const pc::Annotation &annotation)
{
    if (!annotation.colour.isEmpty()) {
        const QColor own = parseColour(annotation.colour);
        if (own.isValid())
            return own;
    }
    return kindColour(annotation.kind);
}

double AnnotationLayer::xOf(qint64 timeMs) const
{
    return m_area.left() + (double(timeMs) - m_xFrom) * m_area.width() / (m_xTo - m_xFrom);
}

QPixmap AnnotationLayer::markerFoot(const QColor &colour, qreal devicePixelRatio) const
{
    // Drawn once per colour, then copied: an antialiased polygon costs microseconds, a
    // hundred of them most of a millisecond (bench_annotations).
    const auto it = m_feet.constFind(colour.rgba());
    if (it != m_feet.cend())
        return *it;
    QPixmap foot(QSize(MarkerWidth, FootHeight) * devicePixelRatio);
    foot.setDevicePixelRatio(devicePixelRatio);
    foot.fill(Qt::transparent);
    QPainter painter(&foot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QPointF triangle[] = {{MarkerMiddle + 0.5, 0.0},
                                {MarkerMiddle - 3.5, double(FootHeight)},
                                {MarkerMiddle + 4.5, double(FootHeight)}};
    painter.drawPolygon(triangle, 3);
    painter.end();
    m_feet.insert(colour.rgba(), foot);
    return foot;
}

QPixmap AnnotationLayer::markerLine(const QColor &colour, int height, qreal devicePixelRatio) const
{
    // A column a pixel wide, copied where each marker goes: cheaper than a dashed pen, and
    // far cheaper than a marker's width of mostly transparent pixels.
    if (height != m_lineHeight || devicePixelRatio != m_ratio) {
        m_lines.clear();
        m_feet.clear();
        m_lineHeight = height;
        m_ratio = devicePixelRatio;
    }
    const auto it = m_lines.constFind(colour.rgba());
    if (it != m_lines.cend())
        return *it;
    QPixmap line(QSize(1, height) * devicePixelRatio);
    line.setDevicePixelRatio(devicePixelRatio);
    line.fill(Qt::transparent);
    QPainter painter(&line);
    for (int y = 0; y < height; y += 8)
        painter.fillRect(QRect(0, y, 1, std::min(4, height - y)), colour);
    painter.end();
    m_lines.insert(colour.rgba(), line);
    return line;
}

void AnnotationLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    // Drawn straight onto the view at every redraw, never cached: a live range moves at every
    // refresh, which would draw a cache again each time, and a cache the plot's size costs
    // more to clear and copy than these few pixels cost to draw. Crisp pixel-wide shapes, cut
    // to the plot area here rather than by a clip, which sends every fill down the slow path.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRect plot(
        QPoint(int(std::round(m_area.left())), int(std::round(m_area.top()))),
        QPoint(int(std::round(m_area.right())) - 1, int(std::round(m_area.bottom())) - 1));
    paintSpans(painter, plot, ratio);
    paintMarkers(painter, plot, ratio);
    painter->restore();
}

void AnnotationLayer::paintSpans(QPainter *painter, const QRect &plot, qreal ratio) const
{
    // Every band's translucent fill goes into one row the plot's width, stretched to its
    // height in one copy: a fill a band costs a span per row of pixels, hundreds of rows a
    // band (bench_annotations).
    QImage row(QSize(plot.width(), 1) * ratio, QImage::Format_ARGB32_Premultiplied);
    row.fill(Qt::transparent);
    QPainter rowPainter(&row);
    QList<std::pair<QRect, QColor>> strips;
    for (const QList<pc::Annotation> &layer : m_layers) {
        for (const pc::Annotation &a : layer) {
            if (!a.isSpan() || double(a.lastMs()) < m_xFrom || double(a.startMs) > m_xTo)
                continue;
            const QColor colour = colourOf(a);
            const int left = std::max(int(std::round(xOf(a.startMs))), plot.left());
            const int right =
                std::min(std::max(int(std::round(xOf(a.lastMs()))), left + 1), plot.right() + 1);
            QColor fill = colour;
            fill.setAlphaF(0.12 * colour.alphaF());
            rowPainter.fillRect(QRectF((left - plot.left()) * ratio, 0, (right - left) * ratio, 1),
                                fill);
            strips.append({QRect(left, plot.bottom() - 3, right - left, 4), colour});
        }
    }
    rowPainter.end();
    if (strips.isEmpty())
        return;
    painter->drawImage(QRectF(plot), row, QRectF(row.rect()));
    // Along each band's foot, a solid strip in its colour.
    for (const auto &[strip, colour] : std::as_const(strips))
        painter->fillRect(strip, colour);
}

void AnnotationLayer::paintMarkers(QPainter *painter, const QRect &plot, qreal ratio) const
{
    // A dashed line down the plot and a small triangle at its foot.
    const int lineHeight = std::max(1, plot.height() - FootHeight);
    for (const QList<pc::Annotation> &layer : m_layers) {
        for (const pc::Annotation &a : layer) {
            if (a.isSpan() || double(a.startMs) < m_xFrom || double(a.startMs) > m_xTo)
                continue;
            const int x = int(std::round(xOf(a.startMs)));
            if (x < plot.left() || x > plot.right())
                continue;
            const QColor colour = colourOf(a);
            painter->drawPixmap(QPoint(x, plot.top()), markerLine(colour, lineHeight, ratio));
            painter->drawPixmap(QPoint(x - MarkerMiddle, plot.bottom() + 1 - FootHeight),
                                markerFoot(colour, ratio));
        }
    }
}

}  // namespace pc::app
