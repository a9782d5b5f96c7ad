#include "rangepoller.h"

#include "chart/legendformat.h"
#include "chart/timerange.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QDateTime>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace pc {
namespace {

constexpr std::chrono::milliseconds MaxBackoff{30'000};

void sortByName(QList<ChartSeries> &series)
{
    std::sort(series.begin(), series.end(), [](const ChartSeries &a, const ChartSeries &b) {
        return a.name != b.name ? a.name < b.name : a.key < b.key;
    });
}

}  // namespace

RangePoller::RangePoller(PromClient *client, TimeRange *range, QObject *parent)
    : PanelPoller(parent), m_client(client), m_range(range), m_refreshTimer(this)
{
    qRegisterMetaType<pc::ChartSeries>();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RangePoller::refreshNow);
    connect(m_range, &TimeRange::changed, this, &RangePoller::refreshNow);
}

void RangePoller::setQueries(const QList<PanelQuery> &queries)
{
    m_queries = queries;
    refreshNow();
}

void RangePoller::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_failures = 0;
    if (enabled) {
        refreshNow();
    } else {
        m_refreshTimer.stop();
        m_replies.clear();
    }
}

std::chrono::seconds RangePoller::step() const
{
    const auto [from, to] = m_range->range();
    const auto span = std::chrono::seconds((to - from + 999) / 1000);
    // At most a point a pixel (or the panel's maximum), never finer than the data, never over
    // Prometheus's cap.
    int points = std::min(kPromMaxPoints, m_plotWidth + 1);
    if (m_maxPoints > 0)
        points = std::min(points, m_maxPoints);
    return std::max({chooseStep(span, points), m_minimumStep, chooseStep(span)}) * m_stepFactor;
}

void RangePoller::refreshNow()
{
    m_refreshTimer.stop();
    m_replies.clear();
    if (!m_enabled)
        return;
    if (m_queries.isEmpty() || m_queries.first().promql.trimmed().isEmpty()) {
        emit rejected(tr("Type a PromQL query to chart."));
        return;
    }
    const auto shown = m_range->range();
    const qint64 shift = m_timeShift.count();
    const std::pair<qint64, qint64> range{shown.first - shift, shown.second - shift};
    const auto [from, to] = range;
    const std::chrono::seconds roundStep = step();
    m_roundStep = roundStep;
    m_answers = QList<QList<ChartSeries>>(m_queries.size());
    for (int i = 0; i < m_queries.size(); ++i) {
        const QString promql = m_queries[i].promql.trimmed();
        PromReplyPtr &reply = m_replies.emplace_back(
            m_client->queryRange(m_expander ? m_expander(promql, roundStep, range) : promql,
                                 QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(to, Qt::UTC), roundStep));
        connect(reply.get(), &PromReply::finished, this, [this, i] { onFinished(i); });
    }
}

void RangePoller::scheduleRefresh(std::chrono::milliseconds delay)
{
    if (m_enabled)
        m_refreshTimer.start(delay);
}

void RangePoller::onFinished(int index)
{
    const PromReplyPtr reply = std::move(m_replies[std::size_t(index)]);
    if (const auto &error = reply->error()) {
        m_replies.clear();  // one query's failure is the chart's
        onFailed(*error);
        return;
    }
    m_answers[index] = shifted(namedSeries(reply->queryResult(), m_queries[index], index,
                                           int(m_queries.size()), m_roundStep),
                               m_timeShift.count());
    // Each answer gives its reply back: the chart waits for the last one.
    if (std::none_of(m_replies.cbegin(), m_replies.cend(),
                     [](const PromReplyPtr &pending) { return bool(pending); }))
        deliver();
}

void RangePoller::deliver()
{
    m_failures = 0;
    QList<ChartSeries> all;
    for (QList<ChartSeries> &answer : m_answers)
        all.append(std::move(answer));
    m_answers.clear();
    m_replies.clear();
    m_lastSeriesTotal = int(all.size());
    if (all.size() > maxSeries())
        all.resize(maxSeries());
    emit updated(all);
    // A fixed range in the past does not change: ask again only to follow the present.
    if (m_range->reachesPresent())
        scheduleRefresh(m_refreshInterval);
}

void RangePoller::onFailed(const PromError &error)
{
    if (error.isRejectedQuery()) {
        m_failures = 0;
        emit rejected(error.message);
        scheduleRefresh(m_refreshInterval);
        return;
    }
    ++m_failures;
    const auto delay = backoff(m_refreshInterval, m_failures);
    emit failed(error, delay);
    scheduleRefresh(delay);
}

QList<ChartSeries> RangePoller::namedSeries(const PromQueryResult &result, const PanelQuery &query,
                                            int index, int queryCount, std::chrono::seconds step)
{
    QList<ChartSeries> series = chartSeriesFor(result, step);
    for (ChartSeries &line : series)
        line.refId = query.refId;
    if (queryCount > 1) {
        // Queries may answer with the same label set (`sum(…)` each): keep their lines apart.
        for (ChartSeries &line : series)
            line.key = QString::number(index) % u'#' % line.key;
    }
    if (!isAutoLegendFormat(query.legendFormat)) {
        for (ChartSeries &line : series)
            line.name = expandLegendFormat(query.legendFormat, line.labels, query.promql);
        sortByName(series);
    } else if (series.size() == 1 && series.first().labels.isEmpty()) {
        // A lone series without labels (`sum(...)`) is best named by its query, as Grafana
        // does.
        series.first().name = query.promql.trimmed();
    }
    return series;
}

QList<ChartSeries> RangePoller::chartSeriesFor(const PromQueryResult &result,
                                               std::chrono::seconds step)
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
        bool skipped = false;
        for (const PromSample &sample : s.samples) {
            // NaN and infinities have no place on a line: leave a gap, as Grafana does.
            if (!std::isfinite(sample.value)) {
                skipped = true;
                continue;
            }
            if (skipped && !line.points.isEmpty())
                line.breaks.append(line.points.size());
            skipped = false;
            line.points.append({double(sample.timestampMs), sample.value});
        }
        QList<qsizetype> holes = gapStarts(line.points, double(step.count()) * 1000.0);
        if (!holes.isEmpty()) {
            holes.append(line.breaks);
            std::sort(holes.begin(), holes.end());
            holes.erase(std::unique(holes.begin(), holes.end()), holes.end());
            line.breaks = std::move(holes);
        }
        series.append(std::move(line));
    }
    sortByName(series);
    return series;
}

void RangePoller::setTimeShift(std::chrono::milliseconds shift)
{
    if (shift == m_timeShift)
        return;
    m_timeShift = shift;
    refreshNow();
}

QList<ChartSeries> RangePoller::shifted(QList<ChartSeries> series, qint64 shiftMs)
{
    if (shiftMs == 0)
        return series;
    for (ChartSeries &line : series) {
        for (QPointF &point : line.points)
            point.setX(point.x() + double(shiftMs));
    }
    return series;
}

std::chrono::milliseconds RangePoller::backoff(std::chrono::milliseconds base, int failures)
{
    auto delay = base;
    for (int i = 1; i < failures && delay < MaxBackoff; ++i)
        delay *= 2;
    return std::min(delay, MaxBackoff);
}

}  // namespace pc
