#include "chart/seriesstyle.h"

#include <QTest>

using Style = pc::SeriesStyle;
using Points = QList<QPointF>;

// Where series land on the plot: stacking by group, percent shares, negative-Y and fills.
class TestSeriesStyle : public QObject
{
    Q_OBJECT

private slots:
    void plainLinesAreUnchanged();
    void negativeYMirrorsBelowZero();
    void fillReachesZero();
    void normalStackingSumsByGroup();
    void percentStackingSharesSumToOne();
    void negativeYStacksDownwards();
};

namespace {

Style stacked(Style::Stacking mode, const QString &group = QStringLiteral("A"))
{
    Style style;
    style.stacking = mode;
    style.stackGroup = group;
    return style;
}

}  // namespace

void TestSeriesStyle::plainLinesAreUnchanged()
{
    const Points a{{0, 1}, {10, 2}};
    const auto layouts = pc::layoutSeries({a}, {});
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(layouts.first().upper, a);
    QVERIFY(layouts.first().lower.isEmpty());
}

void TestSeriesStyle::negativeYMirrorsBelowZero()
{
    Style transmit;
    transmit.negativeY = true;
    const auto layouts = pc::layoutSeries({{{0, 3}, {10, 4}}, {{0, 3}}}, {transmit, Style()});
    QCOMPARE(layouts.at(0).upper, Points({{0, -3}, {10, -4}}));
    QCOMPARE(layouts.at(1).upper, Points({{0, 3}}));
}

void TestSeriesStyle::fillReachesZero()
{
    Style filled;
    filled.fillOpacity = 0.2;
    const auto layouts = pc::layoutSeries({{{0, 3}, {10, -1}}}, {filled});
    QCOMPARE(layouts.first().lower, Points({{0, 0}, {10, 0}}));
}

void TestSeriesStyle::normalStackingSumsByGroup()
{
    const Points a{{0, 1}, {10, 2}};
    const Points b{{0, 10}, {20, 5}};
    const Points c{{0, 100}};
    const auto layouts = pc::layoutSeries(
        {a, b, c}, {stacked(Style::Stacking::Normal), stacked(Style::Stacking::Normal),
                    stacked(Style::Stacking::Normal, QStringLiteral("B"))});
    QCOMPARE(layouts.at(0).upper, a);
    QCOMPARE(layouts.at(0).lower, Points({{0, 0}, {10, 0}}));
    // b sits on a where a has a point, on zero where it has none.
    QCOMPARE(layouts.at(1).upper, Points({{0, 11}, {20, 5}}));
    QCOMPARE(layouts.at(1).lower, Points({{0, 1}, {20, 0}}));
    // Another group stacks apart.
    QCOMPARE(layouts.at(2).upper, c);
}

void TestSeriesStyle::percentStackingSharesSumToOne()
{
    const Points a{{0, 1}, {10, 3}, {20, 0}};
    const Points b{{0, 3}, {10, 1}, {20, 0}};
    const Style percent = stacked(Style::Stacking::Percent);
    const auto layouts = pc::layoutSeries({a, b}, {percent, percent});
    QCOMPARE(layouts.at(0).upper, Points({{0, 0.25}, {10, 0.75}, {20, 0}}));
    // A total of zero is no share, not a division by zero.
    QCOMPARE(layouts.at(1).upper, Points({{0, 1}, {10, 1}, {20, 0}}));
    QVERIFY(pc::stacksAsPercent({Style(), percent}));
    QVERIFY(!pc::stacksAsPercent({Style(), stacked(Style::Stacking::Normal)}));
}

void TestSeriesStyle::negativeYStacksDownwards()
{
    Style down = stacked(Style::Stacking::Normal, QStringLiteral("tx"));
    down.negativeY = true;
    const auto layouts = pc::layoutSeries({{{0, 2}}, {{0, 3}}}, {down, down});
    QCOMPARE(layouts.at(1).upper, Points({{0, -5}}));
    QCOMPARE(layouts.at(1).lower, Points({{0, -2}}));
}

QTEST_GUILESS_MAIN(TestSeriesStyle)
#include "tst_seriesstyle.moc"
