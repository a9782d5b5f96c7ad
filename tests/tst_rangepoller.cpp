#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "fakeprometheus.h"
#include "prometheus/promclient.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace std::chrono_literals;
using pc::RangePoller;
using pc::test::FakePrometheus;
using Labels = QMap<QString, QString>;

class TestRangePoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsSeriesApartByTheirFullLabelSet();
    void breaksLinesWherePrometheusHasNoSamples();
    void backsOffUpToThirtySeconds();
    void showsAFixedRangeUntilBackToLive();
    void chartsPrometheusSeries();
    void asksForTheWholeWindowWithinThePointLimit();
    void honoursAPanelsMaxPointsMinimumStepAndFactor();
    void reportsARejectedQueryWithoutBackingOff_data();
    void reportsARejectedQueryWithoutBackingOff();
    void backsOffWhilePrometheusIsDownAndRecovers();
    void reportsEachMisbehaviourInOneSentenceAndRetries_data();
    void reportsEachMisbehaviourInOneSentenceAndRetries();
    void leavesGapsForNanAndInfinities();
    void keepsFutureTimestamps();
    void namesEachQueryByItsLegendFormat();
    void keepsCollidingQueriesApart();
    void pollersOnOneRangeFollowOneZoom();
    void asksNothingWhileDisabled();
    void failsQuietlyWhenNothingListens();

private:
    std::unique_ptr<FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
    std::unique_ptr<pc::TimeRange> m_range;
    std::unique_ptr<RangePoller> m_poller;
};

void TestRangePoller::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    endpoint.timeout = 2s;
    m_client = std::make_unique<pc::PromClient>(endpoint);
    m_range = std::make_unique<pc::TimeRange>();
    m_poller = std::make_unique<RangePoller>(m_client.get(), m_range.get());
    m_poller->setRefreshInterval(100ms);
    m_poller->setQueries({{"http_requests_total", {}}});
}

void TestRangePoller::cleanup()
{
    m_poller.reset();
    m_range.reset();
    m_client.reset();
    m_fake.reset();
}

void TestRangePoller::breaksLinesWherePrometheusHasNoSamples()
{
    pc::PromQueryResult result;
    result.type = pc::PromQueryResult::Type::Matrix;
    pc::PromSeries counter;
    counter.labels = Labels{{"__name__", "http_requests_total"}, {"job", "my_app"}};
    const qint64 t0 = 1700000000000;
    // 5 s steps; the app was away from t0+10 s to t0+40 s, came back with its counter at 0, and
    // one step answered NaN.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<std::pair<qint64, double>> samples{{0, 10}, {5, 12},   {10, 14}, {40, 0},
                                                   {45, 3}, {50, nan}, {55, 7}};
    for (const auto &[seconds, value] : samples)
        counter.samples.append({t0 + seconds * 1000, value});
    result.series.append(counter);

    const QList<pc::ChartSeries> series = RangePoller::chartSeriesFor(result, 5s);
    QCOMPARE(series.size(), 1);
    const pc::ChartSeries &line = series.first();
    QCOMPARE(line.points.size(), 6);
    QCOMPARE(line.breaks, (QList<qsizetype>{3, 5}));
    // The reset is drawn as the drop it is, not smoothed away.
    QCOMPARE(line.points[2].y(), 14.0);
    QCOMPARE(line.points[3].y(), 0.0);
    // Without a step only the NaN breaks the line.
    QCOMPARE(RangePoller::chartSeriesFor(result).first().breaks, (QList<qsizetype>{5}));
}

void TestRangePoller::keepsSeriesApartByTheirFullLabelSet()
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
    const QList<pc::ChartSeries> series = RangePoller::chartSeriesFor(result);
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

void TestRangePoller::backsOffUpToThirtySeconds()
{
    QCOMPARE(RangePoller::backoff(5s, 1), 5000ms);
    QCOMPARE(RangePoller::backoff(5s, 2), 10000ms);
    QCOMPARE(RangePoller::backoff(5s, 3), 20000ms);
    QCOMPARE(RangePoller::backoff(5s, 4), 30000ms);
    QCOMPARE(RangePoller::backoff(5s, 400), 30000ms);
}

void TestRangePoller::showsAFixedRangeUntilBackToLive()
{
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const qint64 to = QDateTime::currentMSecsSinceEpoch() - 3600'000;
    m_range->setFixed(to - 120'000, to);
    QVERIFY(!m_range->isLive());
    QTRY_COMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble(),
                 to / 1000.0);
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("start").toDouble(),
             (to - 120'000) / 1000.0);
    m_range->followLive();
    QVERIFY(m_range->isLive());
    QTRY_VERIFY(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble()
                > QDateTime::currentSecsSinceEpoch() - 60);
}

void TestRangePoller::chartsPrometheusSeries()
{
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].name, QString("{code=\"200\", handler=\"/\"}"));
    QCOMPARE(series[0].points.size(), 3);
    QCOMPARE(series[0].points[1], QPointF(1700000015000.0, 2.25));
    // It keeps refreshing.
    QVERIFY(updated.wait(3000));
}

void TestRangePoller::asksForTheWholeWindowWithinThePointLimit()
{
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_range->setWindow(3600s);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const QUrlQuery query = m_fake->lastQuery("/api/v1/query_range");
    QCOMPARE(query.queryItemValue("query", QUrl::FullyDecoded), QString("http_requests_total"));
    const double start = query.queryItemValue("start").toDouble();
    const double end = query.queryItemValue("end").toDouble();
    const double step = query.queryItemValue("step").toDouble();
    QVERIFY(std::abs(end - start - 3600) < 1);
    QVERIFY((end - start) / step + 1 <= 11000);
}

void TestRangePoller::honoursAPanelsMaxPointsMinimumStepAndFactor()
{
    m_range->setWindow(3600s);
    m_poller->setPlotWidth(800);
    const auto step = [this] {
        return qint64(m_poller->step().count());
    };
    const qint64 perPixel = step();
    QVERIFY(perPixel <= 3600 / 700);
    m_poller->setMaxPoints(60);
    QVERIFY2(step() >= 60 && 3600 / step() <= 60, qPrintable(QString::number(step())));
    m_poller->setMaxPoints(0);
    QCOMPARE(step(), perPixel);
    m_poller->setMinimumStep(120s);
    QCOMPARE(step(), qint64(120));
    m_poller->setStepFactor(3);
    QCOMPARE(step(), qint64(360));
    // What goes out is that step.
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("step").toDouble(), 360.0);
}

void TestRangePoller::reportsARejectedQueryWithoutBackingOff_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("Prometheus 400 bad_data")
        << QByteArray("error_bad_data.json") << 400 << "parse error";
    QTest::addRow("VictoriaMetrics 422")
        << QByteArray("error_victoriametrics_422.json") << 422 << "unexpected token";
}

void TestRangePoller::reportsARejectedQueryWithoutBackingOff()
{
    QFETCH(QByteArray, file);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    m_fake->respondWithFile("/api/v1/query_range", file.constData(), status);
    QSignalSpy rejected(m_poller.get(), &RangePoller::rejected);
    QSignalSpy failed(m_poller.get(), &RangePoller::failed);
    m_poller->setQueries({{"http_requests_total +", {}}});
    m_poller->setEnabled(true);
    QVERIFY(rejected.wait(3000));
    QVERIFY2(rejected.first().first().toString().contains(mentions),
             qPrintable(rejected.first().first().toString()));
    // Asked again at the normal pace, never reported as an outage.
    QTRY_VERIFY(rejected.count() >= 3);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("query", QUrl::FullyDecoded),
             QString("http_requests_total +"));
}

void TestRangePoller::backsOffWhilePrometheusIsDownAndRecovers()
{
    m_fake->respondWithFile("/api/v1/query_range", "error_unavailable.json", 503);
    QSignalSpy failed(m_poller.get(), &RangePoller::failed);
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QTRY_VERIFY(failed.count() >= 3);
    const auto first = failed.at(0).at(1).value<std::chrono::milliseconds>();
    const auto third = failed.at(2).at(1).value<std::chrono::milliseconds>();
    QCOMPARE(first, 100ms);
    QCOMPARE(third, 400ms);
    QVERIFY(!failed.first().first().value<pc::PromError>().message.isEmpty());

    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    QVERIFY(updated.wait(5000));
}

void TestRangePoller::reportsEachMisbehaviourInOneSentenceAndRetries_data()
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

void TestRangePoller::reportsEachMisbehaviourInOneSentenceAndRetries()
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

    QSignalSpy failed(m_poller.get(), &RangePoller::failed);
    m_poller->setEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 10000);
    const auto error = failed.first().first().value<pc::PromError>();
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains('\n'), qPrintable(error.message));
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

void TestRangePoller::leavesGapsForNanAndInfinities()
{
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body =
        R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"code":"200"},)"
        R"("values":[[1700000000,"1"],[1700000001,"NaN"],[1700000002,"+Inf"],[1700000003,"-Inf"],[1700000004,"5"]]}]}})";
    m_fake->respond("/api/v1/query_range", response);
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().points, QList<QPointF>({{1700000000000.0, 1}, {1700000004000.0, 5}}));
}

void TestRangePoller::keepsFutureTimestamps()
{
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 86400 * 365;
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body =
        QByteArray(
            R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[)")
        + QByteArray::number(future) + R"(,"7"]]}]}})";
    m_fake->respond("/api/v1/query_range", response);
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    QCOMPARE(series.first().points.first(), QPointF(double(future) * 1000, 7));
}

void TestRangePoller::namesEachQueryByItsLegendFormat()
{
    pc::PromQueryResult result;
    result.type = pc::PromQueryResult::Type::Matrix;
    for (const char *code : {"500", "200"}) {
        pc::PromSeries s;
        s.labels = Labels{{"code", code}, {"job", "my_app"}};
        s.samples = {{1700000000000, 1}};
        result.series.append(s);
    }
    const auto named = RangePoller::namedSeries(result, {"x", "HTTP {{code}}"}, 0, 1);
    QCOMPARE(named.size(), 2);
    QCOMPARE(named[0].name, QString("HTTP 200"));
    QCOMPARE(named[1].name, QString("HTTP 500"));
    // A lone series without labels is named by its query, as Grafana does.
    result.series = {result.series.first()};
    result.series.first().labels.clear();
    QCOMPARE(RangePoller::namedSeries(result, {" sum(up) ", {}}, 0, 1).first().name,
             QString("sum(up)"));
}

void TestRangePoller::keepsCollidingQueriesApart()
{
    QSignalSpy updated(m_poller.get(), &RangePoller::updated);
    m_poller->setQueries({{"sum(a)", "A"}, {"sum(b)", "B"}});
    m_poller->setEnabled(true);
    QVERIFY(updated.wait(3000));
    const auto series = updated.first().first().value<QList<pc::ChartSeries>>();
    // Both queries answer with the same label sets: four lines, four keys.
    QCOMPARE(series.size(), 4);
    QSet<QString> keys;
    for (const pc::ChartSeries &s : series)
        keys.insert(s.key);
    QCOMPARE(keys.size(), 4);
    QCOMPARE(m_poller->lastSeriesTotal(), 4);
}

void TestRangePoller::pollersOnOneRangeFollowOneZoom()
{
    RangePoller other(m_client.get(), m_range.get());
    other.setQueries({{"up", {}}});
    QSignalSpy first(m_poller.get(), &RangePoller::updated);
    QSignalSpy second(&other, &RangePoller::updated);
    m_poller->setEnabled(true);
    other.setEnabled(true);
    QVERIFY(first.wait(3000));
    QTRY_VERIFY(!second.isEmpty());
    const qint64 to = QDateTime::currentMSecsSinceEpoch() - 7200'000;
    m_range->setFixed(to - 60'000, to);
    // Both ask for the zoomed range: one shared range, nothing copied.
    QTRY_VERIFY(m_fake->requestCount() >= 4);
    QTRY_COMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble(),
                 to / 1000.0);
    QCOMPARE(m_poller->timeRange(), other.timeRange());
}

void TestRangePoller::asksNothingWhileDisabled()
{
    m_poller->refreshNow();
    m_range->setWindow(60s);
    PC_COMPARE_STAYS(m_fake->requestCount(), 0, 300);
    m_poller->setEnabled(true);
    QTRY_VERIFY(m_fake->requestCount() >= 1);
}

namespace {

int g_reportedTwice = 0;

void countQtInternalErrors(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (message.contains("must only be called once"))
        ++g_reportedTwice;
}

}  // namespace

void TestRangePoller::failsQuietlyWhenNothingListens()
{
    // Several queries of one round refused at once: the failure of the first cancels the
    // others, which have failed too. Qt must not complain of an error reported twice.
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = QUrl(QString("http://127.0.0.1:%1").arg(pc::test::freePort()));
    pc::PromClient refused(endpoint);
    RangePoller poller(&refused, m_range.get());
    poller.setRefreshInterval(50ms);
    poller.setQueries({{"a", {}}, {"b", {}}, {"c", {}}, {"d", {}}, {"e", {}}, {"f", {}}});
    QSignalSpy failed(&poller, &RangePoller::failed);
    g_reportedTwice = 0;
    const QtMessageHandler previous = qInstallMessageHandler(countQtInternalErrors);
    poller.setEnabled(true);
    QTRY_VERIFY(failed.count() >= 3);
    poller.setEnabled(false);
    QTest::qWait(100);
    qInstallMessageHandler(previous);
    QCOMPARE(g_reportedTwice, 0);
    QVERIFY(failed.first().first().value<pc::PromError>().message.contains("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestRangePoller)
#include "tst_rangepoller.moc"
