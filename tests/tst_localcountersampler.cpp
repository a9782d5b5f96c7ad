#include "chart/localcountersampler.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <limits>

using namespace std::chrono_literals;
using pc::LocalCounterSampler;

class TestLocalCounterSampler : public QObject
{
    Q_OBJECT

private slots:
    void samplesTheCounterWithoutPrometheus();
    void computesTheRateOverItsWindow();
    void cutsThePointsToTheRange();

private:
    static QList<QPointF> everything(const LocalCounterSampler &sampler)
    {
        return sampler.counterPoints(0, std::numeric_limits<qint64>::max());
    }
};

void TestLocalCounterSampler::samplesTheCounterWithoutPrometheus()
{
    std::atomic<quint64> counter{7};
    LocalCounterSampler sampler([&counter] { return counter.load(); });
    sampler.setInterval(50ms);
    QSignalSpy sampled(&sampler, &LocalCounterSampler::sampled);
    sampler.start();
    QCOMPARE(sampled.count(), 1);  // a first sample at once
    QCOMPARE(everything(sampler).last().y(), 7.0);
    counter = 12;
    QTRY_COMPARE(everything(sampler).last().y(), 12.0);
}

void TestLocalCounterSampler::computesTheRateOverItsWindow()
{
    std::atomic<quint64> counter{0};
    LocalCounterSampler sampler([&counter] { return counter.load(); });
    sampler.setInterval(50ms);
    sampler.start();
    for (int i = 0; i < 10; ++i) {
        counter += 100;
        QTest::qWait(60);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    double peak = 0;
    for (const QPointF &p : sampler.ratePoints(now - 60'000, now))
        peak = std::max(peak, p.y());
    // About 100 requests per 60 ms sampled every 50 ms: well over a hundred per second.
    QVERIFY2(peak > 300, qPrintable(QString::number(peak)));
}

void TestLocalCounterSampler::cutsThePointsToTheRange()
{
    LocalCounterSampler sampler([] { return quint64(3); });
    for (int i = 0; i < 3; ++i) {
        sampler.sampleNow();
        QTest::qWait(5);
    }
    const QList<QPointF> all = everything(sampler);
    QCOMPARE(all.size(), 3);
    const qint64 first = qint64(all.first().x());
    QCOMPARE(sampler.counterPoints(first + 1, std::numeric_limits<qint64>::max()).size(), 2);
    QCOMPARE(sampler.counterPoints(0, first).size(), 1);
    QVERIFY(sampler.counterPoints(0, first - 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalCounterSampler)
#include "tst_localcountersampler.moc"
