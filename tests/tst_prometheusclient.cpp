#include "fakeprometheus.h"
#include "prometheus/prometheusclient.h"
#include "prometheus/prometheusurls.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using pc::PromError;
using pc::PrometheusClient;
using pc::PrometheusEndpoint;
using pc::test::FakePrometheus;

namespace {

// Every signal of one client, to check that exactly one answer came and which.
struct Spies
{
    explicit Spies(PrometheusClient *client)
        : query(client, &PrometheusClient::queryFinished),
          targets(client, &PrometheusClient::targetsFinished),
          ready(client, &PrometheusClient::readyFinished),
          labelValues(client, &PrometheusClient::labelValuesFinished),
          failed(client, &PrometheusClient::requestFailed)
    {
    }

    int total() const
    {
        return int(query.size() + targets.size() + ready.size() + labelValues.size()
                   + failed.size());
    }

    PromError error() const
    {
        return failed.isEmpty() ? PromError{} : failed[0][1].value<PromError>();
    }

    QSignalSpy query;
    QSignalSpy targets;
    QSignalSpy ready;
    QSignalSpy labelValues;
    QSignalSpy failed;
};

PrometheusEndpoint endpointFor(const FakePrometheus &fake)
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = fake.baseUrl();
    return endpoint;
}

}  // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersAnInstantQuery();
    void answersARangeQuery();
    void answersTargets();
    void answersReadiness_data();
    void answersReadiness();
    void reportsServerFailures_data();
    void reportsServerFailures();
    void timesOutOnASlowAnswer();
    void reportsARefusedConnectionAsUnreachable();
    void abortsAnAnswerOverTheSizeCap();
    void sendsCredentialsAndExtraHeaders_data();
    void sendsCredentialsAndExtraHeaders();
    void keepsSecretsOutOfErrorSentences();
    void namesTheOptionsWhenCredentialsAreRefused_data();
    void namesTheOptionsWhenCredentialsAreRefused();
    void percentEncodesThePromQL();
    void reachesAPathPrefix_data();
    void reachesAPathPrefix();
    void reportsAWrongPathPrefix();
    void matchesAnswersToTheirIds();
    void answersLabelValues();
    void parsesLargeAnswersOffTheGuiThread();
    void staysSilentAfterCancel();
    void rejectsAnUnusableBaseUrlAsynchronously();

private:
    std::unique_ptr<FakePrometheus> m_fake;
};

void TestPrometheusClient::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
}

void TestPrometheusClient::cleanup()
{
    m_fake.reset();
}

void TestPrometheusClient::answersAnInstantQuery()
{
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const auto id = client.query(QStringLiteral("up"));
    QCOMPARE(spies.total(), 0);
    QTRY_COMPARE(spies.query.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.query[0][0].value<quint64>(), id);
    const auto result = spies.query[0][1].value<pc::PromQueryResult>();
    QCOMPARE(result.type, pc::PromQueryResult::Type::Vector);
    QCOMPARE(result.series.size(), 2);

    const pc::HttpRequest request = m_fake->lastRequest();
    QCOMPARE(request.target, QByteArray("/api/v1/query?query=up"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("authorization").isNull());
    QCOMPARE(client.pendingCount(), 0);
}

void TestPrometheusClient::answersARangeQuery()
{
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    client.queryRange(QStringLiteral("rate(x[1m])"), start, start.addSecs(3600), 15s);
    QTRY_COMPARE(spies.query.size(), 1);
    const auto result = spies.query[0][1].value<pc::PromQueryResult>();
    QCOMPARE(result.type, pc::PromQueryResult::Type::Matrix);
    QCOMPARE(result.series[0].samples.size(), 3);

    QCOMPARE(m_fake->lastRequest().path, QByteArray("/api/v1/query_range"));
    const QUrlQuery query = m_fake->lastQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
             QStringLiteral("rate(x[1m])"));
    QCOMPARE(query.queryItemValue(QStringLiteral("start")), QStringLiteral("1700000000"));
    QCOMPARE(query.queryItemValue(QStringLiteral("end")), QStringLiteral("1700003600"));
    QCOMPARE(query.queryItemValue(QStringLiteral("step")), QStringLiteral("15"));
}

void TestPrometheusClient::answersTargets()
{
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const auto id = client.targets();
    QTRY_COMPARE(spies.targets.size(), 1);
    QCOMPARE(spies.targets[0][0].value<quint64>(), id);
    const auto targets = spies.targets[0][1].value<QList<pc::PromTarget>>();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets[1].health, QStringLiteral("down"));
    QCOMPARE(m_fake->lastRequest().target, QByteArray("/api/v1/targets?state=active"));
}

void TestPrometheusClient::answersReadiness_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ready");

    QTest::addRow("200 is ready") << 200 << true;
    QTest::addRow("503 is still starting") << 503 << false;
}

void TestPrometheusClient::answersReadiness()
{
    QFETCH(int, status);
    QFETCH(bool, ready);

    m_fake->respond("/-/ready", pc::HttpResponse::text(status, "whatever\n"));
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);
    client.ready();
    QTRY_COMPARE(spies.ready.size(), 1);
    QCOMPARE(spies.ready[0][1].toBool(), ready);
    QCOMPARE(m_fake->lastRequest().path, QByteArray("/-/ready"));
}

void TestPrometheusClient::reportsServerFailures_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<PromError::Kind>("kind");
    QTest::addColumn<QString>("errorType");

    using K = PromError::Kind;
    QTest::addRow("400 bad_data") << QByteArray("error_bad_data.json") << 400 << K::ApiError
                                  << QStringLiteral("bad_data");
    QTest::addRow("422 execution")
        << QByteArray("error_execution.json") << 422 << K::ApiError << QStringLiteral("execution");
    QTest::addRow("503 unavailable") << QByteArray("error_unavailable.json") << 503 << K::ApiError
                                     << QStringLiteral("unavailable");
    QTest::addRow("malformed JSON")
        << QByteArray("malformed.json") << 200 << K::MalformedJson << QString();
    QTest::addRow("HTML page with 502")
        << QByteArray("proxy_502.html") << 502 << K::HttpError << QString();
    QTest::addRow("VictoriaMetrics 422") << QByteArray("error_victoriametrics_422.json") << 422
                                         << K::ApiError << QStringLiteral("422");
}

void TestPrometheusClient::reportsServerFailures()
{
    QFETCH(QByteArray, file);
    QFETCH(int, status);
    QFETCH(PromError::Kind, kind);
    QFETCH(QString, errorType);

    m_fake->respondWithFile("/api/v1/query", file.constData(), status);
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);
    const auto id = client.query(QStringLiteral("up + "));
    QTRY_COMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.failed[0][0].value<quint64>(), id);
    const PromError error = spies.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorType, errorType);
    QVERIFY2(error.message.contains(m_fake->baseUrl().toString()), qPrintable(error.message));
}

void TestPrometheusClient::timesOutOnASlowAnswer()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 5s);
    PrometheusEndpoint endpoint = endpointFor(*m_fake);
    endpoint.timeout = 300ms;
    PrometheusClient client(endpoint);
    Spies spies(&client);

    QElapsedTimer clock;
    clock.start();
    client.query(QStringLiteral("up"));
    QTRY_COMPARE_WITH_TIMEOUT(spies.failed.size(), 1, 4000);
    QVERIFY2(clock.elapsed() < 4000, "the timeout did not cut the wait short");
    QCOMPARE(spies.error().kind, PromError::Kind::TimedOut);
    QVERIFY2(spies.error().message.contains(QLatin1String("did not answer within 300 ms")),
             qPrintable(spies.error().message));
    QCOMPARE(spies.total(), 1);
}

void TestPrometheusClient::reportsARefusedConnectionAsUnreachable()
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pc::test::freePort()));
    PrometheusClient client(endpoint);
    Spies spies(&client);

    client.query(QStringLiteral("up"));
    QTRY_COMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.error().kind, PromError::Kind::Unreachable);
    QCOMPARE(spies.error().message, QStringLiteral("Prometheus at ") + endpoint.baseUrl.toString()
                                        + QStringLiteral(" is not reachable: connection refused"));
}

void TestPrometheusClient::abortsAnAnswerOverTheSizeCap()
{
    PrometheusEndpoint endpoint = endpointFor(*m_fake);
    endpoint.maxResponseBytes = 1000;
    PrometheusClient client(endpoint);
    Spies spies(&client);

    QVERIFY(FakePrometheus::dataFile("targets.json").size() > 1000);
    client.targets();
    QTRY_COMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(spies.error().kind, PromError::Kind::TooLarge);
    QVERIFY2(spies.error().message.contains(QLatin1String("more than 1000 bytes")),
             qPrintable(spies.error().message));

    // A small answer still passes the same cap.
    client.ready();
    QTRY_COMPARE(spies.ready.size(), 1);
}

void TestPrometheusClient::sendsCredentialsAndExtraHeaders_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("authorization");

    QTest::addRow("basic auth") << QStringLiteral("alice") << QStringLiteral("s3cr\u00e9t:x")
                                << QString()
                                << "Basic " + QByteArray("alice:s3cr\xc3\xa9t:x").toBase64();
    QTest::addRow("bearer token") << QString() << QString() << QStringLiteral("tok-123")
                                  << QByteArray("Bearer tok-123");
    QTest::addRow("bearer token wins over basic auth")
        << QStringLiteral("alice") << QStringLiteral("pw") << QStringLiteral("tok-123")
        << QByteArray("Bearer tok-123");
    QTest::addRow("no credentials") << QString() << QString() << QString() << QByteArray();
}

void TestPrometheusClient::sendsCredentialsAndExtraHeaders()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, token);
    QFETCH(QByteArray, authorization);

    PrometheusEndpoint endpoint = endpointFor(*m_fake);
    endpoint.username = username;
    endpoint.password = password;
    endpoint.bearerToken = token;
    endpoint.extraHeaders = {{"X-Scope-OrgID", "tenant-1"}, {"X-Trace", "abc"}};
    PrometheusClient client(endpoint);
    Spies spies(&client);

    // Every kind of request carries them.
    client.query(QStringLiteral("up"));
    QTRY_COMPARE(spies.query.size(), 1);
    QCOMPARE(m_fake->lastRequest().header("authorization"), authorization);
    QCOMPARE(m_fake->lastRequest().header("x-scope-orgid"), QByteArray("tenant-1"));
    QCOMPARE(m_fake->lastRequest().header("x-trace"), QByteArray("abc"));

    client.targets();
    QTRY_COMPARE(spies.targets.size(), 1);
    QCOMPARE(m_fake->lastRequest().header("authorization"), authorization);
    QCOMPARE(m_fake->lastRequest().header("x-scope-orgid"), QByteArray("tenant-1"));
}

void TestPrometheusClient::keepsSecretsOutOfErrorSentences()
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl =
        QUrl(QStringLiteral("http://alice:urlpass@127.0.0.1:%1").arg(pc::test::freePort()));
    endpoint.password = QStringLiteral("fieldpass");
    endpoint.bearerToken = QStringLiteral("tokensecret");
    PrometheusClient client(endpoint);
    Spies spies(&client);

    client.query(QStringLiteral("up"));
    QTRY_COMPARE(spies.failed.size(), 1);
    const QString message = spies.error().message;
    for (const char *secret : {"alice", "urlpass", "fieldpass", "tokensecret"})
        QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
}

void TestPrometheusClient::namesTheOptionsWhenCredentialsAreRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("mentions");

    const QStringList password = {"--prometheus-user", "--prometheus-password-file",
                                  "$PROM_COMPANION_PROMETHEUS_PASSWORD"};
    const QStringList token = {"--prometheus-token-file", "$PROM_COMPANION_PROMETHEUS_TOKEN"};
    QTest::addRow("401 without credentials")
        << 401 << QString() << QString()
        << QStringList{"asks for credentials (HTTP 401) and none were given"} + password + token;
    QTest::addRow("401 refusing a password")
        << 401 << "alice" << QString()
        << QStringList{"refused the user name and password (HTTP 401)"} + password;
    QTest::addRow("403 refusing a token")
        << 403 << QString() << "tok" << QStringList{"refused the bearer token (HTTP 403)"} + token;
}

void TestPrometheusClient::namesTheOptionsWhenCredentialsAreRefused()
{
    QFETCH(int, status);
    QFETCH(QString, username);
    QFETCH(QString, token);
    QFETCH(QStringList, mentions);

    pc::HttpResponse refusal;
    refusal.status = status;
    refusal.contentType = "text/plain";
    refusal.body = "Unauthorized\n";
    m_fake->respond("/api/v1/query", refusal);
    m_fake->respond("/-/ready", refusal);
    PrometheusEndpoint endpoint = endpointFor(*m_fake);
    endpoint.username = username;
    endpoint.password = QStringLiteral("pw");
    endpoint.bearerToken = token;
    PrometheusClient client(endpoint);
    Spies spies(&client);
    client.query(QStringLiteral("up"));
    client.ready();
    QTRY_COMPARE(spies.failed.size(), 2);
    for (const QList<QVariant> &failure : std::as_const(spies.failed)) {
        const PromError error = failure[1].value<PromError>();
        QCOMPARE(error.kind, PromError::Kind::AuthRefused);
        for (const QString &mention : mentions)
            QVERIFY2(error.message.contains(mention), qPrintable(error.message));
        QVERIFY2(!error.message.contains("proxy"), qPrintable(error.message));
    }
}

void TestPrometheusClient::percentEncodesThePromQL()
{
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const QString promql = QStringLiteral("sum(rate(x{a=\"b c\",d=~\"e|f\"}[5m])) + 1 # & = ?");
    client.query(promql, QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC));
    QTRY_COMPARE(spies.query.size(), 1);

    const QByteArray target = m_fake->lastRequest().target;
    QVERIFY2(!target.contains('+'), target.constData());
    QVERIFY2(!target.contains(' '), target.constData());
    QVERIFY2(target.contains("%2B"), target.constData());
    QCOMPARE(target.count('&'), 1);
    QCOMPARE(m_fake->lastQuery().queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded),
             promql);
    QCOMPARE(m_fake->lastQuery().queryItemValue(QStringLiteral("time")),
             QStringLiteral("1700000000.250"));
}

void TestPrometheusClient::reachesAPathPrefix_data()
{
    QTest::addColumn<QString>("suffix");

    QTest::addRow("prefix") << QString();
    QTest::addRow("prefix with trailing slash") << QStringLiteral("/");
}

void TestPrometheusClient::reachesAPathPrefix()
{
    QFETCH(QString, suffix);

    FakePrometheus fake("/prometheus");
    QVERIFY(fake.listen());
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl(fake.baseUrl().toString() + suffix);
    PrometheusClient client(endpoint);
    Spies spies(&client);

    client.query(QStringLiteral("up"));
    QTRY_COMPARE(spies.query.size(), 1);
    QCOMPARE(fake.lastRequest().path, QByteArray("/prometheus/api/v1/query"));
    client.ready();
    QTRY_COMPARE(spies.ready.size(), 1);
    QCOMPARE(fake.lastRequest().path, QByteArray("/prometheus/-/ready"));
}

void TestPrometheusClient::reportsAWrongPathPrefix()
{
    FakePrometheus fake("/prometheus");
    QVERIFY(fake.listen());
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port()));
    PrometheusClient client(endpoint);
    Spies spies(&client);

    client.query(QStringLiteral("up"));
    QTRY_COMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.error().kind, PromError::Kind::HttpError);
    QCOMPARE(spies.error().httpStatus, 404);
    QVERIFY2(spies.error().message.contains(QLatin1String("/api/v1/query answered HTTP 404")),
             qPrintable(spies.error().message));
}

void TestPrometheusClient::matchesAnswersToTheirIds()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 200ms);
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const auto slow = client.query(QStringLiteral("up"));
    const auto fast = client.targets();
    const auto ready = client.ready();
    QVERIFY(slow != fast && fast != ready && slow != ready);
    QCOMPARE(client.pendingCount(), 3);
    QTRY_COMPARE(spies.total(), 3);
    QCOMPARE(spies.query[0][0].value<quint64>(), slow);
    QCOMPARE(spies.targets[0][0].value<quint64>(), fast);
    QCOMPARE(spies.ready[0][0].value<quint64>(), ready);
    QCOMPARE(client.pendingCount(), 0);
}

void TestPrometheusClient::answersLabelValues()
{
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);
    const auto id = client.labelValues(QStringLiteral("__name__"));
    QTRY_COMPARE(spies.labelValues.size(), 1);
    QCOMPARE(spies.labelValues[0][0].value<quint64>(), id);
    const QStringList names = spies.labelValues[0][1].toStringList();
    QCOMPARE(names.size(), 5);
    QVERIFY(names.contains("http_requests_total"));
    QCOMPARE(m_fake->lastRequest().target, QByteArray("/api/v1/label/__name__/values"));
}

void TestPrometheusClient::parsesLargeAnswersOffTheGuiThread()
{
    // Over the size that goes to the thread pool: 50 series of 300 points.
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < 50; ++s) {
        body += (s ? "," : "") + QByteArray(R"({"metric":{"id":")") + QByteArray::number(s)
                + R"("},"values":[)";
        for (int p = 0; p < 300; ++p)
            body += (p ? "," : "") + QByteArray("[") + QByteArray::number(1700000000 + p) + ",\""
                    + QByteArray::number(p * s) + "\"]";
        body += "]}";
    }
    body += "]}}";
    QVERIFY(body.size() > 64 * 1024);
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body = body;
    m_fake->respond("/api/v1/query_range", response);
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const auto id = client.queryRange(QStringLiteral("x"), end.addSecs(-300), end, 1s);
    QTRY_COMPARE(spies.query.size(), 1);
    QCOMPARE(spies.query[0][0].value<quint64>(), id);
    const auto result = spies.query[0][1].value<pc::PromQueryResult>();
    QCOMPARE(result.series.size(), 50);
    QCOMPARE(result.series[49].samples[299].value, 299.0 * 49);
    QTest::qWait(200);
    QCOMPARE(spies.total(), 1);
    QCOMPARE(client.pendingCount(), 0);
}

void TestPrometheusClient::staysSilentAfterCancel()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 200ms);
    PrometheusClient client(endpointFor(*m_fake));
    Spies spies(&client);

    const auto cancelled = client.query(QStringLiteral("up"));
    const auto kept = client.query(QStringLiteral("up"));
    client.cancel(cancelled);
    QTRY_COMPARE(spies.query.size(), 1);
    QCOMPARE(spies.query[0][0].value<quint64>(), kept);
    QTest::qWait(300);
    QCOMPARE(spies.total(), 1);
}

void TestPrometheusClient::rejectsAnUnusableBaseUrlAsynchronously()
{
    PrometheusEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("localhost:9090"));
    PrometheusClient client(endpoint);
    Spies spies(&client);

    const auto id = client.query(QStringLiteral("up"));
    QCOMPARE(spies.total(), 0);
    QTRY_COMPARE(spies.failed.size(), 1);
    QCOMPARE(spies.failed[0][0].value<quint64>(), id);
    QCOMPARE(spies.error().kind, PromError::Kind::InvalidRequest);
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
