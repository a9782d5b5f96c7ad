#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace pc {

/// A tick of a time axis: where (ms since the epoch) and what it reads.
struct TimeTick
{
    qint64 msecs = 0;
    QString label;
};

/// Round ticks for a time axis from `from` to `to` (ms since the epoch), as Grafana and
/// Prometheus's graph page draw theirs: every 1, 2, 5, 10, 15 or 30 s, 1, 2, 5, 10, 15 or 30
/// min, 1, 2, 3, 6 or 12 h, or 1, 2 or 7 days, the finest that gives at most `maxTicks`,
/// on round local times (10:15, 10:30, not 10:13:47). Labels read `HH:mm:ss` below a minute,
/// `HH:mm` below a day, with the date (`MM-dd HH:mm`, or `MM-dd` for day steps) when the
/// range spans more than a day. `utcOffsetSecs` is the local offset from UTC, so that tests
/// pin it. Pure.
QList<TimeTick> timeTicks(qint64 from, qint64 to, int maxTicks, int utcOffsetSecs);

}  // namespace pc
