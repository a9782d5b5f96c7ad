#include "dashboard/panelstep.h"

#include <QTest>

using namespace std::chrono_literals;
using pc::GrafanaPanel;
using pc::GrafanaQuery;
using pc::PanelStep;

/// A panel's query options as they bear on the step: min interval, each query's interval,
/// maxDataPoints and intervalFactor.
class TestPanelStep : public QObject
{
    Q_OBJECT

private slots:
    void readsTheOptions_data();
    void readsTheOptions();
};

void TestPanelStep::readsTheOptions_data()
{
    QTest::addColumn<QString>("panelInterval");
    QTest::addColumn<QStringList>("queryIntervals");
    QTest::addColumn<int>("maxDataPoints");
    QTest::addColumn<int>("intervalFactor");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("factor");
    QTest::addRow("nothing set") << "" << QStringList{""} << 0 << 1 << qint64(0) << 0 << 1;
    QTest::addRow("the panel's min interval")
        << "30s" << QStringList{""} << 0 << 1 << qint64(30) << 0 << 1;
    QTest::addRow("at least, as Grafana writes it")
        << ">1m" << QStringList{""} << 0 << 1 << qint64(60) << 0 << 1;
    QTest::addRow("the coarsest query interval wins")
        << "10s" << QStringList{"2m", "1m"} << 0 << 1 << qint64(120) << 0 << 1;
    QTest::addRow("an interval variable")
        << "$resolution" << QStringList{""} << 0 << 1 << qint64(300) << 0 << 1;
    QTest::addRow("$__interval is no floor")
        << "" << QStringList{"$__interval"} << 0 << 1 << qint64(0) << 0 << 1;
    QTest::addRow("sub-second rounds up")
        << "500ms" << QStringList{""} << 0 << 1 << qint64(1) << 0 << 1;
    QTest::addRow("maxDataPoints and intervalFactor")
        << "" << QStringList{"", ""} << 100 << 2 << qint64(0) << 100 << 2;
    QTest::addRow("garbage is left out")
        << "soon" << QStringList{"-5s"} << -3 << 1 << qint64(0) << 0 << 1;
}

void TestPanelStep::readsTheOptions()
{
    QFETCH(QString, panelInterval);
    QFETCH(QStringList, queryIntervals);
    QFETCH(int, maxDataPoints);
    QFETCH(int, intervalFactor);
    GrafanaPanel panel;
    panel.interval = panelInterval;
    panel.maxDataPoints = maxDataPoints;
    for (const QString &interval : queryIntervals) {
        GrafanaQuery query;
        query.interval = interval;
        query.intervalFactor = intervalFactor;
        panel.queries.append(query);
    }
    pc::VariableSelection resolution;
    resolution.values = {QStringLiteral("5m")};
    const PanelStep step = PanelStep::of(panel, {{QStringLiteral("resolution"), resolution}});
    QTEST(qint64(step.minimum.count()), "minimum");
    QTEST(step.maxPoints, "maxPoints");
    QTEST(step.factor, "factor");
}

QTEST_GUILESS_MAIN(TestPanelStep)
#include "tst_panelstep.moc"
