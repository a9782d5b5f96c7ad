#include "latencyview.h"

#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "load/loadgenerator.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::app {

namespace {

// An hour of seconds: the longest window the chart is shown over.
constexpr int KeptSeconds = 3600;

pc::ChartSeries clientSeries(const QString &quantile, const QString &name,
                             const QList<QPointF> &points)
{
    const QMap<QString, QString> labels{{QStringLiteral("__name__"), QStringLiteral("client")},
                                        {QStringLiteral("quantile"), quantile}};
    return {pc::seriesKey(labels), labels, name, points};
}

}  // namespace

LatencyView::LatencyView(pc::PromClient *client, pc::LoadGenerator *generator,
                         pc::ScrapeTargetWatcher *watcher, QWidget *parent)
    : QWidget(parent),
      m_range(new pc::TimeRange(std::chrono::minutes(5), this)),
      m_poller(new pc::RangePoller(client, m_range, this)),
      m_watcher(watcher)
{
    applyQueries();
    m_poller->setEnabled(false);
    if (m_watcher) {
        connect(m_watcher, &pc::ScrapeTargetWatcher::ownInstanceChanged, this,
                &LatencyView::applyQueries);
    }
    m_chart = new ChartWidget(m_range);
    m_chart->setObjectName(QStringLiteral("latencyChart"));
    m_chart->setAccessibleName(tr("Client and server latency"));
    m_chart->setLegendMode(ChartWidget::LegendMode::Table);
    m_chart->setUnit(pc::DisplayFormat::Unit::Seconds);
    m_chart->setAxisTitle(tr("latency"));
    m_chart->setNoDataText(
        tr("Generate requests: the client's latency of each second shows "
           "here, beside the server's"));
    auto *about =
        new QLabel(tr("Client: p50 and p99 of the answers of each second, measured "
                      "from when each request was due. Server: histogram_quantile "
                      "of http_request_duration_seconds over 1 min, from "
                      "Prometheus."));
    about->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_chart, 1);

    connect(generator, &pc::LoadGenerator::latencySecond, this, &LatencyView::addSecond);
    connect(m_poller, &pc::RangePoller::updated, this, [this](const QList<pc::ChartSeries> &s) {
        m_server = s;
        redraw();
    });
    connect(m_chart, &ChartWidget::plotWidthChanged, m_poller, &pc::RangePoller::setPlotWidth);
}

void LatencyView::applyQueries()
{
    const QString selector = m_watcher ? m_watcher->ownSeriesSelector() : QString();
    const QString server = QStringLiteral(
        "histogram_quantile(%1, sum by (le) "
        "(rate(http_request_duration_seconds_bucket{%2}[1m])))");
    m_poller->setQueries({{server.arg(QStringLiteral("0.5"), selector), tr("server p50")},
                          {server.arg(QStringLiteral("0.99"), selector), tr("server p99")}});
}

void LatencyView::setPrometheusEnabled(bool enabled)
{
    m_prometheusEnabled = enabled;
    updateActive();
}

void LatencyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void LatencyView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

void LatencyView::updateActive()
{
    m_poller->setEnabled(m_prometheusEnabled && isVisible());
}

void LatencyView::addSecond(const pc::LoadSecond &second)
{
    // In the middle of its second, as the point stands for all of it.
    const double x = double(second.msecsSinceEpoch + 500);
    m_clientP50.append({x, double(second.corrected.p50) / 1e6});
    m_clientP99.append({x, double(second.corrected.p99) / 1e6});
    while (m_clientP50.size() > KeptSeconds) {
        m_clientP50.removeFirst();
        m_clientP99.removeFirst();
    }
    redraw();
}

void LatencyView::redraw()
{
    QList<pc::ChartSeries> series = m_server;
    if (!m_clientP50.isEmpty()) {
        series.append(clientSeries(QStringLiteral("0.5"), tr("client p50"), m_clientP50));
        series.append(clientSeries(QStringLiteral("0.99"), tr("client p99"), m_clientP99));
    }
    m_chart->setSeries(series, m_poller->step());
}

}  // namespace pc::app
