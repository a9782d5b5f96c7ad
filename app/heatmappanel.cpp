#include "heatmappanel.h"

#include "chart/timerange.h"
#include "chart/timeticks.h"
#include "format/displayformat.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pc::app {
namespace {

// Grafana leaves a cell narrower than this unreadable: ask for fewer steps instead.
constexpr int CellPixels = 6;
constexpr int LegendHeight = 14;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

HeatmapPanel::HeatmapPanel(const pc::GrafanaPanel &panel, const pc::TimeRange *range,
                           QWidget *parent)
    : QWidget(parent), m_range(range), m_options(pc::HeatmapOptions::fromPanel(panel))
{
    setAccessibleName(panel.title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    for (const QString &stop : pc::heatmapSchemeStops(m_options.scheme))
        m_stops.append(QColor(stop));
    // A sequential scheme runs from the background's shade to its strongest colour: on a
    // dark palette it is turned round, as Grafana does in its dark theme.
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    if (dark != m_options.reverseColors)
        std::reverse(m_stops.begin(), m_stops.end());
}

void HeatmapPanel::setSeries(const QList<pc::ChartSeries> &series)
{
    m_answered = true;
    m_buckets = pc::heatmapBuckets(series);
    setAccessibleDescription(tr("%1 buckets over %2 steps")
                                 .arg(m_buckets.upperBounds.size())
                                 .arg(m_buckets.times.size()));
    update();
}

QColor HeatmapPanel::colorFor(double count) const
{
    if (!std::isfinite(count) || count <= 1e-9 || m_buckets.maxCount <= 0)
        return {};
    const double t = std::clamp(std::pow(count / m_buckets.maxCount, m_options.exponent), 0.0, 1.0);
    if (m_options.colorMode == pc::HeatmapOptions::ColorMode::Opacity || m_stops.size() < 2) {
        QColor color(pc::grafanaColorToCss(m_options.color));
        color.setAlphaF(float(0.1 + 0.9 * t));
        return color;
    }
    const double position = t * double(m_stops.size() - 1);
    const int low = std::min(int(position), int(m_stops.size()) - 2);
    return mix(m_stops[low], m_stops[low + 1], position - low);
}

double HeatmapPanel::stepMs() const
{
    const QList<double> &times = m_buckets.times;
    if (times.size() < 2)
        return 1000;
    QList<double> gaps;
    for (qsizetype i = 1; i < times.size(); ++i)
        gaps.append(times[i] - times[i - 1]);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return gaps[gaps.size() / 2];
}

std::pair<double, double> HeatmapPanel::extent() const
{
    if (m_range) {
        const auto [from, to] = m_range->range();
        return {double(from), double(to)};
    }
    return {m_buckets.times.first() - stepMs(), m_buckets.times.last()};
}

QString HeatmapPanel::boundText(int row) const
{
    const double bound = m_buckets.bounds.value(row);
    if (std::isnan(bound))
        return m_buckets.upperBounds.value(row);
    if (std::isinf(bound))
        return QStringLiteral("+Inf");
    const double scaled = bound * m_options.unit.scale;
    return m_options.decimals
               ? pc::DisplayFormat::fixed(scaled, m_options.unit.unit, *m_options.decimals)
               : pc::DisplayFormat::compact(scaled, m_options.unit.unit);
}

QRectF HeatmapPanel::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = metrics.horizontalAdvance(QStringLiteral("0.00"));
    for (int row = 0; row < m_buckets.upperBounds.size(); ++row)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(boundText(row)));
    const double legend = m_options.showLegend ? LegendHeight + metrics.height() + 4 : 0;
    return QRectF(labelWidth + 8, 4, std::max(10, width() - labelWidth - 14),
                  std::max(10.0, height() - 8 - metrics.height() - legend));
}

void HeatmapPanel::paintCells(QPainter &painter, const QRectF &plot) const
{
    const int rows = int(m_buckets.upperBounds.size());
    const double step = stepMs();
    const auto [from, to] = extent();
    const double span = std::max(1.0, to - from);
    const double rowHeight = plot.height() / rows;
    const double cellWidth = plot.width() * step / span;
    painter.save();
    painter.setClipRect(plot);
    const double gap = cellWidth > 4 && rowHeight > 4 ? 1 : 0;
    for (qsizetype c = 0; c < m_buckets.times.size(); ++c) {
        const double x = plot.left() + plot.width() * (m_buckets.times[c] - step - from) / span;
        for (int r = 0; r < rows; ++r) {
            const QColor color = colorFor(m_buckets.counts[c].value(r));
            if (!color.isValid())
                continue;
            const int shown = m_options.reverseY ? r : rows - 1 - r;
            painter.fillRect(
                QRectF(x, plot.top() + shown * rowHeight, cellWidth - gap, rowHeight - gap), color);
        }
    }
    painter.restore();
}

void HeatmapPanel::paintAxes(QPainter &painter, const QRectF &plot) const
{
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(palette().color(QPalette::WindowText));
    const int rows = int(m_buckets.upperBounds.size());
    const double rowHeight = plot.height() / rows;
    // Every row's bound when they fit, else every n-th, the highest always.
    const int every = std::max(1, int(std::ceil(metrics.height() / rowHeight)));
    for (int r = rows - 1; r >= 0; r -= every) {
        const int shown = m_options.reverseY ? r : rows - 1 - r;
        const QRectF label(0, plot.top() + shown * rowHeight, plot.left() - 6, rowHeight);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, boundText(r));
    }
    const auto [from, to] = extent();
    const double span = std::max(1.0, to - from);
    // Round local times, as the charts' axes read, as many as fit about 60 px apart.
    const int maxTicks = std::clamp(int(plot.width() / 60), 2, 8);
    const int offset = QDateTime::fromMSecsSinceEpoch(qint64(to)).offsetFromUtc();
    for (const pc::TimeTick &tick : pc::timeTicks(qint64(from), qint64(to), maxTicks, offset)) {
        const double x = plot.left() + plot.width() * (double(tick.msecs) - from) / span;
        const double w = metrics.horizontalAdvance(tick.label);
        const double left = std::clamp(x - w / 2, plot.left(), plot.right() - w);
        painter.drawText(QPointF(left, plot.bottom() + metrics.ascent() + 3), tick.label);
    }
}

void HeatmapPanel::paintLegend(QPainter &painter, const QRectF &area) const
{
    const QFontMetrics metrics = fontMetrics();
    const QString low = pc::DisplayFormat::compact(0, pc::DisplayFormat::Unit::Count);
    const QString high =
        pc::DisplayFormat::compact(m_buckets.maxCount, pc::DisplayFormat::Unit::Count);
    const double barWidth = std::min(160.0, area.width() / 2);
    const QRectF bar(area.left() + metrics.horizontalAdvance(low) + 6, area.top(), barWidth,
                     LegendHeight - 4);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, colorFor(std::max(1e-9 * 2, m_buckets.maxCount * i / 10.0)));
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QPointF(area.left(), bar.bottom()), low);
    painter.drawText(QPointF(bar.right() + 6, bar.bottom()), high);
}

void HeatmapPanel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    if (m_buckets.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_answered ? tr("No data") : QString());
        return;
    }
    const QRectF plot = plotRect();
    paintCells(painter, plot);
    paintAxes(painter, plot);
    if (m_options.showLegend) {
        const QFontMetrics metrics = fontMetrics();
        paintLegend(painter, QRectF(plot.left(), plot.bottom() + metrics.height() + 6, plot.width(),
                                    LegendHeight));
    }
}

void HeatmapPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    emit plotWidthChanged(std::max(2, int(plotRect().width()) / CellPixels));
}

QString HeatmapPanel::toolTipAt(const QPoint &point) const
{
    const QRectF plot = plotRect();
    if (m_buckets.isEmpty() || !plot.contains(point))
        return {};
    const int rows = int(m_buckets.upperBounds.size());
    const double step = stepMs();
    const auto [from, to] = extent();
    const double span = std::max(1.0, to - from);
    const double time = from + span * (point.x() - plot.left()) / plot.width();
    const auto column = std::lower_bound(m_buckets.times.cbegin(), m_buckets.times.cend(), time);
    if (column == m_buckets.times.cend() || *column - step >= time)
        return {};  // no step there
    const int shown =
        std::clamp(int((point.y() - plot.top()) / (plot.height() / rows)), 0, rows - 1);
    const int row = m_options.reverseY ? shown : rows - 1 - shown;
    const double count = m_buckets.counts[column - m_buckets.times.cbegin()].value(row);
    const QString bucket =
        m_buckets.cumulative
            ? tr("(%1, %2]").arg(row > 0 ? boundText(row - 1) : QStringLiteral("0"), boundText(row))
            : boundText(row);
    //: %1 is a time, %2 a bucket such as (0.1, 0.25], %3 a count
    return tr("%1\nBucket %2\nCount %3")
        .arg(QDateTime::fromMSecsSinceEpoch(qint64(*column)).toString(QStringLiteral("HH:mm:ss")),
             bucket,
             std::isnan(count) ? tr("none")
                               : pc::DisplayFormat::compact(count, pc::DisplayFormat::Unit::Count));
}

bool HeatmapPanel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_options.showTooltip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace pc::app
