#pragma once

#include "annotation.h"
#include "dashboard/grafanaannotation.h"
#include "prometheus/promreply.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace pc {

class PromClient;
class TimeRange;

/// Asks Prometheus for a dashboard's annotation queries over its TimeRange, each at its own
/// `step`, again every refresh interval while the range reaches the present, and delivers the
/// annotations of all of them together (AnnotationSources::fromQuery()). A query that fails
/// is said in failed() and left out; the others still come. Owns its replies: a new round
/// cancels the one in flight. Neither the client nor the range is owned. GUI thread.
class AnnotationQueryPoller : public QObject
{
    Q_OBJECT
public:
    /// Interpolates a query's variables just before it leaves (the dashboard's expander).
    using QueryExpander = std::function<QString(const QString &promql, std::chrono::seconds step,
                                                std::pair<qint64, qint64> range)>;

    AnnotationQueryPoller(PromClient *client, TimeRange *range,
                          const QList<GrafanaAnnotationQuery> &queries, QObject *parent = nullptr);

    void setQueryExpander(QueryExpander expander) { m_expander = std::move(expander); }
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refreshInterval = interval; }
    /// Queries go out only while enabled.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// The enabled queries (a dashboard's `enable: false` entries are left out).
    const QList<GrafanaAnnotationQuery> &queries() const { return m_queries; }
    const QList<Annotation> &annotations() const { return m_annotations; }

    void refreshNow();

signals:
    void updated(const QList<pc::Annotation> &annotations);
    /// One query could not be asked or was refused: its entry's name and why.
    void failed(const QString &name, const QString &message);

private:
    void onFinished(int index);

    PromClient *m_client;
    TimeRange *m_range;
    QList<GrafanaAnnotationQuery> m_queries;
    QueryExpander m_expander;
    bool m_enabled = false;
    std::chrono::milliseconds m_refreshInterval{30'000};
    QTimer m_refreshTimer;
    std::vector<PromReplyPtr> m_replies;
    QList<QList<Annotation>> m_answers;
    QList<Annotation> m_annotations;
};

}  // namespace pc
