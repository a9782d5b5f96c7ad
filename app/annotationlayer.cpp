#include "annotationlayer.h"

#include <QPainter>
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

QBrush AnnotationLayer::dashBrush(const QColor &colour) const
{
    // A marker's dashes as one texture a pixel wide: a single fill per marker instead of an
    // antialiased dashed pen, which costs far more with many markers (bench_annotations).
    const auto it = m_dashes.constFind(colour.rgba());
    if (it != m_dashes.cend())
        return *it;
    QImage dash(1, 8, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < 8; ++y)
        dash.setPixelColor(0, y, y < 4 ? colour : QColor(Qt::transparent));
    const QBrush brush(dash);
    m_dashes.insert(colour.rgba(), brush);
    return brush;
}

void AnnotationLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_area.isEmpty())
        return;
    painter->setClipRect(m_area.adjusted(0, 0, 0, 1));
    // Crisp pixel-wide lines and bands; only the triangles want antialiasing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrushOrigin(0, int(m_area.top()));
    const double foot = m_area.bottom();
    QList<std::pair<QColor, QPolygonF>> triangles;
    for (const QList<pc::Annotation> &layer : std::as_const(m_layers)) {
        for (const pc::Annotation &a : layer) {
            if (double(a.lastMs()) < m_xFrom || double(a.startMs) > m_xTo)
                continue;
            const QColor colour = colourOf(a);
            const double x = std::round(xOf(a.startMs));
            if (a.isSpan()) {
                const double right = std::max(std::round(xOf(a.lastMs())), x + 1);
                QColor fill = colour;
                fill.setAlphaF(0.12 * colour.alphaF());
                painter->fillRect(QRectF(x, m_area.top(), right - x, m_area.height()), fill);
                painter->fillRect(QRectF(x, foot - 4, right - x, 4), colour);
                continue;
            }
            painter->fillRect(QRectF(x, m_area.top(), 1, m_area.height()), dashBrush(colour));
            triangles.append(
                {colour, QPolygonF({{x + 0.5, foot - 6}, {x - 3.5, foot}, {x + 4.5, foot}})});
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    for (const auto &[colour, triangle] : std::as_const(triangles)) {
        painter->setBrush(colour);
        painter->drawPolygon(triangle);
    }
    painter->setBrush(Qt::NoBrush);
}

}  // namespace pc::app
