#include "load/latencyhistogram.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <random>
#include <vector>

using pc::LatencyHistogram;

namespace {

using Sampler = std::function<qint64(std::mt19937_64 &)>;

std::vector<qint64> draw(const Sampler &sampler, int count)
{
    std::mt19937_64 random(21);
    std::vector<qint64> values(static_cast<size_t>(count));
    for (qint64 &value : values)
        value = sampler(random);
    return values;
}

// The exact percentile as the histogram defines it: the value at rank ceil(q * n).
qint64 exactAt(std::vector<qint64> sorted, double quantile)
{
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::max<size_t>(1, size_t(std::ceil(quantile * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

}  // namespace

Q_DECLARE_METATYPE(Sampler)

class TestLatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void percentilesAreWithinOnePercent_data();
    void percentilesAreWithinOnePercent();
    void keepsTheMaximumExactly();
    void mergingEqualsRecordingEverything();
    void clampsPastSixtySecondsAndBelowZero();
    void isEmptyAtFirst();
    void correctionMatchesRecordingTheMissingValues_data();
    void correctionMatchesRecordingTheMissingValues();
    void correctionOfAStallFillsTheTail();
};

void TestLatencyHistogram::percentilesAreWithinOnePercent_data()
{
    QTest::addColumn<Sampler>("sampler");
    QTest::addRow("constant 250 µs") << Sampler([](std::mt19937_64 &) { return qint64(250); });
    QTest::addRow("uniform 1 µs to 1 ms") << Sampler(
        [](std::mt19937_64 &r) { return std::uniform_int_distribution<qint64>(1, 1000)(r); });
    QTest::addRow("exponential, mean 2 ms") << Sampler([](std::mt19937_64 &r) {
        return qint64(std::exponential_distribution<double>(1.0 / 2000)(r)) + 1;
    });
    QTest::addRow("log-normal around 300 µs, long tail") << Sampler([](std::mt19937_64 &r) {
        return qint64(std::lognormal_distribution<double>(std::log(300.0), 1.5)(r)) + 1;
    });
    QTest::addRow("bimodal: 99%% at 100 µs, 1%% at 1 s") << Sampler([](std::mt19937_64 &r) {
        return std::uniform_int_distribution<int>(0, 99)(r) == 0 ? qint64(1'000'000) : qint64(100);
    });
    QTest::addRow("uniform over the whole range") << Sampler([](std::mt19937_64 &r) {
        return std::uniform_int_distribution<qint64>(1, LatencyHistogram::HighestMicros)(r);
    });
}

void TestLatencyHistogram::percentilesAreWithinOnePercent()
{
    QFETCH(Sampler, sampler);
    const std::vector<qint64> values = draw(sampler, 100'000);
    LatencyHistogram histogram;
    for (qint64 value : values)
        histogram.record(value);
    QCOMPARE(histogram.count(), quint64(values.size()));
    for (double quantile : {0.5, 0.9, 0.99, 0.999, 1.0}) {
        const qint64 exact = exactAt(values, quantile);
        const qint64 measured = histogram.valueAt(quantile);
        const double error = std::abs(double(measured - exact)) / double(exact);
        QVERIFY2(error <= 0.01,
                 qPrintable(
                     QStringLiteral("q %1: %2 against %3").arg(quantile).arg(measured).arg(exact)));
    }
}

void TestLatencyHistogram::keepsTheMaximumExactly()
{
    LatencyHistogram histogram;
    histogram.record(10);
    histogram.record(1'234'567);
    QCOMPARE(histogram.max(), qint64(1'234'567));
    QCOMPARE(histogram.percentiles().max, qint64(1'234'567));
    QCOMPARE(histogram.valueAt(1.0), qint64(1'234'567));
}

void TestLatencyHistogram::mergingEqualsRecordingEverything()
{
    LatencyHistogram all;
    LatencyHistogram first;
    LatencyHistogram second;
    for (qint64 v = 1; v < 200'000; v += 7) {
        all.record(v);
        (v % 2 ? first : second).record(v);
    }
    first.merge(second);
    QCOMPARE(first.count(), all.count());
    QCOMPARE(first.min(), all.min());
    QCOMPARE(first.max(), all.max());
    for (double quantile : {0.5, 0.9, 0.99, 0.999})
        QCOMPARE(first.valueAt(quantile), all.valueAt(quantile));
}

void TestLatencyHistogram::clampsPastSixtySecondsAndBelowZero()
{
    LatencyHistogram histogram;
    histogram.record(-5);
    histogram.record(3600LL * 1'000'000);
    QCOMPARE(histogram.count(), 2u);
    QCOMPARE(histogram.min(), qint64(0));
    QCOMPARE(histogram.valueAt(0.5), qint64(0));
    // The maximum is exact; the percentiles past 60 s say at least 60 s.
    QCOMPARE(histogram.max(), 3600LL * 1'000'000);
    QVERIFY(histogram.valueAt(0.99) >= LatencyHistogram::HighestMicros * 99 / 100);
}

void TestLatencyHistogram::isEmptyAtFirst()
{
    const LatencyHistogram histogram;
    QCOMPARE(histogram.count(), 0u);
    QCOMPARE(histogram.valueAt(0.99), qint64(0));
    QCOMPARE(histogram.percentiles().p50, qint64(0));
}

void TestLatencyHistogram::correctionMatchesRecordingTheMissingValues_data()
{
    QTest::addColumn<Sampler>("sampler");
    QTest::addColumn<qint64>("interval");
    const Sampler closedLoop = [](std::mt19937_64 &r) {
        // Mostly 30 µs answers with a few scheduler stalls of a few ms, as one connection
        // sees on a busy machine.
        return std::uniform_int_distribution<int>(0, 999)(r) == 0
                   ? qint64(std::uniform_int_distribution<int>(2'000, 6'000)(r))
                   : qint64(std::uniform_int_distribution<int>(20, 40)(r));
    };
    QTest::addRow("stalls, 36 µs interval") << closedLoop << qint64(36);
    QTest::addRow("stalls, 1 ms interval") << closedLoop << qint64(1'000);
    QTest::addRow("log-normal around 300 µs, 250 µs interval") << Sampler([](std::mt19937_64 &r) {
        return qint64(std::lognormal_distribution<double>(std::log(300.0), 0.8)(r));
    }) << qint64(250);
}

void TestLatencyHistogram::correctionMatchesRecordingTheMissingValues()
{
    QFETCH(Sampler, sampler);
    QFETCH(qint64, interval);
    // The reference: HdrHistogram's recordValueWithExpectedInterval, value by value.
    std::vector<qint64> expected;
    LatencyHistogram histogram;
    for (qint64 value : draw(sampler, 50'000)) {
        histogram.record(value);
        expected.push_back(value);
        for (qint64 missing = value - interval; missing >= interval; missing -= interval)
            expected.push_back(missing);
    }
    const LatencyHistogram corrected = histogram.correctedForInterval(interval);
    // Each value stands for its bucket, so the missing values it brings are counted from
    // there: a few per thousand may land one interval off.
    QVERIFY2(
        std::abs(double(corrected.count()) - double(expected.size()))
            <= 0.002 * double(expected.size()),
        qPrintable(QStringLiteral("%1 against %2").arg(corrected.count()).arg(expected.size())));
    QCOMPARE(corrected.max(), histogram.max());
    for (double quantile : {0.5, 0.9, 0.99, 0.999}) {
        const qint64 exact = exactAt(expected, quantile);
        const qint64 measured = corrected.valueAt(quantile);
        QVERIFY2(std::abs(double(measured - exact)) <= 0.02 * double(exact) + 1,
                 qPrintable(
                     QStringLiteral("q %1: %2 against %3").arg(quantile).arg(measured).arg(exact)));
    }
}

void TestLatencyHistogram::correctionOfAStallFillsTheTail()
{
    // 1,000 answers of 100 µs on a 100 µs schedule, then one stall of 100 ms: the 999
    // requests that schedule would have sent during the stall waited 99.9 ms down to 100 µs.
    LatencyHistogram histogram;
    for (int i = 0; i < 1'000; ++i)
        histogram.record(100);
    histogram.record(100'000);
    QCOMPARE(histogram.valueAt(0.99), qint64(100));
    const LatencyHistogram corrected = histogram.correctedForInterval(100);
    QVERIFY(std::abs(double(corrected.count()) - (1'000 + 1 + 999)) <= 5);
    QVERIFY(corrected.valueAt(0.6) > 10'000);
    QVERIFY(std::abs(corrected.valueAt(0.99) - 98'000) < 1'000);
    QCOMPARE(histogram.correctedForInterval(0).count(), histogram.count());
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
