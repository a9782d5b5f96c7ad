#include "querypoller.h"

#include "chart/timerange.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QDateTime>

#include <algorithm>

namespace pc {

QueryPoller::QueryPoller(PromClient *client, TimeRange *range, QObject *parent)
    : PanelPoller(client, range, parent)
{
    qRegisterMetaType<pc::PromQueryResult>();
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
    const auto [from, to] = timeRange()->range();
    const auto span = std::chrono::seconds((to - from + 999) / 1000);
    return std::max(
        {chooseStep(span, std::min(kPromMaxPoints, m_points)), m_minimumStep, chooseStep(span)});
}

void QueryPoller::sendRound()
{
    if (m_queries.isEmpty())
        return;
    const auto range = timeRange()->range();
    const std::chrono::seconds roundStep = step();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(range.first, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(range.second, Qt::UTC);
    m_results = QList<PromQueryResult>(m_queries.size());
    for (const Query &query : std::as_const(m_queries)) {
        const QString promql = query.promql.trimmed();
        const QString sent = m_expander ? m_expander(promql, roundStep, range) : promql;
        // Every instant query at the same time, so that their rows line up in a merge or join.
        ask(query.instant ? client()->query(sent, to)
                          : client()->queryRange(sent, from, to, roundStep));
    }
}

void QueryPoller::takeAnswer(int index, const PromReply &reply)
{
    m_results[index] = reply.queryResult();
}

void QueryPoller::deliverRound()
{
    emit answered(std::exchange(m_results, {}));
}

}  // namespace pc
