#include "chart/scrapetargetwatcher.h"
#include "fakeprometheus.h"
#include "prometheus/promclient.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using pc::ScrapeTargetWatcher;
using pc::test::FakePrometheus;

class TestScrapeTargetWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void targetScrapingMatchesPortPathAndLoopback();
    void findsTheTargetThatScrapesThisApp();
    void learnsItsOwnInstance();
    void asksNothingWhileDisabled();

private:
    std::unique_ptr<FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
};

void TestScrapeTargetWatcher::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/targets", "targets.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    endpoint.timeout = 2s;
    m_client = std::make_unique<pc::PromClient>(endpoint);
}

void TestScrapeTargetWatcher::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

void TestScrapeTargetWatcher::targetScrapingMatchesPortPathAndLoopback()
{
    const auto target = [](const QString &url) {
        pc::ScrapeTarget t;
        t.scrapeUrl = url;
        t.instance = QUrl(url).authority();
        return t;
    };
    const QList<pc::ScrapeTarget> targets = {
        target("http://10.0.0.5:8000/metrics"), target("http://127.0.0.1:8001/metrics"),
        target("http://localhost:8000/other"), target("http://localhost:8000/metrics")};
    const QUrl metrics("http://127.0.0.1:8000/metrics");
    // Same port and path; localhost and 127.0.0.1 are the same loopback.
    const auto found = ScrapeTargetWatcher::targetScraping(targets, metrics);
    QVERIFY(found);
    QCOMPARE(found->instance, QString("localhost:8000"));
    QVERIFY(!ScrapeTargetWatcher::targetScraping(targets.mid(0, 3), metrics));
    QCOMPARE(ScrapeTargetWatcher::targetScraping(targets, QUrl("http://10.0.0.5:8000/metrics"))
                 ->instance,
             QString("10.0.0.5:8000"));
}

void TestScrapeTargetWatcher::findsTheTargetThatScrapesThisApp()
{
    const QList<pc::ScrapeTarget> targets = std::get<QList<pc::ScrapeTarget>>(
        pc::parseTargetsResponse(FakePrometheus::dataFile("targets.json"), 200));
    QVERIFY(!targets.isEmpty());
    const QUrl scrapeUrl(targets.first().scrapeUrl);
    ScrapeTargetWatcher watcher(m_client.get(), scrapeUrl);
    QSignalSpy target(&watcher, &ScrapeTargetWatcher::targetUpdated);
    watcher.setEnabled(true);
    QVERIFY(target.wait(3000));
    const auto found = target.first().first().value<std::optional<pc::ScrapeTarget>>();
    QVERIFY(found);
    QCOMPARE(found->scrapeUrl, targets.first().scrapeUrl);

    QUrl elsewhere = scrapeUrl;
    elsewhere.setPort(1);
    ScrapeTargetWatcher other(m_client.get(), elsewhere);
    QSignalSpy otherTarget(&other, &ScrapeTargetWatcher::targetUpdated);
    other.setEnabled(true);
    QVERIFY(otherTarget.wait(3000));
    QVERIFY(!otherTarget.first().first().value<std::optional<pc::ScrapeTarget>>());
    QCOMPARE(otherTarget.first().at(1).toInt(), targets.size());
}

void TestScrapeTargetWatcher::learnsItsOwnInstance()
{
    const QList<pc::ScrapeTarget> targets = std::get<QList<pc::ScrapeTarget>>(
        pc::parseTargetsResponse(FakePrometheus::dataFile("targets.json"), 200));
    QVERIFY(!targets.isEmpty());
    QVERIFY(!targets.first().instance.isEmpty());
    ScrapeTargetWatcher watcher(m_client.get(), QUrl(targets.first().scrapeUrl));
    watcher.setInterval(100ms);
    QSignalSpy learnt(&watcher, &ScrapeTargetWatcher::ownInstanceChanged);
    QVERIFY(watcher.ownInstance().isEmpty());
    QCOMPARE(watcher.ownSeriesSelector(),
             QString("instance=~\".+:%1\"").arg(QUrl(targets.first().scrapeUrl).port()));
    watcher.setEnabled(true);
    QVERIFY(learnt.wait(3000));
    QCOMPARE(learnt.first().first().toString(), targets.first().instance);
    QCOMPARE(watcher.ownInstance(), targets.first().instance);
    QCOMPARE(watcher.ownSeriesSelector(), QString("instance=\"%1\"").arg(targets.first().instance));
    // Told once, not at every check.
    const int asked = m_fake->requestCount();
    QTRY_VERIFY(m_fake->requestCount() >= asked + 4);
    QCOMPARE(learnt.count(), 1);
}

void TestScrapeTargetWatcher::asksNothingWhileDisabled()
{
    ScrapeTargetWatcher watcher(m_client.get(), QUrl("http://127.0.0.1:8000/metrics"));
    watcher.setInterval(50ms);
    watcher.checkNow();
    PC_COMPARE_STAYS(m_fake->requestCount(), 0, 200);
    watcher.setEnabled(true);
    QTRY_VERIFY(m_fake->requestCount() >= 2);
    watcher.setEnabled(false);
    const int asked = m_fake->requestCount();
    PC_COMPARE_STAYS(m_fake->requestCount(), asked, 200);
}

QTEST_GUILESS_MAIN(TestScrapeTargetWatcher)
#include "tst_scrapetargetwatcher.moc"
