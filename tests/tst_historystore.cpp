#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "load/loadgenerator.h"
#include "mainwindow.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/prometheusstore.h"
#include "prometheus/promsource.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <memory>
#include <optional>

#include <sys/types.h>

using pc::ManagedPrometheus;
using pc::PrometheusStore;
using pc::PromSource;
using namespace std::chrono_literals;

namespace {

constexpr int ReadyTimeoutMs = 30000;
constexpr int Requests = 7;

QString metricsTarget(const pc::ServiceHost &host)
{
    return host.metricsUrl().authority();
}

/// The value of an instant query at `time` that returns a single sample, or nothing.
std::optional<double> queryValue(const QUrl &base, const QString &expression,
                                 const QDateTime &time = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/query"));
    QUrlQuery query{{QStringLiteral("query"), expression}};
    if (time.isValid())
        query.addQueryItem("time",
                           QString::number(double(time.toMSecsSinceEpoch()) / 1000.0, 'f', 3));
    url.setQuery(query);
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000) || reply->error() != QNetworkReply::NoError)
        return std::nullopt;
    const QJsonArray result =
        QJsonDocument::fromJson(reply->readAll()).object()["data"].toObject()["result"].toArray();
    if (result.size() != 1)
        return std::nullopt;
    return result.at(0).toObject()["value"].toArray().at(1).toString().toDouble();
}

/// Sends `Requests` GETs to the demo service.
bool sendRequests(const pc::ServiceHost &host)
{
    for (int i = 0; i < Requests; ++i) {
        const QByteArray answer =
            pc::test::rawExchange(quint16(host.serviceUrl().port()),
                                  "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 200"))
            return false;
    }
    return true;
}

/// Waits until Prometheus at `base` has scraped every request; the time it first saw them.
std::optional<QDateTime> waitUntilScraped(const QUrl &base)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 40000) {
        if (queryValue(base, "sum(http_requests_total)") == double(Requests))
            return QDateTime::currentDateTimeUtc();
        QTest::qWait(200);
    }
    return std::nullopt;
}

PromSource::Options sourceOptions(const pc::ServiceHost &host, const QString &dataDirectory)
{
    PromSource::Options options;
    // Nothing answers there, so the source starts one of its own.
    options.endpoint.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(pc::test::freePort()));
    options.endpoint.timeout = 2s;
    options.metricsTarget = metricsTarget(host);
    options.dataDirectory = dataDirectory;
    options.binary = pc::test::prometheusPath();
    options.scrapeInterval = 1s;
    options.managedPort = 0;
    return options;
}

ManagedPrometheus::Options managedOptions(const pc::ServiceHost &host, const QString &dataDirectory)
{
    return pc::test::managedPrometheusOptions(metricsTarget(host), dataDirectory);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The window over a PromSource of the test's own, so that its managed Prometheus runs on a
/// free port and a temporary store, whatever answers at localhost:9090.
struct Window
{
    explicit Window(const pc::ServiceHost &host)
        : range(),
          poller(&client, &range),
          sampler([] { return quint64(0); }),
          watcher(&client, host.metricsUrl()),
          alerts(&client),
          source(&client)
    {
        window = std::make_unique<pc::app::MainWindow>(
            pc::app::MainWindow::Parts{&load,
                                       {&client, &range, &poller, &sampler, &watcher},
                                       &source,
                                       &client,
                                       &alerts,
                                       host.serviceUrl(),
                                       host.metricsUrl(),
                                       QUrl("http://127.0.0.1:9"),
                                       QString()});
    }
    QAction *clearHistory() const { return window->findChild<QAction *>("clearHistory"); }

    pc::LoadGenerator load;
    pc::PromClient client;
    pc::TimeRange range;
    pc::RangePoller poller;
    pc::LocalCounterSampler sampler;
    pc::ScrapeTargetWatcher watcher;
    pc::AlertWatcher alerts;
    PromSource source;
    std::unique_ptr<pc::app::MainWindow> window;
};

/// Clicks the button named `button` of the next QMessageBox, once it shows; returns its text.
void answerNextQuestion(QObject *context, const QString &button, QString *text)
{
    auto *poll = new QTimer(context);
    QObject::connect(poll, &QTimer::timeout, context, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        *text = box->text();
        for (QAbstractButton *candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button)
                candidate->click();
        }
    });
    poll->start(20);
}

}  // namespace

// The managed Prometheus keeps its store: across a kill -9, across its restarts and the
// app's, until Clear history; a store it refuses is reported and moved aside, never deleted.
class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesWhyPrometheusRefusedItsStore_data();
    void classifiesWhyPrometheusRefusedItsStore();
    void movesAStoreAsideUnderANewNameWithoutDeletingIt();
    void measuresAndClearsTheStore();
    void passesTheRetentionAndTheLockToPrometheus();
    void keepsTheFirstRunsSamplesInTheNextRun();
    void losesAtMostTheLastScrapesToAKill9();
    void clearHistoryEmptiesTheStore();
    void reportsALockedStoreAndMovesItAsideOnRequest();
    void clearHistoryAsksWithTheSizeThenEmptiesTheStore();
    void theWindowOffersToMoveARefusedStoreAside();
};

void TestHistoryStore::initTestCase()
{
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestHistoryStore::classifiesWhyPrometheusRefusedItsStore_data()
{
    QTest::addColumn<QStringList>("log");
    QTest::addColumn<PrometheusStore::Problem>("problem");

    const QString start =
        R"(ts=2026-12-07T14:47:58.056Z caller=main.go:560 level=info msg="Starting Prometheus")";
    QTest::addRow("locked by another Prometheus")
        << QStringList{start,
                       R"(ts=2026-12-07T14:47:58.062Z caller=main.go:1127 level=error err="opening storage failed: lock DB directory: resource temporarily unavailable")"}
        << PrometheusStore::Problem::Locked;
    QTest::addRow("damaged store")
        << QStringList{start,
                       R"(level=error err="opening storage failed: read WAL: unexpected EOF")"}
        << PrometheusStore::Problem::Broken;
    QTest::addRow("capitalised, as a script may say it")
        << QStringList{R"(level=error msg="Opening storage failed" err="disk on fire")"}
        << PrometheusStore::Problem::Broken;
    QTest::addRow("port in use is not about the store")
        << QStringList{start,
                       R"(level=error msg="Error starting web server" err="listen tcp 127.0.0.1:9090: bind: address already in use")"}
        << PrometheusStore::Problem::None;
    QTest::addRow("a lock mentioned elsewhere is not the store's")
        << QStringList{R"(level=warn msg="lock DB directory is not in use")"}
        << PrometheusStore::Problem::None;
    QTest::addRow("no log at all") << QStringList() << PrometheusStore::Problem::None;
}

void TestHistoryStore::classifiesWhyPrometheusRefusedItsStore()
{
    QFETCH(QStringList, log);
    QFETCH(PrometheusStore::Problem, problem);
    QCOMPARE(PrometheusStore::classify(log), problem);
}

void TestHistoryStore::movesAStoreAsideUnderANewNameWithoutDeletingIt()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("tsdb/wal/00000000"), "first"));
    const QDateTime now(QDate(2026, 12, 7), QTime(14, 30, 5), Qt::UTC);
    QString error;
    const std::optional<QString> first = PrometheusStore::moveAside(dir.path(), now, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(*first, dir.filePath("tsdb.broken-20261207T143005Z"));
    QVERIFY(QFile::exists(dir.filePath("tsdb.broken-20261207T143005Z/wal/00000000")));
    QVERIFY(!QFileInfo::exists(dir.filePath("tsdb")));

    // The same second again: a new name, the first one untouched.
    QVERIFY(writeFile(dir.filePath("tsdb/wal/00000000"), "second"));
    const std::optional<QString> second = PrometheusStore::moveAside(dir.path(), now, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(*second, dir.filePath("tsdb.broken-20261207T143005Z-2"));
    QFile kept(dir.filePath("tsdb.broken-20261207T143005Z/wal/00000000"));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("first"));

    QVERIFY(!PrometheusStore::moveAside(dir.path(), now, &error));
    QVERIFY2(error.contains("no Prometheus store"), qPrintable(error));
}

void TestHistoryStore::measuresAndClearsTheStore()
{
    QTemporaryDir dir;
    QCOMPARE(PrometheusStore::sizeOnDisk(dir.path()), qint64(0));
    QVERIFY(writeFile(dir.filePath("tsdb/wal/00000000"), QByteArray(1000, 'x')));
    QVERIFY(writeFile(dir.filePath("tsdb/01BLOCK/chunks/000001"), QByteArray(24, 'y')));
    QCOMPARE(PrometheusStore::sizeOnDisk(dir.path()), qint64(1024));
    QVERIFY(writeFile(dir.filePath("prometheus.yml"), "kept"));

    QCOMPARE(PrometheusStore::clear(dir.path()), QString());
    QVERIFY(!QFileInfo::exists(dir.filePath("tsdb")));
    QVERIFY(QFileInfo::exists(dir.filePath("prometheus.yml")));
    QCOMPARE(PrometheusStore::sizeOnDisk(dir.path()), qint64(0));
}

void TestHistoryStore::passesTheRetentionAndTheLockToPrometheus()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    ManagedPrometheus prometheus;
    ManagedPrometheus::Options options = managedOptions(host, dir.path());
    options.retentionTime = 36h;
    options.retentionSizeBytes = qint64(512) << 20;
    const QString prometheusError = pc::test::startManagedPrometheus(prometheus, options);
    QVERIFY2(prometheusError.isEmpty(), qPrintable(prometheusError));

    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);
    pc::PromReplyPtr flags = client.flags();
    QSignalSpy finished(flags.get(), &pc::PromReply::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!flags->error());
    // As Prometheus prints them back.
    QCOMPARE(flags->flags().value("storage.tsdb.retention.time"), QString("1d12h"));
    QCOMPARE(flags->flags().value("storage.tsdb.retention.size"), QString("512MiB"));
    QVERIFY(QFileInfo::exists(dir.filePath("tsdb/lock")));
}

void TestHistoryStore::keepsTheFirstRunsSamplesInTheNextRun()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;

    auto first = std::make_unique<ManagedPrometheus>();
    const QString firstError =
        pc::test::startManagedPrometheus(*first, managedOptions(host, dir.path()));
    QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
    QVERIFY(sendRequests(host));
    const std::optional<QDateTime> seen = waitUntilScraped(first->baseUrl());
    QVERIFY2(seen, "the first run never saw the requests");
    QSignalSpy stopped(first.get(), &ManagedPrometheus::stopped);
    first->stop();
    QVERIFY(stopped.wait(10000));
    first.reset();
    qInfo("store after the first run: %lld bytes", PrometheusStore::sizeOnDisk(dir.path()));

    // As the app's next start does: a new ManagedPrometheus on the same data directory.
    ManagedPrometheus second;
    const QString secondError =
        pc::test::startManagedPrometheus(second, managedOptions(host, dir.path()));
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
    QCOMPARE(queryValue(second.baseUrl(), "sum(http_requests_total)", *seen), double(Requests));
}

void TestHistoryStore::losesAtMostTheLastScrapesToAKill9()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    pc::PromClient client;
    PromSource source(&client);
    source.start(sourceOptions(host, dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    const QUrl base = client.endpoint().baseUrl;

    QVERIFY(sendRequests(host));
    const std::optional<QDateTime> seen = waitUntilScraped(base);
    QVERIFY2(seen, "Prometheus never saw the requests");
    QTest::qWait(5000);  // more scrapes, the last of which the kill may catch in flight

    // Every scrape's sample of `up`, up to the moment of the kill.
    const QString scrapes = QString("count_over_time(up{job=\"my_app\"}[10m])");
    const QDateTime killedAt = QDateTime::currentDateTimeUtc();
    const std::optional<double> before = queryValue(base, scrapes, killedAt);
    QVERIFY(before);
    const qint64 pid = source.managed()->processId();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);

    // The source sees it die and starts it again on the same port and store.
    QTRY_VERIFY_WITH_TIMEOUT(source.kind() != PromSource::Kind::Managed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(source.managed()->processId() != pid);
    QCOMPARE(client.endpoint().baseUrl, base);

    QCOMPARE(queryValue(base, "sum(http_requests_total)", *seen), double(Requests));
    const std::optional<double> after = queryValue(base, scrapes, killedAt);
    QVERIFY(after);
    qInfo("scrapes before the kill: %g asked just before it, %g found after the restart", *before,
          *after);
    QVERIFY2(*after >= *before - 2,
             qPrintable(QString("%1 of %2 scrapes lost").arg(*before - *after).arg(*before)));
}

void TestHistoryStore::clearHistoryEmptiesTheStore()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    pc::PromClient client;
    PromSource source(&client);
    source.start(sourceOptions(host, dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(source.hasManagedStore());
    const QUrl base = client.endpoint().baseUrl;
    QVERIFY(sendRequests(host));
    const std::optional<QDateTime> seen = waitUntilScraped(base);
    QVERIFY2(seen, "Prometheus never saw the requests");
    const qint64 sizeBefore = source.storeSize();
    QVERIFY(sizeBefore > 0);
    const qint64 pid = source.managed()->processId();

    source.clearHistory();
    QCOMPARE(source.kind(), PromSource::Kind::StartingManaged);
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(source.managed()->processId() != pid);
    QCOMPARE(client.endpoint().baseUrl, base);
    qInfo("store: %lld bytes before Clear history, %lld after", sizeBefore, source.storeSize());
    QCOMPARE(queryValue(base, "sum(http_requests_total)", *seen), std::nullopt);
}

void TestHistoryStore::reportsALockedStoreAndMovesItAsideOnRequest()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    // Another copy of the app, running on the same store.
    auto other = std::make_unique<ManagedPrometheus>();
    const QString otherError =
        pc::test::startManagedPrometheus(*other, managedOptions(host, dir.path()));
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));

    pc::PromClient client;
    PromSource source(&client);
    source.start(sourceOptions(host, dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Unavailable, ReadyTimeoutMs);
    QCOMPARE(source.storeProblem(), PrometheusStore::Problem::Locked);
    QVERIFY2(source.description().contains("is locked by another Prometheus"),
             qPrintable(source.description()));
    QVERIFY2(source.description().contains("Nothing was deleted"),
             qPrintable(source.description()));
    QVERIFY(QFileInfo(dir.filePath("tsdb/wal")).isDir());
    // The other copy's store is live: Clear history does not reach it.
    QVERIFY(!source.hasManagedStore());
    source.clearHistory();
    QCOMPARE(source.kind(), PromSource::Kind::Unavailable);
    QVERIFY(QFileInfo(dir.filePath("tsdb/wal")).isDir());

    other.reset();
    source.moveStoreAside();
    QTRY_COMPARE_WITH_TIMEOUT(source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(source.movedAsideTo().startsWith(dir.filePath("tsdb.broken-")));
    QVERIFY(QFileInfo(source.movedAsideTo() + "/wal").isDir());
    QVERIFY(QFileInfo(dir.filePath("tsdb/wal")).isDir());
    QCOMPARE(source.storeProblem(), PrometheusStore::Problem::None);
}

void TestHistoryStore::clearHistoryAsksWithTheSizeThenEmptiesTheStore()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    Window window(host);
    window.source.start(sourceOptions(host, dir.path()));
    QTRY_COMPARE_WITH_TIMEOUT(window.source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(window.clearHistory()->isEnabled());
    QVERIFY(sendRequests(host));
    QVERIFY(waitUntilScraped(window.client.endpoint().baseUrl));
    const qint64 pid = window.source.managed()->processId();

    // Cancel keeps everything.
    QString question;
    answerNextQuestion(this, "Cancel", &question);
    window.clearHistory()->trigger();
    QVERIFY2(question.contains("KiB in " + QDir::toNativeSeparators(dir.filePath("tsdb"))),
             qPrintable(question));
    QCOMPARE(window.source.kind(), PromSource::Kind::Managed);
    QCOMPARE(window.source.managed()->processId(), pid);

    answerNextQuestion(this, "Clear history", &question);
    window.clearHistory()->trigger();
    QCOMPARE(window.source.kind(), PromSource::Kind::StartingManaged);
    QTRY_COMPARE_WITH_TIMEOUT(window.source.kind(), PromSource::Kind::Managed, ReadyTimeoutMs);
    QVERIFY(window.source.managed()->processId() != pid);
    QCOMPARE(queryValue(window.client.endpoint().baseUrl, "sum(http_requests_total)",
                        QDateTime::currentDateTimeUtc().addSecs(-3)),
             std::nullopt);
}

void TestHistoryStore::theWindowOffersToMoveARefusedStoreAside()
{
    pc::ServiceHost host;
    QVERIFY2(host.start(QHostAddress::LocalHost, 0, 0), qPrintable(host.errorString()));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("tsdb/wal/00000000"), "someone else's"));
    // A Prometheus that finds its store locked, as the real one says it.
    const QString script = dir.filePath("locked-prometheus");
    QVERIFY(writeFile(script,
                      "#!/bin/sh\necho 'level=error err=\"opening storage failed: lock "
                      "DB directory: resource temporarily unavailable\"' >&2\nexit 1\n"));
    QFile::setPermissions(script,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    Window window(host);
    PromSource::Options options = sourceOptions(host, dir.path());
    options.binary = script;
    window.source.start(options);
    auto *offer = window.window->findChild<QPushButton *>("moveStoreAside");
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisibleTo(window.window.get()), 10000);
    QVERIFY(!window.clearHistory()->isEnabled());
    QVERIFY2(window.window->findChild<QLabel *>("prometheusSource")->text().contains("is locked"),
             qPrintable(window.window->findChild<QLabel *>("prometheusSource")->text()));

    offer->click();
    QTRY_VERIFY(window.window->statusBar()->currentMessage().contains("tsdb.broken-"));
    QDir data(dir.path());
    const QStringList aside = data.entryList({"tsdb.broken-*"}, QDir::Dirs);
    QCOMPARE(aside.size(), 1);
    QVERIFY(QFile::exists(data.filePath(aside.first() + "/wal/00000000")));
}

QTEST_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
