#include "statpanel.h"

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
    const double min = m_panel.min.value_or(0);
    const double max =
        m_panel.max.value_or(m_panel.unit.unit == pc::DisplayFormat::Unit::Ratio ? 1.0 : 100.0);
    for (const pc::ChartSeries &line : series) {
        const double raw = pc::reduceStat(line.points, m_panel.reducer);
        Value value;
        value.name = series.size() > 1 ? line.name : QString();
        value.raw = raw;
        value.text = std::isnan(raw)
                         ? tr("No data")
                         : pc::DisplayFormat::value(raw * m_panel.unit.scale, m_panel.unit.unit);
        const QString color = pc::thresholdColor(m_panel.thresholds, raw, min, max);
        value.color = color.isEmpty() ? palette().color(QPalette::WindowText)
                                      : QColor(pc::grafanaColorToCss(color));
        m_values.append(value);
    }
    m_sparkline = series.isEmpty() ? QList<QPointF>() : series.first().points;
    setAccessibleDescription(valueTexts().join(QStringLiteral(", ")));
    update();
}

QStringList StatPanel::valueTexts() const
{
    if (m_values.isEmpty())
        return {m_answered ? tr("No data") : QString()};
    QStringList texts;
    for (const Value &value : m_values)
        texts.append(value.name.isEmpty() ? value.text : tr("%1: %2").arg(value.name, value.text));
    return texts;
}

QColor StatPanel::valueColor() const
{
    return m_values.isEmpty() ? palette().color(QPalette::WindowText) : m_values.first().color;
}

namespace {

// Grafana's gauge: a 240° arc from the bottom left, round the top, to the bottom right.
constexpr double GaugeStart = 210;
constexpr double GaugeSweep = -240;

}  // namespace

double StatPanel::gaugeFraction(double raw) const
{
    const double min = m_panel.min.value_or(0);
    const double max =
        m_panel.max.value_or(m_panel.unit.unit == pc::DisplayFormat::Unit::Ratio ? 1.0 : 100.0);
    if (std::isnan(raw) || max <= min)
        return 0;
    return std::clamp((raw - min) / (max - min), 0.0, 1.0);
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
        const double from = i == 0 ? 0.0 : gaugeFraction(steps[i].value);
        const double to = i + 1 < steps.size() ? gaugeFraction(steps[i + 1].value) : 1.0;
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
    painter.drawArc(ring, int(GaugeStart * 16), int(GaugeSweep * gaugeFraction(value.raw) * 16));
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
    if (!value.name.isEmpty()) {
        painter.setFont(this->font());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(cell.left(), ring.bottom() - thickness, cell.width(),
                                cell.bottom() - ring.bottom() + thickness),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, value.name);
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
        const double fraction = gaugeFraction(value.raw);
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
            bar = QRectF(row.left(), row.top() + (value.name.isEmpty() ? 0 : line),
                         row.width() - textWidth - 4,
                         row.height() - (value.name.isEmpty() ? 0 : line));
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
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         fontMetrics().elidedText(value.name, Qt::ElideRight, int(label.width())));
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
    const bool background = m_panel.colorMode == u"background" && !m_values.isEmpty();
    if (background)
        painter.fillRect(rect(), m_values.first().color);

    // The sparkline first, faint, along the bottom half.
    if (m_sparkline.size() >= 2 && m_panel.colorMode != u"none") {
        double low = m_sparkline.first().y();
        double high = low;
        for (const QPointF &point : m_sparkline) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
        const double t0 = m_sparkline.first().x();
        const double span = std::max(1.0, m_sparkline.last().x() - t0);
        const double height = area.height() * 0.45;
        const auto y = [&](double value) {
            return area.bottom() - (high > low ? (value - low) / (high - low) : 0.5) * height;
        };
        QPainterPath path(QPointF(area.left(), area.bottom()));
        for (const QPointF &point : m_sparkline)
            path.lineTo(area.left() + (point.x() - t0) / span * area.width(), y(point.y()));
        path.lineTo(area.right(), area.bottom());
        path.closeSubpath();
        QColor fill = background ? QColor(Qt::white) : valueColor();
        fill.setAlpha(40);
        painter.fillPath(path, fill);
    }

    const QStringList texts = valueTexts();
    if (texts.isEmpty() || texts.first().isEmpty())
        return;
    // One row per value, the font as large as the row and the width allow.
    const qreal rowHeight = area.height() / qreal(texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        const QRectF row(area.left(), area.top() + rowHeight * i, area.width(), rowHeight);
        QFont font = this->font();
        font.setBold(true);
        qreal size = std::max<qreal>(8, std::min<qreal>(row.height() * 0.55, 40));
        font.setPointSizeF(size);
        while (size > 8 && QFontMetricsF(font).horizontalAdvance(texts[i]) > row.width()) {
            size -= 1;
            font.setPointSizeF(size);
        }
        painter.setFont(font);
        const bool noData = m_values.isEmpty() || std::isnan(m_values[i].raw);
        QColor color = background ? QColor(Qt::white)
                       : noData   ? palette().color(QPalette::PlaceholderText)
                                  : m_values[i].color;
        painter.setPen(color);
        painter.drawText(row, Qt::AlignCenter, texts[i]);
    }
}

}  // namespace pc::app
