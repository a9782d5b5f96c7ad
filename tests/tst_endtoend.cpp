#include "chart/livechartfeed.h"
#include "load/loadgenerator.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/prometheusclient.h"
#include "servicehost.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The whole path with a real Prometheus: load generator -> demo service -> /metrics ->
// Prometheus scrape -> API client -> chart feed.
class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void chartReachesTheRequestsSent();
};

void TestEndToEnd::chartReachesTheRequestsSent()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));

    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 2));
    QTemporaryDir data;
    pc::ManagedPrometheus prometheus;
    QSignalSpy ready(&prometheus, &pc::ManagedPrometheus::ready);
    pc::ManagedPrometheus::Options options;
    options.binary = binary;
    options.metricsTarget = host.metricsUrl().authority();
    options.scrapeInterval = 1s;
    options.dataDirectory = data.path();
    prometheus.start(options);
    QVERIFY(ready.wait(30000));

    pc::PrometheusEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PrometheusClient client(endpoint);
    const pc::RequestMetrics &requests = host.metrics().requests();
    pc::LiveChartFeed feed(&client, [&requests] { return requests.responses(); });
    feed.setRefreshInterval(500ms);
    feed.setWindow(60s);
    feed.setMetricsUrl(host.metricsUrl());

    double charted = 0;
    qint64 firstPointMs = -1;
    QElapsedTimer clock;
    connect(&feed, &pc::LiveChartFeed::prometheusUpdated, this,
            [&](const QList<pc::ChartSeries> &series) {
                double sum = 0;
                for (const pc::ChartSeries &s : series) {
                    if (!s.points.isEmpty())
                        sum += s.points.last().y();
                }
                if (sum > 0 && firstPointMs < 0)
                    firstPointMs = clock.elapsed();
                charted = sum;
            });
    std::optional<pc::PromTarget> target;
    connect(&feed, &pc::LiveChartFeed::targetUpdated, this,
            [&](const std::optional<pc::PromTarget> &t, int) { target = t; });

    constexpr int N = 1500;
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    QSignalSpy finished(&load, &pc::LoadGenerator::finished);
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Burst;
    plan.count = N;
    clock.start();
    load.start(plan);
    feed.setPrometheusEnabled(true);
    feed.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<pc::LoadStats>().succeeded, quint64(N));

    QTRY_COMPARE_WITH_TIMEOUT(charted, double(N), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(target && target->health == "up", 10000);
    QVERIFY(!feed.localPoints().isEmpty());
    QCOMPARE(feed.localPoints().last().y(), double(N));
    qInfo("first Prometheus point after %lld ms, all %d requests charted after %lld ms",
          firstPointMs, N, clock.elapsed());
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
