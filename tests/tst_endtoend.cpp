#include "chart/liveview.h"
#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "load/loadgenerator.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The whole path with a real Prometheus: load generator -> demo service -> /metrics ->
// Prometheus scrape -> API client -> range poller.
namespace {

/// The live chart's sources, composed as the Live chart view composes them: the total of this
/// app's own series over the last minute, with its local counter beside it.
struct LiveSources
{
    LiveSources(pc::PromClient *client, const QUrl &metricsUrl,
                pc::LocalCounterSampler::Counter counter)
        : range(60s),
          poller(client, &range),
          watcher(client, metricsUrl),
          sampler(std::move(counter))
    {
        poller.setRefreshInterval(500ms);
        watcher.setInterval(500ms);
        QObject::connect(&watcher, &pc::ScrapeTargetWatcher::ownInstanceChanged, &poller, [this] {
            poller.setQueries({{promql(), {}}});
        });
        poller.setQueries({{promql(), {}}});
    }
    QString promql() const
    {
        return pc::livePromql(pc::LiveView::Total, {}, watcher.ownSeriesSelector());
    }
    void start()
    {
        poller.setEnabled(true);
        watcher.setEnabled(true);
        sampler.start();
    }

    pc::TimeRange range;
    pc::RangePoller poller;
    pc::ScrapeTargetWatcher watcher;
    pc::LocalCounterSampler sampler;
};

/// A real Prometheus on a free loopback port, with the given prometheus.yml and a fresh store
/// in a directory of its own; stopped by its PID when destroyed.
class ScratchPrometheus
{
public:
    ~ScratchPrometheus()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    bool start(const QString &binary, const QByteArray &config, QString *error)
    {
        QFile file(m_data.filePath("prometheus.yml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
            *error = file.errorString();
            return false;
        }
        file.close();
        m_port = pc::test::freePort();
        m_process.start(binary, {"--config.file=" + file.fileName(),
                                 "--storage.tsdb.path=" + m_data.filePath("tsdb"),
                                 QString("--web.listen-address=127.0.0.1:%1").arg(m_port)});
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        return true;
    }

    QUrl url() const { return QUrl(QString("http://127.0.0.1:%1").arg(m_port)); }

private:
    QTemporaryDir m_data;
    QProcess m_process;
    quint16 m_port = 0;
};

}  // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void chartReachesTheRequestsSent();
    void chartReachesTheRequestsSentThroughVictoriaMetrics();
    void twoInstancesEachChartTheirOwnCounts();
    void errorHeavyLoadFiresTheShippedErrorRatioAlert();

private:
    void chartsEveryRequest(pc::ServiceHost &host, const pc::PromEndpoint &endpoint);
};

void TestEndToEnd::chartReachesTheRequestsSentThroughVictoriaMetrics()
{
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 2));
    pc::test::VictoriaMetrics vm;
    pc::test::VictoriaMetrics::Options vmOptions;
    vmOptions.pathPrefix = "/prefix";
    vmOptions.username = "reader";
    vmOptions.password = "s3cret";
    QString error;
    QVERIFY2(vm.start(host.metricsUrl().authority(), vmOptions, &error), qPrintable(error));

    pc::PromEndpoint endpoint;
    endpoint.baseUrl = vm.url();
    endpoint.username = "reader";
    endpoint.password = vmOptions.password;
    pc::PromClient client(endpoint);
    pc::PromReplyPtr readiness;
    const auto ready = [&] {
        if (readiness && readiness->isFinished() && readiness->isReady())
            return true;
        if (!readiness || readiness->isFinished())
            readiness = client.ready();
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), 20000);

    // A wrong password is named as such, with the options that set it.
    pc::PromEndpoint wrong = endpoint;
    wrong.password = "nope";
    pc::PromClient refused(wrong);
    const pc::PromReplyPtr refusal = refused.query("up");
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isFinished(), 10000);
    QVERIFY(refusal->error());
    const pc::PromError refusedError = *refusal->error();
    QCOMPARE(refusedError.kind, pc::PromError::Kind::AuthRefused);
    QVERIFY2(refusedError.message.contains("refused the user name and password (HTTP 401)"),
             qPrintable(refusedError.message));

    // Its 422 for a bad query is a rejected query, not an outage.
    const pc::PromReplyPtr failed =
        client.queryRange("http_requests_total +", QDateTime::currentDateTimeUtc().addSecs(-60),
                          QDateTime::currentDateTimeUtc(), 15s);
    QTRY_VERIFY_WITH_TIMEOUT(failed->isFinished(), 10000);
    QVERIFY(failed->error());
    const pc::PromError rejected = *failed->error();
    QCOMPARE(rejected.httpStatus, 422);
    QVERIFY2(rejected.isRejectedQuery(), qPrintable(rejected.message));

    chartsEveryRequest(host, endpoint);
}

void TestEndToEnd::chartReachesTheRequestsSent()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));

    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 2));
    QTemporaryDir data;
    pc::ManagedPrometheus prometheus;
    const QString error = pc::test::startManagedPrometheus(
        prometheus, pc::test::managedPrometheusOptions(host.metricsUrl().authority(), data.path()));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    chartsEveryRequest(host, endpoint);
}

// Sends a burst and waits until the chart's series add up to it and the target is up.
void TestEndToEnd::chartsEveryRequest(pc::ServiceHost &host, const pc::PromEndpoint &endpoint)
{
    pc::PromClient client(endpoint);
    const pc::RequestMetrics &requests = host.metrics().requests();
    LiveSources live(&client, host.metricsUrl(), [&requests] { return requests.responses(); });

    double charted = 0;
    qint64 firstPointMs = -1;
    QElapsedTimer clock;
    connect(&live.poller, &pc::RangePoller::updated, this,
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
    std::optional<pc::ScrapeTarget> target;
    connect(&live.watcher, &pc::ScrapeTargetWatcher::targetUpdated, this,
            [&](const std::optional<pc::ScrapeTarget> &t, int) { target = t; });

    constexpr int N = 1500;
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    QSignalSpy finished(&load, &pc::LoadGenerator::finished);
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Burst;
    plan.count = N;
    clock.start();
    load.start(plan);
    live.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<pc::LoadStats>().succeeded, quint64(N));

    QTRY_COMPARE_WITH_TIMEOUT(charted, double(N), 40000);
    QTRY_VERIFY_WITH_TIMEOUT(target && target->health == "up", 10000);
    live.sampler.sampleNow();
    const auto [from, to] = live.range.range();
    QCOMPARE(live.sampler.counterPoints(from, to + 1).last().y(), double(N));
    qInfo("%s: first point after %lld ms, all %d requests charted after %lld ms",
          qPrintable(endpoint.baseUrl.toString()), firstPointMs, N, clock.elapsed());
}

// Two copies of the app scraped by one Prometheus: each chart's default view shows only its own
// requests, never the other's.
void TestEndToEnd::twoInstancesEachChartTheirOwnCounts()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    pc::ServiceHost first;
    pc::ServiceHost second;
    QVERIFY(first.start(QHostAddress::LocalHost, 0, 0, 1));
    QVERIFY(second.start(QHostAddress::LocalHost, 0, 0, 1));

    ScratchPrometheus prometheus;
    QString error;
    QVERIFY2(
        prometheus.start(binary,
                         "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: my_app\n"
                         "    static_configs:\n      - targets: ['"
                             + first.metricsUrl().authority().toUtf8() + "', '"
                             + second.metricsUrl().authority().toUtf8() + "']\n",
                         &error),
        qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.url();
    pc::PromClient client(endpoint);
    auto chartOf = [&](pc::ServiceHost &host, double *charted) {
        auto live =
            std::make_unique<LiveSources>(&client, host.metricsUrl(), [] { return quint64(0); });
        connect(&live->poller, &pc::RangePoller::updated, this,
                [charted](const QList<pc::ChartSeries> &series) {
                    double sum = 0;
                    for (const pc::ChartSeries &s : series)
                        sum += s.points.isEmpty() ? 0 : s.points.last().y();
                    *charted = sum;
                });
        live->start();
        return live;
    };
    double firstCharted = -1;
    double secondCharted = -1;
    auto firstFeed = chartOf(first, &firstCharted);
    auto secondFeed = chartOf(second, &secondCharted);

    for (auto [host, count] : {std::pair{&first, 30}, std::pair{&second, 70}}) {
        pc::LoadGenerator load;
        load.setTarget(host->serviceUrl());
        QSignalSpy finished(&load, &pc::LoadGenerator::finished);
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Burst;
        plan.count = count;
        load.start(plan);
        QVERIFY(finished.wait(20000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(firstCharted, 30.0, 40000);
    QTRY_COMPARE_WITH_TIMEOUT(secondCharted, 70.0, 20000);
    QVERIFY(firstFeed->promql().contains(first.metricsUrl().authority().section(':', 1)));
    QVERIFY(secondFeed->promql().contains(second.metricsUrl().authority().section(':', 1)));
}

// The shipped rules, loaded by a real Prometheus evaluating every second: a load with a high
// share of /error makes PromCompanionHighErrorRatio go pending, then fire, and the app's alert
// watcher lists it and says it started firing.
void TestEndToEnd::errorHeavyLoadFiresTheShippedErrorRatioAlert()
{
    const QString binary = pc::test::prometheusPath();
    QVERIFY2(!binary.isEmpty(), qPrintable(pc::test::installHint()));
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));

    ScratchPrometheus prometheus;
    QString error;
    QVERIFY2(prometheus.start(binary,
                              "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                              "rule_files:\n  - " PC_SOURCE_DIR "/resources/prometheus/rules.yml\n"
                              "scrape_configs:\n  - job_name: my_app\n    static_configs:\n"
                              "      - targets: ['"
                                  + host.metricsUrl().authority().toUtf8() + "']\n",
                              &error),
             qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.url();
    pc::PromClient client(endpoint);
    pc::AlertWatcher watcher(&client);
    watcher.setInterval(500ms);
    QList<pc::PromAlert> started;
    connect(&watcher, &pc::AlertWatcher::transitioned, this,
            [&started](const pc::AlertTransitions &t) { started.append(t.startedFiring); });
    watcher.setEnabled(true);

    // "Mixed" with a high share of /error, at a steady rate, as a user would start it.
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 20;
    plan.mix = {70, 0, 30};
    load.start(plan);
    auto stopLoad = qScopeGuard([&load] { load.stop(); });

    const auto listed = [&watcher](pc::PromAlert::State state) {
        for (const pc::PromAlert &alert : watcher.alerts()) {
            if (alert.name == "PromCompanionHighErrorRatio" && alert.state == state)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        listed(pc::PromAlert::State::Pending) || listed(pc::PromAlert::State::Firing), 45000);
    QTRY_VERIFY_WITH_TIMEOUT(listed(pc::PromAlert::State::Firing), 30000);
    QCOMPARE(watcher.health(), pc::AlertWatcher::Health::Firing);
    QTRY_VERIFY(!started.isEmpty());
    QCOMPARE(started.first().name, QString("PromCompanionHighErrorRatio"));
    QVERIFY2(started.first().summary().contains(host.metricsUrl().authority()),
             qPrintable(started.first().summary()));
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
