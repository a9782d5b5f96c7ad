#include "fakeprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using pc::PromClient;
using pc::PromEndpoint;
using pc::PromError;
using pc::test::FakePrometheus;

namespace {

// One request's reply and a spy on its finished(), to check that exactly one answer came.
struct Answer
{
    explicit Answer(pc::PromReplyPtr r)
        : reply(std::move(r)), finished(reply.get(), &pc::PromReply::finished)
    {
    }

    bool succeeded() const { return finished.size() == 1 && !reply->error(); }
    bool failed() const { return finished.size() == 1 && reply->error(); }
    PromError error() const { return reply->error().value_or(PromError{}); }

    pc::PromReplyPtr reply;
    QSignalSpy finished;
};

PromEndpoint endpointFor(const FakePrometheus &fake)
{
    PromEndpoint endpoint;
    endpoint.baseUrl = fake.baseUrl();
    return endpoint;
}

}  // namespace

class TestPromClient : public QObject
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
    void answersFlagsAndAlerts();
    void parsesLargeAnswersOffTheGuiThread();
    void staysSilentAfterCancel();
    void rejectsAnUnusableBaseUrlAsynchronously();

private:
    std::unique_ptr<FakePrometheus> m_fake;
};

void TestPromClient::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
}

void TestPromClient::cleanup()
{
    m_fake.reset();
}

void TestPromClient::answersAnInstantQuery()
{
    PromClient client(endpointFor(*m_fake));

    Answer answer(client.query(QStringLiteral("up")));
    QCOMPARE(answer.finished.size(), 0);
    QVERIFY(!answer.reply->isFinished());
    QTRY_COMPARE(answer.finished.size(), 1);
    QVERIFY(answer.succeeded());
    QCOMPARE(answer.reply->api(), pc::PromReply::Api::Query);
    const auto result = answer.reply->queryResult();
    QCOMPARE(result.type, pc::PromQueryResult::Type::Vector);
    QCOMPARE(result.series.size(), 2);

    const pc::HttpRequest request = m_fake->lastRequest();
    QCOMPARE(request.target, QByteArray("/api/v1/query?query=up"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("authorization").isNull());
    QVERIFY(answer.reply->targets().isEmpty());  // another API's value stays empty
}

void TestPromClient::answersARangeQuery()
{
    PromClient client(endpointFor(*m_fake));

    const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    Answer answer(
        client.queryRange(QStringLiteral("rate(x[1m])"), start, start.addSecs(3600), 15s));
    QTRY_VERIFY(answer.succeeded());
    const auto result = answer.reply->queryResult();
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

void TestPromClient::answersTargets()
{
    PromClient client(endpointFor(*m_fake));

    Answer answer(client.targets());
    QTRY_VERIFY(answer.succeeded());
    const auto targets = answer.reply->targets();
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets[1].health, QStringLiteral("down"));
    QCOMPARE(m_fake->lastRequest().target, QByteArray("/api/v1/targets?state=active"));
}

void TestPromClient::answersReadiness_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ready");

    QTest::addRow("200 is ready") << 200 << true;
    QTest::addRow("503 is still starting") << 503 << false;
}

void TestPromClient::answersReadiness()
{
    QFETCH(int, status);
    QFETCH(bool, ready);

    m_fake->respond("/-/ready", pc::HttpResponse::text(status, "whatever\n"));
    PromClient client(endpointFor(*m_fake));
    Answer answer(client.ready());
    QTRY_VERIFY(answer.succeeded());
    QCOMPARE(answer.reply->isReady(), ready);
    QCOMPARE(m_fake->lastRequest().path, QByteArray("/-/ready"));
}

void TestPromClient::reportsServerFailures_data()
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

void TestPromClient::reportsServerFailures()
{
    QFETCH(QByteArray, file);
    QFETCH(int, status);
    QFETCH(PromError::Kind, kind);
    QFETCH(QString, errorType);

    m_fake->respondWithFile("/api/v1/query", file.constData(), status);
    PromClient client(endpointFor(*m_fake));
    Answer answer(client.query(QStringLiteral("up + ")));
    QTRY_VERIFY(answer.failed());
    const PromError error = answer.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.errorType, errorType);
    QVERIFY2(error.message.contains(m_fake->baseUrl().toString()), qPrintable(error.message));
}

void TestPromClient::timesOutOnASlowAnswer()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 5s);
    PromEndpoint endpoint = endpointFor(*m_fake);
    endpoint.timeout = 300ms;
    PromClient client(endpoint);

    QElapsedTimer clock;
    clock.start();
    Answer answer(client.query(QStringLiteral("up")));
    QTRY_VERIFY_WITH_TIMEOUT(answer.failed(), 4000);
    QVERIFY2(clock.elapsed() < 4000, "the timeout did not cut the wait short");
    QCOMPARE(answer.error().kind, PromError::Kind::TimedOut);
    QVERIFY2(answer.error().message.contains(QLatin1String("did not answer within 300 ms")),
             qPrintable(answer.error().message));
}

void TestPromClient::reportsARefusedConnectionAsUnreachable()
{
    PromEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pc::test::freePort()));
    PromClient client(endpoint);

    Answer answer(client.query(QStringLiteral("up")));
    QTRY_VERIFY(answer.failed());
    QCOMPARE(answer.error().kind, PromError::Kind::Unreachable);
    QCOMPARE(answer.error().message, QStringLiteral("Prometheus at ") + endpoint.baseUrl.toString()
                                         + QStringLiteral(" is not reachable: connection refused"));
}

void TestPromClient::abortsAnAnswerOverTheSizeCap()
{
    PromEndpoint endpoint = endpointFor(*m_fake);
    endpoint.maxResponseBytes = 1000;
    PromClient client(endpoint);

    QVERIFY(FakePrometheus::dataFile("targets.json").size() > 1000);
    Answer answer(client.targets());
    QTRY_VERIFY(answer.failed());
    QCOMPARE(answer.error().kind, PromError::Kind::TooLarge);
    QVERIFY2(answer.error().message.contains(QLatin1String("more than 1000 bytes")),
             qPrintable(answer.error().message));

    // A small answer still passes the same cap.
    Answer small(client.ready());
    QTRY_VERIFY(small.succeeded());
}

void TestPromClient::sendsCredentialsAndExtraHeaders_data()
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

void TestPromClient::sendsCredentialsAndExtraHeaders()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, token);
    QFETCH(QByteArray, authorization);

    PromEndpoint endpoint = endpointFor(*m_fake);
    endpoint.username = username;
    endpoint.password = password;
    endpoint.bearerToken = token;
    endpoint.extraHeaders = {{"X-Scope-OrgID", "tenant-1"}, {"X-Trace", "abc"}};
    PromClient client(endpoint);

    // Every kind of request carries them.
    Answer query(client.query(QStringLiteral("up")));
    QTRY_VERIFY(query.succeeded());
    QCOMPARE(m_fake->lastRequest().header("authorization"), authorization);
    QCOMPARE(m_fake->lastRequest().header("x-scope-orgid"), QByteArray("tenant-1"));
    QCOMPARE(m_fake->lastRequest().header("x-trace"), QByteArray("abc"));

    Answer targets(client.targets());
    QTRY_VERIFY(targets.succeeded());
    QCOMPARE(m_fake->lastRequest().header("authorization"), authorization);
    QCOMPARE(m_fake->lastRequest().header("x-scope-orgid"), QByteArray("tenant-1"));
}

void TestPromClient::keepsSecretsOutOfErrorSentences()
{
    PromEndpoint endpoint;
    endpoint.baseUrl =
        QUrl(QStringLiteral("http://alice:urlpass@127.0.0.1:%1").arg(pc::test::freePort()));
    endpoint.password = QStringLiteral("fieldpass");
    endpoint.bearerToken = QStringLiteral("tokensecret");
    PromClient client(endpoint);

    Answer answer(client.query(QStringLiteral("up")));
    QTRY_VERIFY(answer.failed());
    const QString message = answer.error().message;
    for (const char *secret : {"alice", "urlpass", "fieldpass", "tokensecret"})
        QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
}

void TestPromClient::namesTheOptionsWhenCredentialsAreRefused_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QByteArray>("body");

    const QStringList password = {"--prometheus-user", "--prometheus-password-file",
                                  "$PROM_COMPANION_PROMETHEUS_PASSWORD"};
    const QStringList token = {"--prometheus-token-file", "$PROM_COMPANION_PROMETHEUS_TOKEN"};
    QTest::addRow("401 without credentials")
        << 401 << QString() << QString()
        << QStringList{"asks for credentials (HTTP 401) and none were given"} + password + token
        << QByteArray("Unauthorized\n");
    QTest::addRow("401 refusing a password")
        << 401 << "alice" << QString()
        << QStringList{"refused the user name and password (HTTP 401)"} + password
        << QByteArray("Unauthorized\n");
    QTest::addRow("403 refusing a token")
        << 403 << QString() << "tok" << QStringList{"refused the bearer token (HTTP 403)"} + token
        << QByteArray("Unauthorized\n");
    // Mimir's and Cortex's gateways, when no X-Scope-OrgID came: the password is not the fix.
    QTest::addRow("401 from a tenant gateway, with a password")
        << 401 << "alice" << QString()
        << QStringList{"(\"no org id\")", "--prometheus-header 'X-Scope-OrgID: \u2026'"}
        << QByteArray("no org id\n");
}

void TestPromClient::namesTheOptionsWhenCredentialsAreRefused()
{
    QFETCH(int, status);
    QFETCH(QString, username);
    QFETCH(QString, token);
    QFETCH(QStringList, mentions);
    QFETCH(QByteArray, body);

    pc::HttpResponse refusal;
    refusal.status = status;
    refusal.contentType = "text/plain";
    refusal.body = body;
    m_fake->respond("/api/v1/query", refusal);
    m_fake->respond("/-/ready", refusal);
    PromEndpoint endpoint = endpointFor(*m_fake);
    endpoint.username = username;
    endpoint.password = QStringLiteral("pw");
    endpoint.bearerToken = token;
    PromClient client(endpoint);
    Answer query(client.query(QStringLiteral("up")));
    Answer ready(client.ready());
    QTRY_VERIFY(query.failed() && ready.failed());
    for (const Answer *answer : {&query, &ready}) {
        const PromError error = answer->error();
        QCOMPARE(error.kind, PromError::Kind::AuthRefused);
        for (const QString &mention : mentions)
            QVERIFY2(error.message.contains(mention), qPrintable(error.message));
        QVERIFY2(!error.message.contains("proxy"), qPrintable(error.message));
        if (body.contains("no org id"))
            QVERIFY2(!error.message.contains("password"), qPrintable(error.message));
    }
}

void TestPromClient::percentEncodesThePromQL()
{
    PromClient client(endpointFor(*m_fake));

    const QString promql = QStringLiteral("sum(rate(x{a=\"b c\",d=~\"e|f\"}[5m])) + 1 # & = ?");
    Answer answer(client.query(promql, QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC)));
    QTRY_VERIFY(answer.succeeded());

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

void TestPromClient::reachesAPathPrefix_data()
{
    QTest::addColumn<QString>("suffix");

    QTest::addRow("prefix") << QString();
    QTest::addRow("prefix with trailing slash") << QStringLiteral("/");
}

void TestPromClient::reachesAPathPrefix()
{
    QFETCH(QString, suffix);

    FakePrometheus fake("/prometheus");
    QVERIFY(fake.listen());
    PromEndpoint endpoint;
    endpoint.baseUrl = QUrl(fake.baseUrl().toString() + suffix);
    PromClient client(endpoint);

    Answer query(client.query(QStringLiteral("up")));
    QTRY_VERIFY(query.succeeded());
    QCOMPARE(fake.lastRequest().path, QByteArray("/prometheus/api/v1/query"));
    Answer ready(client.ready());
    QTRY_VERIFY(ready.succeeded());
    QCOMPARE(fake.lastRequest().path, QByteArray("/prometheus/-/ready"));
}

void TestPromClient::reportsAWrongPathPrefix()
{
    FakePrometheus fake("/prometheus");
    QVERIFY(fake.listen());
    PromEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fake.port()));
    PromClient client(endpoint);

    Answer answer(client.query(QStringLiteral("up")));
    QTRY_VERIFY(answer.failed());
    QCOMPARE(answer.error().kind, PromError::Kind::HttpError);
    QCOMPARE(answer.error().httpStatus, 404);
    QVERIFY2(answer.error().message.contains(QLatin1String("/api/v1/query answered HTTP 404")),
             qPrintable(answer.error().message));
}

void TestPromClient::matchesAnswersToTheirIds()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 200ms);
    PromClient client(endpointFor(*m_fake));

    Answer slow(client.query(QStringLiteral("up")));
    Answer fast(client.targets());
    Answer ready(client.ready());
    QTRY_VERIFY(fast.succeeded() && ready.succeeded());
    QVERIFY(!slow.reply->isFinished());
    QTRY_VERIFY(slow.succeeded());
    QCOMPARE(slow.reply->queryResult().series.size(), 2);
    QCOMPARE(fast.reply->targets().size(), 3);
    QVERIFY(ready.reply->isReady());
}

void TestPromClient::answersLabelValues()
{
    PromClient client(endpointFor(*m_fake));
    Answer answer(client.labelValues(QStringLiteral("__name__")));
    QTRY_VERIFY(answer.succeeded());
    const QStringList names = answer.reply->labelValues();
    QCOMPARE(names.size(), 5);
    QVERIFY(names.contains("http_requests_total"));
    QCOMPARE(m_fake->lastRequest().target, QByteArray("/api/v1/label/__name__/values"));
}

void TestPromClient::answersFlagsAndAlerts()
{
    m_fake->respondWithFile("/api/v1/alerts", "alerts_prometheus.json", 200);
    PromClient client(endpointFor(*m_fake));
    Answer flags(client.flags());
    Answer alerts(client.alerts());
    QTRY_VERIFY(flags.succeeded() && alerts.succeeded());
    QCOMPARE(flags.reply->flags().value("config.file"), QString("/etc/prometheus/prometheus.yml"));
    QVERIFY(!alerts.reply->alerts().isEmpty());
    QCOMPARE(m_fake->lastRequest().path, QByteArray("/api/v1/alerts"));
}

void TestPromClient::parsesLargeAnswersOffTheGuiThread()
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
    PromClient client(endpointFor(*m_fake));
    const QDateTime end = QDateTime::currentDateTimeUtc();
    Answer answer(client.queryRange(QStringLiteral("x"), end.addSecs(-300), end, 1s));
    QTRY_VERIFY(answer.succeeded());
    const auto result = answer.reply->queryResult();
    QCOMPARE(result.series.size(), 50);
    QCOMPARE(result.series[49].samples[299].value, 299.0 * 49);
    PC_COMPARE_STAYS(answer.finished.size(), 1, 200);
}

void TestPromClient::staysSilentAfterCancel()
{
    m_fake->respondWithFile("/api/v1/query", "query_vector.json", 200, 200ms);
    PromClient client(endpointFor(*m_fake));

    Answer cancelled(client.query(QStringLiteral("up")));
    Answer kept(client.query(QStringLiteral("up")));
    Answer aborted(client.targets());
    cancelled.reply.reset();  // destroying a reply cancels its request
    aborted.reply->abort();
    QTRY_VERIFY(kept.succeeded());
    PC_VERIFY_STAYS(cancelled.finished.isEmpty() && aborted.finished.isEmpty()
                        && !aborted.reply->isFinished() && kept.finished.size() == 1,
                    300);
}

void TestPromClient::rejectsAnUnusableBaseUrlAsynchronously()
{
    PromEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("localhost:9090"));
    PromClient client(endpoint);

    Answer answer(client.query(QStringLiteral("up")));
    QCOMPARE(answer.finished.size(), 0);
    QTRY_VERIFY(answer.failed());
    QCOMPARE(answer.error().kind, PromError::Kind::InvalidRequest);
}

QTEST_GUILESS_MAIN(TestPromClient)
#include "tst_promclient.moc"
