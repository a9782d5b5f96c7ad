#pragma once

#include "chart/panelpoller.h"
#include "prometheus/promerror.h"
#include "prometheus/promreply.h"
#include "prometheus/promresponse.h"

#include <QList>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

namespace pc {

class PromClient;

/// Asks a panel's queries as Grafana's table panel does, each either at the end of the
/// TimeRange (`/api/v1/query`, an instant query) or over it (`/api/v1/query_range`), again every
/// refresh interval while the range reaches the present, and delivers their answers together,
/// as Prometheus gave them, one per query in order. Backs off while Prometheus fails, as
/// RangePoller does. Owns its replies: a new round, a new range or disabling cancels the one in
/// flight. Neither the client nor the range is owned. GUI thread.
class QueryPoller : public PanelPoller
{
    Q_OBJECT
public:
    /// One query: its PromQL and whether it is instant.
    struct Query
    {
        QString promql;
        bool instant = false;
    };
    /// Turns a query's PromQL into what is sent, for the step and range of this round.
    using QueryExpander = std::function<QString(const QString &promql, std::chrono::seconds step,
                                                std::pair<qint64, qint64> range)>;

    QueryPoller(PromClient *client, TimeRange *range, QObject *parent = nullptr);

    void setQueryExpander(QueryExpander expander) { m_expander = std::move(expander); }
    void setQueries(const QList<Query> &queries);
    /// The step of range queries: the range over `points`, never finer than `minimum`.
    void setResolution(int points, std::chrono::seconds minimum);
    std::chrono::seconds step() const;

    void setEnabled(bool enabled) override;
    bool isEnabled() const override { return m_enabled; }
    void setRefreshInterval(std::chrono::milliseconds interval) override
    {
        m_refreshInterval = interval;
    }
    void refreshNow() override;
    const TimeRange *timeRange() const override { return m_range; }

signals:
    /// Every query answered: `results[i]` answers query i.
    void answered(const QList<pc::PromQueryResult> &results);
    // failed() and rejected(): PanelPoller's.

private:
    void onFinished(int index);
    void scheduleRefresh(std::chrono::milliseconds delay);

    PromClient *m_client;
    TimeRange *m_range;
    QList<Query> m_queries;
    QueryExpander m_expander;
    bool m_enabled = false;
    std::chrono::milliseconds m_refreshInterval{5000};
    int m_points = 1000;
    std::chrono::seconds m_minimumStep{1};
    int m_failures = 0;
    QTimer m_refreshTimer;
    std::vector<PromReplyPtr> m_replies;  // one per query; replacing them cancels the round
    QList<PromQueryResult> m_results;
};

}  // namespace pc
