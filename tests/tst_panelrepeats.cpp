#include "dashboard/panelrepeats.h"

#include <QTest>

using pc::GrafanaGridPos;
using pc::GrafanaPanel;
using pc::VariableSelection;
using pc::VariableSelections;

namespace {

GrafanaPanel panel(const QString &title, GrafanaGridPos pos, const QString &repeat = {})
{
    GrafanaPanel p;
    p.kind = GrafanaPanel::Kind::TimeSeries;
    p.type = QStringLiteral("timeseries");
    p.title = title;
    p.gridPos = pos;
    p.repeat = repeat;
    return p;
}

GrafanaPanel row(const QString &title, int y, const QString &repeat = {})
{
    GrafanaPanel p = panel(title, {0, y, 24, 1}, repeat);
    p.kind = GrafanaPanel::Kind::Row;
    p.type = QStringLiteral("row");
    return p;
}

VariableSelections nodes(const QStringList &values)
{
    VariableSelection selection;
    selection.values = values;
    selection.multi = true;
    return {{QStringLiteral("node"), selection}};
}

QStringList titles(const QList<GrafanaPanel> &panels)
{
    QStringList out;
    for (const GrafanaPanel &p : panels)
        out.append(p.title);
    return out;
}

QString positions(const QList<GrafanaPanel> &panels)
{
    QStringList out;
    for (const GrafanaPanel &p : panels)
        out.append(QStringLiteral("%1,%2,%3,%4")
                       .arg(p.gridPos.x)
                       .arg(p.gridPos.y)
                       .arg(p.gridPos.w)
                       .arg(p.gridPos.h));
    return out.join(u' ');
}

}  // namespace

/// Grafana's repeats: copies of a panel or row per value of a multi-value variable, laid out
/// as Grafana lays them out, each copy asking with its own value.
class TestPanelRepeats : public QObject
{
    Q_OBJECT

private slots:
    void laysCopiesOut_data();
    void laysCopiesOut();
    void allStandsForEveryOption();
    void keepsAPanelWhoseVariableHasNoValue();
    void repeatsARowWithItsPanels();
    void aPanelInARowRepeatedByTheSameVariableIsNotRepeatedAgain();
    void onlyThePanelsOfItsOwnRowMoveDown();
    void aCopyAsksWithItsOwnValue();
};

void TestPanelRepeats::laysCopiesOut_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("vertical");
    QTest::addColumn<int>("maxPerRow");
    QTest::addColumn<QString>("expected");  // each copy, then the panel below
    QTest::addRow("three side by side, a third each")
        << QStringList{"a", "b", "c"} << false << 4 << "0,0,8,8 8,0,8,8 16,0,8,8 0,8,24,4";
    QTest::addRow("six with at most four per line wrap, the panel below moves down")
        << QStringList{"a", "b", "c", "d", "e", "f"} << false << 4
        << "0,0,6,8 6,0,6,8 12,0,6,8 18,0,6,8 0,8,6,8 6,8,6,8 0,16,24,4";
    QTest::addRow("two per line at most")
        << QStringList{"a", "b", "c"} << false << 2 << "0,0,12,8 12,0,12,8 0,8,12,8 0,16,24,4";
    QTest::addRow("one value: the whole width")
        << QStringList{"a"} << false << 4 << "0,0,24,8 0,8,24,4";
    QTest::addRow("stacked") << QStringList{"a", "b", "c"} << true << 4
                             << "0,0,12,8 0,8,12,8 0,16,12,8 0,24,24,4";
}

void TestPanelRepeats::laysCopiesOut()
{
    QFETCH(QStringList, values);
    QFETCH(bool, vertical);
    QFETCH(int, maxPerRow);
    QFETCH(QString, expected);
    GrafanaPanel repeated =
        panel(QStringLiteral("CPU $node"), {0, 0, 12, 8}, QStringLiteral("node"));
    repeated.repeatVertical = vertical;
    repeated.maxPerRow = maxPerRow;
    const auto out = pc::expandRepeats({repeated, panel("Below", {0, 8, 24, 4})}, nodes(values));
    QCOMPARE(positions(out), expected);
    QCOMPARE(out.size(), values.size() + 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(out[i].title, QStringLiteral("CPU ") + values[i]);
        QCOMPARE(out[i].scopedVars.value("node"), values[i]);
        QVERIFY(out[i].repeat.isEmpty());
    }
    QVERIFY(out.last().scopedVars.isEmpty());
}

void TestPanelRepeats::allStandsForEveryOption()
{
    VariableSelection all;
    all.values = {QStringLiteral("$__all")};
    all.multi = true;
    all.all = true;
    all.allOptions = {QStringLiteral("web-1"), QStringLiteral("web-2")};
    const auto out = pc::expandRepeats({panel("Disk ${node}", {0, 0, 12, 8}, "node")},
                                       {{QStringLiteral("node"), all}});
    QCOMPARE(titles(out), QStringList({"Disk web-1", "Disk web-2"}));
}

void TestPanelRepeats::keepsAPanelWhoseVariableHasNoValue()
{
    const QList<GrafanaPanel> panels = {panel("CPU $node", {0, 0, 12, 8}, "node"),
                                        panel("Other $job", {12, 0, 12, 8}, "job")};
    const auto out = pc::expandRepeats(panels, nodes({}));
    QCOMPARE(titles(out), QStringList({"CPU $node", "Other $job"}));
    QCOMPARE(positions(out), positions(panels));
}

void TestPanelRepeats::repeatsARowWithItsPanels()
{
    const QList<GrafanaPanel> panels = {panel("Top", {0, 0, 24, 4}), row("Host $node", 4, "node"),
                                        panel("CPU", {0, 5, 12, 8}),
                                        panel("Memory", {12, 5, 12, 8}), row("Last", 13)};
    const auto out = pc::expandRepeats(panels, nodes({"a", "b"}));
    QCOMPARE(titles(out),
             QStringList({"Top", "Host a", "CPU", "Memory", "Host b", "CPU", "Memory", "Last"}));
    QCOMPARE(out[2].scopedVars.value("node"), QString("a"));
    QCOMPARE(out[6].scopedVars.value("node"), QString("b"));
    // The second copy sits under the first: a row line and its panels, 9 grid rows each.
    QCOMPARE(out[4].gridPos.y, 4 + 9);
    QCOMPARE(out[5].gridPos.y, 5 + 9);
    QVERIFY(out[1].repeat.isEmpty());
    QVERIFY(out[7].scopedVars.isEmpty());
}

void TestPanelRepeats::aPanelInARowRepeatedByTheSameVariableIsNotRepeatedAgain()
{
    const QList<GrafanaPanel> panels = {row("Host $node", 0, "node"),
                                        panel("CPU $node", {0, 1, 12, 8}, "node")};
    const auto out = pc::expandRepeats(panels, nodes({"a", "b", "c"}));
    QCOMPARE(titles(out), QStringList({"Host a", "CPU a", "Host b", "CPU b", "Host c", "CPU c"}));
    QCOMPARE(out[1].gridPos.w, 24);  // one copy in its row: the whole width
}

void TestPanelRepeats::onlyThePanelsOfItsOwnRowMoveDown()
{
    GrafanaPanel repeated = panel("CPU $node", {0, 1, 12, 8}, "node");
    repeated.repeatVertical = true;
    const QList<GrafanaPanel> panels = {row("One", 0),
                                        repeated,
                                        panel("Beside", {12, 1, 12, 8}),
                                        panel("Below", {0, 9, 24, 8}),
                                        row("Two", 17),
                                        panel("Elsewhere", {0, 18, 24, 8})};
    const auto out = pc::expandRepeats(panels, nodes({"a", "b"}));
    QCOMPARE(titles(out),
             QStringList({"One", "CPU a", "CPU b", "Beside", "Below", "Two", "Elsewhere"}));
    QCOMPARE(out[3].gridPos.y, 1);      // on the repeated panel's line: stays
    QCOMPARE(out[4].gridPos.y, 9 + 8);  // below it: one more copy's height down
    QCOMPARE(out[6].gridPos.y, 18);     // another row lays out under its own header
}

void TestPanelRepeats::aCopyAsksWithItsOwnValue()
{
    const QString query = QStringLiteral(R"~(up{instance=~"$node"})~");
    const VariableSelections selections = nodes({"a", "b"});
    QCOMPARE(pc::interpolateVariables(query, selections),
             QStringLiteral(R"~(up{instance=~"(a|b)"})~"));
    const auto scoped = pc::withScopedVars(selections, {{"node", "b"}});
    QCOMPARE(pc::interpolateVariables(query, scoped), QStringLiteral(R"~(up{instance=~"b"})~"));
}

QTEST_GUILESS_MAIN(TestPanelRepeats)
#include "tst_panelrepeats.moc"
