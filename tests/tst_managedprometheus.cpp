#include "http/httpserver.h"
#include "prometheus/managedprometheus.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <cerrno>
#include <csignal>
#include <memory>
#include <optional>

#include <sys/types.h>

using pc::ManagedPrometheus;
using namespace std::chrono_literals;

namespace {

constexpr int ReadyTimeoutMs = 30000;

QString metricsTarget(const pc::ServiceHost &host)
{
    const QUrl url = host.metricsUrl();
    return url.host() + u':' + QString::number(url.port());
}

ManagedPrometheus::Options optionsFor(const pc::ServiceHost &host, const QTemporaryDir &dir)
{
    return pc::test::managedPrometheusOptions(metricsTarget(host), dir.path());
}

// The value of an instant query that returns a single sample, or nothing yet.
std::optional<double> queryValue(QNetworkAccessManager &network, const QUrl &base,
                                 const QString &expression)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/query"));
    url.setQuery(QUrlQuery{{QStringLiteral("query"), expression}});
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000) || reply->error() != QNetworkReply::NoError)
        return std::nullopt;
    const QJsonArray result = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("result"))
                                  .toArray();
    if (result.size() != 1)
        return std::nullopt;
    return result.at(0)
        .toObject()
        .value(QLatin1String("value"))
        .toArray()
        .at(1)
        .toString()
        .toDouble();
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

}  // namespace

class TestManagedPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scrapesTheDemoServiceAndStopsOnRequest();
    void destructorLeavesNoPrometheusBehind();
    void keepsTheStoreItFinds();
    void reportsAPortAlreadyInUse();
    void reportsAnUnusableBinaryWithTheInstallCommand_data();
    void reportsAnUnusableBinaryWithTheInstallCommand();
    void reportsAnEarlyExit();
    void refusesAnotherServerThatAnswersOnThePort();
    void refusesANonLoopbackAddress();
};

void TestManagedPrometheus::initTestCase()
{
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestManagedPrometheus::scrapesTheDemoServiceAndStopsOnRequest()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ManagedPrometheus prometheus;
    QSignalSpy ready(&prometheus, &ManagedPrometheus::ready);
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    QElapsedTimer clock;
    clock.start();
    // Starting when start() returns, then Ready: the helper checks both.
    const QString error = pc::test::startManagedPrometheus(prometheus, optionsFor(host, dir));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("Prometheus ready after %lld ms", clock.elapsed());
    const QUrl base = ready.at(0).at(0).toUrl();
    QCOMPARE(base, prometheus.baseUrl());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);
    const qint64 pid = prometheus.processId();
    QVERIFY(pid > 0);
    QVERIFY(processExists(pid));

    QFile config(prometheus.configFilePath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray configText = config.readAll();
    QVERIFY2(configText.contains(QByteArray("['" + metricsTarget(host).toUtf8() + "']")),
             configText.constData());
    QVERIFY2(configText.contains("scrape_interval: 1s"), configText.constData());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("tsdb"))).isDir());

    constexpr int requests = 7;
    const quint16 servicePort = quint16(host.serviceUrl().port());
    clock.restart();
    for (int i = 0; i < requests; ++i) {
        const QByteArray answer = pc::test::rawExchange(
            servicePort, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    std::optional<double> total;
    while (clock.elapsed() < 40000) {
        total = queryValue(network, base, QStringLiteral("sum(http_requests_total)"));
        if (total == double(requests))
            break;
        QTest::qWait(200);
    }
    QVERIFY2(total == double(requests),
             qPrintable(QStringLiteral("sum(http_requests_total) is ")
                        + (total ? QString::number(*total) : QStringLiteral("absent"))
                        + QStringLiteral(" after 40 s, expected ") + QString::number(requests)));
    qInfo("Prometheus saw all %d requests %lld ms after they were sent", requests, clock.elapsed());

    QSignalSpy stopped(&prometheus, &ManagedPrometheus::stopped);
    prometheus.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 10000);
    QCOMPARE(prometheus.state(), ManagedPrometheus::State::NotRunning);
    QCOMPARE(prometheus.processId(), qint64(0));
    QVERIFY2(!processExists(pid), "Prometheus is still running after stop()");
    QVERIFY(failed.isEmpty());
}

void TestManagedPrometheus::destructorLeavesNoPrometheusBehind()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    auto prometheus = std::make_unique<ManagedPrometheus>();
    const QString error = pc::test::startManagedPrometheus(*prometheus, optionsFor(host, dir));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 pid = prometheus->processId();
    QVERIFY(pid > 0);

    prometheus.reset();
    QVERIFY2(!processExists(pid), "Prometheus outlived its ManagedPrometheus");
}

void TestManagedPrometheus::keepsTheStoreItFinds()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("tsdb/01OLDBLOCK")));
    QFile stale(dir.filePath(QStringLiteral("tsdb/01OLDBLOCK/meta.json")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    ManagedPrometheus prometheus;
    const QString error = pc::test::startManagedPrometheus(prometheus, optionsFor(host, dir));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The last run's history is kept (tst_historystore checks what Prometheus reads of it).
    QVERIFY(QFileInfo::exists(stale.fileName()));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("tsdb"))).isDir());
}

void TestManagedPrometheus::reportsAPortAlreadyInUse()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));

    ManagedPrometheus prometheus;
    QSignalSpy ready(&prometheus, &ManagedPrometheus::ready);
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    ManagedPrometheus::Options options = optionsFor(host, dir);
    options.port = squatter.serverPort();
    prometheus.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), ReadyTimeoutMs);
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("already in use")), qPrintable(reason));
    QVERIFY2(reason.contains(QString::number(squatter.serverPort())), qPrintable(reason));
    QVERIFY(ready.isEmpty());
    QCOMPARE(prometheus.state(), ManagedPrometheus::State::Failed);
    QCOMPARE(prometheus.processId(), qint64(0));
}

void TestManagedPrometheus::reportsAnUnusableBinaryWithTheInstallCommand_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<bool>("makeNonExecutableFile");

    QTest::addRow("path that does not exist")
        << QStringLiteral("/nonexistent/bin/prometheus") << false;
    QTest::addRow("file that is not executable") << QString() << true;
}

void TestManagedPrometheus::reportsAnUnusableBinaryWithTheInstallCommand()
{
    QFETCH(QString, binary);
    QFETCH(bool, makeNonExecutableFile);

    QTemporaryFile plainFile;
    if (makeNonExecutableFile) {
        QVERIFY(plainFile.open());
        plainFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        binary = plainFile.fileName();
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    ManagedPrometheus prometheus;
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    ManagedPrometheus::Options options;
    options.binary = binary;
    options.metricsTarget = QStringLiteral("127.0.0.1:8000");
    options.dataDirectory = dir.path();
    prometheus.start(options);
    QVERIFY(failed.wait(2000));
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("apt-get install prometheus")), qPrintable(reason));
    QVERIFY2(reason.contains(binary), qPrintable(reason));
    QCOMPARE(prometheus.state(), ManagedPrometheus::State::Failed);
}

void TestManagedPrometheus::reportsAnEarlyExit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A "prometheus" that says why it gives up, as the real one does on a bad flag or disk.
    const QString script = dir.filePath(QStringLiteral("fake-prometheus"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "#!/bin/sh\necho 'level=info msg=\"Starting Prometheus\"' >&2\n"
            "echo 'level=error msg=\"Opening storage failed\" err=\"disk on fire\"' >&2\n"
            "exit 3\n");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
    }

    ManagedPrometheus prometheus;
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    ManagedPrometheus::Options options;
    options.binary = script;
    options.metricsTarget = QStringLiteral("127.0.0.1:8000");
    options.dataDirectory = dir.filePath(QStringLiteral("data"));
    prometheus.start(options);
    QVERIFY(failed.wait(10000));
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("exited with code 3 before it was ready")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("disk on fire")), qPrintable(reason));
    QCOMPARE(prometheus.state(), ManagedPrometheus::State::Failed);
}

void TestManagedPrometheus::refusesAnotherServerThatAnswersOnThePort()
{
    // A Prometheus of someone else's, ready at once, on the port we are told to use ...
    auto router = std::make_shared<pc::HttpRouter>();
    router->addRoute("/-/ready", "GET", [](const pc::HttpRequest &) {
        return pc::HttpResponse::text(200, "Prometheus Server is Ready.\n");
    });
    router->addRoute("/api/v1/status/flags", "GET", [](const pc::HttpRequest &) {
        pc::HttpResponse response = pc::HttpResponse::text(
            200, R"({"status":"success","data":{"config.file":"/etc/prometheus/prometheus.yml"}})");
        response.contentType = "application/json";
        return response;
    });
    pc::HttpServer other(router);
    QVERIFY2(other.listen(QHostAddress::LocalHost, 0), qPrintable(other.errorString()));

    // ... and a child that has not yet noticed that the port is taken.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("slow-prometheus"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec sleep 30\n");
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                            | QFileDevice::ExeOwner);
    }

    ManagedPrometheus prometheus;
    QSignalSpy ready(&prometheus, &ManagedPrometheus::ready);
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    ManagedPrometheus::Options options;
    options.binary = script;
    options.port = other.port();
    options.metricsTarget = QStringLiteral("127.0.0.1:8000");
    options.dataDirectory = dir.filePath(QStringLiteral("data"));
    prometheus.start(options);
    const qint64 pid = prometheus.processId();
    QVERIFY(failed.wait(10000));
    const QString reason = failed.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("Another server already answers")), qPrintable(reason));
    QVERIFY(ready.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(prometheus.processId() == 0, 10000);
    if (pid > 0)
        QVERIFY(!processExists(pid));
}

void TestManagedPrometheus::refusesANonLoopbackAddress()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManagedPrometheus prometheus;
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    ManagedPrometheus::Options options;
    options.binary = pc::test::prometheusPath();
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    options.metricsTarget = QStringLiteral("127.0.0.1:8000");
    options.dataDirectory = dir.path();
    prometheus.start(options);
    QVERIFY(failed.wait(2000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("loopback")),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(prometheus.processId(), qint64(0));
}

QTEST_GUILESS_MAIN(TestManagedPrometheus)
#include "tst_managedprometheus.moc"
