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

void StatPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 2, -4, -4);
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
