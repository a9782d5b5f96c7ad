#include "chartview.h"
#include "chartwidget.h"
#include "dashboard/grafanathresholds.h"
#include "dashboardview.h"
#include "fakeprometheus.h"
#include "legendmodel.h"
#include "prometheus/promclient.h"
#include "statpanel.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTest>

using namespace pc::app;

using namespace std::chrono_literals;

// The Dashboard view, offscreen, against a Prometheus stand-in that answers every range query
// with two series (code 200 and 500).
class TestDashboardView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void drawsEveryShippedPanel();
    void statPanelsShowTheReducedValueInTheirUnitAndThresholdColour();
    void timeSeriesPanelsNameTheirSeriesByLegendFormat();
    void oneZoomAndOneRangeForAllPanels();
    void namesAPanelTypeItDoesNotDraw();
    void asksNothingWhileHiddenOrWithoutPrometheus();
    void saysWhyThePanelsAreEmpty();

private:
    std::unique_ptr<DashboardView> makeView(const pc::GrafanaDashboardOutcome &dashboard);

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
    pc::GrafanaDashboard m_shipped;
};

void TestDashboardView::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    m_client = std::make_unique<pc::PromClient>(endpoint);
    const auto shipped = pc::GrafanaDashboard::shipped();
    QVERIFY(std::holds_alternative<pc::GrafanaDashboard>(shipped));
    m_shipped = std::get<pc::GrafanaDashboard>(shipped);
}

void TestDashboardView::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

std::unique_ptr<DashboardView> TestDashboardView::makeView(
    const pc::GrafanaDashboardOutcome &dashboard)
{
    auto view = std::make_unique<DashboardView>(m_client.get(), dashboard);
    view->resize(1200, 900);
    view->show();
    view->setPrometheusEnabled(true);
    return view;
}

void TestDashboardView::drawsEveryShippedPanel()
{
    const auto view = makeView(m_shipped);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QCOMPARE(view->panelTitles().size(), m_shipped.panels.size());
    QVERIFY2(view->placeholderTypes().isEmpty(), qPrintable(view->placeholderTypes().join(", ")));
    QVERIFY(view->findChildren<QLabel *>("panelPlaceholder").isEmpty());
    for (const pc::GrafanaPanel &panel : std::as_const(m_shipped.panels)) {
        const bool drawn = panel.kind == pc::GrafanaPanel::Kind::Stat
                               ? view->statPanel(panel.title) != nullptr
                               : view->chartWidget(panel.title) != nullptr;
        QVERIFY2(drawn, qPrintable(panel.title));
    }
    QCOMPARE(view->dataPanelCount(), m_shipped.panels.size());
    QTRY_COMPARE(view->answeredPanelCount(), view->dataPanelCount());

    // Each panel sits where its gridPos puts it: the top row of stats above the time series,
    // the two halves of a row side by side.
    QWidget *requests = view->statPanel("Requests answered")->parentWidget();
    QWidget *perSeries = view->chartWidget("Requests answered, per series")->parentWidget();
    QWidget *byCode = view->chartWidget("Request rate by status code")->parentWidget();
    QVERIFY(requests->geometry().bottom() < perSeries->geometry().top());
    QCOMPARE(perSeries->geometry().top(), byCode->geometry().top());
    QVERIFY(perSeries->geometry().right() < byCode->geometry().left());
    QVERIFY(qAbs(perSeries->width() - byCode->width()) <= 1);
    for (QLabel *title : view->findChildren<QLabel *>("panelTitle"))
        QVERIFY2(m_shipped.panels.end()
                     != std::find_if(
                         m_shipped.panels.begin(), m_shipped.panels.end(),
                         [&](const pc::GrafanaPanel &p) { return p.title == title->text(); }),
                 qPrintable(title->text()));
}

void TestDashboardView::statPanelsShowTheReducedValueInTheirUnitAndThresholdColour()
{
    const auto view = makeView(m_shipped);
    QTRY_COMPARE(view->answeredPanelCount(), view->dataPanelCount());
    // The first series' last value is 1e-05, and the second's is 0.5.
    const StatPanel *rate = view->statPanel("Request rate");
    QVERIFY2(rate->valueTexts().first().endsWith("req/s"),
             qPrintable(rate->valueTexts().join('|')));
    QCOMPARE(rate->valueTexts().size(), 2);
    const StatPanel *errors = view->statPanel("Error ratio (5xx)");
    QVERIFY2(errors->valueTexts().last().endsWith("50.0%"),
             qPrintable(errors->valueTexts().join('|')));
    const StatPanel *latency = view->statPanel("Latency p95");
    QVERIFY2(latency->valueTexts().last().endsWith("500 ms"),
             qPrintable(latency->valueTexts().join('|')));
    for (const pc::GrafanaPanel &panel : std::as_const(m_shipped.panels)) {
        if (panel.kind != pc::GrafanaPanel::Kind::Stat || panel.thresholds.steps.isEmpty())
            continue;
        const QString expected =
            pc::grafanaColorToCss(pc::thresholdColor(panel.thresholds, 1e-05, 0, 1));
        QCOMPARE(view->statPanel(panel.title)->valueColor(), QColor(expected));
    }
}

void TestDashboardView::timeSeriesPanelsNameTheirSeriesByLegendFormat()
{
    const auto view = makeView(m_shipped);
    QTRY_COMPARE(view->answeredPanelCount(), view->dataPanelCount());
    // Three targets, each `legendFormat` a constant: six lines, two per quantile, kept apart.
    const ChartWidget *quantiles = view->chartWidget("Latency quantiles");
    QStringList names;
    for (const pc::ChartSeries &s : quantiles->series())
        names.append(s.name);
    QCOMPARE(names, QStringList({"p50", "p50", "p95", "p95", "p99", "p99"}));
    QCOMPARE(quantiles->legend()->rowCount(), 6);
    QCOMPARE(quantiles->unit(), pc::DisplayFormat::Unit::Seconds);
    // `{{code}}` takes each series' code label.
    names.clear();
    for (const pc::ChartSeries &s : view->chartWidget("Request rate by status code")->series())
        names.append(s.name);
    QCOMPARE(names, QStringList({"200", "500"}));
    QCOMPARE(view->chartWidget("Memory")->unit(), pc::DisplayFormat::Unit::Bytes);
    QVERIFY(view->chartWidget("Memory")->legend()->rowCount() > 0);
}

void TestDashboardView::oneZoomAndOneRangeForAllPanels()
{
    const auto view = makeView(m_shipped);
    QTRY_COMPARE(view->answeredPanelCount(), view->dataPanelCount());
    // The dashboard's own range (now-15m) to start with.
    auto range = view->panelRanges().first();
    QVERIFY(qAbs((range.second - range.first) - 900'000) < 2000);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // What a drag across the Memory panel asks for.
    emit view->chartWidget("Memory")->view()->zoomRequested(now - 120'000, now - 60'000);
    QVERIFY(!view->isLive());
    for (const auto &panelRange : view->panelRanges())
        QCOMPARE(panelRange, std::pair(now - 120'000, now - 60'000));

    view->backToLive();
    QVERIFY(view->isLive());
    auto *choice = view->findChild<QComboBox *>("dashboardRange");
    choice->setCurrentIndex(choice->findData(3600));
    for (const auto &panelRange : view->panelRanges())
        QVERIFY(qAbs((panelRange.second - panelRange.first) - 3'600'000) < 2000);
}

void TestDashboardView::namesAPanelTypeItDoesNotDraw()
{
    const QByteArray json = R"json({"title": "Mixed", "panels": [
        {"id": 1, "type": "piechart", "title": "Shares", "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8}},
        {"id": 2, "type": "stat", "title": "Total", "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8},
         "targets": [{"refId": "A", "expr": "sum(up)"}]}]})json";
    const auto view = makeView(pc::GrafanaDashboard::parse(json));
    QCOMPARE(view->placeholderTypes(), QStringList({"piechart"}));
    const auto placeholders = view->findChildren<QLabel *>("panelPlaceholder");
    QCOMPARE(placeholders.size(), 1);
    QVERIFY2(placeholders.first()->text().contains("“piechart”"),
             qPrintable(placeholders.first()->text()));
    QVERIFY(view->statPanel("Total"));
    QCOMPARE(view->dataPanelCount(), 1);
}

void TestDashboardView::asksNothingWhileHiddenOrWithoutPrometheus()
{
    auto view = std::make_unique<DashboardView>(m_client.get(), m_shipped);
    view->setPrometheusEnabled(true);  // but not shown
    PC_COMPARE_STAYS(m_fake->requestCount(), 0, 300);
    view->setPrometheusEnabled(false);
    view->show();  // shown, but no Prometheus to ask
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    PC_COMPARE_STAYS(m_fake->requestCount(), 0, 300);
    // And it says why its panels are empty, until Prometheus answers.
    QVERIFY2(view->problemText().startsWith("No Prometheus to ask yet"),
             qPrintable(view->problemText()));
    view->setPrometheusEnabled(true);
    QTRY_VERIFY(view->inViewPanelsAnswered());
    QVERIFY(view->problemText().isEmpty());
}

void TestDashboardView::saysWhyThePanelsAreEmpty()
{
    m_fake->respondWithFile("/api/v1/query_range", "proxy_502.html", 502);
    const auto view = makeView(m_shipped);
    QTRY_VERIFY(!view->problemText().isEmpty());
    QVERIFY2(view->problemText().contains("502"), qPrintable(view->problemText()));
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    QTRY_VERIFY_WITH_TIMEOUT(view->problemText().isEmpty(), 15000);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
