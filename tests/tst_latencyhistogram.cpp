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

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
