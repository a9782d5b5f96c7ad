#include "chartwidget.h"
#include "dashboard/variableresolver.h"
#include "dashboardview.h"
#include "fakeprometheus.h"
#include "legendmodel.h"
#include "prometheus/promclient.h"
#include "variablebar.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace std::chrono_literals;
using namespace pc::app;

namespace {

// Generous: these run beside real Prometheus servers, and under ASan.
constexpr int WaitMs = 20000;

}  // namespace

/// The Dashboard view with dashboards written here, one feature each: rows that collapse and
/// ask nothing while collapsed, only the panels in view asking, variables in the bar and in
/// every query, and a panel of another data source saying so. Against a stand-in Prometheus.
class TestDashboardLayout : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void collapsedRowsAskNothingUntilExpanded();
    void onlyPanelsInViewAsk();
    void variablesGoIntoEveryQuery();
    void aVariableChosenOnTheCommandLineWins();
    void saysWhichDataSourceAPanelHasWhenNotPrometheus();
    void repeatsPanelsByAVariableAndAgainWhenItChanges();
    void repeatsRowsWithTheirPanels();

private:
    std::unique_ptr<DashboardView> makeView(const QByteArray &json,
                                            const DashboardView::Options &options = {});
    static QByteArray timeseries(int id, const QString &title, int y, const QString &expr);
    QString lastQuery() const
    {
        return m_fake->lastQuery("/api/v1/query_range").queryItemValue("query", QUrl::FullyDecoded);
    }

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
};

void TestDashboardLayout::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    for (const auto &[path, values] :
         {std::pair{"/api/v1/label/job/values", "\"node\",\"prom\""},
          std::pair{"/api/v1/label/instance/values", "\"a:9100\",\"b:9100\""}}) {
        pc::HttpResponse response;
        response.contentType = "application/json";
        response.body = QByteArray(R"({"status":"success","data":[)") + values + "]}";
        m_fake->respond(path, response);
    }
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    m_client = std::make_unique<pc::PromClient>(endpoint);
}

void TestDashboardLayout::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

std::unique_ptr<DashboardView> TestDashboardLayout::makeView(const QByteArray &json,
                                                             const DashboardView::Options &options)
{
    auto view =
        std::make_unique<DashboardView>(m_client.get(), pc::GrafanaDashboard::parse(json), options);
    view->resize(1200, 700);
    view->show();
    view->setPrometheusEnabled(true);
    return view;
}

QByteArray TestDashboardLayout::timeseries(int id, const QString &title, int y, const QString &expr)
{
    return QStringLiteral(R"({"id": %1, "type": "timeseries", "title": "%2",
        "gridPos": {"x": 0, "y": %3, "w": 24, "h": 8}, "targets": [{"refId": "A", "expr": "%4"}]})")
        .arg(id)
        .arg(title)
        .arg(y)
        .arg(expr)
        .toUtf8();
}

void TestDashboardLayout::collapsedRowsAskNothingUntilExpanded()
{
    const QByteArray json = R"({"title": "Rows", "panels": [
        {"id": 1, "type": "row", "title": "Open", "collapsed": false, "gridPos": {"y": 0, "h": 1, "w": 24}},
        )" + timeseries(2, "CPU", 1, "cpu")
                            + R"(,
        {"id": 3, "type": "row", "title": "Closed", "collapsed": true, "gridPos": {"y": 9, "h": 1, "w": 24},
         "panels": [)" + timeseries(4, "Disk", 10, "disk")
                            + R"(]}]})";
    const auto view = makeView(json);
    QCOMPARE(view->rowTitles(), QStringList({"Open", "Closed"}));
    QVERIFY(view->isRowExpanded("Open"));
    QVERIFY(!view->isRowExpanded("Closed"));
    // The collapsed row's panel is not even made: nothing of it can ask.
    QCOMPARE(view->dataPanelCount(), 1);
    QVERIFY(!view->chartWidget("Disk"));
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QCOMPARE(lastQuery(), QString("cpu"));

    view->setRowExpanded("Closed", true);
    QCOMPARE(view->dataPanelCount(), 2);
    QVERIFY(view->chartWidget("Disk"));
    QTRY_COMPARE_WITH_TIMEOUT(view->answeredPanelCount(), 2, WaitMs);
    // Collapsing the first row stops its panel; the other moves up and still asks.
    view->setRowExpanded("Open", false);
    QTRY_COMPARE_WITH_TIMEOUT(view->activePanelCount(), 1, WaitMs);
    const auto headers = view->findChildren<QToolButton *>("dashboardRow");
    QCOMPARE(headers.size(), 2);
    QVERIFY(!headers.first()->isChecked());
}

void TestDashboardLayout::onlyPanelsInViewAsk()
{
    QByteArray panels;
    for (int i = 0; i < 10; ++i)
        panels += (i ? "," : "")
                  + timeseries(i + 1, QString("Panel %1").arg(i), i * 8, QString("q%1").arg(i));
    const auto view = makeView(R"({"title": "Tall", "panels": [)" + panels + "]}");
    QCOMPARE(view->dataPanelCount(), 10);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    const int inView = view->activePanelCount();
    QVERIFY2(inView > 0 && inView < 10, qPrintable(QString::number(inView)));
    QVERIFY(view->answeredPanelCount() < 10);
    // Scrolled to the bottom: the last panels ask, the first ones stop.
    auto *scroll = view->findChild<QScrollArea *>();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    // The panels coming into view ask in no fixed order: wait for the last one's answer.
    QVERIFY(view->chartWidget("Panel 9")->legend()->rowCount() == 0);
    QTRY_VERIFY_WITH_TIMEOUT(view->chartWidget("Panel 9")->legend()->rowCount() > 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QVERIFY(view->activePanelCount() < 10);
}

void TestDashboardLayout::variablesGoIntoEveryQuery()
{
    const QByteArray json =
        R"J({"title": "Vars", "templating": {"list": [
        {"name": "job", "type": "query", "query": "label_values(up, job)", "current": {"value": "node"}},
        {"name": "node", "type": "query", "label": "Host", "query": "label_values(up{job=\"$job\"}, instance)",
         "multi": true, "includeAll": true},
        {"name": "hidden", "type": "constant", "query": "x", "hide": 2}]},
      "panels": [)J"
        + timeseries(
            1, "CPU", 0,
            R"(rate(cpu{job=\"$job\",instance=~\"$node\",c=\"$hidden\"}[$__rate_interval]))")
        + "]}";
    const auto view = makeView(json);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QCOMPARE(lastQuery(),
             QString(R"~(rate(cpu{job="node",instance=~"(a:9100|b:9100)",c="x"}[1m]))~"));
    // The bar shows the visible variables, with their labels.
    QVERIFY(view->variableBar()->picker("job"));
    QVERIFY(view->variableBar()->picker("node"));
    QVERIFY(!view->variableBar()->picker("hidden"));
    QCOMPARE(view->variableBar()->picker("node")->accessibleName(), QString("Host"));
    auto *job = qobject_cast<QComboBox *>(view->variableBar()->picker("job"));
    QVERIFY(job);
    QCOMPARE(job->count(), 2);
    // Choosing another job asks again, with the new value and the instances asked again.
    job->setCurrentIndex(job->findData("prom"));
    emit job->activated(job->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(lastQuery().contains(R"(job="prom")"), WaitMs);
    QCOMPARE(m_fake->lastQuery("/api/v1/label/instance/values")
                 .queryItemValue("match[]", QUrl::FullyDecoded),
             QString(R"(up{job="prom"})"));
}

void TestDashboardLayout::aVariableChosenOnTheCommandLineWins()
{
    const QByteArray json = R"J({"title": "Vars", "templating": {"list": [
        {"name": "job", "type": "query", "query": "label_values(job)", "current": {"value": "node"}}]},
      "panels": [)J" + timeseries(1, "Up", 0, R"(up{job=\"$job\"})")
                            + "]}";
    DashboardView::Options options;
    options.variables.insert("job", {"prom"});
    const auto view = makeView(json, options);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QCOMPARE(lastQuery(), QString(R"(up{job="prom"})"));
}

void TestDashboardLayout::saysWhichDataSourceAPanelHasWhenNotPrometheus()
{
    const auto view = makeView(R"({"title": "Logs", "__inputs": [
        {"name": "DS_LOKI", "type": "datasource", "pluginId": "loki"}], "panels": [
        {"id": 1, "type": "logs", "title": "Errors", "datasource": "${DS_LOKI}",
         "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8}}]})");
    const auto placeholders = view->findChildren<QLabel *>("panelPlaceholder");
    QCOMPARE(placeholders.size(), 1);
    QVERIFY2(placeholders.first()->text().contains("loki")
                 && placeholders.first()->text().contains("${DS_LOKI}"),
             qPrintable(placeholders.first()->text()));
    QCOMPARE(view->dataPanelCount(), 0);
}

void TestDashboardLayout::repeatsPanelsByAVariableAndAgainWhenItChanges()
{
    const QByteArray json = R"J({"title": "Repeats", "templating": {"list": [
        {"name": "node", "type": "custom", "query": "a,b,c", "multi": true, "includeAll": true,
         "current": {"value": ["$__all"]}}]},
      "panels": [{"id": 1, "type": "timeseries", "title": "CPU $node", "repeat": "node",
        "maxPerRow": 4, "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "targets": [{"refId": "A", "expr": "up{instance=~\"$node\"}"}]}]})J";
    const auto view = makeView(json);
    QTRY_COMPARE_WITH_TIMEOUT(view->panelTitles(), QStringList({"CPU a", "CPU b", "CPU c"}),
                              WaitMs);
    QCOMPARE(view->dataPanelCount(), 3);
    QVERIFY(view->fidelityReport().isEmpty());
    // Side by side, a third of the width each.
    const QWidget *first = view->chartWidget("CPU a");
    const QWidget *third = view->chartWidget("CPU c");
    QVERIFY(first && third);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QVERIFY(third->mapTo(view.get(), QPoint()).x() > view->width() / 2);
    QCOMPARE(third->mapTo(view.get(), QPoint()).y(), first->mapTo(view.get(), QPoint()).y());

    // One value left: one copy, whose query has that value alone, not an alternation.
    view->variables()->select("node", {"b"});
    QTRY_COMPARE_WITH_TIMEOUT(view->panelTitles(), QStringList({"CPU b"}), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(view->inViewPanelsAnswered(), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(lastQuery(), QString(R"(up{instance=~"b"})"), WaitMs);
}

void TestDashboardLayout::repeatsRowsWithTheirPanels()
{
    const QByteArray json = R"J({"title": "Rows", "templating": {"list": [
        {"name": "node", "type": "custom", "query": "a,b", "multi": true,
         "current": {"value": ["a", "b"]}}]},
      "panels": [
        {"id": 1, "type": "row", "title": "Host $node", "repeat": "node", "collapsed": false,
         "gridPos": {"y": 0, "h": 1, "w": 24}},)J"
                            + timeseries(2, "Load", 1, R"(load{instance=\"$node\"})") + "]}";
    const auto view = makeView(json);
    QTRY_COMPARE_WITH_TIMEOUT(view->rowTitles(), QStringList({"Host a", "Host b"}), WaitMs);
    QCOMPARE(view->panelTitles(), QStringList({"Load", "Load"}));
    // A row collapsed by the user stays so when the repeats are made again.
    view->setRowExpanded("Host b", false);
    view->variables()->select("node", {"b"});
    QTRY_COMPARE_WITH_TIMEOUT(view->rowTitles(), QStringList({"Host b"}), WaitMs);
    QVERIFY(!view->isRowExpanded("Host b"));
}

QTEST_MAIN(TestDashboardLayout)
#include "tst_dashboardlayout.moc"
