#include "chart/livechartfeed.h"
#include "fakeprometheus.h"
#include "prometheus/promclient.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace std::chrono_literals;
using pc::ChartQuery;
using pc::LiveChartFeed;
using pc::test::FakePrometheus;
using Labels = QMap<QString, QString>;

class TestLiveChartFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void targetScrapingMatchesPortPathAndLoopback();

    void keepsSeriesApartByTheirFullLabelSet();
    void backsOffUpToThirtySeconds();
    void choosesTheQuery();
    void samplesTheLocalCounterEvenWithoutPrometheus();
    void showsTheLocalRateInRateMode();
    void hasNoLocalLineForCustomQueries();
    void showsAFixedRangeUntilBackToLive();
    void chartsPrometheusSeries();
    void asksForTheWholeWindowWithinThePointLimit();
    void reportsARejectedQueryWithoutBackingOff_data();
    void reportsARejectedQueryWithoutBackingOff();
    void learnsItsOwnInstance();
    void backsOffWhilePrometheusIsDownAndRecovers();
    void findsTheTargetThatScrapesThisApp();
    void reportsEachMisbehaviourInOneSentenceAndRetries_data();
    void reportsEachMisbehaviourInOneSentenceAndRetries();
    void leavesGapsForNanAndInfinities();
    void keepsFutureTimestamps();

private:
    std::unique_ptr<FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
    std::unique_ptr<LiveChartFeed> m_feed;
    std::atomic<quint64> m_counter{0};
};

void TestLiveChartFeed::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    m_fake->respondWithFile("/api/v1/targets", "targets.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    endpoint.timeout = 2s;
    m_client = std::make_unique<pc::PromClient>(endpoint);
    m_counter = 0;
    m_feed = std::make_unique<LiveChartFeed>(m_client.get(), [this] { return m_counter.load(); });
    m_feed->setRefreshInterval(100ms);
    m_feed->setSampleInterval(50ms);
}

void TestLiveChartFeed::cleanup()
{
    m_feed.reset();
    m_client.reset();
    m_fake.reset();
}

void TestLiveChartFeed::keepsSeriesApartByTheirFullLabelSet()
{
    pc::PromQueryResult result;
    result.type = pc::PromQueryResult::Type::Matrix;
    for (const char *instance : {"127.0.0.1:8000", "127.0.0.1:8001"}) {
        for (const char *le : {"0.1", "0.5", "+Inf"}) {
            pc::PromSeries s;
            s.labels = Labels{{"__name__", "http_request_duration_seconds_bucket"},
                              {"instance", instance},
                              {"le", le},
                              {"job", "my_app"}};
            s.samples = {{1700000000000, 1}};
            result.series.append(s);
        }
    }
    const QList<pc::ChartSeries> series = LiveChartFeed::chartSeriesFor(result);
    QCOMPARE(series.size(), 6);
    QSet<QString> keys, names;
    for (const pc::ChartSeries &s : series) {
        keys.insert(s.key);
        names.insert(s.name);
        QCOMPARE(s.labels.value("job"), QString("my_app"));
    }
    QCOMPARE(keys.size(), 6);
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(R"({instance="127.0.0.1:8001", le="0.5"})"));
}

void TestLiveChartFeed::backsOffUpToThirtySeconds()
{
    QCOMPARE(LiveChartFeed::backoff(5s, 1), 5000ms);
    QCOMPARE(LiveChartFeed::backoff(5s, 2), 10000ms);
    QCOMPARE(LiveChartFeed::backoff(5s, 3), 20000ms);
    QCOMPARE(LiveChartFeed::backoff(5s, 4), 30000ms);
    QCOMPARE(LiveChartFeed::backoff(5s, 400), 30000ms);
}

void TestLiveChartFeed::choosesTheQuery()
{
    QCOMPARE(LiveChartFeed::promqlFor(ChartQuery::Total, {}), QString("http_requests_total"));
    QCOMPARE(LiveChartFeed::promqlFor(ChartQuery::Rate, {}),
             QString("sum by (code) (rate(http_requests_total[1m]))"));
    QCOMPARE(LiveChartFeed::promqlFor(ChartQuery::Custom, "  up  "), QString("up"));
}

void TestLiveChartFeed::samplesTheLocalCounterEvenWithoutPrometheus()
{
    m_feed->start();  // Prometheus not enabled
    m_counter = 7;
    QTRY_VERIFY(!m_feed->localPoints().isEmpty() && m_feed->localPoints().last().y() == 7);
    m_counter = 12;
    QTRY_COMPARE(m_feed->localPoints().last().y(), 12.0);
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestLiveChartFeed::showsTheLocalRateInRateMode()
{
    m_feed->setQuery(ChartQuery::Rate);
    m_feed->start();
    QTRY_VERIFY(m_feed->localPoints().size() >= 1);
    for (int i = 0; i < 10; ++i) {
        m_counter += 100;
        QTest::qWait(60);
    }
    double peak = 0;
    for (const QPointF &p : m_feed->localPoints())
        peak = std::max(peak, p.y());
    // About 100 requests per 60 ms sampled every 50 ms: well over a hundred per second.
    QVERIFY2(peak > 300, qPrintable(QString::number(peak)));
}

void TestLiveChartFeed::hasNoLocalLineForCustomQueries()
{
    m_feed->setQuery(ChartQuery::Custom, "up");
    m_feed->start();
    m_counter = 5000;
    QTest::qWait(120);
    QVERIFY(!m_feed->hasLocalLine());
    QVERIFY(m_feed->localPoints().isEmpty());
    m_feed->setQuery(ChartQuery::Total);
    QVERIFY(m_feed->hasLocalLine());
    QTRY_COMPARE(m_feed->localPoints().last().y(), 5000.0);
}

void TestLiveChartFeed::showsAFixedRangeUntilBackToLive()
{
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setPrometheusEnabled(true);
    QVERIFY(updated.wait(3000));
    const qint64 to = QDateTime::currentMSecsSinceEpoch() - 3600'000;
    m_feed->setFixedRange(to - 120'000, to);
    QVERIFY(!m_feed->isLive());
    QTRY_COMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble(),
                 to / 1000.0);
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("start").toDouble(),
             (to - 120'000) / 1000.0);
    m_feed->followLive();
    QVERIFY(m_feed->isLive());
    QTRY_VERIFY(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble()
                > QDateTime::currentSecsSinceEpoch() - 60);
}

void TestLiveChartFeed::chartsPrometheusSeries()
{
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setPrometheusEnabled(true);
    m_feed->start();
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].name, QString("{code=\"200\", handler=\"/\"}"));
    QCOMPARE(series[0].points.size(), 3);
    QCOMPARE(series[0].points[1], QPointF(1700000015000.0, 2.25));
    // It keeps refreshing.
    QVERIFY(updated.wait(3000));
}

void TestLiveChartFeed::asksForTheWholeWindowWithinThePointLimit()
{
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setWindow(3600s);
    m_feed->setPrometheusEnabled(true);
    QVERIFY(updated.wait(3000));
    const QUrlQuery query = m_fake->lastQuery("/api/v1/query_range");
    QCOMPARE(query.queryItemValue("query", QUrl::FullyDecoded), QString("http_requests_total"));
    const double start = query.queryItemValue("start").toDouble();
    const double end = query.queryItemValue("end").toDouble();
    const double step = query.queryItemValue("step").toDouble();
    QVERIFY(std::abs(end - start - 3600) < 1);
    QVERIFY((end - start) / step + 1 <= 11000);
}

void TestLiveChartFeed::reportsARejectedQueryWithoutBackingOff_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("Prometheus 400 bad_data")
        << QByteArray("error_bad_data.json") << 400 << "parse error";
    QTest::addRow("VictoriaMetrics 422")
        << QByteArray("error_victoriametrics_422.json") << 422 << "unexpected token";
}

void TestLiveChartFeed::reportsARejectedQueryWithoutBackingOff()
{
    QFETCH(QByteArray, file);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    m_fake->respondWithFile("/api/v1/query_range", file.constData(), status);
    QSignalSpy rejected(m_feed.get(), &LiveChartFeed::queryRejected);
    QSignalSpy failed(m_feed.get(), &LiveChartFeed::prometheusFailed);
    m_feed->setQuery(ChartQuery::Custom, "http_requests_total +");
    m_feed->setPrometheusEnabled(true);
    QVERIFY(rejected.wait(3000));
    QVERIFY2(rejected.first().first().toString().contains(mentions),
             qPrintable(rejected.first().first().toString()));
    // Asked again at the normal pace, never reported as an outage.
    QTRY_VERIFY(rejected.count() >= 3);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("query", QUrl::FullyDecoded),
             QString("http_requests_total +"));
}

void TestLiveChartFeed::backsOffWhilePrometheusIsDownAndRecovers()
{
    m_fake->respondWithFile("/api/v1/query_range", "error_unavailable.json", 503);
    QSignalSpy failed(m_feed.get(), &LiveChartFeed::prometheusFailed);
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setPrometheusEnabled(true);
    QTRY_VERIFY(failed.count() >= 3);
    const auto first = failed.at(0).at(1).value<std::chrono::milliseconds>();
    const auto third = failed.at(2).at(1).value<std::chrono::milliseconds>();
    QCOMPARE(first, 100ms);
    QCOMPARE(third, 400ms);
    QVERIFY(!failed.first().first().value<pc::PromError>().message.isEmpty());

    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    QVERIFY(updated.wait(5000));
}

void TestLiveChartFeed::findsTheTargetThatScrapesThisApp()
{
    const QList<pc::PromTarget> targets = std::get<QList<pc::PromTarget>>(
        pc::parseTargetsResponse(FakePrometheus::dataFile("targets.json"), 200));
    QVERIFY(!targets.isEmpty());
    const QUrl scrapeUrl(targets.first().scrapeUrl);
    QSignalSpy target(m_feed.get(), &LiveChartFeed::targetUpdated);
    m_feed->setMetricsUrl(scrapeUrl);
    m_feed->setPrometheusEnabled(true);
    QVERIFY(target.wait(3000));
    const auto found = target.first().first().value<std::optional<pc::PromTarget>>();
    QVERIFY(found);
    QCOMPARE(found->scrapeUrl, targets.first().scrapeUrl);

    QUrl elsewhere = scrapeUrl;
    elsewhere.setPort(1);
    m_feed->setMetricsUrl(elsewhere);
    target.clear();
    m_feed->refreshNow();
    QVERIFY(target.wait(3000));
    QVERIFY(!target.first().first().value<std::optional<pc::PromTarget>>());
    QCOMPARE(target.first().at(1).toInt(), targets.size());
}

void TestLiveChartFeed::learnsItsOwnInstance()
{
    const QList<pc::PromTarget> targets = std::get<QList<pc::PromTarget>>(
        pc::parseTargetsResponse(FakePrometheus::dataFile("targets.json"), 200));
    QVERIFY(!targets.isEmpty());
    QVERIFY(!targets.first().instance.isEmpty());
    QSignalSpy learnt(m_feed.get(), &LiveChartFeed::ownInstanceChanged);
    QVERIFY(m_feed->ownInstance().isEmpty());
    m_feed->setMetricsUrl(QUrl(targets.first().scrapeUrl));
    m_feed->setPrometheusEnabled(true);
    QVERIFY(learnt.wait(3000));
    QCOMPARE(learnt.first().first().toString(), targets.first().instance);
    QCOMPARE(m_feed->ownInstance(), targets.first().instance);
    // Told once, not at every refresh.
    const int asked = m_fake->requestCount();
    QTRY_VERIFY(m_fake->requestCount() >= asked + 4);
    QCOMPARE(learnt.count(), 1);
}

void TestLiveChartFeed::reportsEachMisbehaviourInOneSentenceAndRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("mentions");
    const QByteArray matrix = FakePrometheus::dataFile("query_matrix.json");
    QTest::addRow("truncated json") << 200 << matrix.left(matrix.size() / 2) << 0 << "JSON";
    QTest::addRow("html from a proxy")
        << 502 << FakePrometheus::dataFile("proxy_502.html") << 0 << "502";
    QTest::addRow("503 with json")
        << 503 << FakePrometheus::dataFile("error_unavailable.json") << 0 << "503";
    QTest::addRow("500 without body") << 500 << QByteArray() << 0 << "500";
    QTest::addRow("result of the wrong shape")
        << 200 << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{}}})")
        << 0 << "";
    QTest::addRow("a json array") << 200 << QByteArray("[1,2,3]") << 0 << "";
    QTest::addRow("over the size cap") << 200 << QByteArray(300 * 1024, ' ') + matrix << 0 << "";
    QTest::addRow("slower than the timeout") << 200 << matrix << 3000 << "";
}

void TestLiveChartFeed::reportsEachMisbehaviourInOneSentenceAndRetries()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, delayMs);
    QFETCH(QString, mentions);
    pc::PromEndpoint endpoint = m_client->endpoint();
    endpoint.timeout = 500ms;
    endpoint.maxResponseBytes = 256 * 1024;
    m_client->setEndpoint(endpoint);
    pc::HttpResponse response;
    response.status = status;
    response.contentType = status == 502 ? "text/html" : "application/json";
    response.body = body;
    response.delay = std::chrono::milliseconds(delayMs);
    m_fake->respond("/api/v1/query_range", response);

    QSignalSpy failed(m_feed.get(), &LiveChartFeed::prometheusFailed);
    m_feed->setPrometheusEnabled(true);
    m_feed->start();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 10000);
    const auto error = failed.first().first().value<pc::PromError>();
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains('\n'), qPrintable(error.message));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    // The local line goes on regardless.
    m_counter = 3;
    QTRY_COMPARE(m_feed->localPoints().last().y(), 3.0);
}

void TestLiveChartFeed::leavesGapsForNanAndInfinities()
{
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body =
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"code":"200"},)"
        R"("values":[[1700000000,"1"],[1700000001,"NaN"],[1700000002,"+Inf"],[1700000003,"-Inf"],[1700000004,"5"]]}]}})";
    m_fake->respond("/api/v1/query_range", response);
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setPrometheusEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().points, QList<QPointF>({{1700000000000.0, 1}, {1700000004000.0, 5}}));
}

void TestLiveChartFeed::keepsFutureTimestamps()
{
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 86400 * 365;
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body =
        QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[)")
        + QByteArray::number(future) + R"(,"7"]]}]}})";
    m_fake->respond("/api/v1/query_range", response);
    QSignalSpy updated(m_feed.get(), &LiveChartFeed::prometheusUpdated);
    m_feed->setPrometheusEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.first().points.first(), QPointF(double(future) * 1000, 7));
}

void TestLiveChartFeed::targetScrapingMatchesPortPathAndLoopback()
{
    const auto target = [](const QString &url) {
        pc::PromTarget t;
        t.scrapeUrl = url;
        t.instance = QUrl(url).authority();
        return t;
    };
    const QList<pc::PromTarget> targets = {
        target("http://10.0.0.5:8000/metrics"), target("http://127.0.0.1:8001/metrics"),
        target("http://localhost:8000/other"), target("http://localhost:8000/metrics")};
    const QUrl metrics("http://127.0.0.1:8000/metrics");
    // Same port and path; localhost and 127.0.0.1 are the same loopback.
    const auto found = pc::LiveChartFeed::targetScraping(targets, metrics);
    QVERIFY(found);
    QCOMPARE(found->instance, QString("localhost:8000"));
    QVERIFY(!pc::LiveChartFeed::targetScraping(targets.mid(0, 3), metrics));
    QCOMPARE(
        pc::LiveChartFeed::targetScraping(targets, QUrl("http://10.0.0.5:8000/metrics"))->instance,
        QString("10.0.0.5:8000"));
}

QTEST_GUILESS_MAIN(TestLiveChartFeed)
#include "tst_livechartfeed.moc"
