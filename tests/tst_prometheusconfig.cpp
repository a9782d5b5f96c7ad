#include "prometheus/managedprometheus.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using pc::ManagedPrometheus;
using namespace std::chrono_literals;

namespace {

QString shippedConfigPath()
{
    return QStringLiteral(PC_SOURCE_DIR "/prometheus.yml");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// promtool's verdict on a config file: empty when it passes, its output otherwise.
QString promtoolComplaint(const QString &configPath)
{
    const pc::test::ProcessResult result = pc::test::runProcess(
        pc::test::promtoolPath(), {QStringLiteral("check"), QStringLiteral("config"), configPath});
    return result.exitCode == 0 ? QString()
                                : QString::fromUtf8(result.output) + QStringLiteral("\n(exit code ")
                                      + QString::number(result.exitCode) + u')';
}

}  // namespace

class TestPrometheusConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedConfigPassesPromtool();
    void shippedConfigScrapesTheTutorialTarget();
    void embeddedTemplateIsTheShippedFile();
    void managedConfigPassesPromtool_data();
    void managedConfigPassesPromtool();
    void managedConfigRejectsUnsafeInput_data();
    void managedConfigRejectsUnsafeInput();
    void managedConfigRejectsATemplateOfAnotherShape();
};

void TestPrometheusConfig::initTestCase()
{
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestPrometheusConfig::shippedConfigPassesPromtool()
{
    const QString complaint = promtoolComplaint(shippedConfigPath());
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint));
}

void TestPrometheusConfig::shippedConfigScrapesTheTutorialTarget()
{
    const QString text = QString::fromUtf8(readFile(shippedConfigPath()));
    QVERIFY2(!text.isEmpty(), "prometheus.yml is missing or empty");
    QVERIFY2(text.startsWith(u'#'), "prometheus.yml should open with a comment saying what it is");
    const auto has = [&text](const char *pattern) {
        return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch();
    };
    QVERIFY(has(R"(^global:\s*$)"));
    QVERIFY(has(R"(^  scrape_interval: 5s\s*$)"));
    QVERIFY(has(R"(^  evaluation_interval: 5s\s*$)"));
    QVERIFY(has(R"(^  - job_name: 'my_app'\s*$)"));
    QVERIFY(has(R"(^      - targets: \['localhost:8000'\]\s*$)"));
}

void TestPrometheusConfig::embeddedTemplateIsTheShippedFile()
{
    const QByteArray embedded = ManagedPrometheus::configTemplate();
    QVERIFY2(!embedded.isEmpty(), "the :/prometheus.yml resource is missing from pccore");
    QCOMPARE(embedded, readFile(shippedConfigPath()));
}

void TestPrometheusConfig::managedConfigPassesPromtool_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<std::chrono::milliseconds>("interval");
    QTest::addColumn<QString>("expectedInterval");

    QTest::addRow("loopback on another port, 1 s")
        << QStringLiteral("127.0.0.1:54321") << std::chrono::milliseconds(1s)
        << QStringLiteral("1s");
    QTest::addRow("host name, 15 s") << QStringLiteral("localhost:8001")
                                     << std::chrono::milliseconds(15s) << QStringLiteral("15s");
    QTest::addRow("IPv6 loopback, 1500 ms")
        << QStringLiteral("[::1]:9100") << std::chrono::milliseconds(1500)
        << QStringLiteral("1500ms");
}

void TestPrometheusConfig::managedConfigPassesPromtool()
{
    QFETCH(QString, target);
    QFETCH(std::chrono::milliseconds, interval);
    QFETCH(QString, expectedInterval);

    const std::optional<QByteArray> config = ManagedPrometheus::configFromTemplate(
        ManagedPrometheus::configTemplate(), target, interval);
    QVERIFY(config.has_value());
    const QString text = QString::fromUtf8(*config);
    QVERIFY2(text.contains(QStringLiteral("- targets: ['") + target + QStringLiteral("']")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  scrape_interval: ") + expectedInterval + u'\n'),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("job_name: 'my_app'")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("localhost:8000")), qPrintable(text));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("prometheus.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*config);
    file.close();
    // promtool also checks the rule files the config names: they must be where it looks.
    QCOMPARE(ManagedPrometheus::writeRuleFiles(dir.path()), QString());
    const QString complaint = promtoolComplaint(path);
    QVERIFY2(complaint.isEmpty(), qPrintable(complaint + QStringLiteral("\n--- config:\n") + text));
}

void TestPrometheusConfig::managedConfigRejectsUnsafeInput_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<std::chrono::milliseconds>("interval");

    const std::chrono::milliseconds fine = 1s;
    QTest::addRow("empty target") << QString() << fine;
    QTest::addRow("target without a port") << QStringLiteral("localhost") << fine;
    QTest::addRow("target with a scheme") << QStringLiteral("http://localhost:8000") << fine;
    QTest::addRow("quote that would end the YAML string")
        << QStringLiteral("localhost:8000'], 'evil:1") << fine;
    QTest::addRow("newline in the target")
        << QStringLiteral("localhost:8000\nrule_files: x") << fine;
    QTest::addRow("port 0") << QStringLiteral("localhost:0") << fine;
    QTest::addRow("port above 65535") << QStringLiteral("localhost:70000") << fine;
    QTest::addRow("zero scrape interval")
        << QStringLiteral("localhost:8000") << std::chrono::milliseconds(0);
}

void TestPrometheusConfig::managedConfigRejectsUnsafeInput()
{
    QFETCH(QString, target);
    QFETCH(std::chrono::milliseconds, interval);
    QVERIFY(!ManagedPrometheus::configFromTemplate(ManagedPrometheus::configTemplate(), target,
                                                   interval)
                 .has_value());
}

void TestPrometheusConfig::managedConfigRejectsATemplateOfAnotherShape()
{
    const QByteArray noTarget = "global:\n  scrape_interval: 5s\n";
    QVERIFY(!ManagedPrometheus::configFromTemplate(noTarget, QStringLiteral("127.0.0.1:9000"), 1s)
                 .has_value());
    const QByteArray twoIntervals = ManagedPrometheus::configTemplate() +
                                    "  - job_name: 'other'\n    scrape_interval: 1m\n"
                                    "    static_configs:\n      - targets: ['localhost:9']\n";
    QVERIFY(
        !ManagedPrometheus::configFromTemplate(twoIntervals, QStringLiteral("127.0.0.1:9000"), 1s)
             .has_value());
}

QTEST_GUILESS_MAIN(TestPrometheusConfig)
#include "tst_prometheusconfig.moc"
