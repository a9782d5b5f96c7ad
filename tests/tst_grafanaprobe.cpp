#include "fakegrafana.h"
#include "grafana/grafanaprobe.h"
#include "grafana/grafanaprovisioning.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using pc::GrafanaProbe;
using pc::GrafanaProbeReply;
using pc::GrafanaProbeResult;
using pc::HttpResponse;
using pc::test::FakeGrafana;
using Status = GrafanaProbeResult::Status;

namespace {

// Waits for the reply's one finished() and returns what it carried.
GrafanaProbeResult awaitResult(GrafanaProbeReply *reply)
{
    QSignalSpy finished(reply, &GrafanaProbeReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qFatal("the Grafana probe never finished");
    return reply->result();
}

// A Grafana that takes the connection and then says nothing for 30 s.
std::unique_ptr<FakeGrafana> silentGrafana()
{
    auto grafana = std::make_unique<FakeGrafana>();
    if (!grafana->listen())
        qFatal("the Grafana stand-in cannot listen");
    HttpResponse health = FakeGrafana::json(200, R"({"database": "ok"})");
    health.delay = 30s;
    grafana->respond(FakeGrafana::HealthPath, health);
    return grafana;
}

}  // namespace

class TestGrafanaProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersFromWhatGrafanaSays_data();
    void answersFromWhatGrafanaSays();
    void followsAPathPrefix();
    void nothingListening();
    void silentServerTimesOut();
    void refusesAUrlItMustNotOpen_data();
    void refusesAUrlItMustNotOpen();
    void finishesOncePerProbe();
    void abortedProbeNeverFinishes();
    void destroyingTheProbeEndsItsReplies();
    void destroyingAReplyInsideFinishedIsSafe();
    void readmeHasTheProvisioningCommands();
    void installedFilesGiveInstalledPaths();
};

void TestGrafanaProbe::initTestCase()
{
    qRegisterMetaType<GrafanaProbeResult>();
}

void TestGrafanaProbe::answersFromWhatGrafanaSays_data()
{
    QTest::addColumn<HttpResponse>("health");
    QTest::addColumn<HttpResponse>("dashboard");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("fragment");  // of the message; empty: no message
    QTest::addColumn<int>("lookups");       // requests for the dashboard

    const HttpResponse healthy =
        FakeGrafana::json(200, R"({"commit": "1", "database": "ok", "version": "10.2.0"})");
    const HttpResponse found = FakeGrafana::json(200, R"({"dashboard": {"uid": "x"}})");
    const HttpResponse missing = FakeGrafana::json(404, R"({"message": "Dashboard not found"})");
    QTest::addRow("provisioned: open it") << healthy << found << Status::Available << "" << 1;
    QTest::addRow("not provisioned: say so")
        << healthy << missing << Status::DashboardMissing
        << "Grafana 10.2.0 answers at http://127.0.0.1:%1/, but has no dashboard with uid "
           "\u201cprom-companion\u201d: it is not provisioned there."
        << 1;
    QTest::addRow("login needed: open it, the browser logs in")
        << healthy << FakeGrafana::json(401, R"({"message": "Unauthorized"})") << Status::Available
        << "asks to log in" << 1;
    QTest::addRow("failing database still is Grafana")
        << FakeGrafana::json(503, R"({"database": "failing", "version": "9.5.2"})") << found
        << Status::Available << "" << 1;
    QTest::addRow("lookup failing: open it anyway")
        << healthy << FakeGrafana::json(500, "{}") << Status::Available
        << "answered HTTP 500 to the dashboard lookup" << 1;
    QTest::addRow("another server on the port")
        << HttpResponse::text(404, "Not Found\n") << found << Status::NotRunning
        << "Something answers at http://127.0.0.1:%1/, but it is not Grafana: its /api/health "
           "answered HTTP 404."
        << 0;
    QTest::addRow("a JSON API that is not Grafana")
        << FakeGrafana::json(200, R"({"status": "success"})") << found << Status::NotRunning
        << "it is not Grafana" << 0;
}

void TestGrafanaProbe::answersFromWhatGrafanaSays()
{
    QFETCH(HttpResponse, health);
    QFETCH(HttpResponse, dashboard);
    QFETCH(Status, status);
    QFETCH(QString, fragment);
    QFETCH(int, lookups);

    FakeGrafana grafana;
    QVERIFY(grafana.listen());
    grafana.respond(FakeGrafana::HealthPath, health);
    grafana.respond(FakeGrafana::DashboardPath, dashboard);
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr reply = probe.probe(grafana.baseUrl());
    const GrafanaProbeResult result = awaitResult(reply.get());

    QCOMPARE(result.status, status);
    QCOMPARE(result.grafanaUrl, grafana.baseUrl());
    QCOMPARE(result.dashboardUrl, pc::grafanaDashboardUrl(grafana.baseUrl()));
    const QString expected =
        QString(fragment).replace("%1", QString::number(grafana.baseUrl().port()));
    QVERIFY2(expected.isEmpty() ? result.message.isEmpty() : result.message.contains(expected),
             qPrintable(result.message));
    QCOMPARE(result.provisioningCommands,
             status == Status::Available ? QString() : pc::grafanaProvisioningCommands());
    QCOMPARE(grafana.requestCount(FakeGrafana::HealthPath), 1);
    QCOMPARE(grafana.requestCount(FakeGrafana::DashboardPath), lookups);
}

void TestGrafanaProbe::followsAPathPrefix()
{
    FakeGrafana grafana("/grafana");
    QVERIFY(grafana.listen());
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr reply = probe.probe(grafana.baseUrl());
    const GrafanaProbeResult result = awaitResult(reply.get());
    QCOMPARE(result.status, Status::Available);
    QCOMPARE(result.grafanaVersion, QStringLiteral("9.5.2"));
    QVERIFY2(result.dashboardUrl.toString().contains(QLatin1String("/grafana/d/prom-companion/")),
             qPrintable(result.dashboardUrl.toString()));
    QCOMPARE(grafana.requestCount(FakeGrafana::DashboardPath), 1);
}

void TestGrafanaProbe::nothingListening()
{
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(pc::test::freePort()));
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr reply = probe.probe(closed);
    const GrafanaProbeResult result = awaitResult(reply.get());
    QCOMPARE(result.status, Status::NotRunning);
    QCOMPARE(result.message,
             QStringLiteral("Grafana isn't running at %1: nothing answers there (connection "
                            "refused).")
                 .arg(closed.toString()));
    QCOMPARE(result.provisioningCommands, pc::grafanaProvisioningCommands());
    QVERIFY(result.grafanaVersion.isEmpty());
}

void TestGrafanaProbe::silentServerTimesOut()
{
    const std::unique_ptr<FakeGrafana> silent = silentGrafana();
    FakeGrafana &grafana = *silent;
    GrafanaProbe probe;
    probe.setTimeout(300ms);
    pc::GrafanaProbeReplyPtr reply = probe.probe(grafana.baseUrl());
    const GrafanaProbeResult result = awaitResult(reply.get());
    QCOMPARE(result.status, Status::NotRunning);
    QVERIFY2(result.message.contains(QLatin1String("no answer within 0.3 s")),
             qPrintable(result.message));
    QCOMPARE(grafana.requestCount(FakeGrafana::DashboardPath), 0);
}

void TestGrafanaProbe::refusesAUrlItMustNotOpen_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("file") << QUrl("file:///etc/passwd");
    QTest::addRow("javascript") << QUrl("javascript:alert(1)");
    QTest::addRow("no host") << QUrl("http://");
    QTest::addRow("empty") << QUrl();
}

void TestGrafanaProbe::refusesAUrlItMustNotOpen()
{
    QFETCH(QUrl, url);
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr reply = probe.probe(url);
    // From the event loop, so a spy connected after probe() hears it.
    QVERIFY(!reply->isFinished());
    const GrafanaProbeResult result = awaitResult(reply.get());
    QCOMPARE(result.status, Status::NotRunning);
    QVERIFY(result.dashboardUrl.isEmpty());
    QVERIFY2(result.message.contains(QLatin1String("is not an http or https address")),
             qPrintable(result.message));
}

void TestGrafanaProbe::finishesOncePerProbe()
{
    FakeGrafana grafana;
    QVERIFY(grafana.listen());
    grafana.setDashboardProvisioned(false);
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr first = probe.probe(grafana.baseUrl());
    pc::GrafanaProbeReplyPtr second = probe.probe(grafana.baseUrl());
    QSignalSpy firstDone(first.get(), &GrafanaProbeReply::finished);
    QSignalSpy secondDone(second.get(), &GrafanaProbeReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.size() == 1 && secondDone.size() == 1, 15000);
    // A third probe's round trip gives any stray second signal time to arrive.
    awaitResult(probe.probe(grafana.baseUrl()).get());
    QCOMPARE(firstDone.size(), 1);
    QCOMPARE(secondDone.size(), 1);
    QCOMPARE(firstDone.at(0).at(0).value<GrafanaProbeResult>().status, Status::DashboardMissing);
    QCOMPARE(grafana.requestCount(FakeGrafana::HealthPath), 3);
}

void TestGrafanaProbe::abortedProbeNeverFinishes()
{
    const std::unique_ptr<FakeGrafana> silent = silentGrafana();
    FakeGrafana &grafana = *silent;
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr aborted = probe.probe(grafana.baseUrl());
    QSignalSpy abortedDone(aborted.get(), &GrafanaProbeReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(grafana.requestCount(FakeGrafana::HealthPath), 1, 15000);
    aborted->abort();
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(pc::test::freePort()));
    awaitResult(probe.probe(closed).get());
    QCOMPARE(abortedDone.size(), 0);
    QVERIFY(aborted->isFinished());
}

void TestGrafanaProbe::destroyingTheProbeEndsItsReplies()
{
    const std::unique_ptr<FakeGrafana> silent = silentGrafana();
    FakeGrafana &grafana = *silent;
    auto probe = std::make_unique<GrafanaProbe>();
    pc::GrafanaProbeReplyPtr reply = probe->probe(grafana.baseUrl());
    QSignalSpy done(reply.get(), &GrafanaProbeReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(grafana.requestCount(FakeGrafana::HealthPath), 1, 15000);
    probe.reset();
    // Its owner still holds it, ended: it never finishes, and goes safely after the probe.
    QVERIFY(reply->isFinished());
    PC_COMPARE_STAYS(done.size(), 0, 200);
    reply.reset();
}

void TestGrafanaProbe::destroyingAReplyInsideFinishedIsSafe()
{
    FakeGrafana grafana;
    QVERIFY(grafana.listen());
    GrafanaProbe probe;
    pc::GrafanaProbeReplyPtr reply = probe.probe(grafana.baseUrl());
    bool heard = false;
    connect(reply.get(), &GrafanaProbeReply::finished, this, [&] {
        heard = true;
        reply.reset();
    });
    QTRY_VERIFY_WITH_TIMEOUT(heard, 15000);
    QVERIFY(!reply);
}

void TestGrafanaProbe::readmeHasTheProvisioningCommands()
{
    QFile readme(QStringLiteral(PC_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY2(text.contains(QStringLiteral("```sh\n") + pc::grafanaProvisioningCommands()
                           + QStringLiteral("```")),
             qPrintable(pc::grafanaProvisioningCommands()));
}

void TestGrafanaProbe::installedFilesGiveInstalledPaths()
{
    const QString commands =
        pc::grafanaProvisioningCommands(QStringLiteral("/usr/share/prom-companion/grafana"));
    QVERIFY(commands.contains(QLatin1String(
        "sudo cp /usr/share/prom-companion/grafana/dashboards/prom-companion.json ")));
    QVERIFY(!commands.contains(QLatin1String("resources/")));
    QCOMPARE(commands.count(u'\n'), 5);
}

QTEST_GUILESS_MAIN(TestGrafanaProbe)
#include "tst_grafanaprobe.moc"
