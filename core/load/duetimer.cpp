#include "duetimer.h"

#include <QSocketNotifier>

#include <sys/timerfd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>

namespace pc {

DueTimer::DueTimer(QObject *parent) : QObject(parent)
{
    // CLOCK_MONOTONIC is std::chrono::steady_clock's clock on Linux.
    m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd < 0)
        return;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        std::uint64_t expirations = 0;
        if (::read(m_fd, &expirations, sizeof expirations) == sizeof expirations)
            emit due();
    });
}

DueTimer::~DueTimer()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void DueTimer::arm(qint64 steadyMicros)
{
    if (m_fd < 0)
        return;
    // 0 would disarm the timer: a time in the past fires at once.
    const qint64 at = std::max<qint64>(steadyMicros, 1);
    itimerspec spec{};
    spec.it_value.tv_sec = time_t(at / 1'000'000);
    spec.it_value.tv_nsec = long(at % 1'000'000) * 1000;
    ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr);
}

void DueTimer::disarm()
{
    if (m_fd < 0)
        return;
    const itimerspec off{};
    ::timerfd_settime(m_fd, 0, &off, nullptr);
}

}  // namespace pc
