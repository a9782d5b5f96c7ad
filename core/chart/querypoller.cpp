#include "querypoller.h"

#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QDateTime>

#include <algorithm>

namespace pc {

QueryPoller::QueryPoller(PromClient *client, TimeRange *range, QObject *parent)
    : PanelPoller(parent), m_client(client), m_range(range), m_refreshTimer(this)
{
    qRegisterMetaType<pc::PromQueryResult>();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &QueryPoller::refreshNow);
    connect(m_range, &TimeRange::changed, this, &QueryPoller::refreshNow);
}

void QueryPoller::setQueries(const QList<Query> &queries)
{
    m_queries = queries;
    refreshNow();
}

void QueryPoller::setResolution(int points, std::chrono::seconds minimum)
{
    m_points = std::max(1, points);
    m_minimumStep = std::max(std::chrono::seconds(1), minimum);
}

std::chrono::seconds QueryPoller::step() const
{
    const auto [from, to] = m_range->range();
    const auto span = std::chrono::seconds((to - from + 999) / 1000);
    return std::max(
        {chooseStep(span, std::min(kPromMaxPoints, m_points)), m_minimumStep, chooseStep(span)});
}

void QueryPoller::setEnabled(bool enabled)
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

void QueryPoller::refreshNow()
{
    m_refreshTimer.stop();
    m_replies.clear();
    if (!m_enabled || m_queries.isEmpty())
        return;
    const auto range = m_range->range();
    const std::chrono::seconds roundStep = step();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(range.first, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(range.second, Qt::UTC);
    m_results = QList<PromQueryResult>(m_queries.size());
    for (int i = 0; i < m_queries.size(); ++i) {
        const QString promql = m_queries[i].promql.trimmed();
        const QString sent = m_expander ? m_expander(promql, roundStep, range) : promql;
        // Every instant query at the same time, so that their rows line up in a merge or join.
        PromReplyPtr &reply = m_replies.emplace_back(
            m_queries[i].instant ? m_client->query(sent, to)
                                 : m_client->queryRange(sent, from, to, roundStep));
        connect(reply.get(), &PromReply::finished, this, [this, i] { onFinished(i); });
    }
}

void QueryPoller::scheduleRefresh(std::chrono::milliseconds delay)
{
    if (m_enabled)
        m_refreshTimer.start(delay);
}

void QueryPoller::onFinished(int index)
{
    const PromReplyPtr reply = std::move(m_replies[std::size_t(index)]);
    if (const auto &error = reply->error()) {
        m_replies.clear();  // one query's failure is the panel's
        if (error->isRejectedQuery()) {
            m_failures = 0;
            emit rejected(error->message);
            scheduleRefresh(m_refreshInterval);
            return;
        }
        ++m_failures;
        const auto delay = RangePoller::backoff(m_refreshInterval, m_failures);
        emit failed(*error, delay);
        scheduleRefresh(delay);
        return;
    }
    m_results[index] = reply->queryResult();
    if (std::any_of(m_replies.cbegin(), m_replies.cend(),
                    [](const PromReplyPtr &pending) { return bool(pending); }))
        return;
    m_failures = 0;
    m_replies.clear();
    emit answered(std::exchange(m_results, {}));
    // A fixed range in the past does not change: ask again only to follow the present.
    if (m_range->reachesPresent())
        scheduleRefresh(m_refreshInterval);
}

}  // namespace pc
