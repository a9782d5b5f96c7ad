#include "livechartfeed.h"

#include "prometheus/prometheusclient.h"
#include "prometheus/prometheusurls.h"

#include <QDateTime>
#include <QHostAddress>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace pc {
namespace {

constexpr std::chrono::milliseconds MaxBackoff{30'000};
// An hour of one sample a second, the longest window, and a margin.
constexpr std::size_t LocalCapacity = 3600 + 60;

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

}  // namespace

LiveChartFeed::LiveChartFeed(PrometheusClient *client, Counter localCounter, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_localCounter(std::move(localCounter)),
      m_local(LocalCapacity),
      m_sampleTimer(this),
      m_refreshTimer(this)
{
    qRegisterMetaType<pc::ChartSeries>();
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &LiveChartFeed::sample);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LiveChartFeed::refreshNow);
    connect(m_client, &PrometheusClient::queryFinished, this, &LiveChartFeed::onQueryFinished);
    connect(m_client, &PrometheusClient::targetsFinished, this, &LiveChartFeed::onTargetsFinished);
    connect(m_client, &PrometheusClient::requestFailed, this, &LiveChartFeed::onRequestFailed);
}

void LiveChartFeed::setQuery(ChartQuery query, const QString &customPromql)
{
    m_query = query;
    m_customPromql = customPromql.trimmed();
    emit localUpdated();
    refreshNow();
}

void LiveChartFeed::setWindow(std::chrono::seconds window)
{
    m_window = window;
    emit localUpdated();
    refreshNow();
}

void LiveChartFeed::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshInterval = interval;
}

void LiveChartFeed::setSampleInterval(std::chrono::milliseconds interval)
{
    m_sampleTimer.setInterval(interval);
}

void LiveChartFeed::setPrometheusEnabled(bool enabled)
{
    if (enabled == m_prometheusEnabled)
        return;
    m_prometheusEnabled = enabled;
    m_failures = 0;
    if (enabled) {
        refreshNow();
    } else {
        m_refreshTimer.stop();
        m_client->cancelAll();
        m_queryId = m_targetsId = 0;
    }
}

void LiveChartFeed::start()
{
    sample();
    m_sampleTimer.start();
    refreshNow();
}

void LiveChartFeed::sample()
{
    m_local.append(QDateTime::currentMSecsSinceEpoch(), double(m_localCounter()));
    emit localUpdated();
}

QList<QPointF> LiveChartFeed::localPoints() const
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(m_window.count()) * 1000;
    QList<QPointF> points = m_local.points(since);
    if (m_query != ChartQuery::Rate)
        return points;
    QList<QPointF> rates;
    rates.reserve(points.size());
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double seconds = (points[i].x() - points[i - 1].x()) / 1000.0;
        if (seconds > 0)
            rates.append({points[i].x(), (points[i].y() - points[i - 1].y()) / seconds});
    }
    return rates;
}

QString LiveChartFeed::localName() const
{
    return m_query == ChartQuery::Rate ? QStringLiteral("this app, local (req/s)")
                                       : QStringLiteral("this app, local counter");
}

void LiveChartFeed::refreshNow()
{
    m_refreshTimer.stop();
    if (!m_prometheusEnabled)
        return;
    const QString query = promql();
    if (query.isEmpty()) {
        emit queryRejected(QStringLiteral("Type a PromQL query to chart."));
        return;
    }
    m_client->cancel(m_queryId);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-m_window.count());
    m_queryId = m_client->queryRange(query, start, end, chooseStep(m_window));
    if (m_targetsId == 0)
        m_targetsId = m_client->targets();
}

void LiveChartFeed::scheduleRefresh(std::chrono::milliseconds delay)
{
    if (m_prometheusEnabled)
        m_refreshTimer.start(delay);
}

void LiveChartFeed::onQueryFinished(quint64 id, const PromQueryResult &result)
{
    if (id != m_queryId)
        return;
    m_queryId = 0;
    m_failures = 0;
    QList<ChartSeries> series;
    series.reserve(result.series.size());
    for (const PromSeries &s : result.series) {
        ChartSeries line;
        line.name = legendFor(s.labels);
        line.points.reserve(s.samples.size());
        for (const PromSample &sample : s.samples) {
            // NaN and infinities have no place on a line: leave a gap.
            if (std::isfinite(sample.value))
                line.points.append({double(sample.timestampMs), sample.value});
        }
        series.append(std::move(line));
    }
    std::sort(series.begin(), series.end(),
              [](const ChartSeries &a, const ChartSeries &b) { return a.name < b.name; });
    emit prometheusUpdated(series);
    scheduleRefresh(m_refreshInterval);
}

void LiveChartFeed::onTargetsFinished(quint64 id, const QList<PromTarget> &targets)
{
    if (id != m_targetsId)
        return;
    m_targetsId = 0;
    std::optional<PromTarget> found;
    const QUrl metrics = m_metricsUrl;
    for (const PromTarget &target : targets) {
        const QUrl scrape(target.scrapeUrl);
        // The target that scrapes this app: same port and path on a loopback host.
        if (scrape.port() == metrics.port() && scrape.path() == metrics.path()
            && (scrape.host() == metrics.host()
                || (isLoopbackHost(scrape.host()) && isLoopbackHost(metrics.host())))) {
            found = target;
            break;
        }
    }
    emit targetUpdated(found, int(targets.size()));
}

void LiveChartFeed::onRequestFailed(quint64 id, const PromError &error)
{
    if (id == m_targetsId) {
        m_targetsId = 0;
        return;  // the query's failure tells the same story
    }
    if (id != m_queryId)
        return;
    m_queryId = 0;
    if (error.kind == PromError::Kind::ApiError
        && (error.errorType == u"bad_data" || error.errorType == u"execution")) {
        emit queryRejected(error.message);
        scheduleRefresh(m_refreshInterval);
        return;
    }
    ++m_failures;
    const auto delay = backoff(m_refreshInterval, m_failures);
    emit prometheusFailed(error, delay);
    scheduleRefresh(delay);
}

QString LiveChartFeed::promqlFor(ChartQuery query, const QString &customPromql)
{
    switch (query) {
    case ChartQuery::Total:
        return QStringLiteral("http_requests_total");
    case ChartQuery::Rate:
        return QStringLiteral("sum by (code) (rate(http_requests_total[1m]))");
    case ChartQuery::Custom:
        return customPromql.trimmed();
    }
    return {};
}

QString LiveChartFeed::legendFor(const QMap<QString, QString> &labels)
{
    const QString method = labels.value(QStringLiteral("method"));
    const QString path = labels.value(QStringLiteral("path"));
    const QString code = labels.value(QStringLiteral("code"));
    QStringList parts;
    if (!method.isEmpty() || !path.isEmpty()) {
        for (const QString &part : {method, path, code}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(u' ');
    }
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() != u"__name__" && it.key() != u"job" && it.key() != u"instance")
            parts.append(it.key() % u"=\"" % it.value() % u'"');
    }
    const QString name = labels.value(QStringLiteral("__name__"));
    if (parts.isEmpty())
        return name.isEmpty() ? QStringLiteral("value") : name;
    return name % u'{' % parts.join(QStringLiteral(", ")) % u'}';
}

std::chrono::milliseconds LiveChartFeed::backoff(std::chrono::milliseconds base, int failures)
{
    auto delay = base;
    for (int i = 1; i < failures && delay < MaxBackoff; ++i)
        delay *= 2;
    return std::min(delay, MaxBackoff);
}

}  // namespace pc
