#pragma once

#include "chart/panelpoller.h"
#include "prometheus/promerror.h"
#include "prometheus/promreply.h"
#include "prometheus/promresponse.h"

#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace pc {

class PromClient;

/// Asks a panel's queries as Grafana's table panel does, each either at the end of the
/// TimeRange (`/api/v1/query`, an instant query) or over it (`/api/v1/query_range`), again every
/// refresh interval while the range reaches the present, and delivers their answers together,
/// as Prometheus gave them, one per query in order. Refreshing, backing off and cancelling are
/// PanelPoller's. Neither the client nor the range is owned. GUI thread.
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

signals:
    /// Every query answered: `results[i]` answers query i.
    void answered(const QList<pc::PromQueryResult> &results);
    // failed() and rejected(): PanelPoller's.

private:
    void sendRound() override;
    void takeAnswer(int index, const PromReply &reply) override;
    void deliverRound() override;

    QList<Query> m_queries;
    QueryExpander m_expander;
    int m_points = 1000;
    std::chrono::seconds m_minimumStep{1};
    QList<PromQueryResult> m_results;
};

}  // namespace pc
