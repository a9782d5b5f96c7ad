#include "chart/compareoffset.h"
#include "chart/rangepoller.h"
#include "dashboard/grafanadashboard.h"

#include <QTest>

using namespace std::chrono_literals;

class TestCompare : public QObject
{
    Q_OBJECT

private slots:
    void namesAnOffset_data();
    void namesAnOffset();
    void readsATypedOffset_data();
    void readsATypedOffset();
    void shiftsEveryPointForward();
    void readsAPanelsTimeOverrides();
};

void TestCompare::namesAnOffset_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("an hour") << qint64(3600) << "1 h ago";
    QTest::addRow("a day") << qint64(86'400) << "1 d ago";
    QTest::addRow("a week") << qint64(7 * 86'400) << "1 w ago";
    QTest::addRow("two days") << qint64(2 * 86'400) << "2 d ago";
    QTest::addRow("ninety minutes") << qint64(5400) << "90 min ago";
    QTest::addRow("ten seconds") << qint64(10) << "10 s ago";
}

void TestCompare::namesAnOffset()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(pc::compareOffsetText(std::chrono::seconds(seconds)), text);
}

void TestCompare::readsATypedOffset_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("seconds");  // -1: refused
    QTest::addRow("days") << "2d" << qint64(2 * 86'400);
    QTest::addRow("minutes, spaces around") << " 90m " << qint64(5400);
    QTest::addRow("compound") << "1h30m" << qint64(5400);
    QTest::addRow("a week") << "1w" << qint64(7 * 86'400);
    QTest::addRow("no unit") << "12" << qint64(-1);
    QTest::addRow("under a second") << "500ms" << qint64(-1);
    QTest::addRow("words") << "yesterday" << qint64(-1);
    QTest::addRow("empty") << "" << qint64(-1);
}

void TestCompare::readsATypedOffset()
{
    QFETCH(QString, typed);
    QFETCH(qint64, seconds);
    const std::optional<std::chrono::seconds> parsed = pc::parseCompareOffset(typed);
    QCOMPARE(parsed ? parsed->count() : -1, seconds);
}

void TestCompare::shiftsEveryPointForward()
{
    pc::ChartSeries line;
    line.points = {{1000, 1}, {2000, 2}};
    line.breaks = {1};
    const QList<pc::ChartSeries> shifted = pc::RangePoller::shifted({line}, 86'400'000);
    QCOMPARE(shifted.first().points, (QList<QPointF>{{86'401'000, 1}, {86'402'000, 2}}));
    QCOMPARE(shifted.first().breaks, line.breaks);
    QCOMPARE(pc::RangePoller::shifted({line}, 0).first().points, line.points);
}

void TestCompare::readsAPanelsTimeOverrides()
{
    const QByteArray json = R"~({"title": "t", "panels": [
        {"type": "timeseries", "title": "shifted", "timeShift": "1d"},
        {"type": "timeseries", "title": "own range", "timeFrom": "now-1h"},
        {"type": "timeseries", "title": "both", "timeFrom": "5m", "timeShift": "1h"},
        {"type": "timeseries", "title": "nonsense", "timeFrom": "soon"},
        {"type": "timeseries", "title": "none"}]})~";
    const auto outcome = pc::GrafanaDashboard::parse(json);
    const auto *dashboard = std::get_if<pc::GrafanaDashboard>(&outcome);
    QVERIFY(dashboard);
    const QList<pc::GrafanaPanel> &panels = dashboard->panels;
    QCOMPARE(panels[0].timeShiftDuration(), std::optional<std::chrono::seconds>(86'400s));
    QCOMPARE(panels[0].timeFromDuration(), std::nullopt);
    QCOMPARE(panels[1].timeFromDuration(), std::optional<std::chrono::seconds>(3600s));
    QCOMPARE(panels[2].timeFromDuration(), std::optional<std::chrono::seconds>(300s));
    QCOMPARE(panels[2].timeShiftDuration(), std::optional<std::chrono::seconds>(3600s));
    QCOMPARE(panels[3].timeFromDuration(), std::nullopt);
    QCOMPARE(panels[4].timeShiftDuration(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
