#include "promresponse.h"

#include "format/redactedurl.h"
#include "prometheus/private/promqueryreader.h"
#include "promurls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace pc {

namespace {
using Kind = PromError::Kind;

// Readers below return a reason when the JSON does not match, naming the broken element with
// the path that `where()` makes: made only on failure, so that reading stays free of it.

QString notAnObject(const QString &where)
{
    //: %1 is a path in JSON, such as data.result[3]
    return QCoreApplication::translate("pc::PromResponse", "%1 is not an object").arg(where);
}

template <typename Where>
std::optional<QString> readLabels(const QJsonValue &value, QMap<QString, QString> *labels,
                                  Where where)
{
    if (value.isUndefined())
        return std::nullopt;  // tolerated: some Prometheus-compatible servers omit `metric`
    if (!value.isObject()) {
        //: %1 is a path in JSON, such as data.result[3].metric
        return QCoreApplication::translate("pc::PromResponse", "%1 is not an object of labels")
            .arg(where());
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            //: %1 is a path in JSON, such as data.result[3].metric; %2 a label name
            return QCoreApplication::translate("pc::PromResponse",
                                               "%1 has a label \"%2\" that is not a string")
                .arg(where(), it.key());
        }
        labels->insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

// Seconds since the epoch to milliseconds; false for a time no qint64 of milliseconds holds
// (converting it would be undefined behaviour).
bool readTime(const QJsonValue &seconds, qint64 *ms)
{
    const double value = seconds.toDouble() * 1000.0;
    if (!(std::fabs(value) < 9e18))
        return false;
    *ms = qRound64(value);
    return true;
}

template <typename Where>
std::optional<QString> readSample(const QJsonValue &value, PromSample *sample, Where where)
{
    //: %1 is a path in JSON, such as data.result[3].value
    const auto notAPair = [&] {
        return QCoreApplication::translate("pc::PromResponse", "%1 is not a [time, \"value\"] pair")
            .arg(where());
    };
    if (!value.isArray())
        return notAPair();
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return notAPair();
    if (!readTime(pair.at(0), &sample->timestampMs)) {
        //: %1 is a path in JSON, such as data.result[3].value
        return QCoreApplication::translate("pc::PromResponse", "%1 has a time out of range")
            .arg(where());
    }
    const QString text = pair.at(1).toString();
    if (!parsePromSampleValue(text, &sample->value)) {
        //: %1 is a path in JSON, such as data.result[3].value; %2 the value found there
        return QCoreApplication::translate("pc::PromResponse",
                                           "%1 has the value \"%2\", not a number")
            .arg(where(), text);
    }
    return std::nullopt;
}

QString at(const char *array, qsizetype index)
{
    return QLatin1String(array) % QLatin1Char('[') % QString::number(index) % QLatin1Char(']');
}

std::optional<QString> readSeriesList(const QJsonValue &result, bool matrix, QList<PromSeries> *out)
{
    if (!result.isArray()) {
        return QCoreApplication::translate("pc::PromResponse", "data.result is not an array");
    }
    const QJsonArray items = result.toArray();
    out->reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("data.") % at("result", i);
        const QJsonValue item = items.at(i);
        if (!item.isObject())
            return notAnObject(where);
        const QJsonObject object = item.toObject();
        PromSeries series;
        if (auto reason =
                readLabels(object.value(QLatin1String("metric")), &series.labels,
                           [&]() -> QString { return where % QStringLiteral(".metric"); }))
            return reason;

        if (!matrix) {
            const QJsonValue value = object.value(QLatin1String("value"));
            if (value.isUndefined()) {
                // A native histogram has no float value to plot.
                if (object.contains(QLatin1String("histogram"))) {
                    out->append(std::move(series));
                    continue;
                }
                //: %1 is a path in JSON, such as data.result[3]
                return QCoreApplication::translate("pc::PromResponse", "%1.value is missing")
                    .arg(where);
            }
            PromSample sample;
            if (auto reason = readSample(
                    value, &sample, [&]() -> QString { return where % QStringLiteral(".value"); }))
                return reason;
            series.samples.append(sample);
            out->append(std::move(series));
            continue;
        }

        const QJsonValue values = object.value(QLatin1String("values"));
        if (values.isUndefined() && object.contains(QLatin1String("histograms"))) {
            out->append(std::move(series));
            continue;
        }
        if (!values.isArray()) {
            //: %1 is a path in JSON, such as data.result[3]
            return QCoreApplication::translate("pc::PromResponse", "%1.values is not an array")
                .arg(where);
        }
        const QJsonArray points = values.toArray();
        series.samples.resize(points.size());
        PromSample *samples = series.samples.data();
        for (qsizetype j = 0; j < points.size(); ++j) {
            if (auto reason = readSample(points.at(j), samples + j, [&]() -> QString {
                    return where % QLatin1Char('.') % at("values", j);
                }))
                return reason;
        }
        out->append(std::move(series));
    }
    return std::nullopt;
}

// Prometheus writes nanoseconds; Qt reads up to milliseconds.
QDateTime parseRfc3339(QString text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Go's zero time ("0001-01-01T00:00:00Z") means "never scraped".
    if (!time.isValid() || time.date().year() <= 1)
        return {};
    return time;
}

QMap<QString, QString> labelMap(const QJsonValue &value)
{
    QMap<QString, QString> labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

/// The envelope's `data` when it is an object, as the targets and flags endpoints answer.
std::variant<QJsonObject, PromError> openDataObject(const QByteArray &body, int status,
                                                    const QUrl &url)
{
    auto opened = openPromEnvelope(body, status, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue data = std::get<PromEnvelope>(opened).data;
    if (!data.isObject())
        return promShapeError(
            url, status,
            QCoreApplication::translate("pc::PromResponse", "\"data\" is not an object"));
    return data.toObject();
}

}  // namespace

std::optional<std::chrono::milliseconds> parsePromDuration(QStringView text)
{
    // Units from longest to shortest spelling, so `ms` is not read as `m` then `s`.
    static const std::pair<const char *, qint64> units[] = {{"ms", 1},
                                                            {"s", 1000},
                                                            {"m", 60'000},
                                                            {"h", 3'600'000},
                                                            {"d", 86'400'000},
                                                            {"w", 7 * 86'400'000LL},
                                                            {"y", 365 * 86'400'000LL}};
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        if (i == start || i - start > 12)
            return std::nullopt;
        const qint64 number = text.mid(start, i - start).toLongLong();
        const auto unit = std::find_if(std::begin(units), std::end(units), [&](const auto &u) {
            return text.mid(i).startsWith(QLatin1String(u.first));
        });
        if (unit == std::end(units))
            return std::nullopt;
        total += number * unit->second;
        i += qsizetype(std::strlen(unit->first));
    }
    return std::chrono::milliseconds(total);
}

bool parsePromSampleValue(QStringView text, double *value)
{
    if (text == u"NaN") {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == u"+Inf" || text == u"Inf") {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == u"-Inf") {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

PromQueryOutcome parseQueryResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    // The fast reader takes the common case; anything else gets the reference reader's
    // sentences.
    if (httpStatus >= 200 && httpStatus < 300) {
        if (std::optional<PromQueryResult> result = PromQueryReader::read(body))
            return std::move(*result);
    }
    return parseQueryResponseWithQJsonDocument(body, httpStatus, url);
}

PromQueryOutcome parseQueryResponseWithQJsonDocument(const QByteArray &body, int httpStatus,
                                                     const QUrl &url)
{
    auto opened = openPromEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    PromEnvelope &envelope = std::get<PromEnvelope>(opened);
    if (!envelope.data.isObject())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "\"data\" is not an object"));
    const QJsonObject data = envelope.data.toObject();
    const QJsonValue resultType = data.value(QLatin1String("resultType"));
    const QJsonValue result = data.value(QLatin1String("result"));
    if (!resultType.isString())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "data.resultType is missing"));
    if (result.isUndefined())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "data.result is missing"));

    PromQueryResult answer;
    answer.warnings = std::move(envelope.warnings);
    const QString type = resultType.toString();
    std::optional<QString> reason;
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        const bool matrix = type == QLatin1String("matrix");
        answer.type = matrix ? PromQueryResult::Type::Matrix : PromQueryResult::Type::Vector;
        reason = readSeriesList(result, matrix, &answer.series);
    } else if (type == QLatin1String("scalar")) {
        answer.type = PromQueryResult::Type::Scalar;
        reason = readSample(result, &answer.scalar, [] { return QStringLiteral("data.result"); });
    } else if (type == QLatin1String("string")) {
        answer.type = PromQueryResult::Type::String;
        const QJsonArray pair = result.toArray();
        if (!result.isArray() || pair.size() != 2 || !pair.at(0).isDouble()
            || !pair.at(1).isString()) {
            reason = QCoreApplication::translate("pc::PromResponse",
                                                 "data.result is not a [time, \"string\"] pair");
        } else if (!readTime(pair.at(0), &answer.scalar.timestampMs)) {
            reason = QCoreApplication::translate("pc::PromResponse",
                                                 "data.result has a time out of range");
        } else {
            answer.scalar.value = std::numeric_limits<double>::quiet_NaN();
            answer.string = pair.at(1).toString();
        }
    } else {
        //: %1 is the value of data.resultType in Prometheus's JSON
        reason =
            QCoreApplication::translate("pc::PromResponse", "data.resultType \"%1\" is unknown")
                .arg(type);
    }
    if (reason)
        return promShapeError(url, httpStatus, *reason);
    return answer;
}

ScrapeTargetsOutcome parseTargetsResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    auto opened = openDataObject(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue active = std::get<QJsonObject>(opened).value(QLatin1String("activeTargets"));
    if (!active.isArray())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "data.activeTargets is not an array"));

    const QJsonArray items = active.toArray();
    QList<ScrapeTarget> targets;
    targets.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            return promShapeError(url, httpStatus,
                                  notAnObject(QStringLiteral("data.") % at("activeTargets", i)));
        }
        const QJsonObject object = item.toObject();
        const QJsonValue labels = object.value(QLatin1String("labels"));
        const QJsonValue health = object.value(QLatin1String("health"));
        if (!labels.isObject() || !health.isString()) {
            //: %1 is a path in JSON, such as data.activeTargets[3]
            return promShapeError(
                url, httpStatus,
                QCoreApplication::translate("pc::PromResponse", "%1 lacks \"labels\" or \"health\"")
                    .arg(QStringLiteral("data.") % at("activeTargets", i)));
        }
        ScrapeTarget target;
        target.labels = labelMap(labels);
        target.scrapePool = object.value(QLatin1String("scrapePool")).toString();
        target.job = target.labels.value(QStringLiteral("job"), target.scrapePool);
        target.instance = target.labels.value(QStringLiteral("instance"));
        target.scrapeUrl = object.value(QLatin1String("scrapeUrl")).toString();
        target.health = health.toString();
        target.lastScrape = parseRfc3339(object.value(QLatin1String("lastScrape")).toString());
        target.lastError = object.value(QLatin1String("lastError")).toString();
        target.scrapeInterval =
            parsePromDuration(object.value(QLatin1String("scrapeInterval")).toString())
                .value_or(std::chrono::milliseconds(0));
        target.lastScrapeDurationSeconds =
            object.value(QLatin1String("lastScrapeDuration")).toDouble();
        targets.append(std::move(target));
    }
    return targets;
}

PromLabelValuesOutcome parseLabelValuesResponse(const QByteArray &body, int httpStatus,
                                                const QUrl &url)
{
    auto opened = openPromEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue data = std::get<PromEnvelope>(opened).data;
    if (!data.isArray())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "\"data\" is not an array"));
    QStringList values;
    const QJsonArray items = data.toArray();
    values.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isString())
            return promShapeError(
                url, httpStatus,
                QCoreApplication::translate("pc::PromResponse", "a label value is not a string"));
        values.append(item.toString());
    }
    return values;
}

PromFlagsOutcome parseFlagsResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    auto opened = openDataObject(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    QMap<QString, QString> flags;
    const QJsonObject &object = std::get<QJsonObject>(opened);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString())
            return promShapeError(
                url, httpStatus,
                QCoreApplication::translate("pc::PromResponse", "a flag value is not a string"));
        flags.insert(it.key(), it->toString());
    }
    return flags;
}

QDateTime parsePromTimestamp(const QString &rfc3339)
{
    return parseRfc3339(rfc3339);
}

}  // namespace pc
