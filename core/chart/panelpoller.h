#pragma once

#include "prometheus/promerror.h"
#include "prometheus/promreply.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <vector>

namespace pc {

class PromClient;
class TimeRange;

/// The round every panel's poller runs, whatever it delivers: charts' lines (RangePoller) or
/// a table's answers (QueryPoller). A round sends one query per panel query, waits for all of
/// them, hands each answer to the subclass and then lets it deliver; one query's failure is
/// the panel's. It asks again every refresh interval while the range reaches the present,
/// backs off while Prometheus fails, and owns its replies: a new round, a new range or
/// disabling cancels the one in flight. Neither the client nor the range is owned. GUI thread.
class PanelPoller : public QObject
{
    Q_OBJECT
public:
    PanelPoller(PromClient *client, TimeRange *range, QObject *parent = nullptr);

    /// Queries go out only while enabled (Prometheus usable, the panel shown).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refreshInterval = interval; }
    /// Asks now, cancelling the round in flight.
    void refreshNow();
    const TimeRange *timeRange() const { return m_range; }

    /// Retry delay after `failures` failures in a row: doubles from `base`, at most 30 s.
    static std::chrono::milliseconds backoff(std::chrono::milliseconds base, int failures);

signals:
    /// Prometheus could not be asked; the next try is in `retryIn`.
    void failed(const pc::PromError &error, std::chrono::milliseconds retryIn);
    /// Prometheus answered but refused a query (a PromQL error).
    void rejected(const QString &message);

protected:
    /// Sends this round's queries, each through ask(), in order; sending none ends the round
    /// without a delivery.
    virtual void sendRound() = 0;
    /// Query `index` of this round answered without error.
    virtual void takeAnswer(int index, const PromReply &reply) = 0;
    /// Every query of this round answered: deliver.
    virtual void deliverRound() = 0;

    /// Adds the next query of the round: its answer goes to takeAnswer() with its index.
    void ask(PromReplyPtr reply);

    PromClient *client() const { return m_client; }
    TimeRange *range() const { return m_range; }

private:
    void onFinished(int index);
    void onFailed(const PromError &error);
    void scheduleRefresh(std::chrono::milliseconds delay);

    PromClient *m_client;
    TimeRange *m_range;
    bool m_enabled = false;
    std::chrono::milliseconds m_refreshInterval{5000};
    int m_failures = 0;
    QTimer m_refreshTimer;
    std::vector<PromReplyPtr> m_replies;  // one per query; replacing them cancels the round
};

}  // namespace pc
