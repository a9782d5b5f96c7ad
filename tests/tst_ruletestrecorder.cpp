#include "load/loadgenerator.h"
#include "load/loadplan.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/ruletestrecorder.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::RuleTestRecorder;

/// Export with a test, against a real managed Prometheus under the load generator's load: the
/// recorded samples and the evaluated alerts make a promtool unit test that passes.
class TestRuleTestRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recordedTestPassesPromtool();
    void reportsAnExpressionWithoutData();
};

void TestRuleTestRecorder::initTestCase()
{
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestRuleTestRecorder::recordedTestPassesPromtool()
{
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir dir;
    pc::ManagedPrometheus prometheus;
    const QString error = pc::test::startManagedPrometheus(
        prometheus,
        pc::test::managedPrometheusOptions(host.metricsUrl().authority(), dir.filePath("prom")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);

    // Quiet, then busy: the test expects the alert silent, then firing.
    QTest::qWait(10000);
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 50;
    load.start(plan);
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-10);
    QTest::qWait(12000);
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(-1);

    pc::AlertRule rule;
    rule.id = "busy";
    rule.name = "Busy: \"demo\"";
    rule.expr = "sum by (job) (rate(http_requests_total{job=\"my_app\"}[5s]))";
    rule.threshold = 5;
    rule.forDuration = std::chrono::seconds(3);
    rule.severity = "warning";
    rule.summary = "{{ $value }} req/s";
    RuleTestRecorder recorder(&client);
    QSignalSpy finished(&recorder, &RuleTestRecorder::finished);
    recorder.start({rule, from, to, dir.path(), {}, pc::test::promtoolPath()});
    QVERIFY(finished.wait(20000));
    load.stop();
    const auto result = finished.first().first().value<RuleTestRecorder::Result>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY2(result.passed, qPrintable(result.output));
    QVERIFY2(result.firingChecks >= 1, qPrintable(result.output));
    QFile test(result.testFile);
    QVERIFY(test.open(QIODevice::ReadOnly));
    const QByteArray yaml = test.readAll();
    QVERIFY2(yaml.contains("http_requests_total{"), yaml.constData());
    QVERIFY2(yaml.contains("exp_alerts: []"), yaml.constData());
    QVERIFY2(yaml.contains("\"severity\": \"warning\""), yaml.constData());
    QVERIFY(QFile::exists(dir.filePath("busy.yml")));

    // promtool, run again on what was written, agrees.
    const auto again =
        pc::test::runProcess(pc::test::promtoolPath(), {"test", "rules", result.testFile});
    QVERIFY2(again.exitCode == 0, again.output.constData());
}

void TestRuleTestRecorder::reportsAnExpressionWithoutData()
{
    QTemporaryDir dir;
    pc::ManagedPrometheus prometheus;
    const QString error = pc::test::startManagedPrometheus(
        prometheus, pc::test::managedPrometheusOptions(
                        "127.0.0.1:" + QString::number(pc::test::freePort()), dir.filePath("p")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);
    pc::AlertRule rule;
    rule.name = "Nothing";
    rule.expr = "no_such_metric_anywhere";
    RuleTestRecorder recorder(&client);
    QSignalSpy finished(&recorder, &RuleTestRecorder::finished);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    recorder.start({rule, now.addSecs(-60), now, dir.path(), "nothing", pc::test::promtoolPath()});
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<RuleTestRecorder::Result>();
    QVERIFY2(result.error.contains("too few samples"), qPrintable(result.error));
    QVERIFY(!QFile::exists(dir.filePath("nothing_test.yml")));
}

QTEST_GUILESS_MAIN(TestRuleTestRecorder)
#include "tst_ruletestrecorder.moc"
