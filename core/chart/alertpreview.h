#pragma once

#include "format/displayformat.h"
#include "prometheus/promresponse.h"

#include <QList>
#include <QString>

#include <chrono>

namespace pc {

/// A stretch of time, in ms since the epoch, end excluded.
struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool operator==(const TimeSpan &other) const
    {
        return startMs == other.startMs && endMs == other.endMs;
    }
};

/// Where an alert's condition held, from a range query of the condition asked at `step`: each
/// point of any series covers its step, and touching or overlapping spans are merged. Sorted.
/// Pure.
QList<TimeSpan> conditionSpans(const PromQueryResult &condition, std::chrono::seconds step);

/// How many times the alert would have gone firing over a range query of its condition, as
/// Prometheus evaluates it at `step`: per series, each run of points with no gap wider than
/// `step` fires once when it lasts `forDuration` (its last point at least that long after its
/// first; at once when zero). Pure.
int firingCount(const PromQueryResult &condition, std::chrono::seconds step,
                std::chrono::seconds forDuration);

/// A unit a threshold may be entered in, and what it is worth in the query's unit: `ms` is
/// 0.001 of a second, `%` 0.01 of a ratio.
struct ThresholdUnit
{
    QString symbol;
    double factor = 1.0;
};

/// The units a threshold on a query of `unit` may be entered in, the usual one first: ms, s,
/// min for seconds; %, then a plain fraction, for a ratio; B to GiB for bytes; the unit's
/// symbol (or none) otherwise. Pure.
QList<ThresholdUnit> thresholdUnits(DisplayFormat::Unit unit);

}  // namespace pc
