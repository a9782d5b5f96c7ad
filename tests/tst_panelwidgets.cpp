#include "dashboardview.h"
#include "fakeprometheus.h"
#include "heatmappanel.h"
#include "prometheus/promclient.h"
#include "tableframemodel.h"
#include "tablepanel.h"
#include "textpanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace pc::app;

/// The table, text and heatmap panels of the Dashboard view, offscreen, with dashboards written
/// here, against a stand-in Prometheus whose instant queries answer `up` of two targets
/// (localhost:8000 up, localhost:9090 down) and whose range queries answer what each test says.
class TestPanelWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableAsksInstantQueriesAndJoinsThem();
    void tableSortsOnAHeaderClick();
    void tableReducesRangeQueriesToRows();
    void tableOffersEachFrameLeft();
    void tableModelPassesTheModelTester();
    void unknownTransformationsAreSaidOnThePanel();
    void textPanelRendersMarkdownWithTheVariables();
    void textPanelRendersHtmlAndLoadsNothing();
    void heatmapDecumulatesLeBuckets();
    void heatmapSaysWhatItApproximates();

private:
    std::unique_ptr<DashboardView> makeView(const QByteArray &panels,
                                            const QByteArray &variables = "[]");

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
};

namespace {

// Two instant table queries of `up`, as a node dashboard's table asks its per-instance values.
const QByteArray kJoinedTable = R"J({"id": 1, "type": "table", "title": "Targets",
  "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
  "targets": [{"refId": "A", "expr": "up", "instant": true, "format": "table"},
              {"refId": "B", "expr": "up * 0.5", "instant": true, "format": "table"}],
  "transformations": [
    {"id": "joinByField", "options": {"byField": "instance"}},
    {"id": "organize", "options": {
      "excludeByName": {"Time 1": true, "Time 2": true, "__name__ 1": true, "__name__ 2": true,
                        "job 2": true},
      "indexByName": {"instance": 0, "job 1": 1},
      "renameByName": {"job 1": "Job", "Value #A": "Up"}}}],
  "fieldConfig": {"defaults": {"unit": "short"}, "overrides": [
    {"matcher": {"id": "byName", "options": "Value #B"}, "properties": [
      {"id": "unit", "value": "percentunit"}, {"id": "displayName", "value": "Half"},
      {"id": "custom.width", "value": 90}]}]},
  "options": {"sortBy": [{"displayName": "instance", "desc": true}]}})J";

QByteArray matrix(const QByteArray &result)
{
    return R"({"status":"success","data":{"resultType":"matrix","result":[)" + result + "]}}";
}

}  // namespace

void TestPanelWidgets::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/query", "query_vector.json");
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    m_client = std::make_unique<pc::PromClient>(endpoint);
}

void TestPanelWidgets::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

std::unique_ptr<DashboardView> TestPanelWidgets::makeView(const QByteArray &panels,
                                                          const QByteArray &variables)
{
    const QByteArray json = R"({"title": "Panels", "time": {"from": "now-5m", "to": "now"},
        "templating": {"list": )"
                            + variables + R"(}, "panels": [)" + panels + "]}";
    auto view = std::make_unique<DashboardView>(m_client.get(), pc::GrafanaDashboard::parse(json));
    view->resize(1200, 800);
    view->show();
    view->setPrometheusEnabled(true);
    return view;
}

void TestPanelWidgets::tableAsksInstantQueriesAndJoinsThem()
{
    const auto view = makeView(kJoinedTable);
    TablePanel *table = view->tablePanel("Targets");
    QVERIFY(table);
    QTRY_VERIFY(view->inViewPanelsAnswered());
    QVERIFY(m_fake->requestCount("/api/v1/query") >= 2);
    QCOMPARE(m_fake->requestCount("/api/v1/query_range"), 0);
    // Instant queries at the end of the range, in Prometheus's seconds.
    QVERIFY(!m_fake->lastQuery("/api/v1/query").queryItemValue("time").isEmpty());
    QCOMPARE(table->headers(), QStringList({"instance", "Job", "Up", "Half"}));
    // Sorted by options.sortBy, instance descending; units by the defaults and the override.
    QCOMPARE(table->rowTexts(0), QStringList({"localhost:9090", "prometheus", "0", "0%"}));
    QCOMPARE(table->rowTexts(1), QStringList({"localhost:8000", "prom-companion", "1", "100%"}));
    QCOMPARE(table->view()->horizontalHeader()->sectionSize(3), 90);
    // Numbers right, text left, as Grafana aligns them.
    const QModelIndex up = table->view()->model()->index(0, 2);
    QVERIFY(up.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(table->view()->model()->index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
            & Qt::AlignLeft);
    QVERIFY(view->fidelityReport().isEmpty());
    QVERIFY(view->placeholderTypes().isEmpty());
}

void TestPanelWidgets::tableSortsOnAHeaderClick()
{
    const auto view = makeView(kJoinedTable);
    TablePanel *table = view->tablePanel("Targets");
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QHeaderView *header = table->view()->horizontalHeader();
    const QPoint upHeader(header->sectionViewportPosition(2) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, upHeader);
    QCOMPARE(header->sortIndicatorSection(), 2);
    const QString first = table->rowTexts(0).at(2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, upHeader);
    QVERIFY2(table->rowTexts(0).at(2) != first, qPrintable(table->rowTexts(0).join('|')));
    QCOMPARE(QSet<QString>({table->rowTexts(0).at(2), table->rowTexts(1).at(2)}),
             QSet<QString>({"0", "1"}));
    // The next answer keeps the user's order.
    const int before = m_fake->requestCount("/api/v1/query");
    view->setWindow(std::chrono::minutes(10));
    QTRY_VERIFY(m_fake->requestCount("/api/v1/query") >= before + 2);
    QCOMPARE(header->sortIndicatorSection(), 2);
}

void TestPanelWidgets::tableReducesRangeQueriesToRows()
{
    const auto view = makeView(R"J({"id": 1, "type": "table", "title": "Rates",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
      "targets": [{"refId": "A", "expr": "rate(x[1m])", "legendFormat": "{{code}}"}],
      "transformations": [{"id": "reduce", "options": {"reducers": ["max", "mean", "count"]}}],
      "fieldConfig": {"defaults": {"decimals": 2}}})J");
    TablePanel *table = view->tablePanel("Rates");
    QTRY_COMPARE(table->model()->rowCount(), 2);
    QVERIFY(m_fake->requestCount("/api/v1/query_range") >= 1);
    QCOMPARE(table->headers(), QStringList({"Field", "Max", "Mean", "Count"}));
    QCOMPARE(table->rowTexts(0), QStringList({"200", "2.25", "1.25", "3.00"}));
    QCOMPARE(table->rowTexts(1), QStringList({"500", "0.50", "0.25", "2.00"}));
}

void TestPanelWidgets::tableOffersEachFrameLeft()
{
    const auto view = makeView(R"({"id": 1, "type": "table", "title": "Two",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
      "targets": [{"refId": "A", "expr": "up", "instant": true, "format": "table"},
                  {"refId": "B", "expr": "up", "instant": true, "format": "table"}]})");
    TablePanel *table = view->tablePanel("Two");
    QTRY_COMPARE(table->frames().size(), 2);
    auto *choice = table->findChild<QComboBox *>("tablePanelFrames");
    QVERIFY(choice && choice->isVisible());
    QCOMPARE(choice->count(), 2);
    QCOMPARE(table->headers().last(), QString("Value #A"));
    table->showFrame(1);
    QCOMPARE(table->headers().last(), QString("Value #B"));
    QCOMPARE(table->currentFrame(), 1);
}

void TestPanelWidgets::tableModelPassesTheModelTester()
{
    TableFrameModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    pc::PromQueryResult result;
    result.series = {{{{"instance", "a"}}, {{1000, 1.5}}}, {{{"instance", "b"}}, {{1000, 2}}}};
    pc::GrafanaQuery query;
    query.refId = "A";
    query.format = "table";
    const pc::TableFrame frame = pc::framesFromResults({result}, {query}).first();
    pc::TableColumnConfig hidden;
    hidden.hidden = true;
    pc::TableColumnConfig coloured;
    coloured.cellType = "color-background";
    coloured.thresholds.steps = {{"green", -qInf()}, {"red", 2}};
    model.setFrame(frame, {hidden, {}, coloured});
    QCOMPARE(model.columnCount(), 2);  // Time hidden
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QString("Value"));
    QCOMPARE(model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color(),
             QColor(pc::grafanaColorToCss("red")));
    QCOMPARE(model.index(0, 1).data(Qt::UserRole).toDouble(), 1.5);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(1, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QString("b"));
    model.setFrame({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestPanelWidgets::unknownTransformationsAreSaidOnThePanel()
{
    const auto view = makeView(R"({"id": 1, "type": "table", "title": "Calc",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
      "targets": [{"refId": "A", "expr": "up", "instant": true, "format": "table"}],
      "transformations": [{"id": "calculateField", "options": {}},
                          {"id": "reduce", "options": {"reducers": ["median"]}},
                          {"id": "groupBy", "disabled": true}],
      "fieldConfig": {"defaults": {"custom": {"cellOptions": {"type": "gauge"}}}}})");
    QCOMPARE(view->fidelityReport(),
             QStringList({"Calc: approximated: transformation calculateField not applied; the "
                          "median calculation is left empty; gauge not applied"}));
    const auto marks = view->findChildren<QLabel *>("panelFidelity");
    QCOMPARE(marks.size(), 1);
    QVERIFY2(marks.first()->toolTip().contains("calculateField"),
             qPrintable(marks.first()->toolTip()));
    // Drawn all the same, with the rest applied.
    QTRY_VERIFY(view->tablePanel("Calc")->model()->rowCount() > 0);
}

void TestPanelWidgets::textPanelRendersMarkdownWithTheVariables()
{
    const auto view = makeView(R"({"id": 1, "type": "text", "title": "About",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
      "options": {"mode": "markdown", "content": "# Hosts: $host\n\nSee **${host}** and [docs](https://grafana.com)."}})",
                               R"([{"name": "host", "type": "custom", "query": "a<b>,c",
        "multi": true, "current": {"value": ["a<b>", "c"]}}])");
    TextPanel *text = view->textPanel("About");
    QVERIFY(text);
    QTRY_VERIFY2(text->toPlainText().contains("Hosts: a<b>, c"), qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains("See a<b>, c and docs."));
    // Markdown made a heading, bold text and a link.
    QVERIFY(text->toHtml().contains("<h1"));
    QVERIFY(text->toHtml().contains("font-weight:700")
            || text->toHtml().contains("font-weight:600"));
    QVERIFY(text->toHtml().contains("https://grafana.com"));
    // A value's markup is text, not markup.
    QVERIFY(!text->toHtml().contains("<b>,"));
    QVERIFY(view->fidelityReport().isEmpty());
    QCOMPARE(view->dataPanelCount(), 0);
}

void TestPanelWidgets::textPanelRendersHtmlAndLoadsNothing()
{
    const auto view = makeView(R"({"id": 1, "type": "text", "title": "Html",
      "datasource": {"type": "loki", "uid": "x"},
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 8},
      "options": {"mode": "html", "content": "<p>Run <i>$job</i></p><img src=\"http://127.0.0.1:1/x.png\">"}})",
                               R"([{"name": "job", "type": "constant", "query": "node"}])");
    TextPanel *text = view->textPanel("Html");
    QVERIFY(text);
    QTRY_VERIFY2(text->toPlainText().startsWith("Run node"), qPrintable(text->toPlainText()));
    QVERIFY(text->toHtml().contains("font-style:italic"));
    text->grab();  // laid out and painted: the image is asked for, and refused
    QVERIFY(text->refusedResources() > 0);
    QCOMPARE(view->fidelityReport(), QStringList({"Html: approximated: images are not loaded"}));
}

void TestPanelWidgets::heatmapDecumulatesLeBuckets()
{
    // Two steps in the dashboard's range, 30 s and 15 s ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray t1 = QByteArray::number(now - 30);
    const QByteArray t2 = QByteArray::number(now - 15);
    m_fake->respond(
        "/api/v1/query_range",
        pc::test::FakePrometheus::json(200, matrix(R"({"metric": {"le": "0.5"}, "values": [[)" + t1
                                                   + R"(, "3"], [)" + t2 + R"(, "5"]]},
      {"metric": {"le": "+Inf"}, "values": [[)" + t1
                                                   + R"(, "4"], [)" + t2 + R"(, "7"]]},
      {"metric": {"le": "0.1"}, "values": [[)" + t1 + R"(, "1"], [)"
                                                   + t2 + R"(, "2"]]})")));
    const auto view = makeView(R"J({"id": 1, "type": "heatmap", "title": "Latency",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 10},
      "fieldConfig": {"defaults": {"unit": "s"}},
      "options": {"calculate": false, "color": {"mode": "scheme", "scheme": "Blues"}},
      "targets": [{"refId": "A", "expr": "sum(rate(x_bucket[1m])) by (le)", "format": "heatmap",
                   "legendFormat": "{{le}}"}]})J");
    HeatmapPanel *heatmap = view->heatmapPanel("Latency");
    QVERIFY(heatmap);
    QTRY_VERIFY(!heatmap->buckets().isEmpty());
    const pc::HeatmapBuckets &buckets = heatmap->buckets();
    QCOMPARE(buckets.upperBounds, QList<QString>({"0.1", "0.5", "+Inf"}));
    QCOMPARE(buckets.counts, QList<QList<double>>({{1, 2, 1}, {2, 3, 2}}));
    QCOMPARE(buckets.maxCount, 3.0);
    QVERIFY(heatmap->colorFor(3).isValid());
    QVERIFY(!heatmap->colorFor(0).isValid());
    QVERIFY(heatmap->colorFor(3) != heatmap->colorFor(1));
    // Inside the second step's cell, the middle row: its (0.1 s, 0.5 s] bucket.
    const auto [from, to] = view->panelRanges().first();
    const QRectF plot = heatmap->plotRect();
    const double x =
        plot.left() + plot.width() * double((now - 22) * 1000 - from) / double(to - from);
    const QString tip = heatmap->toolTipAt(QPoint(int(x), int(plot.center().y())));
    QVERIFY2(tip.contains("(100 ms, 500 ms]") && tip.contains("Count 3"), qPrintable(tip));
    QVERIFY(heatmap->toolTipAt(QPoint(0, 0)).isEmpty());
    // Before the first step there is no cell.
    QVERIFY(heatmap->toolTipAt(QPoint(int(plot.left()) + 2, int(plot.center().y()))).isEmpty());
    QVERIFY(view->fidelityReport().isEmpty());
}

void TestPanelWidgets::heatmapSaysWhatItApproximates()
{
    const auto view = makeView(R"({"id": 1, "type": "heatmap", "title": "Raw",
      "gridPos": {"x": 0, "y": 0, "w": 24, "h": 10},
      "options": {"calculate": true, "color": {"mode": "scheme", "scheme": "Turbo"}},
      "targets": [{"refId": "A", "expr": "x"}]})");
    QVERIFY(view->heatmapPanel("Raw"));
    QCOMPARE(view->fidelityReport(),
             QStringList({"Raw: approximated: the Turbo colour scheme is drawn as Oranges; buckets "
                          "are not calculated from raw values: each series is a row"}));
    // Lines without `le` are rows as they are.
    QTRY_VERIFY(!view->heatmapPanel("Raw")->buckets().isEmpty());
    QVERIFY(!view->heatmapPanel("Raw")->buckets().cumulative);
    QCOMPARE(view->heatmapPanel("Raw")->buckets().upperBounds.size(), 2);
}

QTEST_MAIN(TestPanelWidgets)
#include "tst_panelwidgets.moc"
