#include "chart/heatmapbuckets.h"

#include <QTest>

#include <cmath>

using pc::ChartSeries;
using Labels = QMap<QString, QString>;

namespace {

ChartSeries line(const QString &name, const Labels &labels, const QList<QPointF> &points)
{
    return ChartSeries{name, labels, name, points};
}

// Counts as text, a column a line: "1 2 1", NaN as "-".
QString text(const pc::HeatmapBuckets &buckets)
{
    QStringList columns;
    for (const QList<double> &column : buckets.counts) {
        QStringList cells;
        for (double count : column)
            cells.append(std::isnan(count) ? QString("-") : QString::number(count));
        columns.append(cells.join(' '));
    }
    return columns.join('\n');
}

}  // namespace

/// A heatmap's cells from Prometheus's classic histogram buckets: sorted by `le`, summed over
/// the lines of one bound, de-cumulated per time step; lines without `le` as rows as they are.
class TestHeatmapBuckets : public QObject
{
    Q_OBJECT

private slots:
    void buckets_data();
    void buckets();
};

void TestHeatmapBuckets::buckets_data()
{
    QTest::addColumn<QList<ChartSeries>>("series");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("counts");
    QTest::addColumn<bool>("cumulative");

    QTest::addRow("le buckets in any order: sorted, +Inf last, de-cumulated")
        << QList<ChartSeries>{line("+Inf", {{"le", "+Inf"}}, {{1000, 4}, {2000, 7}}),
                              line("0.1", {{"le", "0.1"}}, {{1000, 1}, {2000, 2}}),
                              line("0.5", {{"le", "0.5"}}, {{1000, 3}, {2000, 5}})}
        << QStringList{"0.1", "0.5", "+Inf"} << "1 2 1\n2 3 2" << true;
    QTest::addRow("two instances of one bound are summed")
        << QList<ChartSeries>{line("a", {{"le", "1"}, {"instance", "a"}}, {{1000, 1}}),
                              line("b", {{"le", "1"}, {"instance", "b"}}, {{1000, 2}}),
                              line("c", {{"le", "+Inf"}, {"instance", "a"}}, {{1000, 5}})}
        << QStringList{"1", "+Inf"} << "3 2" << true;
    QTest::addRow("a bucket below the one under it (a reset between answers) counts 0")
        << QList<ChartSeries>{line("1", {{"le", "1"}}, {{1000, 5}}),
                              line("2", {{"le", "2"}}, {{1000, 4}})}
        << QStringList{"1", "2"} << "5 0" << true;
    QTest::addRow("a step a bucket lacks is no count")
        << QList<ChartSeries>{line("1", {{"le", "1"}}, {{1000, 1}}),
                              line("2", {{"le", "2"}}, {{1000, 3}, {2000, 4}})}
        << QStringList{"1", "2"} << "1 2\n- 4" << true;
    QTest::addRow("lines without le: rows as given, not de-cumulated")
        << QList<ChartSeries>{line("slow", {{"kind", "slow"}}, {{1000, 9}}),
                              line("fast", {{"kind", "fast"}}, {{1000, 1}})}
        << QStringList{"slow", "fast"} << "9 1" << false;
    QTest::addRow("a line without le among buckets: rows as given")
        << QList<ChartSeries>{line("1", {{"le", "1"}}, {{1000, 1}}), line("sum", {}, {{1000, 2}})}
        << QStringList{"1", "sum"} << "1 2" << false;
    QTest::addRow("no lines") << QList<ChartSeries>{} << QStringList{} << "" << false;
}

void TestHeatmapBuckets::buckets()
{
    QFETCH(QList<ChartSeries>, series);
    QFETCH(QStringList, rows);
    QFETCH(QString, counts);
    QFETCH(bool, cumulative);
    const pc::HeatmapBuckets buckets = pc::heatmapBuckets(series);
    QCOMPARE(QStringList(buckets.upperBounds.cbegin(), buckets.upperBounds.cend()), rows);
    QCOMPARE(text(buckets), counts);
    QCOMPARE(buckets.cumulative, cumulative);
    double max = 0;
    for (const QList<double> &column : buckets.counts) {
        for (double count : column)
            max = std::isfinite(count) ? std::max(max, count) : max;
    }
    QCOMPARE(buckets.maxCount, max);
}

QTEST_GUILESS_MAIN(TestHeatmapBuckets)
#include "tst_heatmapbuckets.moc"
