#include "timeticks.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace pc {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

constexpr std::array<qint64, 20> Steps = {
    Second,     2 * Second, 5 * Second,  10 * Second, 15 * Second, 30 * Second, Minute,
    2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, Hour,        2 * Hour,
    3 * Hour,   6 * Hour,   12 * Hour,   Day,         2 * Day,     7 * Day};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}

}  // namespace

QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks, int utcOffsetSecs)
{
    QList<TimeTick> ticks;
    if (to <= from || maxTicks < 1)
        return ticks;
    const qint64 span = to - from;
    const auto fits = [&](qint64 step) {
        return span / step + 1 <= maxTicks;
    };
    const auto found = std::find_if(Steps.cbegin(), Steps.cend(), fits);
    // Past the last step: as many weeks as it takes.
    const qint64 step = found != Steps.cend()
                            ? *found
                            : 7 * Day * ((span / (7 * Day)) / std::max(1, maxTicks - 1) + 1);
    const qint64 offset = qint64(utcOffsetSecs) * Second;
    const QTimeZone zone(utcOffsetSecs);
    const bool dated = span > Day;
    const QString format = step >= Day     ? QStringLiteral("MM-dd")
                           : dated         ? QStringLiteral("MM-dd HH:mm")
                           : step < Minute ? QStringLiteral("HH:mm:ss")
                                           : QStringLiteral("HH:mm");
    // Round in local time: a 6 h step falls on 00:00, 06:00, … where the user is.
    for (qint64 local = (floorDiv(from + offset - 1, step) + 1) * step; local - offset <= to;
         local += step) {
        const qint64 at = local - offset;
        ticks.append({at, QDateTime::fromMSecsSinceEpoch(at, zone).toString(format)});
        if (ticks.size() > maxTicks)
            break;
    }
    return ticks;
}

}  // namespace pc
