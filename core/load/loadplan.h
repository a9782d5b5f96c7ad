#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>
#include <functional>

namespace pc {

/// Relative weights of the demo routes a load run requests: `/`, `/slow` and `/error`.
struct RouteMix
{
    int ok = 100;
    int slow = 0;
    int error = 0;
};

/// Monotonic milliseconds, which pace a Rate run and time the achieved rate. The default is
/// std::chrono::steady_clock; a test passes a clock it advances itself. Called on the load
/// generator's thread, so it must be safe to call from there.
using LoadClock = std::function<qint64()>;

/// The steady clock in milliseconds: LoadClock's default.
qint64 steadyClockMs();

/// What a load run does. A plain value.
struct LoadPlan
{
    enum class Mode { Single, Burst, Rate };
    Mode mode = Mode::Single;
    int count = 1;                          // Burst: how many requests
    double rate = 100;                      // Rate: requests per second
    std::chrono::milliseconds duration{0};  // Rate: how long; 0 runs until stopped
    RouteMix mix;
    int maxConnections = 32;  // keep-alive connections used at most
};

/// How a load run is going. Counts are cumulative over the generator's life, so a user sees
/// totals grow across clicks; `rate` is responses per second over the last second.
struct LoadStats
{
    quint64 sent = 0;
    quint64 succeeded = 0;  // 2xx and 3xx answers
    quint64 failed = 0;     // other answers, and requests the connection lost
    double rate = 0;
    bool running = false;
    QString lastError;  // the latest transport failure, for the status line
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::LoadStats)
Q_DECLARE_METATYPE(pc::LoadPlan)
