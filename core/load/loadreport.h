#pragma once

#include "loadplan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pc {

/// Writes and reads run summaries: a wrk-like text summary, JSON (the headless report and the
/// run history's file) and CSV (export). Stateless and pure; numbers in the C locale, so that
/// scripts read them. Any thread.
class LoadReport
{
public:
    /// The summary as wrk prints one: requests and duration, achieved rate, answers by code,
    /// errors, and the latency percentiles, corrected and uncorrected. Says so when a Rate run
    /// achieved less than 99% of its asked rate.
    static QString text(const LoadRunSummary &run);
    static QJsonObject toJson(const LoadRunSummary &run);
    /// The run `toJson()` wrote, or nothing when `object` is not one.
    static std::optional<LoadRunSummary> fromJson(const QJsonObject &object);
    /// A header line, then one line per run.
    static QString csv(const QList<LoadRunSummary> &runs);

    static QString modeName(LoadPlan::Mode mode);
    static QString errorName(LoadError kind);
    /// "rate 2000 req/s for 10 s", "burst of 5000", "1 request".
    static QString askedText(const LoadPlan &plan);
};

}  // namespace pc
