#include "chart/chartseries.h"

#include <QTest>

using Breaks = QList<qsizetype>;

using Labels = QMap<QString, QString>;

class TestChartSeries : public QObject
{
    Q_OBJECT

private slots:
    void keysCarryEveryLabel();
    void namesShowWhatVaries_data();
    void namesShowWhatVaries();
    void computesLegendStatistics();
    void decimatesKeepingExtremes();
    void leavesShortSeriesAlone();
    void findsThePointNearATime_data();
    void findsThePointNearATime();
    void writesCsvWithGaps();
    void breaksWhereStepsAreMissing_data();
    void breaksWhereStepsAreMissing();
    void splitsAtBreaks();
    void decimatesEachPieceApart();
};

void TestChartSeries::keysCarryEveryLabel()
{
    const Labels a{{"__name__", "up"}, {"job", "my_app"}, {"instance", "127.0.0.1:8000"}};
    Labels b = a;
    b["instance"] = "127.0.0.1:8001";
    QCOMPARE(pc::seriesKey(a), QString(R"(up{instance="127.0.0.1:8000", job="my_app"})"));
    QVERIFY(pc::seriesKey(a) != pc::seriesKey(b));
    QCOMPARE(pc::seriesKey({{"path", "a\"b\\c"}}), QString(R"({path="a\"b\\c"})"));
}

void TestChartSeries::namesShowWhatVaries_data()
{
    QTest::addColumn<QList<Labels>>("labelSets");
    QTest::addColumn<QStringList>("names");
    const Labels request{{"__name__", "http_requests_total"},
                         {"method", "GET"},
                         {"path", "/"},
                         {"code", "200"},
                         {"job", "my_app"},
                         {"instance", "localhost:8000"}};
    Labels error = request;
    error["path"] = "/error";
    error["code"] = "500";
    QTest::addRow("request series")
        << QList<Labels>{request, error} << QStringList{"GET / 200", "GET /error 500"};
    Labels otherInstance = request;
    otherInstance["instance"] = "localhost:8001";
    QTest::addRow("two instances")
        << QList<Labels>{request, otherInstance}
        << QStringList{R"({instance="localhost:8000"})", R"({instance="localhost:8001"})"};
    QTest::addRow("buckets") << QList<Labels>{{{"le", "0.1"}, {"code", "200"}},
                                              {{"le", "0.5"}, {"code", "200"}}}
                             << QStringList{R"({le="0.1"})", R"({le="0.5"})"};
    QTest::addRow("one series says its name")
        << QList<Labels>{{{"__name__", "up"}, {"job", "my_app"}}} << QStringList{"up"};
    QTest::addRow("one series without a name")
        << QList<Labels>{{{"code", "200"}}} << QStringList{R"({code="200"})"};
    QTest::addRow("no labels at all") << QList<Labels>{{}} << QStringList{"{}"};
    QTest::addRow("names differ") << QList<Labels>{{{"__name__", "a"}, {"x", "1"}},
                                                   {{"__name__", "b"}, {"x", "1"}}}
                                  << QStringList{"a", "b"};
    QTest::addRow("labels some series lack")
        << QList<Labels>{{{"__name__", "go_goroutines"}},
                         {{"__name__", "go_info"}, {"version", "go1.19"}}}
        << QStringList{"go_goroutines", R"(go_info{version="go1.19"})"};
    QTest::addRow("a label only one has")
        << QList<Labels>{{{"code", "200"}}, {{"code", "200"}, {"path", "/"}}}
        << QStringList{"200", "/ 200"};
}

void TestChartSeries::namesShowWhatVaries()
{
    QFETCH(QList<Labels>, labelSets);
    QTEST(pc::legendNames(labelSets), "names");
}

void TestChartSeries::computesLegendStatistics()
{
    const pc::SeriesStats stats = pc::seriesStats({{0, 4}, {1, -2}, {2, 10}, {3, 8}});
    QCOMPARE(stats.count, 4);
    QCOMPARE(stats.last, 8.0);
    QCOMPARE(stats.min, -2.0);
    QCOMPARE(stats.max, 10.0);
    QCOMPARE(stats.mean, 5.0);
    QCOMPARE(pc::seriesStats({}).count, 0);
}

void TestChartSeries::decimatesKeepingExtremes()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append({double(i), i == 4321 ? 1e6 : i == 777 ? -1e6 : double(i % 7)});
    const QList<QPointF> drawn = pc::decimate(points, 100);
    QVERIFY(drawn.size() <= 400);
    QVERIFY(drawn.size() >= 200);
    QCOMPARE(drawn.first(), points.first());
    QCOMPARE(drawn.last(), points.last());
    QVERIFY(drawn.contains(QPointF(4321, 1e6)));
    QVERIFY(drawn.contains(QPointF(777, -1e6)));
    for (qsizetype i = 1; i < drawn.size(); ++i)
        QVERIFY(drawn[i].x() > drawn[i - 1].x());
}

void TestChartSeries::leavesShortSeriesAlone()
{
    const QList<QPointF> points{{0, 1}, {1, 2}, {2, 3}};
    QCOMPARE(pc::decimate(points, 100), points);
}

void TestChartSeries::findsThePointNearATime_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("y");
    QTest::addRow("exactly") << 2000.0 << true << 20.0;
    QTest::addRow("nearer the earlier") << 2400.0 << true << 20.0;
    QTest::addRow("nearer the later") << 2600.0 << true << 30.0;
    QTest::addRow("before the first, within reach") << 500.0 << true << 10.0;
    QTest::addRow("too far") << 9000.0 << false << 0.0;
}

void TestChartSeries::findsThePointNearATime()
{
    QFETCH(double, x);
    QFETCH(bool, found);
    const QList<QPointF> points{{1000, 10}, {2000, 20}, {3000, 30}};
    const auto point = pc::pointNear(points, x, 1000);
    QCOMPARE(point.has_value(), found);
    if (found)
        QTEST(point->y(), "y");
}

void TestChartSeries::writesCsvWithGaps()
{
    pc::ChartSeries a{R"(up{job="a"})", {}, "a", {{0, 1}, {1000, 2.5}}};
    pc::ChartSeries b{R"(up{job="b"})", {}, "b", {{1000, 7}}};
    const QByteArray csv = pc::seriesCsv({a, b});
    QCOMPARE(csv, QByteArray("time,\"up{job=\"\"a\"\"}\",\"up{job=\"\"b\"\"}\"\n"
                             "1970-01-01T00:00:00.000Z,1,\n"
                             "1970-01-01T00:00:01.000Z,2.5,7\n"));
}

QTEST_GUILESS_MAIN(TestChartSeries)
void TestChartSeries::breaksWhereStepsAreMissing_data()
{
    QTest::addColumn<QList<double>>("times");
    QTest::addColumn<double>("step");
    QTest::addColumn<Breaks>("breaks");
    QTest::addRow("every step there") << QList<double>{0, 5, 10, 15} << 5.0 << Breaks{};
    QTest::addRow("one step missing") << QList<double>{0, 5, 15, 20} << 5.0 << Breaks{2};
    QTest::addRow("an app restart") << QList<double>{0, 1, 2, 60, 61} << 1.0 << Breaks{3};
    QTest::addRow("two holes") << QList<double>{0, 10, 11, 30} << 1.0 << Breaks{1, 3};
    QTest::addRow("a little jitter is no gap") << QList<double>{0, 5.2, 9.9} << 5.0 << Breaks{};
    QTest::addRow("no step, no breaks") << QList<double>{0, 100} << 0.0 << Breaks{};
    QTest::addRow("empty") << QList<double>{} << 5.0 << Breaks{};
}

void TestChartSeries::breaksWhereStepsAreMissing()
{
    QFETCH(QList<double>, times);
    QFETCH(double, step);
    QFETCH(Breaks, breaks);
    QList<QPointF> points;
    for (double t : times)
        points.append({t * 1000, 1});
    QCOMPARE(pc::gapStarts(points, step * 1000), breaks);
}

void TestChartSeries::splitsAtBreaks()
{
    const QList<QPointF> points{{0, 1}, {1, 2}, {5, 3}, {6, 4}, {9, 5}};
    const QList<QList<QPointF>> pieces = pc::splitAtBreaks(points, {2, 4});
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces[0], (QList<QPointF>{{0, 1}, {1, 2}}));
    QCOMPARE(pieces[1], (QList<QPointF>{{5, 3}, {6, 4}}));
    QCOMPARE(pieces[2], (QList<QPointF>{{9, 5}}));
    QCOMPARE(pc::splitAtBreaks(points, {}).size(), 1);
    // Out of range or repeated indices are no breaks.
    QCOMPARE(pc::splitAtBreaks(points, {0, 2, 2, 9}).size(), 2);
}

void TestChartSeries::decimatesEachPieceApart()
{
    // Two dense runs a long gap apart, as across an app restart.
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points.append({double(i), double(i % 7)});
    for (int i = 0; i < 1000; ++i)
        points.append({double(5000 + i), double(100 - i % 5)});
    const pc::BrokenLine line = pc::decimateBroken(points, {1000}, 50);
    QCOMPARE(line.breaks.size(), 1);
    const qsizetype at = line.breaks.first();
    QVERIFY(line.points.size() < 400);
    // Nothing joins across: the last point before the break is the first run's last, the
    // first after it the second run's first.
    QCOMPARE(line.points[at - 1], QPointF(999, 999 % 7));
    QCOMPARE(line.points[at], QPointF(5000, 100));
    for (qsizetype i = 0; i < line.points.size(); ++i)
        QVERIFY((i < at) == (line.points[i].x() < 1000));
    // A counter reset is no gap: its drop stays in the points.
    const QList<QPointF> reset{{0, 10}, {1, 20}, {2, 30}, {3, 0}, {4, 5}};
    QCOMPARE(pc::gapStarts(reset, 1).size(), 0);
    QCOMPARE(pc::decimateBroken(reset, {}, 100).points, reset);
}

#include "tst_chartseries.moc"
