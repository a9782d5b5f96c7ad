#pragma once

#include "promenvelope.h"
#include "promerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>
#include <variant>

namespace pc {

/// One point of a series: when, and the value (NaN and ±infinity included).
struct PromSample
{
    qint64 timestampMs = 0;  // milliseconds since the epoch, as Prometheus stores them
    double value = 0;
};

/// One time series: its labels, `__name__` included when the query kept it, and its points
/// in time order. A vector result has one point per series, a matrix as many as the range.
struct PromSeries
{
    QMap<QString, QString> labels;
    QList<PromSample> samples;

    QString metricName() const { return labels.value(QStringLiteral("__name__")); }
};

/// The answer of /api/v1/query or /api/v1/query_range. A plain value.
struct PromQueryResult
{
    enum class Type { Vector, Matrix, Scalar, String };

    Type type = Type::Vector;
    QList<PromSeries> series;  // Vector and Matrix
    PromSample scalar;         // Scalar; also the time of a String
    QString string;            // String
    QStringList warnings;      // Prometheus's `warnings` and `infos`, to show beside the chart
};

/// One active scrape target of /api/v1/targets. A plain value.
struct ScrapeTarget
{
    QString scrapePool;
    QString job;       // the `job` label, or the scrape pool when the label is absent
    QString instance;  // the `instance` label
    QString scrapeUrl;
    QString health;        // "up", "down" or "unknown"
    QDateTime lastScrape;  // null when never scraped
    QString lastError;     // empty when the last scrape worked
    double lastScrapeDurationSeconds = 0;
    std::chrono::milliseconds scrapeInterval{0};  // 0 when the server does not say
    QMap<QString, QString> labels;                // the target's labels after relabelling
};

using PromQueryOutcome = std::variant<PromQueryResult, PromError>;
using ScrapeTargetsOutcome = std::variant<QList<ScrapeTarget>, PromError>;
using PromReadyOutcome = std::variant<bool, PromError>;
using PromLabelValuesOutcome = std::variant<QStringList, PromError>;
using PromFlagsOutcome = std::variant<QMap<QString, QString>, PromError>;

/// Pure parsers of Prometheus API answers: the body and HTTP status in, a value or a
/// PromError out. `url` only names the source in error sentences (its userinfo and query
/// are left out). Thread-safe.
PromQueryOutcome parseQueryResponse(const QByteArray &body, int httpStatus, const QUrl &url = {});
/// parseQueryResponse() without its fast path (PromQueryReader): everything through
/// QJsonDocument. Slower, same results; the reference the fast path is tested against.
PromQueryOutcome parseQueryResponseWithQJsonDocument(const QByteArray &body, int httpStatus,
                                                     const QUrl &url = {});
ScrapeTargetsOutcome parseTargetsResponse(const QByteArray &body, int httpStatus,
                                          const QUrl &url = {});
/// `/api/v1/label/<name>/values`: the values, sorted as the server sent them.
PromLabelValuesOutcome parseLabelValuesResponse(const QByteArray &body, int httpStatus,
                                                const QUrl &url = {});
/// `/-/ready`: 200 is ready, 503 is "still starting" (false), anything else an error.
/// `/api/v1/status/flags`: flag name (`config.file`) to value.
PromFlagsOutcome parseFlagsResponse(const QByteArray &body, int httpStatus, const QUrl &url = {});
PromReadyOutcome parseReadyResponse(const QByteArray &body, int httpStatus, const QUrl &url = {});

/// A duration as Prometheus writes it: `1s`, `1m30s`, `500ms`, `2h`, `1d`, `1w`, `1y`.
std::optional<std::chrono::milliseconds> parsePromDuration(QStringView text);

/// A sample value as Prometheus writes it ("1.5", "NaN", "+Inf", "-Inf", "1e-05").
/// Returns false for anything else.
bool parsePromSampleValue(QStringView text, double *value);

/// An RFC 3339 time as Prometheus writes it (nanoseconds, any offset); null for Go's zero
/// time or text that is not a time.
QDateTime parsePromTimestamp(const QString &rfc3339);

}  // namespace pc

Q_DECLARE_METATYPE(pc::PromQueryResult)
Q_DECLARE_METATYPE(pc::ScrapeTarget)
