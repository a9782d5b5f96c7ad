#include "chartview.h"
#include "chartwidget.h"
#include "dashboard/grafanadashboard.h"
#include "dashboard/panelfidelity.h"
#include "dashboardview.h"
#include "fakeprometheus.h"
#include "fittedlabel.h"
#include "legendmodel.h"
#include "plotitem.h"
#include "prometheus/promclient.h"
#include "statpanel.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace pc::app;

// Field config, legends, draw styles and stat tiles, as the Dashboard view draws them from
// dashboards written here, against a Prometheus stand-in that answers every range query with
// two series: code 200 (1.5, 2.25, 0.00001) and code 500 (0, 0.5).
class TestDashboardFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void negativeYDrawsTransmitBelowZero();
    void percentStackingSumsToOne();
    void drawStylesFillsAndColoursPerSeries();
    void softBoundsAndThresholdLines();
    void legendTableShowsCalcsSorted();
    void legendHiddenOrOnTheRight();
    void statTilesSideBySideWithTextModes();
    void statMappingsAndPerSeriesDecimals();
    void statTitleIsNeverCutWhereItFits_data();
    void statTitleIsNeverCutWhereItFits();
    void reportsWhatIsNotDrawn();

private:
    std::unique_ptr<DashboardView> open(const QByteArray &panels, int width = 1400);
    ChartWidget *answeredChart(DashboardView *view, const QString &title);
    StatPanel *answeredStat(DashboardView *view, const QString &title);

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
};

void TestDashboardFields::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    m_client = std::make_unique<pc::PromClient>(endpoint);
}

void TestDashboardFields::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

std::unique_ptr<DashboardView> TestDashboardFields::open(const QByteArray &panels, int width)
{
    const QByteArray json = R"~({"title": "Fields", "time": {"from": "now-15m", "to": "now"},
                                "panels": [)~"
                            + panels + "]}";
    const pc::GrafanaDashboardOutcome dashboard = pc::GrafanaDashboard::parse(json);
    if (const auto *error = std::get_if<pc::GrafanaDashboardError>(&dashboard))
        qFatal("test dashboard: %s", qPrintable(error->message));
    auto view = std::make_unique<DashboardView>(m_client.get(), dashboard);
    view->resize(width, 900);
    view->show();
    view->setPrometheusEnabled(true);
    return view;
}

ChartWidget *TestDashboardFields::answeredChart(DashboardView *view, const QString &title)
{
    ChartWidget *chart = view->chartWidget(title);
    if (chart && !QTest::qWaitFor([chart] { return chart->prometheusPointCount() > 0; }))
        return nullptr;
    return chart;
}

StatPanel *TestDashboardFields::answeredStat(DashboardView *view, const QString &title)
{
    StatPanel *stat = view->statPanel(title);
    if (stat && !QTest::qWaitFor([stat] { return !stat->tileTexts().isEmpty(); }))
        return nullptr;
    return stat;
}

namespace {

const pc::ChartSeries *seriesNamed(const ChartWidget *chart, const QString &name)
{
    for (const pc::ChartSeries &series : chart->series()) {
        if (series.name == name)
            return &series;
    }
    return nullptr;
}

const PlotItem::Line *lineNamed(const ChartWidget *chart, const QString &name)
{
    const pc::ChartSeries *series = seriesNamed(chart, name);
    return series ? chart->plot()->line(series->key) : nullptr;
}

}  // namespace

void TestDashboardFields::negativeYDrawsTransmitBelowZero()
{
    // The classic network panel: receive up, transmit mirrored below zero by an override.
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Network",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "fieldConfig": {"defaults": {"unit": "bps", "custom": {"fillOpacity": 20}},
          "overrides": [{"matcher": {"id": "byRegexp", "options": "/.*transmit.*/"},
                         "properties": [{"id": "custom.transform", "value": "negative-Y"}]}]},
        "targets": [{"refId": "A", "expr": "rate(rx[5m])", "legendFormat": "{{code}} receive"},
                    {"refId": "B", "expr": "rate(tx[5m])", "legendFormat": "{{code}} transmit"}]
})~");
    ChartWidget *chart = answeredChart(view.get(), "Network");
    QVERIFY(chart);
    QTRY_COMPARE(chart->series().size(), 4);
    const PlotItem::Line *transmit = lineNamed(chart, "200 transmit");
    const PlotItem::Line *receive = lineNamed(chart, "200 receive");
    QVERIFY(transmit && receive);
    QVERIFY(!transmit->points.isEmpty());
    for (const QPointF &point : transmit->points)
        QVERIFY2(point.y() <= 0, qPrintable(QString::number(point.y())));
    QVERIFY(std::any_of(transmit->points.cbegin(), transmit->points.cend(),
                        [](const QPointF &p) { return p.y() < -2; }));
    for (const QPointF &point : receive->points)
        QVERIFY(point.y() >= 0);
    // Both are filled down to zero, and the axis reaches below it; the legend keeps the
    // transmitted values positive, as Grafana's does.
    QCOMPARE(transmit->lower.size(), transmit->points.size());
    QVERIFY(chart->valueAxisRange().first <= -2.25);
    // The ticks above and below zero leave each label the room Qt Charts needs not to elide it.
    auto *axis = qobject_cast<QCategoryAxis *>(chart->view()->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QVERIFY(chart->view()->chart()->plotArea().height() / qreal(axis->categoriesLabels().size())
            >= chart->fontMetrics().height() * 1.6);
    const auto &rows = chart->legend()->rows();
    const auto row = std::find_if(rows.cbegin(), rows.cend(), [](const LegendModel::Row &r) {
        return r.name == "200 transmit";
    });
    QVERIFY(row != rows.cend());
    QCOMPARE(row->stats.max, 2.25);
}

void TestDashboardFields::percentStackingSumsToOne()
{
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Shares",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "fieldConfig": {"defaults": {"custom": {"stacking": {"mode": "percent", "group": "A"},
                                                "fillOpacity": 50}}},
        "targets": [{"refId": "A", "expr": "rate(x[5m])", "legendFormat": "{{code}}"}]
})~");
    ChartWidget *chart = answeredChart(view.get(), "Shares");
    QVERIFY(chart);
    const PlotItem::Line *bottom = lineNamed(chart, "200");
    const PlotItem::Line *top = lineNamed(chart, "500");
    QVERIFY(bottom && top);
    // Where both series have a point, the top of the stack is the whole: 1 (100 %).
    QCOMPARE(top->points.size(), 2);
    for (const QPointF &point : top->points)
        QCOMPARE(point.y(), 1.0);
    QCOMPARE(bottom->points.first().y(), 1.0);        // 1.5 of 1.5 + 0
    QCOMPARE(bottom->points.at(1).y(), 2.25 / 2.75);  // 2.25 of 2.25 + 0.5
    QCOMPARE(top->lower, bottom->points.mid(0, 2));
    QCOMPARE(chart->valueAxisRange(), std::make_pair(0.0, 1.0));
}

void TestDashboardFields::drawStylesFillsAndColoursPerSeries()
{
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Styles",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "fieldConfig": {"defaults": {"custom": {"drawStyle": "line", "lineWidth": 2}},
          "overrides": [
            {"matcher": {"id": "byName", "options": "200"},
             "properties": [{"id": "custom.drawStyle", "value": "bars"},
                            {"id": "color", "value": {"mode": "fixed", "fixedColor": "dark-red"}}]},
            {"matcher": {"id": "byName", "options": "500"},
             "properties": [{"id": "custom.drawStyle", "value": "points"},
                            {"id": "custom.fillOpacity", "value": 40}]}]},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "{{code}}"}]})~");
    ChartWidget *chart = answeredChart(view.get(), "Styles");
    QVERIFY(chart);
    const PlotItem::Line *bars = lineNamed(chart, "200");
    const PlotItem::Line *points = lineNamed(chart, "500");
    QVERIFY(bars && points);
    QCOMPARE(bars->draw, pc::SeriesStyle::Draw::Bars);
    QCOMPARE(bars->colour, QColor("#C4162A"));
    QCOMPARE(bars->width, 2.0);
    QCOMPARE(points->draw, pc::SeriesStyle::Draw::Points);
    QCOMPARE(points->fillOpacity, 0.4);
    QCOMPARE(points->lower.size(), points->points.size());
    // The legend's swatch is the series' colour.
    QCOMPARE(chart->legend()->rows().first().colour, QColor("#C4162A"));
}

void TestDashboardFields::softBoundsAndThresholdLines()
{
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Bounds",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "fieldConfig": {"defaults": {"unit": "percent",
          "custom": {"axisSoftMin": 0, "axisSoftMax": 100, "thresholdsStyle": {"mode": "line+area"}},
          "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": null},
                                                       {"color": "red", "value": 80}]}}},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "{{code}}"}]})~");
    ChartWidget *chart = answeredChart(view.get(), "Bounds");
    QVERIFY(chart);
    // The data reach 2.25 only: the soft maximum keeps the axis at 100.
    QCOMPARE(chart->valueAxisRange().first, 0.0);
    QVERIFY(chart->valueAxisRange().second >= 100.0);
    const QList<PlotItem::Threshold> &steps = chart->plot()->thresholds();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(1).value, 80.0);
    QCOMPARE(steps.at(1).colour, QColor("#F2495C"));
    QVERIFY(chart->plot()->thresholdStyle().lines);
    QVERIFY(chart->plot()->thresholdStyle().areas);

    // Data past a soft bound widen the axis; they are not cut.
    const auto soft = open(R"~({"id": 2, "type": "timeseries", "title": "Soft",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "fieldConfig": {"defaults": {"custom": {"axisSoftMax": 1}}},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "{{code}}"}]})~");
    ChartWidget *softChart = answeredChart(soft.get(), "Soft");
    QVERIFY(softChart);
    QVERIFY(softChart->valueAxisRange().second >= 2.25);
    QVERIFY(!softChart->plot()->thresholdStyle().lines);
}

void TestDashboardFields::legendTableShowsCalcsSorted()
{
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Legend",
        "gridPos": {"x": 0, "y": 0, "w": 24, "h": 10},
        "options": {"legend": {"displayMode": "table", "placement": "bottom",
                               "calcs": ["mean", "max", "lastNotNull", "sum", "count"],
                               "sortBy": "Max", "sortDesc": true}},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "{{code}}"}]})~");
    ChartWidget *chart = answeredChart(view.get(), "Legend");
    QVERIFY(chart);
    LegendModel *legend = chart->legend();
    QAbstractItemModelTester tester(legend, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(legend->columnCount(), 6);
    QStringList headers;
    for (int column = 0; column < legend->columnCount(); ++column)
        headers.append(legend->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, QStringList({"Series", "Mean", "Max", "Last *", "Total", "Count"}));
    QCOMPARE(legend->rowCount(), 2);
    const auto row = [&](const QString &name) {
        QStringList cells;
        for (int r = 0; r < legend->rowCount(); ++r) {
            if (legend->data(legend->index(r, 0)).toString() != name)
                continue;
            for (int column = 1; column < legend->columnCount(); ++column)
                cells.append(legend->data(legend->index(r, column)).toString());
        }
        return cells;
    };
    QCOMPARE(row("200"), QStringList({"1.25", "2.25", "0", "3.75", "3"}));
    QCOMPARE(row("500"), QStringList({"0.25", "0.5", "0.5", "0.5", "2"}));
    // Sorted by Max, highest first, as the panel asks.
    auto *table = chart->findChild<QTableView *>("legend");
    QVERIFY(table && table->isVisible());
    QVERIFY(table->horizontalHeader()->isVisible());
    QCOMPARE(table->model()->data(table->model()->index(0, 0)).toString(), QString("200"));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 2);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestDashboardFields::legendHiddenOrOnTheRight()
{
    const auto view = open(R"~({"id": 1, "type": "timeseries", "title": "Hidden",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
        "options": {"legend": {"displayMode": "list", "showLegend": false}},
        "targets": [{"refId": "A", "expr": "x"}]},
       {"id": 2, "type": "timeseries", "title": "Right",
        "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8},
        "options": {"legend": {"displayMode": "table", "placement": "right", "calcs": ["last"]}},
        "targets": [{"refId": "A", "expr": "x"}]})~");
    ChartWidget *hidden = answeredChart(view.get(), "Hidden");
    ChartWidget *right = answeredChart(view.get(), "Right");
    QVERIFY(hidden && right);
    QVERIFY(!hidden->findChild<QTableView *>("legend")->isVisible());
    auto *legend = right->findChild<QTableView *>("legend");
    QVERIFY(legend->isVisible());
    QCOMPARE(right->findChild<QSplitter *>()->orientation(), Qt::Horizontal);
    QVERIFY(legend->geometry().left() > right->view()->geometry().right());
}

void TestDashboardFields::statTilesSideBySideWithTextModes()
{
    const auto view = open(R"~({"id": 1, "type": "stat", "title": "Both",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 5},
        "options": {"textMode": "value_and_name", "graphMode": "area",
                    "reduceOptions": {"calcs": ["max"]}},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "code {{code}}"}]},
       {"id": 2, "type": "stat", "title": "Values",
        "gridPos": {"x": 12, "y": 0, "w": 6, "h": 12},
        "options": {"textMode": "value", "graphMode": "none", "orientation": "horizontal"},
        "targets": [{"refId": "A", "expr": "x", "legendFormat": "code {{code}}"}]},
       {"id": 3, "type": "stat", "title": "Nothing",
        "gridPos": {"x": 18, "y": 0, "w": 6, "h": 5},
        "options": {"textMode": "none"},
        "targets": [{"refId": "A", "expr": "x"}]})~");
    StatPanel *both = answeredStat(view.get(), "Both");
    QVERIFY(both);
    const QList<StatPanel::TileText> texts = both->tileTexts();
    QCOMPARE(texts.size(), 2);
    QCOMPARE(texts.at(0).name, QString("code 200"));
    QCOMPARE(texts.at(0).value, QString("2.25"));
    QCOMPARE(texts.at(1).name, QString("code 500"));
    QCOMPARE(texts.at(1).value, QString("0.50"));
    QVERIFY(both->drawsSparklines());
    // A wide panel: the tiles side by side, each half of it.
    const QList<QRectF> tiles = both->tileRects();
    QCOMPARE(tiles.size(), 2);
    QCOMPARE(tiles.at(0).top(), tiles.at(1).top());
    QVERIFY(tiles.at(0).right() <= tiles.at(1).left());
    QVERIFY(tiles.at(0).width() > both->width() / 2.0 - 10);

    StatPanel *values = answeredStat(view.get(), "Values");
    QVERIFY(values);
    QCOMPARE(values->tileTexts().at(0).name, QString());
    QCOMPARE(values->tileTexts().at(0).value, QString("0.00"));  // lastNotNull of 200: 1e-05
    QVERIFY(!values->drawsSparklines());
    const QList<QRectF> stacked = values->tileRects();
    QCOMPARE(stacked.at(0).left(), stacked.at(1).left());
    QVERIFY(stacked.at(0).bottom() <= stacked.at(1).top());

    StatPanel *nothing = answeredStat(view.get(), "Nothing");
    QVERIFY(nothing);
    for (const StatPanel::TileText &text : nothing->tileTexts())
        QVERIFY(text.name.isEmpty() && text.value.isEmpty());
}

void TestDashboardFields::statMappingsAndPerSeriesDecimals()
{
    const auto view = open(R"~({"id": 1, "type": "stat", "title": "Mapped",
        "gridPos": {"x": 0, "y": 0, "w": 12, "h": 5},
        "options": {"reduceOptions": {"calcs": ["max"]}},
        "fieldConfig": {
          "defaults": {"unit": "decbytes", "decimals": 1,
            "mappings": [{"type": "range", "options": {"from": 0, "to": 1,
                          "result": {"text": "Low", "color": "blue", "index": 0}}}],
            "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": null},
                                                         {"color": "red", "value": 2}]}},
          "overrides": [{"matcher": {"id": "byName", "options": "200"},
                         "properties": [{"id": "decimals", "value": 3},
                                        {"id": "displayName", "value": "OK (${__field.labels.code})"}]
}]
}
, "targets" : [ {"refId" : "A", "expr" : "x", "legendFormat" : "{{code}}"} ]
})~");
    StatPanel *stat = answeredStat(view.get(), "Mapped");
    QVERIFY(stat);
    // 200's max, 2.25, in decbytes with its own 3 decimals and threshold colour; 500's max,
    // 0.5, mapped to "Low" in blue.
    QCOMPARE(stat->valueTexts(), QStringList({"OK (200): 2.250 B", "500: Low"}));
    QCOMPARE(stat->valueColor(), QColor("#F2495C"));
}

void TestDashboardFields::statTitleIsNeverCutWhereItFits_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("whole");
    QTest::addRow("CPU Cores, 4 columns") << 4 << "CPU Cores" << true;
    QTest::addRow("CPU Cores, 2 columns") << 2 << "CPU Cores" << true;
    QTest::addRow("SWAP Total, 2 columns") << 2 << "SWAP Total" << true;
    QTest::addRow("a long title in 1 column is elided")
        << 1 << "Root filesystem used, of every mount point" << false;
}

void TestDashboardFields::statTitleIsNeverCutWhereItFits()
{
    QFETCH(int, columns);
    QFETCH(QString, title);
    QFETCH(bool, whole);
    const QByteArray panel =
        QStringLiteral(
            R"~({"id": 1, "type": "stat", "title": "%1", "gridPos": {"x": 0, "y": 0, "w": %2, "h": 3},
            "targets": [{"refId": "A", "expr": "x"}]})~")
            .arg(title)
            .arg(columns)
            .toUtf8();
    const auto view = open(panel, 1400);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    FittedLabel *label = nullptr;
    for (auto *candidate : view->findChildren<FittedLabel *>("panelTitle")) {
        if (candidate->fullText() == title)
            label = candidate;
    }
    QVERIFY(label);
    QTRY_VERIFY(label->width() > 0);
    QCOMPARE(label->showsWholeText(), whole);
    if (whole) {
        QCOMPARE(label->text(), title);
        QVERIFY(QFontMetricsF(label->font()).horizontalAdvance(title)
                <= label->contentsRect().width());
    } else {
        QVERIFY(label->text().endsWith(QChar(0x2026)));
        QCOMPARE(label->font().pointSizeF(), FittedLabel::SmallestPointSize);
        QCOMPARE(label->toolTip(), title);
    }
}

void TestDashboardFields::reportsWhatIsNotDrawn()
{
    const auto dashboard = pc::GrafanaDashboard::parse(R"~({"panels": [
        {"id": 1, "type": "timeseries", "title": "Fancy",
         "fieldConfig": {"defaults": {"unit": "lengthmm",
                                      "custom": {"gradientMode": "hue", "fillOpacity": 10}},
           "overrides": [{"matcher": {"id": "byValue", "options": {}}, "properties": []},
                         {"matcher": {"id": "byName", "options": "x"},
                          "properties": [{"id": "unit", "value": "s"}]}]},
         "options": {"legend": {"calcs": ["mean", "stdDev"]}},
         "targets": [{"refId": "A", "expr": "x"}]},
        {"id": 2, "type": "timeseries", "title": "Plain",
         "fieldConfig": {"defaults": {"unit": "bytes",
           "custom": {"drawStyle": "bars", "stacking": {"mode": "normal"},
                      "transform": "negative-Y", "lineInterpolation": "linear",
                      "thresholdsStyle": {"mode": "area"}}}},
         "options": {"legend": {"calcs": ["lastNotNull", "max"], "displayMode": "table"}},
         "targets": [{"refId": "A", "expr": "x"}]}]})~");
    QVERIFY(std::holds_alternative<pc::GrafanaDashboard>(dashboard));
    const auto &panels = std::get<pc::GrafanaDashboard>(dashboard).panels;
    const pc::PanelFidelity fancy = pc::PanelFidelity::of(panels.at(0));
    QCOMPARE(fancy.state, pc::PanelFidelity::State::Approximated);
    for (const char *note :
         {"custom.gradientMode", "byValue", "lengthmm", "stdDev", "unit of their own"})
        QVERIFY2(fancy.note.contains(note), qPrintable(fancy.note));
    const pc::PanelFidelity plain = pc::PanelFidelity::of(panels.at(1));
    QCOMPARE(plain.state, pc::PanelFidelity::State::Drawn);
}

QTEST_MAIN(TestDashboardFields)
#include "tst_dashboardfields.moc"
