#pragma once

#include "variableinterpolation.h"

#include <chrono>
#include <optional>

namespace pc {

/// Grafana's built-in variables for one panel's query: `$__interval` and `$__interval_ms` (the
/// step asked for), `$__rate_interval` by Grafana's rule, max(`$__interval` + scrape interval,
/// 4 × scrape interval), and `$__range`, `$__range_s`, `$__range_ms` (the range shown). Pure.
VariableSelections builtinVariables(std::chrono::seconds step, std::chrono::milliseconds range,
                                    std::chrono::seconds scrapeInterval);

/// The `global.scrape_interval` of a Prometheus configuration, as `/api/v1/status/config`
/// gives it in YAML, in whole seconds; empty when it says none (Prometheus's default is 1 min,
/// Grafana assumes 15 s). Pure.
std::optional<std::chrono::seconds> globalScrapeInterval(const QString &yaml);

/// Seconds as a Prometheus duration, in the largest whole unit: 90 → "90s", 120 → "2m",
/// 7200 → "2h", 86400 → "1d". Pure.
QString promDurationText(std::chrono::seconds duration);

}  // namespace pc
