#include "annotationlayer.h"

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
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
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

QPixmap AnnotationLayer::markerPixmap(const QColor &colour, qreal devicePixelRatio) const
{
    // A marker drawn once per colour and plot height, then copied: a dashed line and an
    // antialiased triangle per marker cost milliseconds with a hundred (bench_annotations).
    const int height = int(std::ceil(m_area.height()));
    if (height != m_markerHeight) {
        m_markers.clear();
        m_markerHeight = height;
    }
    const auto it = m_markers.constFind(colour.rgba());
    if (it != m_markers.cend())
        return *it;
    QPixmap marker(QSize(MarkerWidth, height) * devicePixelRatio);
    marker.setDevicePixelRatio(devicePixelRatio);
    marker.fill(Qt::transparent);
    QPainter painter(&marker);
    const int middle = MarkerMiddle;
    for (int y = 0; y < height - 6; y += 8)
        painter.fillRect(QRect(middle, y, 1, 4), colour);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QPointF triangle[] = {{middle + 0.5, height - 6.0},
                                {middle - 3.5, double(height)},
                                {middle + 4.5, double(height)}};
    painter.drawPolygon(triangle, 3);
    painter.end();
    m_markers.insert(colour.rgba(), marker);
    return marker;
}

void AnnotationLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    // Crisp pixel-wide bands, cut to the plot area here rather than by a clip, which sends
    // every fill down the slow path; the markers come drawn.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const double foot = m_area.bottom();
    for (const QList<pc::Annotation> &layer : std::as_const(m_layers)) {
        for (const pc::Annotation &a : layer) {
            if (double(a.lastMs()) < m_xFrom || double(a.startMs) > m_xTo)
                continue;
            const QColor colour = colourOf(a);
            const double x = std::round(xOf(a.startMs));
            if (a.isSpan()) {
                const double left = std::max(x, std::round(m_area.left()));
                const double right =
                    std::min(std::max(std::round(xOf(a.lastMs())), left + 1), m_area.right());
                QColor fill = colour;
                fill.setAlphaF(0.12 * colour.alphaF());
                painter->fillRect(QRectF(left, m_area.top(), right - left, m_area.height()), fill);
                painter->fillRect(QRectF(left, foot - 4, right - left, 4), colour);
                continue;
            }
            if (x < m_area.left() || x > m_area.right())
                continue;
            painter->drawPixmap(QPointF(x - MarkerMiddle, m_area.top()),
                                markerPixmap(colour, ratio));
        }
    }
}

}  // namespace pc::app
