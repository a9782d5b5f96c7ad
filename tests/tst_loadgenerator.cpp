#include "load/loadgenerator.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace std::chrono_literals;
using pc::LoadPlan;
using pc::LoadStats;

class TestLoadGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsOneRequest();
    void sendsABurstCountedExactlyByTheService();
    void countsErrorsAsFailed();
    void holdsASteadyRateForADuration();
    void stopsARateRunAtOnce();
    void reportsTheAchievedRateOfASecondRun();
    void stopsABurstAtOnce();
    void reportsARefusedPortAsFailures();

private:
    std::unique_ptr<pc::ServiceHost> m_host;
    std::unique_ptr<pc::LoadGenerator> m_load;
};

void TestLoadGenerator::init()
{
    m_host = std::make_unique<pc::ServiceHost>();
    QVERIFY(m_host->start(QHostAddress::LocalHost, 0, 0, 2));
    m_load = std::make_unique<pc::LoadGenerator>();
    m_load->setTarget(m_host->serviceUrl());
}

void TestLoadGenerator::cleanup()
{
    m_load.reset();
    m_host.reset();
}

void TestLoadGenerator::sendsOneRequest()
{
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    m_load->start(LoadPlan{});
    QVERIFY(finished.wait(5000));
    const auto stats = finished.first().first().value<LoadStats>();
    QCOMPARE(stats.sent, 1u);
    QCOMPARE(stats.succeeded, 1u);
    QCOMPARE(stats.failed, 0u);
    QVERIFY(!stats.running);
    QTRY_COMPARE(m_host->metrics().requests().responses(), 1u);
}

void TestLoadGenerator::sendsABurstCountedExactlyByTheService()
{
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Burst;
    plan.count = 5000;
    m_load->start(plan);
    QVERIFY(finished.wait(30000));
    const auto stats = finished.first().first().value<LoadStats>();
    QCOMPARE(stats.sent, 5000u);
    QCOMPARE(stats.succeeded, 5000u);
    QCOMPARE(m_host->metrics().requests().responses(), 5000u);
}

void TestLoadGenerator::countsErrorsAsFailed()
{
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Burst;
    plan.count = 200;
    plan.mix = {0, 0, 1};
    m_load->start(plan);
    QVERIFY(finished.wait(10000));
    const auto stats = finished.first().first().value<LoadStats>();
    QCOMPARE(stats.failed, 200u);
    QCOMPARE(stats.succeeded, 0u);
}

void TestLoadGenerator::holdsASteadyRateForADuration()
{
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Rate;
    plan.rate = 500;
    plan.duration = 1s;
    m_load->start(plan);
    QVERIFY(finished.wait(10000));
    const auto stats = finished.first().first().value<LoadStats>();
    // Paced by a timer: about 500 in one second, never a burst far beyond it.
    QVERIFY2(stats.sent >= 300 && stats.sent <= 520, qPrintable(QString::number(stats.sent)));
    QTRY_COMPARE(m_load->stats().succeeded, stats.sent);
    QTRY_COMPARE(m_host->metrics().requests().responses(), stats.sent);
}

void TestLoadGenerator::stopsARateRunAtOnce()
{
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Rate;
    plan.rate = 200;
    m_load->start(plan);
    QTRY_VERIFY(m_load->stats().sent > 20);
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    m_load->stop();
    QVERIFY(!m_load->isRunning());
    QVERIFY(finished.wait(2000));
    const quint64 sentAtStop = finished.first().first().value<LoadStats>().sent;
    // Nothing to wait for: that nothing more is sent takes a span of time, 60 pacer ticks.
    PC_COMPARE_STAYS(m_load->stats().sent, sentAtStop, 300);
    QTRY_COMPARE(m_host->metrics().requests().responses(), sentAtStop);
}

void TestLoadGenerator::reportsTheAchievedRateOfASecondRun()
{
    // On a clock the test moves: 1.5 s of a 100/s run, a pause of 1.2 s, and a second run,
    // in steps of 100 ms, each answered before the next. Loopback answers in well under a
    // step, so the rate shown must be the pacing's, whatever the machine's load.
    std::atomic<qint64> now{1'000'000};
    m_load = std::make_unique<pc::LoadGenerator>([&now] { return now.load(); });
    m_load->setTarget(m_host->serviceUrl());
    const auto answered = [this] {
        return m_host->metrics().requests().responses();
    };

    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Rate;
    plan.rate = 100;
    quint64 expected = 0;
    for (int run = 0; run < 2; ++run) {
        QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
        m_load->start(plan);
        expected += 1;  // due at once
        QVERIFY(QTest::qWaitFor([&] { return answered() == expected; }, 5000));
        for (int step = 0; step < 15; ++step) {
            now += 100;
            expected += 10;
            QVERIFY2(QTest::qWaitFor([&] { return answered() == expected; }, 5000),
                     qPrintable(QString::number(answered())));
        }
        QTRY_COMPARE(m_load->stats().succeeded, expected);
        // Paced at 100 a second: the rate shown is near it, not a count over a stale span.
        const double rate = m_load->stats().rate;
        QVERIFY2(rate > 80 && rate < 125, qPrintable(QString::number(rate)));
        m_load->stop();
        QVERIFY(finished.wait(2000));
        now += 1200;
        QTRY_COMPARE(m_load->stats().rate, 0.0);
    }
    m_load.reset();  // before `now`, which its thread reads
}

void TestLoadGenerator::stopsABurstAtOnce()
{
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Burst;
    plan.count = 1'000'000;
    plan.mix = {0, 1, 0};  // slow requests: the burst cannot finish before the stop
    m_load->start(plan);
    QTRY_VERIFY(m_load->stats().sent > 0);
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    m_load->stop();
    QVERIFY(finished.wait(2000));
    const quint64 sentAtStop = finished.first().first().value<LoadStats>().sent;
    QVERIFY(sentAtStop < 1000);
    // Requests in flight at the stop still get their answers, and are counted on both sides.
    QTRY_COMPARE_WITH_TIMEOUT(m_load->stats().succeeded, sentAtStop, 3000);
    QCOMPARE(m_load->stats().sent, sentAtStop);
}

void TestLoadGenerator::reportsARefusedPortAsFailures()
{
    QUrl nowhere = m_host->serviceUrl();
    nowhere.setPort(pc::test::freePort());
    m_load->setTarget(nowhere);
    QSignalSpy finished(m_load.get(), &pc::LoadGenerator::finished);
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Burst;
    plan.count = 50;
    m_load->start(plan);
    QVERIFY(finished.wait(10000));
    const auto stats = finished.first().first().value<LoadStats>();
    QCOMPARE(stats.failed, 50u);
    QVERIFY2(stats.lastError.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(stats.lastError));
}

QTEST_GUILESS_MAIN(TestLoadGenerator)
#include "tst_loadgenerator.moc"
