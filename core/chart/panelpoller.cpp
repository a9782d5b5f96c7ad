#include "panelpoller.h"

#include "chart/timerange.h"

#include <algorithm>

namespace pc {
namespace {

constexpr std::chrono::milliseconds MaxBackoff{30'000};

}  // namespace

PanelPoller::PanelPoller(PromClient *client, TimeRange *range, QObject *parent)
    : QObject(parent), m_client(client), m_range(range), m_refreshTimer(this)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PanelPoller::refreshNow);
    connect(m_range, &TimeRange::changed, this, &PanelPoller::refreshNow);
}

void PanelPoller::setEnabled(bool enabled)
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

void PanelPoller::refreshNow()
{
    m_refreshTimer.stop();
    m_replies.clear();
    if (m_enabled)
        sendRound();
}

void PanelPoller::ask(PromReplyPtr reply)
{
    const int index = int(m_replies.size());
    connect(reply.get(), &PromReply::finished, this, [this, index] { onFinished(index); });
    m_replies.push_back(std::move(reply));
}

void PanelPoller::onFinished(int index)
{
    const PromReplyPtr reply = std::move(m_replies[std::size_t(index)]);
    if (const auto &error = reply->error()) {
        m_replies.clear();  // one query's failure is the panel's
        onFailed(*error);
        return;
    }
    takeAnswer(index, *reply);
    // Each answer gives its reply back: the panel waits for the last one.
    if (std::any_of(m_replies.cbegin(), m_replies.cend(),
                    [](const PromReplyPtr &pending) { return bool(pending); }))
        return;
    m_failures = 0;
    m_replies.clear();
    deliverRound();
    // A fixed range in the past does not change: ask again only to follow the present.
    if (m_range->reachesPresent())
        scheduleRefresh(m_refreshInterval);
}

void PanelPoller::onFailed(const PromError &error)
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

void PanelPoller::scheduleRefresh(std::chrono::milliseconds delay)
{
    if (m_enabled)
        m_refreshTimer.start(delay);
}

std::chrono::milliseconds PanelPoller::backoff(std::chrono::milliseconds base, int failures)
{
    auto delay = base;
    for (int i = 1; i < failures && delay < MaxBackoff; ++i)
        delay *= 2;
    return std::min(delay, MaxBackoff);
}

}  // namespace pc
