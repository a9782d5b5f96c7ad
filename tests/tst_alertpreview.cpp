#include "chart/alertpreview.h"

#include <QTest>

using pc::PromQueryResult;
using pc::TimeSpan;

namespace {

// One series per string; a digit is a point at that many steps of 10 s, a dot none.
PromQueryResult answer(const QStringList &rows)
{
    PromQueryResult result;
    result.type = PromQueryResult::Type::Matrix;
    for (const QString &row : rows) {
        pc::PromSeries series;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (row.at(i) != u'.')
                series.samples.append({qint64(i) * 10'000, 1.0});
        }
        result.series.append(series);
    }
    return result;
}

}  // namespace

/// The preview of an alert before it is saved: where its condition held, and how often it
/// would have fired given its `for`.
class TestAlertPreview : public QObject
{
    Q_OBJECT

private slots:
    void countsFiringsRespectingFor_data();
    void countsFiringsRespectingFor();
    void mergesSpansOfEverySeries();
    void offersTheUnitsOfTheQuery();
};

void TestAlertPreview::countsFiringsRespectingFor_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("forSeconds");
    QTest::addColumn<int>("firings");
    QTest::addRow("nothing held") << QStringList{"....."} << 0 << 0;
    QTest::addRow("no series") << QStringList{} << 0 << 0;
    QTest::addRow("each run fires at once") << QStringList{"xx..x.xxx"} << 0 << 3;
    QTest::addRow("short runs stay pending") << QStringList{"xx..x.xxx"} << 20 << 1;
    QTest::addRow("exactly the for") << QStringList{"xxx"} << 20 << 1;
    QTest::addRow("one short of the for") << QStringList{"xx"} << 20 << 0;
    QTest::addRow("a long run fires once") << QStringList{"xxxxxxxxx"} << 10 << 1;
    QTest::addRow("per series") << QStringList{"xxx...", "..xxxx"} << 20 << 2;
}

void TestAlertPreview::countsFiringsRespectingFor()
{
    QFETCH(QStringList, rows);
    QFETCH(int, forSeconds);
    QFETCH(int, firings);
    QCOMPARE(
        pc::firingCount(answer(rows), std::chrono::seconds(10), std::chrono::seconds(forSeconds)),
        firings);
}

void TestAlertPreview::mergesSpansOfEverySeries()
{
    const QList<TimeSpan> spans =
        pc::conditionSpans(answer({"xx....x", "..x...."}), std::chrono::seconds(10));
    const QList<TimeSpan> expected{{0, 30'000}, {60'000, 70'000}};
    QCOMPARE(spans, expected);
    QVERIFY(pc::conditionSpans(answer({"...."}), std::chrono::seconds(10)).isEmpty());
}

void TestAlertPreview::offersTheUnitsOfTheQuery()
{
    const auto seconds = pc::thresholdUnits(pc::DisplayFormat::Unit::Seconds);
    QCOMPARE(seconds.first().symbol, QString("ms"));
    QCOMPARE(200 * seconds.first().factor, 0.2);
    const auto ratio = pc::thresholdUnits(pc::DisplayFormat::Unit::Ratio);
    QCOMPARE(ratio.first().symbol, QString("%"));
    QCOMPARE(5 * ratio.first().factor, 0.05);
    const auto rate = pc::thresholdUnits(pc::DisplayFormat::Unit::RequestsPerSecond);
    QCOMPARE(rate.size(), 1);
    QCOMPARE(rate.first().factor, 1.0);
}

QTEST_GUILESS_MAIN(TestAlertPreview)
#include "tst_alertpreview.moc"
