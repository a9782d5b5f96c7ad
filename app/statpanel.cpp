#include "statpanel.h"

#include "dashboard/panelseries.h"
#include "dashboard/statreducer.h"
#include "format/displayformat.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pc::app {

StatPanel::StatPanel(const pc::GrafanaPanel &panel, QWidget *parent)
    : QWidget(parent), m_panel(panel)
{
    setAccessibleName(panel.title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StatPanel::setSeries(const QList<pc::ChartSeries> &series)
{
    m_answered = true;
    m_values.clear();
    const pc::PanelSeries resolved = pc::applyFieldConfig(m_panel.fields, series);
    for (qsizetype i = 0; i < resolved.series.size(); ++i) {
        const pc::FieldConfig &config = resolved.configs[i];
        if (config.hideFromViz)
            continue;
        const pc::ChartSeries &line = resolved.series[i];
        Value value;
        value.name = line.name;
        value.raw = pc::reduceStat(line.points, m_panel.reducer);
        value.min = config.min.value_or(0);
        value.max =
            config.max.value_or(config.unit.unit == pc::DisplayFormat::Unit::Ratio ? 1.0 : 100.0);
        const std::optional<double> reduced =
            std::isnan(value.raw) ? std::nullopt : std::optional<double>(value.raw);
        value.text = pc::formatFieldValue(config, reduced);
        if (value.text.isEmpty())
            value.text = tr("No data");
        // A mapping's colour first, then the thresholds', then a fixed colour.
        QString color;
        if (const auto mapped = pc::mapValue(config.mappings, reduced); mapped)
            color = mapped->color;
        if (color.isEmpty())
            color = pc::thresholdColor(config.thresholds, value.raw, value.min, value.max);
        if (color.isEmpty() || config.colorMode == u"fixed")
            color = config.seriesColor().isEmpty() ? color : config.seriesColor();
        value.color = color.isEmpty() ? palette().color(QPalette::WindowText)
                                      : QColor(pc::grafanaColorToCss(color));
        value.points = line.points;
        m_values.append(value);
    }
    setAccessibleDescription(valueTexts().join(QStringLiteral(", ")));
    update();
}

QString StatPanel::shownName(const Value &value) const
{
    const bool names =
        m_values.size() > 1 || m_panel.textMode == u"value_and_name" || m_panel.textMode == u"name";
    return names ? value.name : QString();
}

QStringList StatPanel::valueTexts() const
{
    if (m_values.isEmpty())
        return {m_answered ? tr("No data") : QString()};
    QStringList texts;
    for (const Value &value : m_values) {
        const QString name = shownName(value);
        texts.append(name.isEmpty() ? value.text : tr("%1: %2").arg(name, value.text));
    }
    return texts;
}

QColor StatPanel::valueColor() const
{
    return m_values.isEmpty() ? palette().color(QPalette::WindowText) : m_values.first().color;
}

QList<StatPanel::TileText> StatPanel::tileTexts() const
{
    QList<TileText> tiles;
    const QString &mode = m_panel.textMode;
    for (const Value &value : m_values) {
        TileText tile;
        if (mode != u"none" && mode != u"value")
            tile.name = shownName(value);
        if (mode != u"none" && mode != u"name")
            tile.value = value.text;
        tiles.append(tile);
    }
    return tiles;
}

bool StatPanel::drawsSparklines() const
{
    return m_panel.graphMode != u"none";
}

QList<QRectF> StatPanel::tileRects() const
{
    const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -4);
    const qsizetype count = std::max<qsizetype>(1, m_values.size());
    // Grafana's VizRepeater: "vertical" puts the tiles side by side, "horizontal" stacks
    // them, and "auto" puts them side by side in a panel wider than tall.
    const bool sideBySide =
        m_panel.orientation == u"vertical"
        || (m_panel.orientation != u"horizontal" && area.width() >= area.height());
    QList<QRectF> tiles;
    for (qsizetype i = 0; i < count; ++i) {
        if (sideBySide) {
            const qreal width = area.width() / qreal(count);
            tiles.append(QRectF(area.left() + width * qreal(i), area.top(), width, area.height())
                             .adjusted(i > 0 ? 2 : 0, 0, 0, 0));
        } else {
            const qreal height = area.height() / qreal(count);
            tiles.append(QRectF(area.left(), area.top() + height * qreal(i), area.width(), height)
                             .adjusted(0, i > 0 ? 2 : 0, 0, 0));
        }
    }
    return tiles;
}

namespace {

// Grafana's gauge: a 240° arc from the bottom left, round the top, to the bottom right.
constexpr double GaugeStart = 210;
constexpr double GaugeSweep = -240;

}  // namespace

double StatPanel::gaugeFraction(const Value &value, double raw) const
{
    if (std::isnan(raw) || value.max <= value.min)
        return 0;
    return std::clamp((raw - value.min) / (value.max - value.min), 0.0, 1.0);
}

void StatPanel::paintGauge(QPainter &painter, const QRectF &cell, const Value &value)
{
    const qreal side = std::min(cell.width(), cell.height() * 1.25);
    const qreal thickness = std::max<qreal>(4, side * 0.12);
    QRectF ring(0, 0, side - thickness, side - thickness);
    ring.moveCenter(QPointF(cell.center().x(), cell.top() + side / 2));
    // The threshold bands, thin, outside; the value's arc, thick, inside.
    const QRectF bands =
        ring.adjusted(-thickness * 0.45, -thickness * 0.45, thickness * 0.45, thickness * 0.45);
    const auto &steps = m_panel.thresholds.steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const double from = i == 0 ? 0.0 : gaugeFraction(value, steps[i].value);
        const double to = i + 1 < steps.size() ? gaugeFraction(value, steps[i + 1].value) : 1.0;
        if (to <= from)
            continue;
        painter.setPen(QPen(QColor(pc::grafanaColorToCss(steps[i].color)), thickness * 0.25,
                            Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(bands, int((GaugeStart + GaugeSweep * from) * 16),
                        int(GaugeSweep * (to - from) * 16));
    }
    QColor track = palette().color(QPalette::WindowText);
    track.setAlpha(30);
    painter.setPen(QPen(track, thickness * 0.6, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(ring, int(GaugeStart * 16), int(GaugeSweep * 16));
    painter.setPen(QPen(value.color, thickness * 0.6, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(ring, int(GaugeStart * 16),
                    int(GaugeSweep * gaugeFraction(value, value.raw) * 16));
    QFont font = this->font();
    font.setBold(true);
    qreal size = std::max<qreal>(7, ring.height() * 0.22);
    font.setPointSizeF(size);
    while (size > 7 && QFontMetricsF(font).horizontalAdvance(value.text) > ring.width() * 0.8) {
        size -= 1;
        font.setPointSizeF(size);
    }
    painter.setFont(font);
    painter.setPen(value.color);
    painter.drawText(ring, Qt::AlignCenter, value.text);
    if (const QString name = shownName(value); !name.isEmpty()) {
        painter.setFont(this->font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(cell.left(), ring.bottom() - thickness, cell.width(),
                                cell.bottom() - ring.bottom() + thickness),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, name);
    }
}

void StatPanel::paintBars(QPainter &painter, const QRectF &area)
{
    // One bar per series: horizontal ones stacked down, vertical ones side by side, each with
    // its name and value, on a faint track, filled in its threshold colour.
    const bool vertical = m_panel.orientation == u"vertical";
    const qreal count = qreal(m_values.size());
    const qreal cell = (vertical ? area.width() : area.height()) / count;
    const int line = fontMetrics().height();
    QColor track = palette().color(QPalette::WindowText);
    track.setAlpha(25);
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const Value &value = m_values[i];
        const double fraction = gaugeFraction(value, value.raw);
        QRectF bar;
        QRectF label;
        if (vertical) {
            const QRectF column(area.left() + cell * qreal(i) + 2, area.top(), cell - 4,
                                area.height());
            label = QRectF(column.left(), column.bottom() - line, column.width(), line);
            bar = QRectF(column.left(), column.top() + line, column.width(),
                         column.height() - 2 * line);
            painter.fillRect(bar, track);
            painter.fillRect(QRectF(bar.left(), bar.bottom() - bar.height() * fraction, bar.width(),
                                    bar.height() * fraction),
                             value.color);
            painter.setPen(value.color);
            painter.drawText(QRectF(column.left(), column.top(), column.width(), line),
                             Qt::AlignCenter, value.text);
        } else {
            const QRectF row(area.left(), area.top() + cell * qreal(i) + 2, area.width(), cell - 4);
            const qreal textWidth = std::min<qreal>(row.width() * 0.35, 160);
            label = QRectF(row.left(), row.top(), row.width() - textWidth, line);
            const bool named = !shownName(value).isEmpty();
            bar = QRectF(row.left(), row.top() + (named ? line : 0), row.width() - textWidth - 4,
                         row.height() - (named ? line : 0));
            painter.fillRect(bar, track);
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()),
                             value.color);
            QFont big = font();
            big.setBold(true);
            big.setPointSizeF(std::clamp<qreal>(bar.height() * 0.35, 8, 28));
            while (big.pointSizeF() > 8
                   && QFontMetricsF(big).horizontalAdvance(value.text) > textWidth)
                big.setPointSizeF(big.pointSizeF() - 1);
            painter.setFont(big);
            painter.setPen(value.color);
            painter.drawText(QRectF(bar.right() + 4, bar.top(), textWidth, bar.height()),
                             Qt::AlignVCenter | Qt::AlignRight, value.text);
            painter.setFont(font());
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            fontMetrics().elidedText(shownName(value), Qt::ElideRight, int(label.width())));
    }
}

void StatPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -4);
    if (m_panel.kind == pc::GrafanaPanel::Kind::Gauge && !m_values.isEmpty()) {
        // One gauge per series, side by side, as Grafana lays them out.
        const qreal width = area.width() / qreal(m_values.size());
        for (qsizetype i = 0; i < m_values.size(); ++i)
            paintGauge(painter,
                       QRectF(area.left() + width * qreal(i), area.top(), width, area.height()),
                       m_values[i]);
        return;
    }
    if (m_panel.kind == pc::GrafanaPanel::Kind::BarGauge && !m_values.isEmpty()) {
        paintBars(painter, area);
        return;
    }
    if (m_values.isEmpty()) {
        if (!m_answered)
            return;
        QFont font = this->font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("No data"));
        return;
    }
    const QList<QRectF> tiles = tileRects();
    const QList<TileText> texts = tileTexts();
    for (qsizetype i = 0; i < m_values.size(); ++i)
        paintTile(painter, tiles[i], m_values[i], texts[i]);
}

void StatPanel::paintSparkline(QPainter &painter, const QRectF &tile, const Value &value,
                               bool background)
{
    const QList<QPointF> &points = value.points;
    if (points.size() < 2)
        return;
    double low = points.first().y();
    double high = low;
    for (const QPointF &point : points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    const double t0 = points.first().x();
    const double span = std::max(1.0, points.last().x() - t0);
    const double height = tile.height() * 0.45;
    const auto y = [&](double v) {
        return tile.bottom() - (high > low ? (v - low) / (high - low) : 0.5) * height;
    };
    QPainterPath path(QPointF(tile.left(), tile.bottom()));
    for (const QPointF &point : points)
        path.lineTo(tile.left() + (point.x() - t0) / span * tile.width(), y(point.y()));
    path.lineTo(tile.right(), tile.bottom());
    path.closeSubpath();
    QColor fill = background ? QColor(Qt::white) : value.color;
    fill.setAlpha(40);
    painter.fillPath(path, fill);
}

namespace {

// The largest pixel size, at most `size`, at which `text` fits `width`; at least `floor`.
QFont fittedFont(QFont font, const QString &text, qreal width, qreal size, qreal floor)
{
    size = std::max(floor, size);
    font.setPixelSize(int(size));
    while (size > floor && QFontMetricsF(font).horizontalAdvance(text) > width) {
        size = std::max(floor, size * 0.9);
        font.setPixelSize(int(size));
    }
    return font;
}

}  // namespace

void StatPanel::paintTile(QPainter &painter, const QRectF &tile, const Value &value,
                          const TileText &text)
{
    const bool background =
        m_panel.colorMode == u"background" || m_panel.colorMode == u"background_solid";
    if (background)
        painter.fillRect(tile, value.color);
    if (drawsSparklines() && m_panel.colorMode != u"none")
        paintSparkline(painter, tile, value, background);
    const bool noData = std::isnan(value.raw);
    const QColor textColor = background ? QColor(Qt::white)
                             : noData   ? palette().color(QPalette::PlaceholderText)
                             : m_panel.colorMode == u"none" ? palette().color(QPalette::WindowText)
                                                            : value.color;
    QRectF valueRect = tile.adjusted(2, 0, -2, 0);
    if (!text.name.isEmpty()) {
        // The name above the value, a third of its height, as Grafana's stacked layout has it.
        const qreal nameHeight =
            text.value.isEmpty() ? tile.height() : std::min(tile.height() * 0.3, 24.0);
        const QRectF nameRect(valueRect.left(), tile.top(), valueRect.width(), nameHeight);
        QFont font = fittedFont(this->font(), text.name, nameRect.width(),
                                std::min(nameHeight * 0.7, text.value.isEmpty() ? 40.0 : 16.0), 8);
        painter.setFont(font);
        painter.setPen(background ? QColor(Qt::white) : palette().color(QPalette::WindowText));
        painter.drawText(
            nameRect, Qt::AlignCenter | Qt::TextSingleLine,
            QFontMetrics(font).elidedText(text.name, Qt::ElideRight, int(nameRect.width())));
        valueRect.setTop(nameRect.bottom());
    }
    if (text.value.isEmpty())
        return;
    QFont font = this->font();
    font.setBold(true);
    font = fittedFont(font, text.value, valueRect.width(), std::min(valueRect.height() * 0.7, 56.0),
                      8);
    painter.setFont(font);
    painter.setPen(textColor);
    painter.drawText(valueRect, Qt::AlignCenter | Qt::TextSingleLine, text.value);
}

}  // namespace pc::app
