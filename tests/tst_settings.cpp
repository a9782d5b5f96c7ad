#include "settings/settings.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void remembersUrlsUserHeadersAndFilePathsButNoSecret();
    void commandLineOverridesRememberedValues();
    void keepsDefaultsForBrokenValuesWithAWarning_data();
    void keepsDefaultsForBrokenValuesWithAWarning();
    void readsRetentionAsPrometheusWritesIt_data();
    void readsRetentionAsPrometheusWritesIt();
    void remembersTheRetention();
    void warnsAboutACorruptFile();
    void readsSecretsFromFilesOrTheEnvironment();
    void namesAnUnreadableSecretFile();
    void saysWhereThePrometheusUrlCameFrom();
    void commandLineFlagsAreNotPersisted();
    void rejectsUrlsThatAreNotHttp_data();
    void rejectsUrlsThatAreNotHttp();

private:
    QString iniPath() const { return m_dir.filePath("settings.ini"); }
    QTemporaryDir m_dir;
};

void TestSettings::init()
{
    QFile::remove(iniPath());
}

void TestSettings::remembersUrlsUserHeadersAndFilePathsButNoSecret()
{
    pc::Settings s;
    s.prometheus.baseUrl = QUrl("https://mimir.example/prometheus");
    s.prometheus.username = "alice";
    s.prometheus.password = "hunter2";
    s.prometheus.bearerToken = "tok-123";
    s.prometheus.extraHeaders = {{"X-Scope-OrgID", "tenant-1"}};
    s.passwordFile = "/run/secrets/pw";
    s.grafanaUrl = QUrl("http://grafana.example:3000");
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        pc::saveSettings(store, s);
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains("hunter2"));
    QVERIFY(!stored.contains("tok-123"));

    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(store, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(loaded.prometheus.baseUrl, s.prometheus.baseUrl);
    QCOMPARE(loaded.prometheus.username, QString("alice"));
    QCOMPARE(loaded.prometheus.extraHeaders, s.prometheus.extraHeaders);
    QCOMPARE(loaded.passwordFile, QString("/run/secrets/pw"));
    QCOMPARE(loaded.grafanaUrl, s.grafanaUrl);
    QVERIFY(loaded.prometheus.password.isEmpty());
}

void TestSettings::commandLineOverridesRememberedValues()
{
    pc::Settings remembered;
    remembered.prometheus.baseUrl = QUrl("http://old:9090");
    remembered.grafanaUrl = QUrl("http://old:3000");
    const auto r = pc::parseCommandLine(
        {"prom-companion", "--prometheus-url", "http://new:9090/p", "--prometheus-header",
         "X-Scope-OrgID: t2", "--no-managed-prometheus", "--screenshot", "/tmp/s.png"},
        remembered);
    QCOMPARE(r.action, pc::CommandLineResult::Action::Run);
    QCOMPARE(r.settings.prometheus.baseUrl, QUrl("http://new:9090/p"));
    QCOMPARE(r.settings.grafanaUrl, QUrl("http://old:3000"));
    QCOMPARE(r.settings.prometheus.extraHeaders.size(), 1);
    QCOMPARE(r.settings.prometheus.extraHeaders.first().second, QByteArray("t2"));
    QVERIFY(!r.settings.managedPrometheus);
    QCOMPARE(r.settings.screenshotPath, QString("/tmp/s.png"));
    QCOMPARE(r.settings.prometheusUrlOrigin, pc::Settings::Origin::CommandLine);
}

void TestSettings::saysWhereThePrometheusUrlCameFrom()
{
    QCOMPARE(pc::parseCommandLine({"prom-companion"}).settings.prometheusUrlOrigin,
             pc::Settings::Origin::Default);
    pc::Settings saved;
    saved.prometheus.baseUrl = QUrl("http://saved:9090");
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        pc::saveSettings(store, saved);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(store, &warnings);
    QCOMPARE(loaded.prometheusUrlOrigin, pc::Settings::Origin::Settings);
    QCOMPARE(pc::parseCommandLine({"prom-companion"}, loaded).settings.prometheusUrlOrigin,
             pc::Settings::Origin::Settings);
}

void TestSettings::commandLineFlagsAreNotPersisted()
{
    // The program itself, in a home of its own: options of one run must not trap the next.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(PC_APP_PATH,
              {"--service-port", "0", "--metrics-port", "0", "--prometheus-url",
               "http://127.0.0.1:9", "--no-managed-prometheus", "--grafana-url",
               "http://grafana.invalid:3000", "--screenshot", home.filePath("shot.png")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    QFile file(home.filePath("config/prom-companion/prom-companion.conf"));
    const QByteArray stored = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QVERIFY2(!stored.contains("127.0.0.1:9"), stored.constData());
    QVERIFY2(!stored.contains("grafana.invalid"), stored.constData());
}

void TestSettings::keepsDefaultsForBrokenValuesWithAWarning_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("prometheus url without scheme")
        << "prometheus/url" << QVariant("localhost:9090") << "prometheus/url";
    QTest::addRow("grafana url with file scheme")
        << "grafana/url" << QVariant("file:///etc/passwd") << "grafana/url";
    QTest::addRow("javascript url")
        << "grafana/url" << QVariant("javascript:alert(1)") << "grafana/url";
    QTest::addRow("header without colon")
        << "prometheus/headers" << QVariant(QStringList{"nonsense"}) << "nonsense";
    QTest::addRow("retention time without unit")
        << "history/retentionTime" << QVariant("15") << "using 15d";
    QTest::addRow("retention time under an hour")
        << "history/retentionTime" << QVariant("10m") << "history/retentionTime";
    QTest::addRow("negative size cap")
        << "history/retentionSize" << QVariant("-1GiB") << "using 1GiB";
    QTest::addRow("size cap in furlongs")
        << "history/retentionSize" << QVariant("3 furlongs") << "history/retentionSize";
}

void TestSettings::keepsDefaultsForBrokenValuesWithAWarning()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, mentions);
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        store.setValue(key, value);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(store, &warnings);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(mentions), qPrintable(warnings.first()));
    QCOMPARE(loaded.prometheus.baseUrl, pc::Settings().prometheus.baseUrl);
    QCOMPARE(loaded.grafanaUrl, pc::Settings().grafanaUrl);
    QVERIFY(loaded.prometheus.extraHeaders.isEmpty());
    QCOMPARE(loaded.retentionTime, pc::Settings().retentionTime);
    QCOMPARE(loaded.retentionSizeBytes, pc::Settings().retentionSizeBytes);
}

void TestSettings::readsRetentionAsPrometheusWritesIt_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<qint64>("seconds");  // -1: refused
    QTest::addColumn<QString>("size");
    QTest::addColumn<qint64>("bytes");  // -1: refused

    QTest::addRow("defaults") << "15d" << qint64(15 * 86400) << "1GiB" << (qint64(1) << 30);
    QTest::addRow("compound duration, decimal-looking unit")
        << "1d12h" << qint64(36 * 3600) << "512MB" << (qint64(512) << 20);
    QTest::addRow("weeks and years, space before the unit")
        << "2w" << qint64(14 * 86400) << " 2 TiB " << (qint64(2) << 40);
    QTest::addRow("shortest allowed") << "1h" << qint64(3600) << "16MiB" << (qint64(16) << 20);
    QTest::addRow("too short") << "59m" << qint64(-1) << "15MiB" << qint64(-1);
    QTest::addRow("no unit") << "30" << qint64(-1) << "1073741824" << qint64(-1);
    QTest::addRow("empty") << "" << qint64(-1) << "" << qint64(-1);
    QTest::addRow("fraction") << "1.5d" << qint64(-1) << "1.5GiB" << qint64(-1);
    QTest::addRow("over 100 years, overflowing size")
        << "101y" << qint64(-1) << "999999999999TiB" << qint64(-1);
}

void TestSettings::readsRetentionAsPrometheusWritesIt()
{
    QFETCH(QString, time);
    QFETCH(qint64, seconds);
    QFETCH(QString, size);
    QFETCH(qint64, bytes);
    const auto parsedTime = pc::parseRetentionTime(time);
    QCOMPARE(parsedTime ? parsedTime->count() : qint64(-1), seconds);
    const auto parsedSize = pc::parseRetentionSize(size);
    QCOMPARE(parsedSize ? *parsedSize : qint64(-1), bytes);
    if (parsedTime)
        QCOMPARE(pc::parseRetentionTime(pc::retentionTimeText(*parsedTime)), parsedTime);
    if (parsedSize)
        QCOMPARE(pc::parseRetentionSize(pc::retentionSizeText(*parsedSize)), parsedSize);
}

void TestSettings::remembersTheRetention()
{
    pc::Settings s;
    s.retentionTime = std::chrono::hours(36);
    s.retentionSizeBytes = qint64(512) << 20;
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        pc::saveSettings(store, s);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(store.value("history/retentionTime").toString(), QString("36h"));
    QCOMPARE(store.value("history/retentionSize").toString(), QString("512MiB"));
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(store, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(loaded.retentionTime, s.retentionTime);
    QCOMPARE(loaded.retentionSizeBytes, s.retentionSizeBytes);
}

void TestSettings::warnsAboutACorruptFile()
{
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[prometheus]\nurl=\"http://a\n\x01\x02[[[\n\xff\xfe garbage ===\n");
    file.close();
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(store, &warnings);
    QCOMPARE(loaded.prometheus.baseUrl, pc::Settings().prometheus.baseUrl);
    QCOMPARE(warnings.size(), 1);
}

void TestSettings::readsSecretsFromFilesOrTheEnvironment()
{
    QFile secret(m_dir.filePath("password"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("s3cret\n");
    secret.close();

    QProcessEnvironment env;
    env.insert(pc::PasswordVariable, "from-env");
    env.insert(pc::TokenVariable, "token-env");

    pc::Settings s;
    s.passwordFile = secret.fileName();
    QCOMPARE(pc::resolveSecrets(s, env), QString());
    QCOMPARE(s.prometheus.password, QString("s3cret"));
    QCOMPARE(s.prometheus.bearerToken, QString("token-env"));

    pc::Settings fromEnv;
    QCOMPARE(pc::resolveSecrets(fromEnv, env), QString());
    QCOMPARE(fromEnv.prometheus.password, QString("from-env"));
}

void TestSettings::namesAnUnreadableSecretFile()
{
    pc::Settings s;
    s.tokenFile = m_dir.filePath("missing-token");
    const QString error = pc::resolveSecrets(s, QProcessEnvironment());
    QVERIFY2(error.contains("missing-token"), qPrintable(error));
    QVERIFY(s.prometheus.bearerToken.isEmpty());
}

void TestSettings::rejectsUrlsThatAreNotHttp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("ftp prometheus") << QStringList{"--prometheus-url", "ftp://x/"};
    QTest::addRow("no scheme") << QStringList{"--prometheus-url", "localhost:9090"};
    QTest::addRow("file grafana") << QStringList{"--grafana-url", "file:///tmp"};
    QTest::addRow("no host") << QStringList{"--grafana-url", "http://"};
    QTest::addRow("header with newline") << QStringList{"--prometheus-header", "X-A: b\r\nEvil: 1"};
}

void TestSettings::rejectsUrlsThatAreNotHttp()
{
    QFETCH(QStringList, arguments);
    arguments.prepend("prom-companion");
    const auto r = pc::parseCommandLine(arguments);
    QCOMPARE(r.action, pc::CommandLineResult::Action::Fail);
    QVERIFY2(r.output.contains(arguments.at(1)), qPrintable(r.output));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
