#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace pc {

/// Builders of Prometheus HTTP API URLs. Pure and thread-safe.
///
/// The base URL may carry a path prefix, with or without a trailing slash
/// (`http://host/prometheus/`); the API path is appended to it. Userinfo in the base URL is
/// dropped: credentials travel in headers only. Query parameters are percent-encoded in full,
/// `+` included, so that PromQL reaches the server byte for byte.

/// Prometheus refuses a range with more points than this per series.
inline constexpr int kPromMaxPoints = 11000;

QUrl promApiUrl(const QUrl &base, const QString &path);
QUrl promQueryUrl(const QUrl &base, const QString &promql,
                  const std::optional<QDateTime> &time = std::nullopt);
QUrl promQueryRangeUrl(const QUrl &base, const QString &promql, const QDateTime &start,
                       const QDateTime &end, std::chrono::seconds step);
/// Asks for the active targets only: the dropped ones can be many and are not shown.
QUrl promTargetsUrl(const QUrl &base);
QUrl promReadyUrl(const QUrl &base);
/// `/api/v1/status/flags`: the flags the server runs with.
QUrl promFlagsUrl(const QUrl &base);
/// `/api/v1/label/<label>/values`, e.g. every metric name with `__name__`; with a series
/// `selector`, only the values of the series it matches (`match[]`).
QUrl promLabelValuesUrl(const QUrl &base, const QString &label, const QString &selector = {});
/// `/api/v1/labels`: every label name, or those of the series `selector` matches.
QUrl promLabelNamesUrl(const QUrl &base, const QString &selector = {});
/// Prometheus's own graph page for a query over `range` ending at `end` (now when null):
/// `<base>/graph?g0.expr=...&g0.tab=0&g0.range_input=5m`.
QUrl promGraphUrl(const QUrl &base, const QString &promql, std::chrono::seconds range,
                  const QDateTime &end = {});

/// A time as Prometheus takes it: seconds since the epoch, with milliseconds when not whole
/// ("1700000000", "1700000000.250").
QString promTimeParameter(const QDateTime &time);

/// The smallest "nice" step (1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6,
/// 12 h, then whole days) at which a range of `window` has at most `maxPoints` points.
std::chrono::seconds chooseStep(std::chrono::seconds window, int maxPoints = kPromMaxPoints);

}  // namespace pc
