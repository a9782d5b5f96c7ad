#include "promresponse.h"

#include "prometheus/private/promqueryreader.h"
#include "format/redactedurl.h"
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

// The subject of every error sentence below.
QString source(const QUrl &url)
{
    //: The subject of an error sentence, such as "Prometheus sent malformed JSON: …"
    if (url.isEmpty())
        return QCoreApplication::translate("pc::PromResponse", "Prometheus");
    //: The subject of an error sentence; %1 is a URL
    return QCoreApplication::translate("pc::PromResponse", "Prometheus at %1")
        .arg(redactedUrl(url));
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

PromError makeError(Kind kind, const QString &message, int status)
{
    PromError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

bool isHtml(const QByteArray &body)
{
    const QByteArray head = body.left(4096).toLower();
    return head.contains("<html") || head.contains("<!doctype html");
}

// What came instead of JSON, in a few words, so that a proxy's or a login page's answer is
// recognisable in the status bar.
QString describeBody(const QByteArray &body)
{
    //: What a server sent instead of JSON, inserted into a sentence
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("pc::PromResponse", "an empty body");
    if (isHtml(body)) {
        const QByteArray head = body.left(4096).toLower();
        const qsizetype open = head.indexOf("<title>");
        const qsizetype close = head.indexOf("</title>", open);
        if (open >= 0 && close > open) {
            const QString title =
                QString::fromUtf8(body.mid(open + 7, close - open - 7)).simplified();
            //: What a server sent instead of JSON, inserted into a sentence; %1 is the page's
            //: title
            if (!title.isEmpty())
                return QCoreApplication::translate("pc::PromResponse",
                                                   "an HTML page titled \u201c%1\u201d")
                    .arg(title);
        }
        //: What a server sent instead of JSON, inserted into a sentence
        return QCoreApplication::translate("pc::PromResponse", "an HTML page");
    }
    constexpr qsizetype kExcerpt = 120;
    QString text = QString::fromUtf8(body.left(kExcerpt)).simplified();
    if (body.size() > kExcerpt)
        text += QStringLiteral("\u2026");
    //: A quoted excerpt of what a server sent instead of JSON
    return QCoreApplication::translate("pc::PromResponse", "\u201c%1\u201d").arg(text);
}

// One whole sentence per errorType of Prometheus's API; the type itself stays in the
// sentence, untranslated, for a search.
QString apiErrorSentence(const QString &type, const QString &error, int status, const QUrl &url)
{
    static const std::pair<QLatin1String, const char *> sentences[] = {
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("bad_data"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 rejected the request (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("execution"),
         QT_TRANSLATE_NOOP("pc::PromResponse",
                           "%1 could not evaluate the query (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("timeout"),
         QT_TRANSLATE_NOOP("pc::PromResponse",
                           "%1 gave up on the query at its own query timeout (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("canceled"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 canceled the query (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("unavailable"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 is not ready to answer (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("internal"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 failed internally (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("not_found"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 has no such endpoint (HTTP %2, %3): %4")},
    };
    const QString code = QString::number(status);
    //: Stands for Prometheus's error text when it gave none
    const QString text = error.isEmpty()
                             ? QCoreApplication::translate("pc::PromResponse", "no details given")
                             : error;
    for (const auto &[name, sentence] : sentences) {
        if (type == name) {
            return QCoreApplication::translate("pc::PromResponse", sentence)
                .arg(source(url), code, type, text);
        }
    }
    if (type.isEmpty()) {
        //: %1 names the server, %2 is an HTTP status code, %3 the server's error text
        return QCoreApplication::translate("pc::PromResponse",
                                           "%1 answered with an error (HTTP %2): %3")
            .arg(source(url), code, text);
    }
    //: %1 names the server, %2 is an HTTP status code, %3 the server's error type, %4 its
    //: error text
    return QCoreApplication::translate("pc::PromResponse",
                                       "%1 answered with an error (HTTP %2, %3): %4")
        .arg(source(url), code, type, text);
}

PromError shapeError(const QUrl &url, int status, const QString &what)
{
    //: %1 names the server, %2 says which part of the JSON is wrong
    return makeError(
        Kind::UnexpectedShape,
        QCoreApplication::translate("pc::PromResponse", "%1 sent an answer of unexpected shape: %2")
            .arg(source(url), what),
        status);
}

PromError notPrometheusJson(const QUrl &url, int status)
{
    //: %1 names the server, %2 is an HTTP status code
    return makeError(
        Kind::HttpError,
        QCoreApplication::translate("pc::PromResponse",
                                    "%1 answered HTTP %2 with JSON that is not a Prometheus answer")
            .arg(source(url), QString::number(status)),
        status);
}

// The `data` member of a Prometheus answer, once the transport, the JSON and the
// success/error envelope are checked.
struct Envelope
{
    QJsonValue data;
    QStringList warnings;
};

std::variant<Envelope, PromError> openEnvelope(const QByteArray &body, int status, const QUrl &url)
{
    // Whatever the body (Prometheus's envelope, a proxy's page), the fix is the credentials.
    if (status == 401 || status == 403)
        return PromError::authRefused(source(url), status, PromError::Credentials::Unknown);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (!isSuccess(status)) {
            //: %1 names the server, %2 is an HTTP status code, %3 describes the body ("an HTML
            //: page titled …", "an empty body")
            return makeError(Kind::HttpError,
                             QCoreApplication::translate(
                                 "pc::PromResponse",
                                 "%1 answered HTTP %2 with %3, not Prometheus JSON: is a proxy in "
                                 "front of it, or is the URL wrong?")
                                 .arg(source(url), QString::number(status), describeBody(body)),
                             status);
        }
        if (isHtml(body) || body.trimmed().isEmpty()) {
            //: %1 names the server, %2 describes the body ("an HTML page titled …", "an empty
            //: body")
            return makeError(Kind::MalformedJson,
                             QCoreApplication::translate(
                                 "pc::PromResponse",
                                 "%1 sent %2 instead of JSON: is the URL that of Prometheus?")
                                 .arg(source(url), describeBody(body)),
                             status);
        }
        //: %1 names the server, %2 is the JSON parser's message, %3 a byte offset
        return makeError(
            Kind::MalformedJson,
            QCoreApplication::translate("pc::PromResponse", "%1 sent malformed JSON: %2 at byte %3")
                .arg(source(url), parseError.errorString(), QString::number(parseError.offset)),
            status);
    }
    if (!document.isObject()) {
        if (!isSuccess(status))
            return notPrometheusJson(url, status);
        return shapeError(
            url, status,
            QCoreApplication::translate("pc::PromResponse", "the JSON is not an object"));
    }

    const QJsonObject root = document.object();
    const QJsonValue state = root.value(QLatin1String("status"));
    const QJsonValue errorType = root.value(QLatin1String("errorType"));
    const QJsonValue error = root.value(QLatin1String("error"));
    if (!isSuccess(status) || state != QJsonValue(QLatin1String("success"))) {
        if (errorType.isString() || error.isString()) {
            PromError result = makeError(
                Kind::ApiError,
                apiErrorSentence(errorType.toString(), error.toString(), status, url), status);
            result.errorType = errorType.toString();
            result.detail = error.toString();
            return result;
        }
        if (!isSuccess(status))
            return notPrometheusJson(url, status);
        if (!state.isString()) {
            return shapeError(
                url, status,
                QCoreApplication::translate("pc::PromResponse", "\"status\" is missing"));
        }
        //: %1 is the value of the JSON member "status"
        return shapeError(url, status,
                          QCoreApplication::translate("pc::PromResponse",
                                                      "\"status\" is \"%1\", expected \"success\"")
                              .arg(state.toString()));
    }

    Envelope envelope;
    envelope.data = root.value(QLatin1String("data"));
    if (envelope.data.isUndefined() || envelope.data.isNull())
        return shapeError(url, status,
                          QCoreApplication::translate("pc::PromResponse", "\"data\" is missing"));
    for (const QLatin1String key : {QLatin1String("warnings"), QLatin1String("infos")}) {
        const QJsonArray notes = root.value(key).toArray();
        for (const QJsonValueConstRef note : notes) {
            if (note.isString())
                envelope.warnings.append(note.toString());
        }
    }
    return envelope;
}

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
    auto opened = openEnvelope(body, status, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue data = std::get<Envelope>(opened).data;
    if (!data.isObject())
        return shapeError(
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
    if (isSuccess(httpStatus)) {
        if (std::optional<PromQueryResult> result = PromQueryReader::read(body))
            return std::move(*result);
    }
    return parseQueryResponseWithQJsonDocument(body, httpStatus, url);
}

PromQueryOutcome parseQueryResponseWithQJsonDocument(const QByteArray &body, int httpStatus,
                                                     const QUrl &url)
{
    auto opened = openEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    Envelope &envelope = std::get<Envelope>(opened);
    if (!envelope.data.isObject())
        return shapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "\"data\" is not an object"));
    const QJsonObject data = envelope.data.toObject();
    const QJsonValue resultType = data.value(QLatin1String("resultType"));
    const QJsonValue result = data.value(QLatin1String("result"));
    if (!resultType.isString())
        return shapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "data.resultType is missing"));
    if (result.isUndefined())
        return shapeError(
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
        return shapeError(url, httpStatus, *reason);
    return answer;
}

ScrapeTargetsOutcome parseTargetsResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    auto opened = openDataObject(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue active = std::get<QJsonObject>(opened).value(QLatin1String("activeTargets"));
    if (!active.isArray())
        return shapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "data.activeTargets is not an array"));

    const QJsonArray items = active.toArray();
    QList<ScrapeTarget> targets;
    targets.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isObject()) {
            return shapeError(url, httpStatus,
                              notAnObject(QStringLiteral("data.") % at("activeTargets", i)));
        }
        const QJsonObject object = item.toObject();
        const QJsonValue labels = object.value(QLatin1String("labels"));
        const QJsonValue health = object.value(QLatin1String("health"));
        if (!labels.isObject() || !health.isString()) {
            //: %1 is a path in JSON, such as data.activeTargets[3]
            return shapeError(
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
    auto opened = openEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue data = std::get<Envelope>(opened).data;
    if (!data.isArray())
        return shapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromResponse", "\"data\" is not an array"));
    QStringList values;
    const QJsonArray items = data.toArray();
    values.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isString())
            return shapeError(
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
            return shapeError(
                url, httpStatus,
                QCoreApplication::translate("pc::PromResponse", "a flag value is not a string"));
        flags.insert(it.key(), it->toString());
    }
    return flags;
}

std::variant<PromEnvelope, PromError> openPromEnvelope(const QByteArray &body, int httpStatus,
                                                       const QUrl &url)
{
    auto opened = openEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    Envelope &envelope = std::get<Envelope>(opened);
    return PromEnvelope{std::move(envelope.data), std::move(envelope.warnings)};
}

PromError promShapeError(const QUrl &url, int httpStatus, const QString &what)
{
    return shapeError(url, httpStatus, what);
}

QDateTime parsePromTimestamp(const QString &rfc3339)
{
    return parseRfc3339(rfc3339);
}

PromReadyOutcome parseReadyResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    if (isSuccess(httpStatus))
        return true;
    if (httpStatus == 503)
        return false;
    if (httpStatus == 401 || httpStatus == 403)
        return PromError::authRefused(source(url), httpStatus, PromError::Credentials::Unknown);
    //: %1 names the server, %2 is an HTTP status code, %3 describes the body ("an HTML page
    //: titled …", "an empty body")
    return makeError(Kind::HttpError,
                     QCoreApplication::translate("pc::PromResponse",
                                                 "%1 answered HTTP %2 to the readiness check, "
                                                 "with %3")
                         .arg(source(url), QString::number(httpStatus), describeBody(body)),
                     httpStatus);
}

}  // namespace pc
