#include "timerange.h"

#include <QDateTime>

namespace pc {

TimeRange::TimeRange(std::chrono::seconds window, QObject *parent)
    : QObject(parent), m_window(window), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void TimeRange::setWindow(std::chrono::seconds window)
{
    if (window == m_window && !m_fixed)
        return;
    m_window = window;
    m_fixed.reset();
    emit changed();
}

void TimeRange::setFixed(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < 1000 || (m_fixed && *m_fixed == std::pair{fromMs, toMs}))
        return;
    m_fixed = std::pair{fromMs, toMs};
    emit changed();
}

void TimeRange::followLive()
{
    if (!m_fixed)
        return;
    m_fixed.reset();
    emit changed();
}

void TimeRange::pan(int direction)
{
    const auto [from, to] = range();
    const qint64 shift = (to - from) / 2 * direction;
    if (to + shift >= now()) {
        followLive();
        return;
    }
    setFixed(from + shift, to + shift);
}

std::pair<qint64, qint64> TimeRange::range() const
{
    if (m_fixed)
        return *m_fixed;
    const qint64 end = now();
    return {end - qint64(m_window.count()) * 1000, end};
}

}  // namespace pc
