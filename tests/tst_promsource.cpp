#include "fakeprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/promsource.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace std::chrono_literals;
using Kind = pc::PromSource::Kind;

class TestPromSource : public QObject
{
    Q_OBJECT

private slots:
    void recognisesTheDefaultUrl_data();
    void recognisesTheDefaultUrl();
    void usesAPrometheusThatAnswers();
    void saysWhyWhenNothingAnswersAndManagingIsOff();
    void saysHowToInstallWhenTheBinaryIsMissing();
    void namesAnUnwritableDataDirectory();
    void startsAManagedPrometheusThatScrapesThisApp();
    void startsOneOfItsOwnWhenAsked();
    void restartsAManagedPrometheusThatStops();

private:
    static QUrl unreachableUrl()
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pc::test::freePort()));
    }
    // Nothing answers at the URL, so the source starts `binary` on a free port, scraping
    // `target` every second.
    static pc::PromSource::Options managedOptions(const QString &binary, const QString &target,
                                                  const QString &dataDirectory)
    {
        pc::PromSource::Options options;
        options.endpoint.baseUrl = unreachableUrl();
        options.binary = binary;
        options.metricsTarget = target;
        options.dataDirectory = dataDirectory;
        options.scrapeInterval = std::chrono::seconds(1);
        options.managedPort = 0;
        return options;
    }
};

void TestPromSource::recognisesTheDefaultUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isDefault");
    QTest::addRow("default") << "http://localhost:9090" << true;
    QTest::addRow("default with slash") << "http://localhost:9090/" << true;
    QTest::addRow("other port") << "http://localhost:9091" << false;
    QTest::addRow("other host") << "http://prometheus.example:9090" << false;
    QTest::addRow("with prefix") << "http://localhost:9090/prometheus" << false;
}

void TestPromSource::recognisesTheDefaultUrl()
{
    QFETCH(QString, url);
    QTEST(pc::PromSource::isDefaultUrl(QUrl(url)), "isDefault");
}

void TestPromSource::usesAPrometheusThatAnswers()
{
    pc::test::FakePrometheus fake;
    QVERIFY(fake.listen());
    fake.respondWithFile("/-/ready", "ready.txt");
    pc::PromClient client;
    pc::PromSource source(&client);
    pc::PromSource::Options options;
    options.endpoint.baseUrl = fake.baseUrl();
    source.start(options);
    QCOMPARE(source.kind(), Kind::Probing);
    QVERIFY(!source.isUsable());
    QTRY_COMPARE(source.kind(), Kind::External);
    QVERIFY(source.isUsable());
    QVERIFY(source.description().contains(fake.baseUrl().toString()));
}

void TestPromSource::saysWhyWhenNothingAnswersAndManagingIsOff()
{
    pc::PromClient client;
    pc::PromSource source(&client);
    pc::PromSource::Options options;
    options.endpoint.baseUrl = unreachableUrl();
    options.allowManaged = false;
    source.start(options);
    QTRY_COMPARE(source.kind(), Kind::Unavailable);
    // Still usable: the chart feed keeps retrying the configured URL.
    QVERIFY(source.isUsable());
    // It names the URL; why it fails is the chart feed's health line, not said twice.
    QVERIFY2(source.description().contains(options.endpoint.baseUrl.toString()),
             qPrintable(source.description()));
    QVERIFY2(!source.description().contains("refused", Qt::CaseInsensitive),
             qPrintable(source.description()));
}

void TestPromSource::saysHowToInstallWhenTheBinaryIsMissing()
{
    pc::PromClient client;
    pc::PromSource source(&client);
    pc::PromSource::Options options;
    options.endpoint.baseUrl = unreachableUrl();
    options.binary = "/nonexistent/prometheus";
    options.metricsTarget = "127.0.0.1:8000";
    QTemporaryDir data;
    options.dataDirectory = data.path();
    source.start(options);
    QTRY_COMPARE(source.kind(), Kind::Unavailable);
    QVERIFY2(source.description().contains("apt-get install prometheus"),
             qPrintable(source.description()));
}

void TestPromSource::namesAnUnwritableDataDirectory()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    pc::PromClient client;
    pc::PromSource source(&client);
    pc::PromSource::Options options;
    options.endpoint.baseUrl = unreachableUrl();
    options.binary = binary;
    options.metricsTarget = "127.0.0.1:8000";
    options.dataDirectory = "/proc/prom-companion-cannot-write-here";
    options.managedPort = 0;
    source.start(options);
    QTRY_COMPARE(source.kind(), Kind::Unavailable);
    QVERIFY2(source.description().contains(options.dataDirectory),
             qPrintable(source.description()));
}

void TestPromSource::startsAManagedPrometheusThatScrapesThisApp()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir data;

    pc::PromClient client;
    pc::PromSource source(&client);
    source.start(managedOptions(binary, host.metricsUrl().authority(), data.path()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), Kind::Managed, 30000);
    const qint64 pid = source.managed()->processId();
    QVERIFY(pid > 0);
    QVERIFY(source.description().contains(QString::number(pid)));
    QCOMPARE(client.endpoint().baseUrl, source.managed()->baseUrl());

    // Prometheus applies its scrape targets a few seconds after it is ready: ask until then.
    QList<pc::ScrapeTarget> list;
    pc::PromReplyPtr asking;
    const auto ask = [&] {
        if (asking && asking->isFinished())
            list = asking->targets();
        if (list.isEmpty() && (!asking || asking->isFinished()))
            asking = client.targets();
        return !list.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(ask(), 20000);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().job, QString("my_app"));
    QVERIFY(list.first().scrapeUrl.contains(host.metricsUrl().authority()));
}

void TestPromSource::restartsAManagedPrometheusThatStops()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    QTemporaryDir data;
    pc::PromClient client;
    pc::PromSource source(&client);
    source.start(managedOptions(binary, "127.0.0.1:8000", data.path()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), Kind::Managed, 30000);
    const QUrl url = source.managed()->baseUrl();

    for (int attempt = 2; attempt <= 3; ++attempt) {
        const qint64 pid = source.managed()->processId();
        QVERIFY(pid > 0);
        // SIGTERM, as `kill PID` sends: Prometheus exits 0, as if it had been asked to.
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QTRY_COMPARE_WITH_TIMEOUT(source.kind(), Kind::StartingManaged, 10000);
        QVERIFY(!source.isUsable());
        const QString expected = QString(
                                     "Prometheus (started by Prom Companion) stopped "
                                     "unexpectedly (exited with code 0); restarting it "
                                     "(attempt %1 of 5)")
                                     .arg(attempt);
        QCOMPARE(source.description(), expected);
        QTRY_COMPARE_WITH_TIMEOUT(source.kind(), Kind::Managed, 30000);
        QVERIFY(source.managed()->processId() != pid);
        // Back at the same URL, so a Grafana datasource still finds it.
        QCOMPARE(source.managed()->baseUrl(), url);
        QCOMPARE(client.endpoint().baseUrl, url);
        QVERIFY2(!source.description().contains("Could not"), qPrintable(source.description()));
    }
}

void TestPromSource::startsOneOfItsOwnWhenAsked()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    // A Prometheus answers, but (as the status shows) does not scrape this app.
    pc::test::FakePrometheus fake;
    QVERIFY(fake.listen());
    fake.respondWithFile("/-/ready", "ready.txt");
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir data;
    pc::PromClient client;
    pc::PromSource source(&client);
    pc::PromSource::Options options =
        managedOptions(binary, host.metricsUrl().authority(), data.path());
    options.endpoint.baseUrl = fake.baseUrl();
    options.allowManaged = false;  // not the default URL: nothing starts by itself
    source.start(options);
    QTRY_COMPARE(source.kind(), Kind::External);

    source.startOwn();
    QCOMPARE(source.kind(), Kind::StartingManaged);
    QVERIFY2(source.description().contains("does not scrape it"), qPrintable(source.description()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), Kind::Managed, 30000);
    QVERIFY(client.endpoint().baseUrl != fake.baseUrl());
    QCOMPARE(client.endpoint().baseUrl, source.managed()->baseUrl());
}

QTEST_GUILESS_MAIN(TestPromSource)
#include "tst_promsource.moc"
