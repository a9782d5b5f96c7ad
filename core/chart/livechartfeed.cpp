#include "livechartfeed.h"

#include "dashboard/legendformat.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

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

LiveChartFeed::LiveChartFeed(PromClient *client, Counter localCounter, QObject *parent)
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
}

void LiveChartFeed::setQuery(ChartQuery query, const QString &customPromql)
{
    m_query = query;
    m_customPromql = customPromql.trimmed();
    m_targets.clear();
    emit localUpdated();
    refreshNow();
}

void LiveChartFeed::setTargets(const QList<ChartTarget> &targets)
{
    m_query = ChartQuery::Custom;
    m_targets = targets;
    m_customPromql = targets.isEmpty() ? QString() : targets.first().promql.trimmed();
    emit localUpdated();
    refreshNow();
}

void LiveChartFeed::setWindow(std::chrono::seconds window)
{
    m_window = window;
    m_fixedRange.reset();
    emit rangeChanged();
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
        m_queryReplies.clear();
        m_targetsReply.reset();
        m_namesReply.reset();
    }
}

void LiveChartFeed::setFixedRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs || (m_fixedRange && *m_fixedRange == std::pair{fromMs, toMs}))
        return;
    m_fixedRange = std::pair{fromMs, toMs};
    emit rangeChanged();
    emit localUpdated();
    refreshNow();
}

void LiveChartFeed::followLive()
{
    if (!m_fixedRange)
        return;
    m_fixedRange.reset();
    emit rangeChanged();
    emit localUpdated();
    refreshNow();
}

std::pair<qint64, qint64> LiveChartFeed::range() const
{
    if (m_fixedRange)
        return *m_fixedRange;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {now - qint64(m_window.count()) * 1000, now};
}

std::chrono::seconds LiveChartFeed::step() const
{
    const auto [from, to] = range();
    const auto span = std::chrono::seconds((to - from + 999) / 1000);
    // At most a point a pixel, never finer than the data, never over Prometheus's cap.
    return std::max({chooseStep(span, std::min(kPromMaxPoints, m_plotWidth + 1)), m_minimumStep,
                     chooseStep(span)});
}

void LiveChartFeed::requestMetricNames()
{
    if (!m_prometheusEnabled || m_namesReply)
        return;
    m_namesReply = m_client->labelValues(QStringLiteral("__name__"));
    connect(m_namesReply.get(), &PromReply::finished, this, [this] {
        const PromReplyPtr reply = std::move(m_namesReply);
        if (!reply->error())
            emit metricNamesUpdated(reply->labelValues());
    });
}

QUrl LiveChartFeed::prometheusUrl() const
{
    return m_client->endpoint().baseUrl;
}

void LiveChartFeed::start()
{
    if (m_localCounter) {
        sample();
        m_sampleTimer.start();
    }
    refreshNow();
}

void LiveChartFeed::sample()
{
    m_local.append(QDateTime::currentMSecsSinceEpoch(), double(m_localCounter()));
    emit localUpdated();
}

QList<QPointF> LiveChartFeed::localPoints() const
{
    if (!hasLocalLine())
        return {};
    const auto [from, to] = range();
    if (m_query == ChartQuery::Total) {
        QList<QPointF> points = m_local.points(from);
        while (!points.isEmpty() && points.last().x() > to)
            points.removeLast();
        return points;
    }
    // The rate over the same 1 min as the PromQL: each sample against the one a minute older.
    constexpr qint64 RateWindowMs = 60'000;
    const QList<QPointF> points = m_local.points(from - RateWindowMs);
    QList<QPointF> rates;
    rates.reserve(points.size());
    qsizetype older = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].x() < from || points[i].x() > to)
            continue;
        while (older + 1 < i && points[older + 1].x() <= points[i].x() - RateWindowMs)
            ++older;
        const double seconds = (points[i].x() - points[older].x()) / 1000.0;
        if (seconds > 0)
            rates.append({points[i].x(), (points[i].y() - points[older].y()) / seconds});
    }
    return rates;
}

QString LiveChartFeed::localName() const
{
    //: The legend of the chart's line from the app's own counter; [1m] is PromQL's range
    return m_query == ChartQuery::Rate ? tr("this app, local rate [1m]")
                                       //: The legend of the chart's line from the app's own
                                       //: counter
                                       : tr("this app, local counter");
}

void LiveChartFeed::refreshNow()
{
    m_refreshTimer.stop();
    if (!m_prometheusEnabled)
        return;
    const QString query = promql();
    if (query.isEmpty()) {
        emit queryRejected(tr("Type a PromQL query to chart."));
        return;
    }
    const QList<ChartTarget> targets =
        m_targets.isEmpty() ? QList<ChartTarget>{{query, {}}} : m_targets;
    const auto [from, to] = range();
    m_queryReplies.clear();
    m_answers = QList<QList<ChartSeries>>(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        PromReplyPtr &reply = m_queryReplies.emplace_back(
            m_client->queryRange(targets[i].promql, QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(to, Qt::UTC), step()));
        connect(reply.get(), &PromReply::finished, this, [this, i] { onQueryFinished(i); });
    }
    if (m_followsOwnTarget && !m_targetsReply) {
        m_targetsReply = m_client->targets();
        connect(m_targetsReply.get(), &PromReply::finished, this,
                &LiveChartFeed::onTargetsFinished);
    }
}

void LiveChartFeed::scheduleRefresh(std::chrono::milliseconds delay)
{
    if (m_prometheusEnabled)
        m_refreshTimer.start(delay);
}

void LiveChartFeed::onQueryFinished(int target)
{
    const PromReplyPtr reply = std::move(m_queryReplies[std::size_t(target)]);
    if (const auto &error = reply->error()) {
        m_queryReplies.clear();  // one target's failure is the chart's
        onQueryFailed(*error);
        return;
    }
    const PromQueryResult result = reply->queryResult();
    QList<ChartSeries> series = chartSeriesFor(result);
    const ChartTarget *named = m_targets.isEmpty() ? nullptr : &m_targets[target];
    if (m_targets.size() > 1) {
        // Targets may answer with the same label set (`sum(…)` each): keep their lines apart.
        for (ChartSeries &line : series)
            line.key = QString::number(target) % u'#' % line.key;
    }
    if (named && !isAutoLegendFormat(named->legendFormat)) {
        for (ChartSeries &line : series)
            line.name = expandLegendFormat(named->legendFormat, line.labels, named->promql);
        std::sort(series.begin(), series.end(), [](const ChartSeries &a, const ChartSeries &b) {
            return a.name != b.name ? a.name < b.name : a.key < b.key;
        });
    } else if (series.size() == 1 && series.first().labels.isEmpty()) {
        // A lone series without labels (`sum(...)`) is best named by its query, as Grafana
        // does.
        series.first().name = named ? named->promql : promql();
    }
    m_answers[target] = std::move(series);
    // Each answer gives its reply back: the chart waits for the last one.
    if (std::any_of(m_queryReplies.cbegin(), m_queryReplies.cend(),
                    [](const PromReplyPtr &pending) { return bool(pending); }))
        return;

    m_failures = 0;
    QList<ChartSeries> all;
    for (QList<ChartSeries> &answer : m_answers)
        all.append(std::move(answer));
    m_answers.clear();
    m_lastSeriesTotal = int(all.size());
    if (all.size() > maxSeries())
        all.resize(maxSeries());
    emit prometheusUpdated(all);
    // A fixed range in the past does not change: ask again only to follow the present.
    if (!m_fixedRange || m_fixedRange->second > QDateTime::currentMSecsSinceEpoch())
        scheduleRefresh(m_refreshInterval);
}

void LiveChartFeed::onTargetsFinished()
{
    const PromReplyPtr reply = std::move(m_targetsReply);
    if (reply->error())
        return;  // the query's failure tells the same story
    const QList<PromTarget> targets = reply->targets();
    const std::optional<PromTarget> found = targetScraping(targets, m_metricsUrl);
    // Points finer than the scrape interval only repeat one another.
    if (found && found->scrapeInterval.count() > 0) {
        m_minimumStep = std::max(std::chrono::seconds(1),
                                 std::chrono::ceil<std::chrono::seconds>(found->scrapeInterval));
    }
    const QString instance = found ? found->instance : QString();
    if (found && instance != m_ownInstance) {
        // The queries can now name this app's own series exactly.
        m_ownInstance = instance;
        emit ownInstanceChanged(m_ownInstance);
        refreshNow();
    }
    emit targetUpdated(found, int(targets.size()));
}

void LiveChartFeed::onQueryFailed(const PromError &error)
{
    if (error.isRejectedQuery()) {
        m_failures = 0;
        emit queryRejected(error.message);
        scheduleRefresh(m_refreshInterval);
        return;
    }
    ++m_failures;
    const auto delay = backoff(m_refreshInterval, m_failures);
    emit prometheusFailed(error, delay);
    scheduleRefresh(delay);
}

std::optional<PromTarget> LiveChartFeed::targetScraping(const QList<PromTarget> &targets,
                                                        const QUrl &metricsUrl)
{
    for (const PromTarget &target : targets) {
        const QUrl scrape(target.scrapeUrl);
        // The same port and path, on the same host or on loopback both.
        if (scrape.port() == metricsUrl.port() && scrape.path() == metricsUrl.path()
            && (scrape.host() == metricsUrl.host()
                || (isLoopbackHost(scrape.host()) && isLoopbackHost(metricsUrl.host()))))
            return target;
    }
    return std::nullopt;
}

QString LiveChartFeed::promqlFor(ChartQuery query, const QString &customPromql,
                                 const QString &selector)
{
    QString requests = selector.isEmpty() ? QStringLiteral("http_requests_total")
                                          : QStringLiteral("http_requests_total{%1}").arg(selector);
    switch (query) {
    case ChartQuery::Total:
        return requests;
    case ChartQuery::Rate:
        return QStringLiteral("sum by (code) (rate(%1[1m]))").arg(requests);
    case ChartQuery::Custom:
        return customPromql.trimmed();
    }
    return {};
}

QString LiveChartFeed::ownSeriesSelector() const
{
    if (!m_ownInstance.isEmpty()) {
        QString value = m_ownInstance;
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return QStringLiteral("instance=\"%1\"").arg(value);
    }
    if (m_metricsUrl.port() <= 0)
        return {};
    return QStringLiteral("instance=~\".+:%1\"").arg(m_metricsUrl.port());
}

QList<ChartSeries> LiveChartFeed::chartSeriesFor(const PromQueryResult &result)
{
    QList<QMap<QString, QString>> labelSets;
    labelSets.reserve(result.series.size());
    for (const PromSeries &s : result.series)
        labelSets.append(s.labels);
    const QStringList names = legendNames(labelSets);
    QList<ChartSeries> series;
    series.reserve(result.series.size());
    for (qsizetype i = 0; i < result.series.size(); ++i) {
        const PromSeries &s = result.series[i];
        ChartSeries line{seriesKey(s.labels), s.labels, names[i], {}};
        line.points.reserve(s.samples.size());
        for (const PromSample &sample : s.samples) {
            // NaN and infinities have no place on a line: leave a gap.
            if (std::isfinite(sample.value))
                line.points.append({double(sample.timestampMs), sample.value});
        }
        series.append(std::move(line));
    }
    std::sort(series.begin(), series.end(), [](const ChartSeries &a, const ChartSeries &b) {
        return a.name != b.name ? a.name < b.name : a.key < b.key;
    });
    return series;
}

std::chrono::milliseconds LiveChartFeed::backoff(std::chrono::milliseconds base, int failures)
{
    auto delay = base;
    for (int i = 1; i < failures && delay < MaxBackoff; ++i)
        delay *= 2;
    return std::min(delay, MaxBackoff);
}

}  // namespace pc
