#include "prometheus/managedprometheus.h"
#include "prometheus/promalerts.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using pc::ManagedPrometheus;
using pc::PromAlert;

namespace {

const QString kRules = QStringLiteral(PC_SOURCE_DIR "/resources/prometheus/rules.yml");
const QString kRulesTest = QStringLiteral(PC_TEST_DATA_DIR "/rules_test.yml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

pc::test::ProcessResult promtool(const QStringList &arguments)
{
    return pc::test::runProcess(pc::test::promtoolPath(), arguments);
}

QStringList alertNames(const QString &rulesYaml)
{
    static const QRegularExpression alert(QStringLiteral(R"(^\s*-\s*alert:\s*(\S+)\s*$)"),
                                          QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = alert.globalMatch(rulesYaml); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// The body of a GET, or an empty array when nothing came within 5 s.
std::pair<QByteArray, int> get(QNetworkAccessManager &network, const QUrl &url)
{
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    return {reply->readAll(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
}

}  // namespace

/// The shipped alerting rules: promtool's checks and unit tests, and a real Prometheus started
/// as the app starts it, whose alert the parser of /api/v1/alerts lists.
class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesPassPromtoolCheck();
    void rulesPassTheirUnitTests();
    void everyRuleIsTestedFiringAndNot_data();
    void everyRuleIsTestedFiringAndNot();
    void everyRuleIsDocumented();
    void shippedConfigLoadsTheRules();
    void embeddedRulesAreTheShippedFile();
    void managedPrometheusRaisesTheShippedAlerts();
};

void TestAlertRules::initTestCase()
{
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestAlertRules::rulesPassPromtoolCheck()
{
    const auto result = promtool({QStringLiteral("check"), QStringLiteral("rules"), kRules});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS: 3 rules found"), result.output.constData());
}

void TestAlertRules::rulesPassTheirUnitTests()
{
    const auto result = promtool({QStringLiteral("test"), QStringLiteral("rules"), kRulesTest});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS"), result.output.constData());
}

void TestAlertRules::everyRuleIsTestedFiringAndNot_data()
{
    QTest::addColumn<QString>("alert");
    const QStringList names = alertNames(QString::fromUtf8(readFile(kRules)));
    QVERIFY2(names.size() == 3, qPrintable(names.join(u' ')));
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestAlertRules::everyRuleIsTestedFiringAndNot()
{
    QFETCH(QString, alert);
    const QString tests = QString::fromUtf8(readFile(kRulesTest));
    const QString head = QStringLiteral(R"(alertname:\s*)") + QRegularExpression::escape(alert)
                         + QStringLiteral(R"(\s*\n\s*exp_alerts:)");
    const QRegularExpression silent(head + QStringLiteral(R"([ \t]*\[\])"));
    const QRegularExpression firing(head + QStringLiteral(R"([ \t]*\n\s*- exp_labels:)"));
    QVERIFY2(silent.match(tests).hasMatch(), "no case where the alert must not fire");
    QVERIFY2(firing.match(tests).hasMatch(), "no case where the alert fires");
}

void TestAlertRules::everyRuleIsDocumented()
{
    const QString readme = QString::fromUtf8(readFile(QStringLiteral(PC_SOURCE_DIR "/README.md")));
    QVERIFY(readme.contains(QLatin1String("## Alerts")));
    for (const QString &name : alertNames(QString::fromUtf8(readFile(kRules))))
        QVERIFY2(readme.contains(name), qPrintable(name));
}

void TestAlertRules::shippedConfigLoadsTheRules()
{
    // From another working directory: rule_files is relative to prometheus.yml.
    const auto result = promtool({QStringLiteral("check"), QStringLiteral("config"),
                                  QStringLiteral(PC_SOURCE_DIR "/prometheus.yml")});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS: 1 rule files found"), result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS: 3 rules found"), result.output.constData());
}

void TestAlertRules::embeddedRulesAreTheShippedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(ManagedPrometheus::writeRuleFiles(dir.path()), QString());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("resources/prometheus/rules.yml"))),
             readFile(kRules));
}

void TestAlertRules::managedPrometheusRaisesTheShippedAlerts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManagedPrometheus prometheus;
    // Nothing listens there: `up` is 0 from the first scrape, and PromCompanionTargetDown
    // goes pending, then fires 15 s later.
    const QString target = QStringLiteral("127.0.0.1:") + QString::number(pc::test::freePort());
    const QString error = pc::test::startManagedPrometheus(
        prometheus, pc::test::managedPrometheusOptions(target, dir.path()));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl rulesUrl = prometheus.baseUrl();
    rulesUrl.setPath(QStringLiteral("/api/v1/rules"));
    const QJsonArray groups = QJsonDocument::fromJson(get(network, rulesUrl).first)
                                  .object()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("groups"))
                                  .toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toObject().value(QLatin1String("rules")).toArray().size(), 3);

    const QUrl alertsUrl = pc::promAlertsUrl(prometheus.baseUrl());
    QList<PromAlert> alerts;
    QSet<PromAlert::State> seen;
    const auto poll = [&] {
        const auto [body, status] = get(network, alertsUrl);
        const pc::PromAlertsOutcome outcome = pc::parseAlertsResponse(body, status, alertsUrl);
        if (const auto *error = std::get_if<pc::PromError>(&outcome))
            qFatal("%s", qPrintable(error->message));
        alerts = std::get<QList<PromAlert>>(outcome);
        for (const PromAlert &alert : alerts)
            seen.insert(alert.state);
        return alerts.size() == 1 && alerts[0].state == PromAlert::State::Firing;
    };
    QTRY_VERIFY_WITH_TIMEOUT(poll(), 60000);
    QVERIFY2(seen.contains(PromAlert::State::Pending), "the alert never showed as pending");
    const PromAlert &down = alerts.at(0);
    QCOMPARE(down.name, QStringLiteral("PromCompanionTargetDown"));
    QCOMPARE(down.labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
    QCOMPARE(down.labels.value(QStringLiteral("instance")), target);
    QCOMPARE(down.summary(),
             QStringLiteral("Prom Companion target ") + target + QStringLiteral(" is down"));
    QCOMPARE(down.value, 0.0);
    QVERIFY(down.activeAt.isValid());
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
