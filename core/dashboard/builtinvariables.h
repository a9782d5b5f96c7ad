#pragma once

#include "variableinterpolation.h"

#include <chrono>

namespace pc {

/// Grafana's built-in variables for one panel's query: `$__interval` and `$__interval_ms` (the
/// step asked for), `$__rate_interval` by Grafana's rule, max(`$__interval` + scrape interval,
/// 4 × scrape interval), and `$__range`, `$__range_s`, `$__range_ms` (the range shown). Pure.
VariableSelections builtinVariables(std::chrono::seconds step, std::chrono::milliseconds range,
                                    std::chrono::seconds scrapeInterval);

/// Seconds as a Prometheus duration, in the largest whole unit: 90 → "90s", 120 → "2m",
/// 7200 → "2h", 86400 → "1d". Pure.
QString promDurationText(std::chrono::seconds duration);

}  // namespace pc
