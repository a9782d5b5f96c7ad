#include "alertpreviewplot.h"

#include "chart/axisscale.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pc::app {

namespace {

constexpr int AxisWidth = 56;
constexpr int Margin = 6;
constexpr int TickCount = 4;

QColor thresholdColour()
{
    return {0xe0, 0x2f, 0x44};  // Grafana's red, as the firing alerts use
}

}  // namespace

AlertPreviewPlot::AlertPreviewPlot(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(140);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AlertPreviewPlot::setRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(fromMs + 1, toMs);
    update();
}

void AlertPreviewPlot::setSeries(const QList<pc::ChartSeries> &series, std::chrono::seconds step)
{
    m_series = series;
    m_stepMs = std::max<qint64>(1000, step.count() * 1000);
    QSet<QString> keys;
    for (const pc::ChartSeries &s : series)
        keys.insert(s.key);
    m_colours.keepOnly(keys);
    update();
}

void AlertPreviewPlot::setThresholds(const QList<double> &values)
{
    m_thresholds = values;
    update();
}

void AlertPreviewPlot::setSpans(const QList<pc::TimeSpan> &spans)
{
    m_spans = spans;
    update();
}

std::pair<double, double> AlertPreviewPlot::valueRange() const
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const pc::ChartSeries &s : m_series) {
        for (const QPointF &p : s.points) {
            if (std::isfinite(p.y())) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
    }
    for (const double t : m_thresholds) {
        low = std::min(low, t);
        high = std::max(high, t);
    }
    if (!std::isfinite(low))
        return {0.0, 1.0};
    return {low, high};
}

void AlertPreviewPlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    const QRectF plot(AxisWidth, Margin, width() - AxisWidth - Margin,
                      height() - 2 * Margin - fontMetrics().height());
    if (plot.width() < 10 || plot.height() < 10)
        return;
    const std::pair<double, double> values = valueRange();
    const pc::AxisScale scale = pc::AxisScale::nice(values.first, values.second, TickCount + 1);
    const double low = scale.min;
    const double high = scale.max;
    const double span = double(m_toMs - m_fromMs);
    const auto xOf = [&](double ms) {
        return plot.left() + (ms - m_fromMs) / span * plot.width();
    };
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - low) / (high - low) * plot.height();
    };

    QColor shade = thresholdColour();
    shade.setAlpha(48);
    for (const pc::TimeSpan &s : m_spans) {
        const double left = std::max(plot.left(), xOf(double(s.startMs)));
        const double right = std::min(plot.right(), xOf(double(s.endMs)));
        if (right > left)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), shade);
    }

    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    painter.setFont(font());
    for (const double v : scale.ticks()) {
        const double y = yOf(v);
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRectF(0, y - 10, AxisWidth - 4, 20), Qt::AlignRight | Qt::AlignVCenter,
                         pc::DisplayFormat::tick(v, scale.step, m_unit));
    }
    const QTime start = QDateTime::fromMSecsSinceEpoch(m_fromMs).toLocalTime().time();
    painter.drawText(QRectF(plot.left(), plot.bottom(), plot.width(), fontMetrics().height()),
                     Qt::AlignLeft, QLocale().toString(start, QLocale::ShortFormat));
    painter.drawText(QRectF(plot.left(), plot.bottom(), plot.width(), fontMetrics().height()),
                     Qt::AlignRight, tr("now"));

    painter.setClipRect(plot);
    for (const pc::ChartSeries &s : m_series) {
        QPainterPath path;
        double previous = -std::numeric_limits<double>::infinity();
        for (const QPointF &p : s.points) {
            const QPointF at(xOf(p.x()), yOf(p.y()));
            // A gap in the answer stays a gap, as on the main chart.
            if (p.x() - previous > 3.0 * double(m_stepMs))
                path.moveTo(at);
            else
                path.lineTo(at);
            previous = p.x();
        }
        painter.setPen(QPen(m_colours.colourFor(s.key), 1.5));
        painter.drawPath(path);
    }
    QPen threshold(thresholdColour(), 1.5, Qt::DashLine);
    painter.setPen(threshold);
    for (const double t : m_thresholds)
        painter.drawLine(QPointF(plot.left(), yOf(t)), QPointF(plot.right(), yOf(t)));
}

}  // namespace pc::app
