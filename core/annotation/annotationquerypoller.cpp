#include "annotationquerypoller.h"

#include "annotationsources.h"
#include "chart/timerange.h"
#include "prometheus/promclient.h"

#include <QDateTime>

#include <algorithm>

namespace pc {

AnnotationQueryPoller::AnnotationQueryPoller(PromClient *client, TimeRange *range,
                                             const QList<GrafanaAnnotationQuery> &queries,
                                             QObject *parent)
    : QObject(parent), m_client(client), m_range(range), m_refreshTimer(this)
{
    for (const GrafanaAnnotationQuery &query : queries) {
        if (query.enabled)
            m_queries.append(query);
    }
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AnnotationQueryPoller::refreshNow);
    connect(m_range, &TimeRange::changed, this, &AnnotationQueryPoller::refreshNow);
}

void AnnotationQueryPoller::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        refreshNow();
    } else {
        m_refreshTimer.stop();
        m_replies.clear();
    }
}

void AnnotationQueryPoller::refreshNow()
{
    m_refreshTimer.stop();
    m_replies.clear();
    if (!m_enabled || m_queries.isEmpty())
        return;
    const auto range = m_range->range();
    m_answers = QList<QList<Annotation>>(m_queries.size());
    for (int i = 0; i < m_queries.size(); ++i) {
        const std::chrono::seconds step = m_queries[i].stepDuration();
        const QString promql = m_queries[i].expr.trimmed();
        PromReplyPtr &reply = m_replies.emplace_back(
            m_client->queryRange(m_expander ? m_expander(promql, step, range) : promql,
                                 QDateTime::fromMSecsSinceEpoch(range.first, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(range.second, Qt::UTC), step));
        connect(reply.get(), &PromReply::finished, this, [this, i] { onFinished(i); });
    }
}

void AnnotationQueryPoller::onFinished(int index)
{
    const PromReplyPtr reply = std::move(m_replies[std::size_t(index)]);
    if (const auto &error = reply->error())
        emit failed(m_queries[index].name, error->message);
    else
        m_answers[index] = AnnotationSources::fromQuery(reply->queryResult(), m_queries[index]);
    if (std::any_of(m_replies.cbegin(), m_replies.cend(),
                    [](const PromReplyPtr &pending) { return bool(pending); }))
        return;
    m_annotations.clear();
    for (const QList<Annotation> &answer : std::as_const(m_answers))
        m_annotations.append(answer);
    m_replies.clear();
    emit updated(m_annotations);
    if (m_range->reachesPresent())
        m_refreshTimer.start(m_refreshInterval);
}

}  // namespace pc
