#include "alertwatcher.h"

#include "promclient.h"

#include <algorithm>

namespace pc {

AlertWatcher::AlertWatcher(PromClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(this)
{
    qRegisterMetaType<pc::AlertTransitions>();
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &AlertWatcher::refreshNow);
}

void AlertWatcher::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_timer.start();
        refreshNow();
        return;
    }
    m_timer.stop();
    m_reply.reset();
    m_alerts.clear();
    m_lastError.reset();
    emit alertsUpdated(m_alerts);
    setHealth(Health::Unknown);
}

void AlertWatcher::refreshNow()
{
    if (!m_enabled || m_reply)
        return;
    m_reply = m_client->alerts();
    connect(m_reply.get(), &PromReply::finished, this, &AlertWatcher::onFinished);
}

void AlertWatcher::onFinished()
{
    const PromReplyPtr reply = std::move(m_reply);
    if (const auto &error = reply->error()) {
        m_lastError = *error;
        setHealth(Health::Unknown);
        emit failed(*error);
        return;
    }
    m_lastError.reset();
    QList<PromAlert> alerts = reply->alerts();
    alerts.removeIf(
        [](const PromAlert &alert) { return alert.state == PromAlert::State::Inactive; });
    std::stable_sort(alerts.begin(), alerts.end(), [](const PromAlert &a, const PromAlert &b) {
        const bool aFiring = a.state == PromAlert::State::Firing;
        const bool bFiring = b.state == PromAlert::State::Firing;
        return aFiring != bFiring ? aFiring : a.name < b.name;
    });
    const AlertTransitions transitions = AlertTransitions::between(m_alerts, alerts);
    m_alerts = std::move(alerts);
    emit alertsUpdated(m_alerts);
    if (!transitions.isEmpty())
        emit transitioned(transitions);
    setHealth(healthOf(m_alerts));
}

void AlertWatcher::setHealth(Health health)
{
    if (health == m_health)
        return;
    m_health = health;
    emit healthChanged(health);
}

AlertWatcher::Health AlertWatcher::healthOf(const QList<PromAlert> &alerts)
{
    Health health = Health::Ok;
    for (const PromAlert &alert : alerts) {
        if (alert.state == PromAlert::State::Firing)
            return Health::Firing;
        if (alert.state == PromAlert::State::Pending)
            health = Health::Pending;
    }
    return health;
}

}  // namespace pc
