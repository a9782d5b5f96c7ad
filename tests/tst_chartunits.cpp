#include "chart/axisscale.h"
#include "chart/chartunits.h"

#include <QTest>

using Unit = pc::DisplayFormat::Unit;
Q_DECLARE_METATYPE(pc::DisplayFormat::Unit)

class TestChartUnits : public QObject
{
    Q_OBJECT

private slots:
    void readsTheUnitFromTheQuery_data();
    void readsTheUnitFromTheQuery();
    void seesRatiosInQuotients();
    void picksRoundTicks_data();
    void picksRoundTicks();
};

void TestChartUnits::readsTheUnitFromTheQuery_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<Unit>("unit");
    QTest::addRow("the tutorial's counter") << "http_requests_total" << Unit::Count;
    QTest::addRow("request rate") << "sum by (code) (rate(http_requests_total[1m]))"
                                  << Unit::RequestsPerSecond;
    QTest::addRow("bucket rate") << "rate(http_request_duration_seconds_bucket[1m])"
                                 << Unit::RequestsPerSecond;
    QTest::addRow("p95") << "histogram_quantile(0.95, sum by (le) "
                            "(rate(http_request_duration_seconds_bucket[1m])))"
                         << Unit::Seconds;
    QTest::addRow("cpu") << "rate(process_cpu_seconds_total[1m])" << Unit::Ratio;
    QTest::addRow("memory") << "process_resident_memory_bytes" << Unit::Bytes;
    QTest::addRow("memory of a job")
        << R"(process_resident_memory_bytes{job="my_app"})" << Unit::Bytes;
    QTest::addRow("start time") << "process_start_time_seconds" << Unit::Seconds;
    QTest::addRow("up") << "up" << Unit::Count;
    QTest::addRow("scalar") << "1 + 1" << Unit::Count;
    QTest::addRow("a label value that looks like a metric")
        << R"(up{job="x_bytes"})" << Unit::Count;
}

void TestChartUnits::readsTheUnitFromTheQuery()
{
    QFETCH(QString, promql);
    QTEST(pc::unitForQuery(promql), "unit");
}

void TestChartUnits::seesRatiosInQuotients()
{
    const QString errors =
        R"(sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m])))";
    QCOMPARE(pc::unitForSeries(errors, {{{0, 0.25}, {1, 0.5}}}), Unit::Ratio);
    QCOMPARE(pc::unitForSeries(errors, {{{0, 2}}}), Unit::RequestsPerSecond);
    QCOMPARE(pc::unitForSeries("up", {{{0, 1}}}), Unit::Count);
}

void TestChartUnits::picksRoundTicks_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QList<double>>("ticks");
    QTest::addColumn<int>("maxTicks");
    QTest::addRow("empty") << 0.0 << 0.0 << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1} << 6;
    QTest::addRow("counts") << 0.0 << 4870.0 << QList<double>{0, 1000, 2000, 3000, 4000, 5000} << 6;
    QTest::addRow("from zero") << 100.0 << 130.0 << QList<double>{0, 50, 100, 150} << 6;
    QTest::addRow("quarters") << 0.0 << 0.9 << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1} << 6;
    QTest::addRow("negative") << -3.0 << 7.0 << QList<double>{-4, -2, 0, 2, 4, 6, 8} << 6;
    QTest::addRow("flat") << 1.0 << 1.0 << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1} << 6;
    QTest::addRow("flat below zero") << -3.0 << -3.0 << QList<double>{-4, -3.5, -3, -2.5, -2} << 6;
    QTest::addRow("quarter steps") << 0.0 << 0.9 << QList<double>{0, 0.25, 0.5, 0.75, 1} << 5;
    QTest::addRow("large") << 0.0 << 1.4e9 << QList<double>{0, 5e8, 1e9, 1.5e9} << 6;
}

void TestChartUnits::picksRoundTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QList<double>, ticks);
    QFETCH(int, maxTicks);
    const QList<double> actual = pc::AxisScale::nice(low, high, maxTicks).ticks();
    QCOMPARE(actual.size(), ticks.size());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QVERIFY2(qFuzzyCompare(1 + actual[i], 1 + ticks[i]),
                 qPrintable(QString::number(actual[i]) + " vs " + QString::number(ticks[i])));
}

QTEST_GUILESS_MAIN(TestChartUnits)
#include "tst_chartunits.moc"
