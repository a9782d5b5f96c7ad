#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "comparepicker.h"
#include "explorebar.h"
#include "legendmodel.h"
#include "livechartview.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using pc::ManagedPrometheus;
using namespace std::chrono_literals;

namespace {

constexpr int Requests = 5;

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

/// The newest sample's time of `http_requests_total` that the chart's poller got, once its
/// sum reached `Requests` (each run starts its counter at zero).
std::optional<qint64> waitForRequests(pc::PromClient &client)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 40000) {
        pc::PromReplyPtr reply = client.query(QStringLiteral("sum(http_requests_total)"));
        QSignalSpy finished(reply.get(), &pc::PromReply::finished);
        if (finished.wait(5000) && !reply->error()) {
            const pc::PromQueryResult result = reply->queryResult();
            if (result.series.size() == 1 && result.series[0].samples.size() == 1
                && result.series[0].samples[0].value == Requests)
                return QDateTime::currentMSecsSinceEpoch();
        }
        QTest::qWait(200);
    }
    return std::nullopt;
}

/// One run of the app, as far as history goes: its service on `ports` (0: any) and a managed
/// Prometheus on the store in `dataDirectory`.
struct Run
{
    pc::ServiceHost host;
    ManagedPrometheus prometheus;
    pc::PromClient client;

    QString start(quint16 servicePort, quint16 metricsPort, const QString &dataDirectory)
    {
        if (!host.start(QHostAddress::LocalHost, servicePort, metricsPort))
            return host.errorString();
        QString error = pc::test::startManagedPrometheus(
            prometheus,
            pc::test::managedPrometheusOptions(host.metricsUrl().authority(), dataDirectory));
        pc::PromEndpoint endpoint;
        endpoint.baseUrl = prometheus.baseUrl();
        client.setEndpoint(endpoint);
        return error;
    }
    void stop()
    {
        QSignalSpy stopped(&prometheus, &ManagedPrometheus::stopped);
        prometheus.stop();
        stopped.wait(10000);
    }
};

}  // namespace

// Across an app restart, the managed Prometheus keeps the first run's samples, and the chart
// breaks its line where nothing was scraped instead of joining the two runs.
class TestHistoryGaps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theChartShowsAGapBetweenTwoRuns();
    void compareDrawsWhatAnOffsetQueryAnswers();
};

void TestHistoryGaps::initTestCase()
{
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

void TestHistoryGaps::theChartShowsAGapBetweenTwoRuns()
{
    QTemporaryDir dir;
    quint16 servicePort = 0;
    quint16 metricsPort = 0;
    qint64 firstSeen = 0;
    qint64 firstStopped = 0;
    {
        Run first;
        const QString error = first.start(0, 0, dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        servicePort = quint16(first.host.serviceUrl().port());
        metricsPort = quint16(first.host.metricsUrl().port());
        QVERIFY(sendRequests(first.host));
        const std::optional<qint64> seen = waitForRequests(first.client);
        QVERIFY2(seen, "the first run never saw its requests");
        firstSeen = *seen;
        QTest::qWait(2000);  // a few more scrapes
        firstStopped = QDateTime::currentMSecsSinceEpoch();
        first.stop();  // as the app quits: Prometheus first, then the service
    }
    // Away longer than the managed Prometheus looks back (15 s), as a user away for a while.
    QTest::qWait(17000);
    const qint64 secondStarted = QDateTime::currentMSecsSinceEpoch();
    Run second;
    const QString error = second.start(servicePort, metricsPort, dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sendRequests(second.host));
    QVERIFY2(waitForRequests(second.client), "the second run never saw its requests");

    pc::TimeRange range;
    range.setFixed(firstSeen - 10'000, QDateTime::currentMSecsSinceEpoch() + 1000);
    pc::RangePoller poller(&second.client, &range);
    poller.setMinimumStep(1s);
    poller.setPlotWidth(2000);
    pc::app::ChartWidget chart(&range);
    QObject::connect(
        &poller, &pc::RangePoller::updated, &chart,
        [&](const QList<pc::ChartSeries> &series) { chart.setSeries(series, poller.step()); });
    poller.setQueries({{QStringLiteral("sum(http_requests_total)"), {}}});
    poller.setEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(chart.series().size(), 1, 10000);
    const pc::ChartSeries &line = chart.series().first();
    qInfo("%lld points at %lld s, breaks at %s", qint64(line.points.size()),
          qint64(poller.step().count()),
          qPrintable(QStringList([&] {
                         QStringList at;
                         for (qsizetype i : line.breaks)
                             at.append(QString::number(i));
                         return at;
                     }())
                         .join(',')));
    // The first run's samples are still there.
    QVERIFY(line.points.first().x() <= double(firstSeen));
    QCOMPARE(line.points.first().y(), double(Requests));
    // One break, between the runs: nothing is drawn from the first run's end to the second's.
    QCOMPARE(line.breaks.size(), 1);
    const qsizetype at = line.breaks.first();
    QVERIFY(line.points[at - 1].x() <= double(firstStopped + 15'000));
    QVERIFY(line.points[at].x() >= double(secondStarted));
    QVERIFY(line.points[at].x() - line.points[at - 1].x() > 2.0 * 1000 * poller.step().count());
}

void TestHistoryGaps::compareDrawsWhatAnOffsetQueryAnswers()
{
    QTemporaryDir dir;
    Run run;
    const QString error = run.start(0, 0, dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A counter that moves: requests, a pause, more requests, so that ten seconds ago differs.
    QVERIFY(sendRequests(run.host));
    QVERIFY2(waitForRequests(run.client), "Prometheus never saw the requests");
    QTest::qWait(8000);
    QVERIFY(sendRequests(run.host));
    QTest::qWait(12000);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    pc::TimeRange range;
    pc::RangePoller poller(&run.client, &range);
    poller.setMinimumStep(1s);
    pc::app::LiveChartView view({&run.client, &range, &poller, nullptr, nullptr});
    view.setCustomQuery(QStringLiteral("sum(http_requests_total)"));
    // Fixed once the explore bar has set its window: both lines over the very same range.
    range.setFixed(now - 12'000, now - 1000);
    poller.setEnabled(true);
    view.exploreBar()->comparePicker()->setOffset(10s);
    pc::app::ChartWidget *chart = view.chart();
    QTRY_COMPARE_WITH_TIMEOUT(chart->compareSeries().size(), 1, 10000);

    // What Prometheus answers for the same query with `offset 10s` over the same range.
    pc::RangePoller reference(&run.client, &range);
    reference.setMinimumStep(1s);
    QSignalSpy answered(&reference, &pc::RangePoller::updated);
    reference.setQueries({{QStringLiteral("sum(http_requests_total offset 10s)"), {}}});
    reference.setEnabled(true);
    QVERIFY(answered.wait(10000));
    const auto offsetSeries = answered.last().at(0).value<QList<pc::ChartSeries>>();
    QCOMPARE(offsetSeries.size(), 1);
    QCOMPARE(reference.step(), view.comparePoller()->step());
    const QList<QPointF> &shifted = chart->compareSeries().first().points;
    const QList<QPointF> &expected = offsetSeries.first().points;
    QCOMPARE(shifted.size(), expected.size());
    for (qsizetype i = 0; i < shifted.size(); ++i) {
        // Prometheus answers in float seconds: a millisecond may round either way.
        QVERIFY2(
            std::abs(shifted[i].x() - expected[i].x()) <= 1.0,
            qPrintable(
                QString("%1 against %2").arg(qint64(shifted[i].x())).arg(qint64(expected[i].x()))));
        QCOMPARE(shifted[i].y(), expected[i].y());
    }
    QVERIFY(shifted.first().y() != chart->series().first().points.last().y());

    // Dashed in the line's colour, named "… (10 s ago)", and on hover both with the difference.
    bool named = false;
    for (int row = 0; row < chart->legend()->rowCount(); ++row)
        named |= chart->legend()
                     ->index(row, pc::app::LegendModel::Name)
                     .data()
                     .toString()
                     .endsWith("(10 s ago)");
    QVERIFY(named);
    const QStringList hover = chart->hoverRows(qint64(shifted.last().x()));
    QCOMPARE(hover.size(), 2);
    QVERIFY2(hover.join('|').contains("(10 s ago): ") && hover.join('|').contains("difference +"),
             qPrintable(hover.join('|')));
}

QTEST_MAIN(TestHistoryGaps)
#include "tst_historygaps.moc"
