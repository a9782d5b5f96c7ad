#pragma once

#include "latencyhistogram.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

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

/// Monotonic microseconds, which pace a Rate run and time every request. The default is
/// std::chrono::steady_clock; a test passes a clock it advances itself. Called on the load
/// generator's thread, so it must be safe to call from there.
using LoadClock = std::function<qint64()>;

/// The steady clock in microseconds: LoadClock's default.
qint64 steadyClockUs();

/// What a load run does. A plain value; checkLoadPlan() says whether it is within the limits.
struct LoadPlan
{
    enum class Mode { Single, Burst, Rate };
    Mode mode = Mode::Single;
    int count = 1;                              // Burst: how many requests
    double rate = 100;                          // Rate: requests per second
    std::chrono::milliseconds duration{0};      // Rate: how long; 0 runs until stopped
    RouteMix mix;                               // the demo's routes, when `url` is empty
    int maxConnections = 32;                    // keep-alive connections used at most
    std::chrono::milliseconds timeout{30'000};  // a request unanswered this long fails

    /// Another HTTP target: every request goes to this URL, with this method, these headers
    /// and this body. Empty: the demo service the generator was given, with `mix`.
    QUrl url;
    QByteArray method = "GET";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

/// The limits a plan must keep, stated in the sentences that refuse one beyond them.
namespace LoadLimits {
inline constexpr double MaxRate = 50'000;
inline constexpr int MaxConnections = 256;
inline constexpr int MaxBurst = 10'000'000;
inline constexpr int MaxDurationSeconds = 24 * 3600;
}  // namespace LoadLimits

/// An empty string when `plan` is within the limits and its target is a plain http URL, or
/// else one sentence saying what is refused and what the limit is.
QString checkLoadPlan(const LoadPlan &plan);

/// How a request that got no HTTP answer failed.
enum class LoadError { Refused, Reset, Timeout, Protocol, Other };
inline constexpr int LoadErrorKinds = 5;

/// How a load run is going. Counts are cumulative over the generator's life, so a user sees
/// totals grow across clicks; `rate` is responses per second over the last second. The
/// latencies are those of the current run, or of the last one once it has ended.
struct LoadStats
{
    quint64 sent = 0;
    quint64 succeeded = 0;  // 2xx and 3xx answers
    quint64 failed = 0;     // other answers, and requests the connection lost
    double rate = 0;
    bool running = false;
    QString lastError;  // the latest transport failure, for the status line
    /// From each request's intended send time in Rate mode (as wrk2 does), else as measured.
    LatencyPercentiles corrected;
    /// From the moment each request was written.
    LatencyPercentiles uncorrected;
};

/// The latencies of the answers that came in one second of wall-clock time, for a chart that
/// draws the client's view beside the server's histogram_quantile. A plain value.
struct LoadSecond
{
    qint64 msecsSinceEpoch = 0;  // the second's start
    LatencyPercentiles corrected;
    LatencyPercentiles uncorrected;
};

/// One finished run: what was asked, what happened, how fast the answers came. Every request
/// sent is either answered (by some status code) or failed (by one kind of error), so
/// `sent == answered() + errorCount()` exactly. A plain value.
struct LoadRunSummary
{
    LoadPlan plan;
    QString target;  // the URL requested, or the demo service's with its routes
    qint64 startedMsecsSinceEpoch = 0;
    qint64 elapsedUs = 0;  // from the first request to the last answer, or to the stop
    bool stopped = false;  // stopped before its planned end
    quint64 sent = 0;
    QList<QPair<int, quint64>> answersByCode;  // ascending codes
    quint64 errors[LoadErrorKinds] = {};
    LatencyPercentiles corrected;
    LatencyPercentiles uncorrected;

    quint64 answered() const;
    quint64 errorCount() const;
    /// Answers per second over the run's duration.
    double achievedRate() const;
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::LoadStats)
Q_DECLARE_METATYPE(pc::LoadPlan)
Q_DECLARE_METATYPE(pc::LoadRunSummary)
Q_DECLARE_METATYPE(pc::LoadSecond)
