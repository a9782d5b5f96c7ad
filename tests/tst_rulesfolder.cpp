#include "load/loadgenerator.h"
#include "load/loadplan.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/rulesfolder.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::AlertRule;
using pc::PromRule;
using pc::RulesFolder;

namespace {

AlertRule requestRateRule()
{
    AlertRule rule;
    rule.name = QStringLiteral("Busy: \"demo\" service");
    rule.expr = QStringLiteral("sum(rate(http_requests_total{job=\"my_app\"}[10s]))");
    rule.threshold = 5;
    rule.forDuration = std::chrono::seconds(2);
    rule.severity = QStringLiteral("warning");
    rule.summary = QStringLiteral("{{ $value }} req/s: \"busy\"");
    rule.description = QStringLiteral("line one\nline two");
    return rule;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Asks the server's rules and alerts, and waits for each answer.
class Asker
{
public:
    explicit Asker(const QUrl &base)
    {
        pc::PromEndpoint endpoint;
        endpoint.baseUrl = base;
        m_client.setEndpoint(endpoint);
    }
    std::optional<PromRule> rule(const QString &name)
    {
        const QList<PromRule> all = rules();
        for (const PromRule &rule : all) {
            if (rule.name == name)
                return rule;
        }
        return std::nullopt;
    }
    QList<PromRule> rules()
    {
        pc::PromReplyPtr reply = m_client.rules();
        QSignalSpy finished(reply.get(), &pc::PromReply::finished);
        if (!finished.wait(5000) || reply->error())
            return {};
        return reply->rules();
    }
    QList<pc::PromAlert> alerts()
    {
        pc::PromReplyPtr reply = m_client.alerts();
        QSignalSpy finished(reply.get(), &pc::PromReply::finished);
        if (!finished.wait(5000) || reply->error())
            return {};
        return reply->alerts();
    }

private:
    pc::PromClient m_client;
};

}  // namespace

/// The folder of the user's rules against a real managed Prometheus and promtool: a saved rule
/// is checked, loaded on reload (not restart), fires under load, follows edits and deletion;
/// a broken file is set aside and Prometheus starts anyway.
class TestRulesFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesWhatPromtoolRejects();
    void newRulesGetIdsOfTheirOwn();
    void disablingKeepsTheRecordOnly();
    void unreadableRecordIsReportedAndLeftAlone();
    void savedRuleIsLoadedFiresAndFollowsEdits();
    void brokenFileIsSetAsideAndPrometheusStarts();
};

void TestRulesFolder::initTestCase()
{
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestRulesFolder::refusesWhatPromtoolRejects()
{
    QTemporaryDir dir;
    const RulesFolder folder(dir.path(), pc::test::promtoolPath());
    AlertRule rule = requestRateRule();
    rule.expr = QStringLiteral("rate(http_requests_total[1m]");
    const QString error = folder.save(rule);
    QVERIFY2(error.contains("parse error"), qPrintable(error));
    QVERIFY(rule.id.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());

    rule = requestRateRule();
    rule.summary = QStringLiteral("{{ $value ");
    const QString templateError = folder.save(rule);
    QVERIFY2(templateError.contains("template"), qPrintable(templateError));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestRulesFolder::newRulesGetIdsOfTheirOwn()
{
    QTemporaryDir dir;
    const RulesFolder folder(dir.path(), pc::test::promtoolPath());
    AlertRule first = requestRateRule();
    AlertRule second = requestRateRule();
    QCOMPARE(folder.save(first), QString());
    QCOMPARE(folder.save(second), QString());
    QCOMPARE(first.id, QString("busy-demo-service"));
    QCOMPARE(second.id, QString("busy-demo-service-2"));
    const auto check = pc::test::runProcess(pc::test::promtoolPath(),
                                            {"check", "rules", folder.yamlPath(first.id)});
    QVERIFY2(check.exitCode == 0, check.output.constData());
    const RulesFolder::Listing listing = folder.load();
    QCOMPARE(listing.problems, QStringList());
    QCOMPARE(listing.rules.size(), 2);
    QVERIFY(listing.rules.contains(first));
    QVERIFY(listing.rules.contains(second));

    QCOMPARE(folder.remove(first.id), QString());
    QVERIFY(!QFile::exists(folder.yamlPath(first.id)));
    QCOMPARE(folder.load().rules, QList<AlertRule>{second});
}

void TestRulesFolder::disablingKeepsTheRecordOnly()
{
    QTemporaryDir dir;
    const RulesFolder folder(dir.path(), pc::test::promtoolPath());
    AlertRule rule = requestRateRule();
    QCOMPARE(folder.save(rule), QString());
    rule.enabled = false;
    QCOMPARE(folder.save(rule), QString());
    QVERIFY(!QFile::exists(folder.yamlPath(rule.id)));
    QCOMPARE(folder.load().rules, QList<AlertRule>{rule});
    rule.enabled = true;
    QCOMPARE(folder.save(rule), QString());
    QVERIFY(QFile::exists(folder.yamlPath(rule.id)));
}

void TestRulesFolder::unreadableRecordIsReportedAndLeftAlone()
{
    QTemporaryDir dir;
    const RulesFolder folder(dir.path(), pc::test::promtoolPath());
    QFile broken(dir.filePath("mine.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const RulesFolder::Listing listing = folder.load();
    QCOMPARE(listing.rules.size(), 0);
    QCOMPARE(listing.problems.size(), 1);
    QVERIFY2(listing.problems.first().contains("mine.json"), qPrintable(listing.problems.first()));
    // A new rule of that name does not take the unreadable one's files.
    AlertRule rule = requestRateRule();
    rule.name = QStringLiteral("Mine");
    QCOMPARE(folder.save(rule), QString());
    QCOMPARE(rule.id, QString("mine-2"));
    QCOMPARE(readFile(dir.filePath("mine.json")), QByteArray("{ not json"));
}

void TestRulesFolder::savedRuleIsLoadedFiresAndFollowsEdits()
{
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir dir;
    const QString rulesDir = dir.filePath("rules");
    pc::ManagedPrometheus prometheus;
    auto options = pc::test::managedPrometheusOptions(host.metricsUrl().authority(),
                                                      dir.filePath("prometheus"));
    options.rulesDirectory = rulesDir;
    const QString error = pc::test::startManagedPrometheus(prometheus, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 pid = prometheus.processId();
    Asker ask(prometheus.baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(ask.rules().size(), 3, 10000);  // the shipped ones

    const RulesFolder folder(rulesDir, pc::test::promtoolPath());
    AlertRule rule = requestRateRule();
    QCOMPARE(folder.save(rule), QString());
    QVERIFY(prometheus.reload());
    QTRY_VERIFY_WITH_TIMEOUT(ask.rule(rule.name).has_value(), 10000);
    const PromRule loaded = *ask.rule(rule.name);
    QCOMPARE(loaded.file, QFileInfo(folder.yamlPath(rule.id)).absoluteFilePath());
    QCOMPARE(loaded.annotations.value("summary"), rule.summary);
    QCOMPARE(loaded.annotations.value("description"), rule.description);
    QCOMPARE(loaded.forDuration.count(), 2);

    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 50;
    load.start(plan);
    QTRY_VERIFY_WITH_TIMEOUT(ask.rule(rule.name)->state == pc::PromAlert::State::Firing, 60000);
    const QList<pc::PromAlert> alerts = ask.alerts();
    const auto firing = std::find_if(alerts.begin(), alerts.end(),
                                     [&](const pc::PromAlert &a) { return a.name == rule.name; });
    QVERIFY(firing != alerts.end());
    QVERIFY2(firing->summary().endsWith(" req/s: \"busy\""), qPrintable(firing->summary()));
    QVERIFY(firing->value > 5);

    rule.threshold = 1e9;
    QCOMPARE(folder.save(rule), QString());
    QVERIFY(prometheus.reload());
    QTRY_VERIFY_WITH_TIMEOUT(ask.rule(rule.name)->query.contains("1e+09"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ask.rule(rule.name)->state, pc::PromAlert::State::Inactive, 15000);

    QCOMPARE(folder.remove(rule.id), QString());
    QVERIFY(prometheus.reload());
    QTRY_VERIFY_WITH_TIMEOUT(!ask.rule(rule.name).has_value(), 10000);
    QCOMPARE(ask.rules().size(), 3);
    load.stop();
    QCOMPARE(prometheus.processId(), pid);  // reloaded, never restarted
}

void TestRulesFolder::brokenFileIsSetAsideAndPrometheusStarts()
{
    QTemporaryDir dir;
    const QString rulesDir = dir.filePath("rules");
    QVERIFY(QDir().mkpath(rulesDir));
    const QByteArray brokenYaml =
        "groups:\n  - name: x\n    rules:\n      - alert: A\n        expr: 'up >'\n";
    QFile broken(rulesDir + "/by-hand.yml");
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(brokenYaml);
    broken.close();
    const RulesFolder folder(rulesDir, pc::test::promtoolPath());
    AlertRule good = requestRateRule();
    QCOMPARE(folder.save(good), QString());

    pc::ManagedPrometheus prometheus;
    QSignalSpy setAside(&prometheus, &pc::ManagedPrometheus::ruleFilesSetAside);
    auto options = pc::test::managedPrometheusOptions(
        "127.0.0.1:" + QString::number(pc::test::freePort()), dir.filePath("prometheus"));
    options.rulesDirectory = rulesDir;
    const QString error = pc::test::startManagedPrometheus(prometheus, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE(setAside.size(), 1);
    const QStringList sentences = setAside.first().first().toStringList();
    QCOMPARE(sentences.size(), 1);
    QVERIFY2(sentences.first().contains("by-hand.yml") && sentences.first().contains("parse error"),
             qPrintable(sentences.first()));
    QCOMPARE(prometheus.setAsideRuleFiles(), sentences);
    QVERIFY(!QFile::exists(rulesDir + "/by-hand.yml"));
    QCOMPARE(readFile(rulesDir + "/by-hand.yml.broken"), brokenYaml);  // never deleted

    Asker ask(prometheus.baseUrl());
    QTRY_COMPARE_WITH_TIMEOUT(ask.rules().size(), 4, 10000);
    QVERIFY(ask.rule(good.name));

    // Dropped in while it runs: set aside at the next reload, the loaded rules kept.
    QFile later(rulesDir + "/later.yml");
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.write(brokenYaml);
    later.close();
    QVERIFY(prometheus.reload());
    QTRY_COMPARE(setAside.size(), 2);
    QVERIFY(QFile::exists(rulesDir + "/later.yml.broken"));
    QTRY_COMPARE_WITH_TIMEOUT(ask.rules().size(), 4, 10000);
}

QTEST_GUILESS_MAIN(TestRulesFolder)
#include "tst_rulesfolder.moc"
