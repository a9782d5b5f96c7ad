#include "prometheus/private/promqueryreader.h"
#include "prometheus/promresponse.h"
#include "prometheus/promurls.h"
#include "promqueryresultdiff.h"

#include <QFile>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace std::chrono_literals;
using pc::PromError;
using pc::PromQueryResult;

namespace {

QByteArray dataFile(const char *name)
{
    QFile file(QStringLiteral(PC_TEST_DATA_DIR "/prometheus/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", name);
    return file.readAll();
}

const QUrl kQueryUrl(QStringLiteral("http://localhost:9090/api/v1/query"));

PromQueryResult parsedQuery(const QByteArray &body)
{
    const pc::PromQueryOutcome outcome = pc::parseQueryResponse(body, 200, kQueryUrl);
    if (const auto *error = std::get_if<PromError>(&outcome))
        qFatal("unexpected error: %s", qPrintable(error->message));
    return std::get<PromQueryResult>(outcome);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Rows of reportsErrors: what the server says went wrong, in Prometheus's envelope or
// in a page or body of a proxy's.
void addServerErrorRows()
{
    using K = PromError::Kind;
    const QString none;
    QTest::addRow("400 bad_data names the parse error")
        << dataFile("error_bad_data.json") << 400 << K::ApiError << QStringLiteral("bad_data")
        << QStringLiteral(
               "rejected the request (HTTP 400, bad_data): invalid parameter "
               "\"query\": 1:6: parse error: unexpected <op:+>");
    QTest::addRow("422 execution")
        << dataFile("error_execution.json") << 422 << K::ApiError << QStringLiteral("execution")
        << QStringLiteral("could not evaluate the query (HTTP 422, execution): found duplicate");
    QTest::addRow("503 unavailable")
        << dataFile("error_unavailable.json") << 503 << K::ApiError << QStringLiteral("unavailable")
        << QStringLiteral("is not ready to answer (HTTP 503, unavailable): TSDB not ready");
    QTest::addRow("error status in a 200")
        << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out"})")
        << 200 << K::ApiError << QStringLiteral("timeout") << QStringLiteral("query timed out");
    QTest::addRow("malformed JSON") << dataFile("malformed.json") << 200 << K::MalformedJson << none
                                    << QStringLiteral("sent malformed JSON:");
    QTest::addRow("HTML page from a proxy with 502")
        << dataFile("proxy_502.html") << 502 << K::HttpError << none
        << QStringLiteral(
               "answered HTTP 502 with an HTML page titled \u201c502 Bad Gateway\u201d,"
               " not Prometheus JSON");
    QTest::addRow("HTML page with 200")
        << QByteArray("<!DOCTYPE html><html><body>Grafana</body></html>") << 200 << K::MalformedJson
        << none << QStringLiteral("sent an HTML page instead of JSON");
    QTest::addRow("plain text 404 from a wrong path prefix")
        << QByteArray("404 page not found\n") << 404 << K::HttpError << none
        << QStringLiteral("answered HTTP 404 with \u201c404 page not found\u201d");
    QTest::addRow("empty body with 500") << QByteArray() << 500 << K::HttpError << none
                                         << QStringLiteral("answered HTTP 500 with an empty body");
    QTest::addRow("empty body with 200")
        << QByteArray() << 200 << K::MalformedJson << none << QStringLiteral("an empty body");
    QTest::addRow("JSON error without Prometheus fields")
        << QByteArray(R"({"message":"forbidden"})") << 409 << K::HttpError << none
        << QStringLiteral("with JSON that is not a Prometheus answer");
    QTest::addRow("VictoriaMetrics 422")
        << dataFile("error_victoriametrics_422.json") << 422 << K::ApiError << QStringLiteral("422")
        << QStringLiteral("answered with an error (HTTP 422, 422): error when executing query");
    QTest::addRow("401 from a proxy names the options")
        << QByteArray("<html><title>401</title></html>") << 401 << K::AuthRefused << none
        << QStringLiteral("refused the request (HTTP 401): the credentials are missing or wrong");
    QTest::addRow("401 from a tenant gateway names the tenant header")
        << QByteArray("no org id\n") << 401 << K::AuthRefused << none
        << QStringLiteral(
               "none was named (\"no org id\"); name yours with --prometheus-header "
               "'X-Scope-OrgID: \u2026'");
    QTest::addRow("403 in Prometheus's envelope is still about credentials")
        << QByteArray(R"({"status":"error","errorType":"forbidden","error":"no"})") << 403
        << K::AuthRefused << none << QStringLiteral("--prometheus-token-file");
}

// Rows of reportsErrors: JSON whose envelope (status, data, resultType, result) is not
// Prometheus's.
void addEnvelopeShapeRows()
{
    using K = PromError::Kind;
    const QString none;
    QTest::addRow("JSON not an object") << QByteArray("[1,2]") << 200 << K::UnexpectedShape << none
                                        << QStringLiteral("the JSON is not an object");
    QTest::addRow("status missing") << QByteArray(R"({"data":{}})") << 200 << K::UnexpectedShape
                                    << none << QStringLiteral("\"status\" is missing");
    QTest::addRow("status neither success nor error")
        << QByteArray(R"({"status":"pending","data":{}})") << 200 << K::UnexpectedShape << none
        << QStringLiteral("\"status\" is \"pending\"");
    QTest::addRow("data missing") << QByteArray(R"({"status":"success"})") << 200
                                  << K::UnexpectedShape << none
                                  << QStringLiteral("\"data\" is missing");
    QTest::addRow("data not an object")
        << QByteArray(R"({"status":"success","data":[]})") << 200 << K::UnexpectedShape << none
        << QStringLiteral("\"data\" is not an object");
    QTest::addRow("resultType missing")
        << QByteArray(R"({"status":"success","data":{"result":[]}})") << 200 << K::UnexpectedShape
        << none << QStringLiteral("data.resultType is missing");
    QTest::addRow("resultType unknown")
        << QByteArray(R"({"status":"success","data":{"resultType":"tensor","result":[]}})") << 200
        << K::UnexpectedShape << none << QStringLiteral("\"tensor\" is unknown");
    QTest::addRow("result missing")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector"}})") << 200
        << K::UnexpectedShape << none << QStringLiteral("data.result is missing");
    QTest::addRow("result not an array")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})") << 200
        << K::UnexpectedShape << none << QStringLiteral("data.result is not an array");
}

// Rows of reportsErrors: a result whose series, labels or values are not Prometheus's.
void addResultShapeRows()
{
    using K = PromError::Kind;
    const QString none;
    QTest::addRow("series not an object")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[3]}})") << 200
        << K::UnexpectedShape << none << QStringLiteral("data.result[0] is not an object");
    QTest::addRow("label value not a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{"job":1},"value":[1,"1"]}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].metric has a label \"job\" that is not a string");
    QTest::addRow("vector value missing")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{}}]}})")
        << 200 << K::UnexpectedShape << none << QStringLiteral("data.result[0].value is missing");
    QTest::addRow("value not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{},"value":[1]}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].value is not a [time, \"value\"] pair");
    QTest::addRow("value a number, not a string")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{},"value":[1,1]}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].value is not a [time, \"value\"] pair");
    QTest::addRow("value not a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{},"value":[1,"lots"]}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].value has the value \"lots\", not a number");
    QTest::addRow("matrix values not an array")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":)"
                      R"([{"metric":{},"values":{}}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].values is not an array");
    QTest::addRow("matrix point not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":)"
                      R"([{"metric":{},"values":[[1,"1"],"2"]}]}})")
        << 200 << K::UnexpectedShape << none
        << QStringLiteral("data.result[0].values[1] is not a [time, \"value\"] pair");
    QTest::addRow("scalar not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":"1"}})") << 200
        << K::UnexpectedShape << none
        << QStringLiteral("data.result is not a [time, \"value\"] pair");
    QTest::addRow("string not a pair")
        << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1]}})") << 200
        << K::UnexpectedShape << none
        << QStringLiteral("data.result is not a [time, \"string\"] pair");
}

}  // namespace

class TestPromResponse : public QObject
{
    Q_OBJECT

private slots:
    void readsDurations_data();
    void readsDurations();
    void parsesAVector();
    void parsesAMatrix();
    void parsesAScalar();
    void parsesAString();
    void mapsNaNAndInfinities();
    void keepsWarnings();
    void parsesLargeMatrix();
    void fastReaderMatchesQJsonDocument_data();
    void fastReaderMatchesQJsonDocument();
    void fastReaderDefersWhatItDoesNotUnderstand_data();
    void fastReaderDefersWhatItDoesNotUnderstand();
    void parsesTargets();
    void rejectsTargetsOfWrongShape();
    void reportsErrors_data();
    void reportsErrors();
    void tellsARejectedQueryFromAnOutage_data();
    void tellsARejectedQueryFromAnOutage();
    void errorSentencesHideCredentials();
    void readsReadiness_data();
    void readsReadiness();
    void parsesSampleValues_data();
    void parsesSampleValues();

    void buildsUrls_data();
    void buildsUrls();
    void encodingSurvivesARoundTrip_data();
    void encodingSurvivesARoundTrip();
    void choosesNiceSteps_data();
    void choosesNiceSteps();
    void stepNeverExceedsMaxPoints();
    void fastReaderAgreesOnWhatTheFuzzerFound_data();
    void fastReaderAgreesOnWhatTheFuzzerFound();
    void rejectsTimesBeyondMilliseconds_data();
    void rejectsTimesBeyondMilliseconds();
};

void TestPromResponse::readsDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");  // -1: not a duration
    QTest::addRow("seconds") << "5s" << qint64(5000);
    QTest::addRow("milliseconds") << "500ms" << qint64(500);
    QTest::addRow("compound") << "1m30s" << qint64(90'000);
    QTest::addRow("hours and minutes") << "2h5m" << qint64(7'500'000);
    QTest::addRow("days") << "1d" << qint64(86'400'000);
    QTest::addRow("empty") << "" << qint64(-1);
    QTest::addRow("no unit") << "15" << qint64(-1);
    QTest::addRow("unknown unit") << "5x" << qint64(-1);
    QTest::addRow("no number") << "s" << qint64(-1);
    QTest::addRow("a sign") << "-5s" << qint64(-1);
}

void TestPromResponse::readsDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = pc::parsePromDuration(text);
    QCOMPARE(parsed.has_value(), ms >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), ms);
}

void TestPromResponse::parsesAVector()
{
    const PromQueryResult result = parsedQuery(dataFile("query_vector.json"));
    QCOMPARE(result.type, PromQueryResult::Type::Vector);
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.series[0].metricName(), QStringLiteral("up"));
    QCOMPARE(result.series[0].labels.value(QStringLiteral("job")),
             QStringLiteral("prom-companion"));
    QCOMPARE(result.series[0].labels.size(), 3);
    QCOMPARE(result.series[0].samples.size(), 1);
    QCOMPARE(result.series[0].samples[0].timestampMs, 1700000000123);
    QCOMPARE(result.series[0].samples[0].value, 1.0);
    QCOMPARE(result.series[1].labels.value(QStringLiteral("instance")),
             QStringLiteral("localhost:9090"));
    QCOMPARE(result.series[1].samples[0].value, 0.0);
    QVERIFY(result.warnings.isEmpty());
}

void TestPromResponse::parsesAMatrix()
{
    const PromQueryResult result = parsedQuery(dataFile("query_matrix.json"));
    QCOMPARE(result.type, PromQueryResult::Type::Matrix);
    QCOMPARE(result.series.size(), 2);
    QVERIFY(result.series[0].metricName().isEmpty());
    QCOMPARE(result.series[0].labels.value(QStringLiteral("handler")), QStringLiteral("/"));
    const QList<pc::PromSample> &samples = result.series[0].samples;
    QCOMPARE(samples.size(), 3);
    QCOMPARE(samples[0].timestampMs, 1700000000000);
    QCOMPARE(samples[1].timestampMs, 1700000015000);
    QCOMPARE(samples[1].value, 2.25);
    QCOMPARE(samples[2].value, 1e-05);
    QCOMPARE(result.series[1].samples.size(), 2);
    QCOMPARE(result.series[1].samples[1].value, 0.5);
}

void TestPromResponse::parsesAScalar()
{
    const PromQueryResult result = parsedQuery(dataFile("query_scalar.json"));
    QCOMPARE(result.type, PromQueryResult::Type::Scalar);
    QVERIFY(result.series.isEmpty());
    QCOMPARE(result.scalar.timestampMs, 1700000000500);
    QCOMPARE(result.scalar.value, 42.0);
}

void TestPromResponse::parsesAString()
{
    const PromQueryResult result = parsedQuery(dataFile("query_string.json"));
    QCOMPARE(result.type, PromQueryResult::Type::String);
    QCOMPARE(result.string, QStringLiteral("hello"));
    QCOMPARE(result.scalar.timestampMs, 1700000000000);
}

void TestPromResponse::mapsNaNAndInfinities()
{
    const PromQueryResult result = parsedQuery(dataFile("query_special_values.json"));
    QCOMPARE(result.series.size(), 3);
    QCOMPARE(result.series[0].labels.value(QStringLiteral("case")), QStringLiteral("nan"));
    QVERIFY(std::isnan(result.series[0].samples[0].value));
    QVERIFY(std::isinf(result.series[1].samples[0].value));
    QVERIFY(result.series[1].samples[0].value > 0);
    QVERIFY(std::isinf(result.series[2].samples[0].value));
    QVERIFY(result.series[2].samples[0].value < 0);
}

void TestPromResponse::keepsWarnings()
{
    const PromQueryResult result = parsedQuery(dataFile("query_warnings.json"));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings[0].contains(QLatin1String("might not be a counter")));
    QVERIFY(result.series.isEmpty());
}

// The biggest answer a chart asks for: 10 series at Prometheus's 11,000-point limit.
void TestPromResponse::parsesLargeMatrix()
{
    constexpr int kSeries = 10;
    constexpr int kPoints = 11000;
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < kSeries; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"http_requests_total","instance":"localhost:8000",)"
                R"("job":"prom-companion","series":")"
                + QByteArray::number(s) + R"("},"values":[)";
        for (int p = 0; p < kPoints; ++p) {
            if (p)
                body += ',';
            body += '[' + QByteArray::number(1700000000 + p) + ".5,\""
                    + QByteArray::number(p * 0.25 + s, 'g', 12) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";

    PromQueryResult result;
    QBENCHMARK
    {
        result = parsedQuery(body);
    }
    QCOMPARE(result.series.size(), kSeries);
    QCOMPARE(result.series[9].samples.size(), kPoints);
    QCOMPARE(result.series[9].samples[10999].timestampMs, (1700000000LL + 10999) * 1000 + 500);
    QCOMPARE(result.series[9].samples[10999].value, 10999 * 0.25 + 9);
}

void TestPromResponse::fastReaderMatchesQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("body");

    for (const char *file :
         {"query_vector.json", "query_matrix.json", "query_scalar.json", "query_string.json",
          "query_special_values.json", "query_warnings.json"})
        QTest::addRow("%s", file) << dataFile(file);
    QTest::addRow("escapes in labels")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                      R"({"metric":{"q\"k":"a\\b\n\t\/\u00e9\ud83d\ude00 \u0041"},)"
                      R"("value":[1,"2"]}]}})");
    QTest::addRow("escape in a sample value") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1,"\u0031"]}})");
    QTest::addRow("raw UTF-8 in labels") << QByteArray(
        "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
        "[{\"metric\":{\"city\":\"Z\xc3\xbcrich\"},\"value\":[1,\"2\"]}]}}");
    QTest::addRow("pretty-printed") << QByteArray(
        "{\n  \"status\" : \"success\",\r\n  \"data\" : {\n\t\"resultType\" : "
        "\"matrix\" ,\n \"result\" : [ { \"metric\" : { } , \"values\" : [ [ 1 , "
        "\"1\" ] , [ 2.5 , \"-2\" ] ] } ]\n }\n}\n");
    QTest::addRow("data before status, unknown members skipped") << QByteArray(
        R"({"data":{"resultType":"vector","stats":{"a":[1,-2.5e3,true,false,null,)"
        R"({"b":"c\"d"}]},"result":[{"value":[1,"1"],"metric":{"x":"y"},"extra":[]}]},)"
        R"("status":"success","infos":["an info"],"warnings":["a warning"]})");
    QTest::addRow("native histograms beside floats")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{"h":"1"},"histograms":[[1,{"count":"2","sum":"3","buckets":)"
                      R"([[0,"0.1","0.2","1"]]}]]},{"metric":{"f":"1"},"values":[[1,"1"]]}]}})");
    QTest::addRow("timestamps in other spellings")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{},"values":[[1.7e9,"1"],[1700000000.1237,"2"],[0.001,"3"],)"
                      R"([-1.5,"4"],[1700000000.25,"5"]]}]}})");
    QTest::addRow("empty result") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
    QTest::addRow("empty series values") << QByteArray(
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[]}]}})");
}

void TestPromResponse::fastReaderMatchesQJsonDocument()
{
    QFETCH(QByteArray, body);

    const std::optional<PromQueryResult> fast = pc::PromQueryReader::read(body);
    QVERIFY2(fast.has_value(), "the fast reader gave up");
    const pc::PromQueryOutcome reference = pc::parseQueryResponseWithQJsonDocument(body, 200);
    if (const auto *error = std::get_if<PromError>(&reference))
        QFAIL(qPrintable(error->message));
    const QString differs =
        pc::test::queryResultDifference(*fast, std::get<PromQueryResult>(reference));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestPromResponse::fastReaderDefersWhatItDoesNotUnderstand_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("an API error") << dataFile("error_bad_data.json");
    QTest::addRow("truncated JSON") << dataFile("malformed.json");
    QTest::addRow("an HTML page") << dataFile("proxy_502.html");
    QTest::addRow("result before resultType")
        << QByteArray(R"({"status":"success","data":{"result":[],"resultType":"vector"}})");
    QTest::addRow("trailing garbage")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)");
    QTest::addRow("trailing comma")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[],}})");
    QTest::addRow("lone surrogate in a label")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":)"
                      R"([{"metric":{"a":"\ud83d"},"value":[1,"1"]}]}})");
    QTest::addRow("value not a number")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"x"]}})");
    QTest::addRow("series without value") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}})");
    QTest::addRow("deeply nested unknown member")
        << QByteArray(R"({"status":"success","x":)") + QByteArray(100, '[') + QByteArray(100, ']')
               + QByteArray(R"(,"data":{"resultType":"vector","result":[]}})");
}

void TestPromResponse::fastReaderDefersWhatItDoesNotUnderstand()
{
    QFETCH(QByteArray, body);
    QVERIFY(!pc::PromQueryReader::read(body).has_value());
}

void TestPromResponse::parsesTargets()
{
    const pc::ScrapeTargetsOutcome outcome =
        pc::parseTargetsResponse(dataFile("targets.json"), 200);
    QVERIFY(std::holds_alternative<QList<pc::ScrapeTarget>>(outcome));
    const QList<pc::ScrapeTarget> targets = std::get<QList<pc::ScrapeTarget>>(outcome);
    QCOMPARE(targets.size(), 3);

    const pc::ScrapeTarget &up = targets[0];
    QCOMPARE(up.scrapePool, QStringLiteral("prom-companion"));
    QCOMPARE(up.job, QStringLiteral("prom-companion"));
    QCOMPARE(up.instance, QStringLiteral("localhost:8000"));
    QCOMPARE(up.scrapeUrl, QStringLiteral("http://localhost:8000/metrics"));
    QCOMPARE(up.health, QStringLiteral("up"));
    QCOMPARE(up.lastScrape, utc(1700000000723));
    QVERIFY(up.lastError.isEmpty());
    QCOMPARE(up.lastScrapeDurationSeconds, 0.003510772);
    QCOMPARE(up.scrapeInterval, std::chrono::milliseconds(5000));
    QCOMPARE(up.labels.size(), 2);

    const pc::ScrapeTarget &down = targets[1];
    QCOMPARE(down.health, QStringLiteral("down"));
    QCOMPARE(down.lastScrape, utc(1700000000500));
    QVERIFY(down.lastError.contains(QLatin1String("connection refused")));

    const pc::ScrapeTarget &never = targets[2];
    QCOMPARE(never.health, QStringLiteral("unknown"));
    QVERIFY(never.lastScrape.isNull());
}

void TestPromResponse::rejectsTargetsOfWrongShape()
{
    const QByteArray bodies[] = {
        R"({"status":"success","data":{}})",
        R"({"status":"success","data":{"activeTargets":{}}})",
        R"({"status":"success","data":{"activeTargets":[1]}})",
        R"({"status":"success","data":{"activeTargets":[{"labels":{}}]}})",
    };
    for (const QByteArray &body : bodies) {
        const pc::ScrapeTargetsOutcome outcome = pc::parseTargetsResponse(body, 200);
        QVERIFY2(std::holds_alternative<PromError>(outcome), body.constData());
        QCOMPARE(std::get<PromError>(outcome).kind, PromError::Kind::UnexpectedShape);
    }
}

void TestPromResponse::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<PromError::Kind>("kind");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("fragment");

    addServerErrorRows();
    addEnvelopeShapeRows();
    addResultShapeRows();
}

void TestPromResponse::reportsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(PromError::Kind, kind);
    QFETCH(QString, errorType);
    QFETCH(QString, fragment);

    const pc::PromQueryOutcome outcome = pc::parseQueryResponse(body, status, kQueryUrl);
    QVERIFY(std::holds_alternative<PromError>(outcome));
    const PromError error = std::get<PromError>(outcome);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorType, errorType);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(QLatin1String("Prometheus at "
                                                    "http://localhost:9090/api/v1/query ")),
             qPrintable(error.message));
}

void TestPromResponse::tellsARejectedQueryFromAnOutage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("rejected");

    QTest::addRow("Prometheus 400 bad_data") << dataFile("error_bad_data.json") << 400 << true;
    QTest::addRow("Prometheus 422 execution") << dataFile("error_execution.json") << 422 << true;
    QTest::addRow("VictoriaMetrics 422")
        << dataFile("error_victoriametrics_422.json") << 422 << true;
    QTest::addRow("any 4xx with the envelope")
        << QByteArray(R"({"status":"error","errorType":"whatever","error":"no"})") << 400 << true;
    QTest::addRow("503 unavailable") << dataFile("error_unavailable.json") << 503 << false;
    QTest::addRow("429 is not now, not not this query")
        << QByteArray(R"({"status":"error","errorType":"too_many","error":"slow down"})") << 429
        << false;
    QTest::addRow("401 is about credentials")
        << QByteArray(R"({"status":"error","errorType":"401","error":"no"})") << 401 << false;
    QTest::addRow("4xx without the envelope") << QByteArray("404 page not found") << 404 << false;
    QTest::addRow("HTML from a proxy") << dataFile("proxy_502.html") << 502 << false;
}

void TestPromResponse::tellsARejectedQueryFromAnOutage()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, rejected);
    const auto outcome = pc::parseQueryResponse(body, status, QUrl("http://127.0.0.1:9090"));
    QVERIFY(std::holds_alternative<PromError>(outcome));
    QCOMPARE(std::get<PromError>(outcome).isRejectedQuery(), rejected);
}

void TestPromResponse::errorSentencesHideCredentials()
{
    const QUrl url(QStringLiteral("http://alice:s3cret@prom.example:9090/api/v1/query?query=up"));
    const pc::PromQueryOutcome outcome =
        pc::parseQueryResponse(dataFile("proxy_502.html"), 502, url);
    const PromError error = std::get<PromError>(outcome);
    QVERIFY2(!error.message.contains(QLatin1String("s3cret")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("alice")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("http://prom.example:9090/api/v1/query")),
             qPrintable(error.message));
}

void TestPromResponse::readsReadiness_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("ready");

    QTest::addRow("200 is ready") << 200 << dataFile("ready.txt") << false << true;
    QTest::addRow("503 is starting") << 503 << QByteArray("Service Unavailable") << false << false;
    QTest::addRow("404 is an error") << 404 << QByteArray("404 page not found") << true << false;
}

void TestPromResponse::readsReadiness()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, failed);
    QFETCH(bool, ready);

    const pc::PromReadyOutcome outcome = pc::parseReadyResponse(body, status);
    QCOMPARE(std::holds_alternative<PromError>(outcome), failed);
    if (failed)
        QCOMPARE(std::get<PromError>(outcome).kind, PromError::Kind::HttpError);
    else
        QCOMPARE(std::get<bool>(outcome), ready);
}

void TestPromResponse::parsesSampleValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    const double inf = std::numeric_limits<double>::infinity();
    QTest::addRow("integer") << QStringLiteral("42") << true << 42.0;
    QTest::addRow("negative decimal") << QStringLiteral("-0.125") << true << -0.125;
    QTest::addRow("exponent") << QStringLiteral("1.5e+06") << true << 1.5e6;
    QTest::addRow("+Inf") << QStringLiteral("+Inf") << true << inf;
    QTest::addRow("-Inf") << QStringLiteral("-Inf") << true << -inf;
    QTest::addRow("decimal comma is not a number") << QStringLiteral("1,5") << false << 0.0;
    QTest::addRow("empty is not a number") << QString() << false << 0.0;
    QTest::addRow("word is not a number") << QStringLiteral("many") << false << 0.0;
}

void TestPromResponse::parsesSampleValues()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);

    double parsed = 0;
    QCOMPARE(pc::parsePromSampleValue(text, &parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

void TestPromResponse::buildsUrls_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expected");

    const QUrl local(QStringLiteral("http://localhost:9090"));
    const QUrl prefixed(QStringLiteral("http://host:9090/prometheus"));
    const QUrl slashed(QStringLiteral("https://host/prometheus/"));
    const QDateTime start = utc(1700000000000);
    const QDateTime end = utc(1700003600500);

    QTest::addRow("query, no prefix") << pc::promQueryUrl(local, QStringLiteral("up"))
                                      << QByteArray("http://localhost:9090/api/v1/query?query=up");
    QTest::addRow("query, root with trailing slash")
        << pc::promQueryUrl(QUrl(QStringLiteral("http://localhost:9090/")), QStringLiteral("up"))
        << QByteArray("http://localhost:9090/api/v1/query?query=up");
    QTest::addRow("query, path prefix")
        << pc::promQueryUrl(prefixed, QStringLiteral("up"))
        << QByteArray("http://host:9090/prometheus/api/v1/query?query=up");
    QTest::addRow("query, path prefix with trailing slash")
        << pc::promQueryUrl(slashed, QStringLiteral("up"))
        << QByteArray("https://host/prometheus/api/v1/query?query=up");
    QTest::addRow("query at a time with milliseconds")
        << pc::promQueryUrl(local, QStringLiteral("up"), utc(1700000000250))
        << QByteArray("http://localhost:9090/api/v1/query?query=up&time=1700000000.250");
    QTest::addRow("query, userinfo dropped")
        << pc::promQueryUrl(QUrl(QStringLiteral("http://bob:pw@host:9090")), QStringLiteral("up"))
        << QByteArray("http://host:9090/api/v1/query?query=up");
    QTest::addRow("query, plus and delimiters encoded")
        << pc::promQueryUrl(local, QStringLiteral("a + b & c=d # e"))
        << QByteArray(
               "http://localhost:9090/api/v1/query?query=a%20%2B%20b%20%26%20c%3Dd%20%23%20e");
    QTest::addRow("query, braces quotes and regex encoded")
        << pc::promQueryUrl(local, QStringLiteral("rate(x{code=~\"5..\",h!='/a|/b'}[5m])"))
        << QByteArray(
               "http://localhost:9090/api/v1/query?query=rate%28x%7Bcode%3D~%225..%22%2Ch%21%"
               "3D%27%2Fa%7C%2Fb%27%7D%5B5m%5D%29");
    QTest::addRow("query, non-ASCII as UTF-8")
        << pc::promQueryUrl(local, QStringLiteral("x{l=\"\u00e9\"}"))
        << QByteArray("http://localhost:9090/api/v1/query?query=x%7Bl%3D%22%C3%A9%22%7D");
    QTest::addRow("query_range")
        << pc::promQueryRangeUrl(prefixed, QStringLiteral("sum(up)"), start, end, 15s)
        << QByteArray(
               "http://host:9090/prometheus/api/v1/query_range?query=sum%28up%29"
               "&start=1700000000&end=1700003600.500&step=15");
    QTest::addRow("targets") << pc::promTargetsUrl(slashed)
                             << QByteArray("https://host/prometheus/api/v1/targets?state=active");
    QTest::addRow("ready") << pc::promReadyUrl(prefixed)
                           << QByteArray("http://host:9090/prometheus/-/ready");
}

void TestPromResponse::buildsUrls()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expected);
    QCOMPARE(url.toEncoded(), expected);
}

void TestPromResponse::encodingSurvivesARoundTrip_data()
{
    QTest::addColumn<QString>("promql");

    QTest::addRow("binary plus") << QStringLiteral("up + 1");
    QTest::addRow("all the delimiters") << QStringLiteral("a&b=c#d?e/f+g%h;i");
    QTest::addRow("label matchers") << QStringLiteral("x{a=\"1\",b!~\"2|3\",c='4'}[1m:5s]");
    QTest::addRow("percent sequences stay literal") << QStringLiteral("label_replace(x, \"%41\")");
}

void TestPromResponse::encodingSurvivesARoundTrip()
{
    QFETCH(QString, promql);
    const QUrl url = pc::promQueryUrl(QUrl(QStringLiteral("http://h:9090")), promql);
    // What a server sees: the raw query string, split on '&' and '=', then percent-decoded.
    const QByteArray query =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemovePath).mid(1);
    QVERIFY2(!query.contains('+'), query.constData());
    QVERIFY(query.startsWith("query="));
    QCOMPARE(query.count('&'), 0);
    QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(query.mid(6))), promql);
}

void TestPromResponse::choosesNiceSteps_data()
{
    QTest::addColumn<qint64>("window");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<qint64>("step");

    constexpr qint64 h = 3600;
    constexpr qint64 d = 86400;
    QTest::addRow("empty window") << qint64(0) << 11000 << qint64(1);
    QTest::addRow("one minute") << qint64(60) << 11000 << qint64(1);
    QTest::addRow("10,999 s fits at 1 s") << qint64(10999) << 11000 << qint64(1);
    QTest::addRow("11,000 s needs 2 s") << qint64(11000) << 11000 << qint64(2);
    QTest::addRow("six hours") << 6 * h << 11000 << qint64(2);
    QTest::addRow("one day") << d << 11000 << qint64(10);
    QTest::addRow("one week") << 7 * d << 11000 << qint64(60);
    QTest::addRow("thirty days") << 30 * d << 11000 << qint64(300);
    QTest::addRow("one year") << 365 * d << 11000 << qint64(3600);
    QTest::addRow("ten years") << 3650 * d << 11000 << qint64(43200);
    QTest::addRow("a century rounds up to whole days") << 36500 * d << 11000 << 4 * d;
    QTest::addRow("one hour in 60 points") << h << 60 << qint64(120);
    QTest::addRow("negative window") << qint64(-5) << 11000 << qint64(1);
}

void TestPromResponse::choosesNiceSteps()
{
    QFETCH(qint64, window);
    QFETCH(int, maxPoints);
    QFETCH(qint64, step);
    QCOMPARE(pc::chooseStep(std::chrono::seconds(window), maxPoints).count(), step);
}

void TestPromResponse::stepNeverExceedsMaxPoints()
{
    for (qint64 window = 0; window < 400LL * 86400; window = window * 5 / 4 + 7) {
        const qint64 step = pc::chooseStep(std::chrono::seconds(window)).count();
        QVERIFY(step >= 1);
        const qint64 points = window / step + 1;
        QVERIFY2(points <= pc::kPromMaxPoints,
                 qPrintable(QStringLiteral("window %1 s, step %2 s: %3 points")
                                .arg(window)
                                .arg(step)
                                .arg(points)));
    }
}

// Inputs from tests/fuzz/fuzz_promresponse on which the fast reader once accepted what
// QJsonDocument rejects or reads otherwise. Either both accept, alike, or the reader defers.
void TestPromResponse::fastReaderAgreesOnWhatTheFuzzerFound_data()
{
    QTest::addColumn<QByteArray>("body");

    const QByteArray head = R"({"status":"success","data":{"resultType":)";
    QTest::addRow("invalid UTF-8 in a skipped member")
        << head + "\"matrix\",\"result\":[{\"metric\":{},"
                  "\"histograms\":[[1,{\"c\xff\xff\":\"2\"}]]}]}}";
    QTest::addRow("invalid UTF-8 in a label")
        << head + "\"vector\",\"result\":[{\"metric\":{\"a\":\"\xc3\"},\"value\":[1,\"1\"]}]}}";
    QTest::addRow("overlong UTF-8 in a label")
        << head + "\"vector\",\"result\":[{\"metric\":{\"a\":\"\xc0\xaf\"},\"value\":[1,\"1\"]}]}}";
    QTest::addRow("surrogate in UTF-8 after an escape")
        << head + "\"vector\",\"result\":[{\"metric\":{\"a\":\"\\n\xed\xa0\x80\"},"
                  "\"value\":[1,\"1\"]}]}}";
    QTest::addRow("leading zero in a time") << head + R"("scalar","result":[01,"1"]}})";
    QTest::addRow("plus sign in a skipped number") << QByteArray(
        R"({"status":"success","x":+1,"data":{"resultType":"scalar","result":[1,"1"]}})");
    QTest::addRow("fraction without digits in a skipped number") << QByteArray(
        R"({"status":"success","x":1.,"data":{"resultType":"scalar","result":[1,"1"]}})");
    QTest::addRow("NUL after a skipped number")
        << QByteArray(R"({"status":"success","x":1)") + '\0'
               + R"(,"data":{"resultType":"scalar","result":[1,"1"]}})";
    QTest::addRow("histograms in a vector")
        << head + R"("vector","result":[{"metric":{},"histograms":[]}]}})";
    QTest::addRow("label given twice")
        << head + R"("vector","result":[{"metric":{"a":"1","a":"2"},"value":[1,"1"]}]}})";
    QTest::addRow("values given twice")
        << head + R"("matrix","result":[{"metric":{},"values":[[1,"1"]],"values":[[2,"2"]]}]}})";
    QTest::addRow("data given twice")
        << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"1"]},)"
                      R"("data":{"resultType":"scalar","result":[2,"2"]}})");
    QTest::addRow("warnings given twice")
        << QByteArray(R"({"status":"success","warnings":["a"],"warnings":["b"],)"
                      R"("data":{"resultType":"scalar","result":[1,"1"]}})");
    QTest::addRow("time with more digits than a double keeps")
        << head + R"("scalar","result":[99999999999999.999,"1"]}})";
    QTest::addRow("negative time with many digits")
        << head + R"("scalar","result":[-1234567890123.456,"1"]}})";
}

void TestPromResponse::fastReaderAgreesOnWhatTheFuzzerFound()
{
    QFETCH(QByteArray, body);

    const std::optional<PromQueryResult> fast = pc::PromQueryReader::read(body);
    const pc::PromQueryOutcome reference = pc::parseQueryResponseWithQJsonDocument(body, 200);
    if (!fast.has_value()) {
        // Deferring is always right: parseQueryResponse() then gives QJsonDocument's verdict.
        QCOMPARE(pc::parseQueryResponse(body, 200).index(), reference.index());
        return;
    }
    if (const auto *error = std::get_if<PromError>(&reference))
        QFAIL(qPrintable("the fast reader accepted what QJsonDocument rejects: " + error->message));
    const QString differs =
        pc::test::queryResultDifference(*fast, std::get<PromQueryResult>(reference));
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

// Milliseconds beyond a qint64 used to be converted anyway: undefined behaviour.
void TestPromResponse::rejectsTimesBeyondMilliseconds_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::addRow("scalar") << QByteArray(
        R"({"status":"success","data":{"resultType":"scalar","result":[1e300,"1"]}})");
    QTest::addRow("negative sample time")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":)"
                      R"([{"metric":{},"values":[[1,"1"],[-9.3e15,"2"]]}]}})");
    QTest::addRow("string") << QByteArray(
        R"({"status":"success","data":{"resultType":"string","result":[1e17,"x"]}})");
}

void TestPromResponse::rejectsTimesBeyondMilliseconds()
{
    QFETCH(QByteArray, body);

    QVERIFY(!pc::PromQueryReader::read(body).has_value());
    const pc::PromQueryOutcome outcome = pc::parseQueryResponse(body, 200, kQueryUrl);
    const auto *error = std::get_if<PromError>(&outcome);
    QVERIFY(error != nullptr);
    QCOMPARE(error->kind, PromError::Kind::UnexpectedShape);
    QVERIFY2(error->message.contains(QLatin1String("time out of range")),
             qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestPromResponse)
#include "tst_promresponse.moc"
