#pragma once

#include "alerttransitions.h"
#include "promalerts.h"
#include "promreply.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace pc {

class PromClient;

/// Follows the alerts of a Prometheus (`/api/v1/alerts`) every few seconds while enabled, and
/// says which started firing or resolved since the last answer, for the alerts list, the tray
/// icon and desktop notifications. Uses a PromClient it does not own, one request at a
/// time. GUI thread.
class AlertWatcher : public QObject
{
    Q_OBJECT

public:
    /// The overall state, worst first: what the tray icon's colour shows.
    enum class Health { Unknown, Ok, Pending, Firing };

    explicit AlertWatcher(PromClient *client, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    /// Asks at once and then every interval while enabled; disabled, it forgets what it knew
    /// (Health::Unknown) without a word.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void refreshNow();

    /// The alerts of the last answer, firing first, then pending, each by name.
    const QList<PromAlert> &alerts() const { return m_alerts; }
    Health health() const { return m_health; }
    /// The last failure, until an answer comes.
    const std::optional<PromError> &lastError() const { return m_lastError; }

    /// Firing if any alert fires, else Pending if any is pending, else Ok. Pure.
    static Health healthOf(const QList<PromAlert> &alerts);

signals:
    void alertsUpdated(const QList<pc::PromAlert> &alerts);
    /// What changed since the previous answer; not emitted when nothing did.
    void transitioned(const pc::AlertTransitions &transitions);
    void healthChanged(pc::AlertWatcher::Health health);
    /// Prometheus could not say; the list keeps its last answer, the health turns Unknown.
    void failed(const pc::PromError &error);

private:
    void onFinished();
    void setHealth(Health health);

    PromClient *m_client;
    QTimer m_timer;
    PromReplyPtr m_reply;
    QList<PromAlert> m_alerts;
    std::optional<PromError> m_lastError;
    Health m_health = Health::Unknown;
    bool m_enabled = false;
};

}  // namespace pc
