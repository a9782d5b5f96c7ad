#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "chartview.h"
#include "chartwidget.h"
#include "explorebar.h"
#include "fakeprometheus.h"
#include "legendmodel.h"
#include "livechartview.h"
#include "prometheus/promclient.h"
#include "settings/queryhistory.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDesktopServices>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Labels = QMap<QString, QString>;
using namespace pc::app;

/// The Live chart view, offscreen: its explore bar and chart, fed by a real RangePoller and
/// LocalCounterSampler asking a stand-in Prometheus. What the chart shows is read from its
/// legend model, its axes and its labels, as a user sees them.
class TestLiveChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keepsSeriesApartThatDifferOnlyInInstanceOrLe();
    void localLineDoesNotScaleACustomQuery();
    void labelsTheAxisWithUnitsAndRoundTicks_data();
    void labelsTheAxisWithUnitsAndRoundTicks();
    void saysWhenAQueryHasNoData();
    void togglesAndIsolatesFromTheLegend();
    void listsEveryValueAtTheHoveredTime();
    void capsTheSeriesAndSaysSo();
    void zoomsIntoADraggedRangeAndGoesBackToLive();
    void opensTheQueryInPrometheus();
    void exportsVisibleSeriesAsCsv();
    void remembersCustomQueries();
    void followsADarkPalette();
    void choosesTheQuery();
    void hasNoLocalLineForCustomQueries();
    void legendIsAWellBehavedModel();
    void keepsTheLastTwentyQueries();
    void saysNothingOfTheLastQuerysCountAfterARejection();
    void takesTheUnitOfARejectedQuery();
    void saysTheCounterAppearsWithTheFirstRequest();
    void saysNoDataWhenPrometheusDoesNotScrapeThisApp();

public slots:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    /// A matrix answer: one series per label set, values at the last three 5 s steps.
    void answer(const QList<Labels> &labelSets, const QList<double> &values, double increment = 1);
    void chart(const QString &promql);
    ChartWidget *widget() const { return m_panel->chart(); }
    QStringList lineKeys() const;
    int visibleLineCount() const;
    QCategoryAxis *valueAxis() const;
    QString noDataText() const;
    QString seriesCountText() const;
    static QString firstTarget()
    {
        const auto targets = std::get<QList<pc::ScrapeTarget>>(
            pc::parseTargetsResponse(pc::test::FakePrometheus::dataFile("targets.json"), 200));
        return targets.first().scrapeUrl;
    }

    QTemporaryDir m_config;
    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
    std::unique_ptr<pc::TimeRange> m_range;
    std::unique_ptr<pc::RangePoller> m_poller;
    std::unique_ptr<pc::LocalCounterSampler> m_sampler;
    std::unique_ptr<pc::ScrapeTargetWatcher> m_watcher;
    std::unique_ptr<LiveChartView> m_panel;
    quint64 m_counter = 0;
    QList<QUrl> m_opened;
};

void TestLiveChartView::initTestCase()
{
    // Query history goes to QSettings: keep it out of the user's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("prom-companion-test"));
}

void TestLiveChartView::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/api/v1/targets", "targets.json");
    answer({}, {});
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    endpoint.timeout = 2s;
    m_client = std::make_unique<pc::PromClient>(endpoint);
    m_counter = 5000;
    m_range = std::make_unique<pc::TimeRange>();
    m_poller = std::make_unique<pc::RangePoller>(m_client.get(), m_range.get());
    m_poller->setRefreshInterval(100ms);
    m_sampler = std::make_unique<pc::LocalCounterSampler>([this] { return m_counter; });
    m_sampler->setInterval(50ms);
    m_watcher = std::make_unique<pc::ScrapeTargetWatcher>(m_client.get(),
                                                          QUrl("http://127.0.0.1:1/metrics"));
    m_panel = std::make_unique<LiveChartView>(LiveChartView::Sources{
        m_client.get(), m_range.get(), m_poller.get(), m_sampler.get(), m_watcher.get()});
    m_panel->resize(900, 600);
    m_panel->show();
    m_poller->setEnabled(true);
    m_watcher->setEnabled(true);
    m_sampler->start();
}

void TestLiveChartView::cleanup()
{
    m_panel.reset();
    m_watcher.reset();
    m_sampler.reset();
    m_poller.reset();
    m_range.reset();
    m_client.reset();
    m_fake.reset();
}

void TestLiveChartView::answer(const QList<Labels> &labelSets, const QList<double> &values,
                               double increment)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 5 * 5;
    QJsonArray result;
    for (qsizetype i = 0; i < labelSets.size(); ++i) {
        QJsonObject metric;
        for (auto it = labelSets[i].begin(); it != labelSets[i].end(); ++it)
            metric.insert(it.key(), it.value());
        QJsonArray points;
        for (int step = 2; step >= 0; --step) {
            const double v = values.value(i, double(i)) + (2 - step) * increment;
            points.append(QJsonArray{double(now - 5 * step), QString::number(v, 'g', 17)});
        }
        result.append(QJsonObject{{"metric", metric}, {"values", points}});
    }
    const QJsonObject body{{"status", "success"},
                           {"data", QJsonObject{{"resultType", "matrix"}, {"result", result}}}};
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_fake->respond("/api/v1/query_range", response);
}

void TestLiveChartView::chart(const QString &promql)
{
    m_panel->setCustomQuery(promql);
    QTRY_COMPARE(
        m_fake->lastQuery("/api/v1/query_range").queryItemValue("query", QUrl::FullyDecoded),
        promql);
}

QStringList TestLiveChartView::lineKeys() const
{
    QStringList keys;
    for (const LegendModel::Row &row : widget()->legend()->rows())
        keys.append(row.key);
    keys.sort();
    return keys;
}

int TestLiveChartView::visibleLineCount() const
{
    const auto &rows = widget()->legend()->rows();
    return int(std::count_if(rows.begin(), rows.end(), [](const LegendModel::Row &row) {
        return row.visible && row.stats.count > 0;
    }));
}

QCategoryAxis *TestLiveChartView::valueAxis() const
{
    return qobject_cast<QCategoryAxis *>(widget()->view()->chart()->axes(Qt::Vertical).value(0));
}

QString TestLiveChartView::noDataText() const
{
    for (QGraphicsItem *item : widget()->view()->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item); text && text->isVisible())
            return text->text();
    }
    return {};
}

QString TestLiveChartView::seriesCountText() const
{
    return widget()->findChild<QLabel *>("seriesCount")->text();
}

void TestLiveChartView::keepsSeriesApartThatDifferOnlyInInstanceOrLe()
{
    QList<Labels> sets;
    for (const char *instance : {"127.0.0.1:8000", "127.0.0.1:8001"})
        for (const char *le : {"0.1", "0.5", "+Inf"})
            sets.append({{"__name__", "http_request_duration_seconds_bucket"},
                         {"instance", instance},
                         {"le", le},
                         {"job", "my_app"}});
    answer(sets, {});
    chart("rate(http_request_duration_seconds_bucket[1m])");
    QTRY_COMPARE(lineKeys().size(), 6);
    QCOMPARE(widget()->legend()->rowCount(), 6);
    QSet<QString> names;
    for (const LegendModel::Row &row : widget()->legend()->rows())
        names.insert(row.name);
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(R"({instance="127.0.0.1:8000", le="+Inf"})"));
    // Hovering a name shows the whole label set.
    QVERIFY(widget()->legend()->rows().first().tooltip.contains(R"(job="my_app")"));
}

void TestLiveChartView::localLineDoesNotScaleACustomQuery()
{
    answer({{{"__name__", "up"}, {"job", "my_app"}}}, {1});
    QTRY_VERIFY(lineKeys().contains(ChartWidget::LocalKey));
    chart("up");
    QTRY_COMPARE(lineKeys(), QStringList{"up{job=\"my_app\"}"});
    // The counter of 5000 sets no scale: up's 1 to 3 do.
    QTRY_COMPARE(valueAxis()->categoriesLabels().last(), QString("3"));
}

void TestLiveChartView::labelsTheAxisWithUnitsAndRoundTicks_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("topLabel");
    QTest::addRow("p95 latency") << "histogram_quantile(0.95, sum by (le) "
                                    "(rate(http_request_duration_seconds_bucket[1m])))"
                                 << 0.2 << "value (s)"
                                 << "200 ms";
    QTest::addRow("memory") << "process_resident_memory_bytes" << 20.0 * 1048576 << "value (bytes)"
                            << "20 MiB";
    QTest::addRow("a large count") << "http_requests_total" << 12000.0 << "value"
                                   << "12.5 k";
}

void TestLiveChartView::labelsTheAxisWithUnitsAndRoundTicks()
{
    QFETCH(QString, promql);
    QFETCH(double, value);
    answer({{{"code", "200"}}}, {value}, 0);
    chart(promql);
    QFETCH(QString, title);
    QFETCH(QString, topLabel);
    QTRY_COMPARE(valueAxis()->titleText(), title);
    QTRY_COMPARE(valueAxis()->categoriesLabels().last(), topLabel);
    for (const QString &label : valueAxis()->categoriesLabels())
        QVERIFY2(!label.contains('e'), qPrintable(label));
}

void TestLiveChartView::saysWhenAQueryHasNoData()
{
    answer({}, {});
    chart("nothing_here_total");
    QTRY_VERIFY(noDataText().contains("No data for nothing_here_total"));
    answer({{{"code", "200"}}}, {1});
    QTRY_VERIFY(noDataText().isEmpty());
    QTRY_COMPARE(seriesCountText(), QString("1 series from Prometheus"));
}

void TestLiveChartView::togglesAndIsolatesFromTheLegend()
{
    answer({{{"code", "200"}}, {{"code", "404"}}, {{"code", "500"}}}, {});
    chart("sum by (code) (http_requests_total)");
    QTRY_COMPARE(visibleLineCount(), 3);
    widget()->toggleLegendRow(1, Qt::NoModifier);
    QTRY_COMPARE(visibleLineCount(), 2);
    QVERIFY(!widget()->legend()->rows()[1].visible);
    widget()->toggleLegendRow(1, Qt::NoModifier);
    QCOMPARE(visibleLineCount(), 3);
    widget()->toggleLegendRow(2, Qt::ControlModifier);
    QCOMPARE(visibleLineCount(), 1);
    QVERIFY(widget()->legend()->rows()[2].visible);
    // Hidden lines stay hidden when Prometheus answers again.
    PC_COMPARE_STAYS(visibleLineCount(), 1, 300);
    widget()->toggleLegendRow(2, Qt::ControlModifier);
    QCOMPARE(visibleLineCount(), 3);

    // The keyboard does the same: Space on the current row.
    auto *table = widget()->findChild<QTableView *>("legend");
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(visibleLineCount(), 2);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(visibleLineCount(), 3);
}

void TestLiveChartView::listsEveryValueAtTheHoveredTime()
{
    answer({{{"code", "200"}}, {{"code", "500"}}}, {0.5, 2.5});
    chart("sum by (code) (rate(http_requests_total[1m]))");
    QTRY_COMPARE(widget()->legend()->rowCount(), 2);
    const qint64 last = QDateTime::currentSecsSinceEpoch() / 5 * 5 * 1000;
    const QStringList rows = widget()->hoverRows(last);
    // Highest first, in the query's unit.
    QCOMPARE(rows, QStringList({R"({code="500"}: 4.5 req/s)", R"({code="200"}: 2.5 req/s)"}));
    QCOMPARE(widget()->hoverRows(last - 5000),
             QStringList({R"({code="500"}: 3.5 req/s)", R"({code="200"}: 1.5 req/s)"}));
    QVERIFY(widget()->hoverRows(last - 3600'000).isEmpty());
}

void TestLiveChartView::capsTheSeriesAndSaysSo()
{
    QList<Labels> sets;
    for (int i = 0; i < 600; ++i)
        sets.append({{"__name__", "x"}, {"id", QString::number(i)}});
    answer(sets, {});
    chart("x");
    QTRY_COMPARE(widget()->legend()->rowCount(), pc::RangePoller::maxSeries());
    QVERIFY2(seriesCountText().contains("first 500 of 600 series"), qPrintable(seriesCountText()));
}

void TestLiveChartView::zoomsIntoADraggedRangeAndGoesBackToLive()
{
    answer({{{"code", "200"}}}, {1});
    chart("x");
    QTRY_VERIFY(lineKeys().size() == 1);
    ChartView *view = widget()->view();
    const auto [from, to] = m_range->range();
    QRectF plot = view->chart()->plotArea();
    const QPoint a =
        view->mapFromScene(QPointF(plot.left() + plot.width() * 0.25, plot.center().y()));
    const QPoint b =
        view->mapFromScene(QPointF(plot.left() + plot.width() * 0.75, plot.center().y()));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    QTRY_VERIFY(!m_range->isLive());
    const auto [zoomFrom, zoomTo] = m_range->range();
    const qint64 span = to - from;
    QVERIFY(std::abs(zoomFrom - (from + span / 4)) < span / 20);
    QVERIFY(std::abs(zoomTo - (from + span * 3 / 4)) < span / 20);
    QTRY_COMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble(),
                 zoomTo / 1000.0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, a);
    QTRY_VERIFY(m_range->isLive());
}

void TestLiveChartView::opensTheQueryInPrometheus()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    chart("sum(rate(http_requests_total[1m])) + 1");
    m_panel->openInPrometheus();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QCOMPARE(m_opened.size(), 1);
    const QUrl url = m_opened.first();
    QCOMPARE(url.path(), QString("/graph"));
    QCOMPARE(QUrlQuery(url).queryItemValue("g0.expr", QUrl::FullyDecoded),
             QString("sum(rate(http_requests_total[1m])) + 1"));
    QCOMPARE(QUrlQuery(url).queryItemValue("g0.range_input"), QString("300s"));
}

void TestLiveChartView::exportsVisibleSeriesAsCsv()
{
    answer({{{"code", "200"}}, {{"code", "500"}}}, {1, 7});
    chart("sum by (code) (http_requests_total)");
    QTRY_COMPARE(widget()->legend()->rowCount(), 2);
    widget()->toggleLegendRow(0, Qt::NoModifier);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(widget()->exportCsv(dir.filePath("x.csv"), &error), qPrintable(error));
    QFile file(dir.filePath("x.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray(R"(time,"{code=""500""}")"));
    QVERIFY(lines[1].endsWith(",7"));
    QVERIFY2(widget()->exportPng(dir.filePath("x.png"), &error), qPrintable(error));
    QVERIFY(QImage(dir.filePath("x.png")).width() > 100);
    QVERIFY(!widget()->exportCsv(dir.filePath("no/such/dir/x.csv"), &error));
    QVERIFY(error.contains("no/such/dir"));
}

void TestLiveChartView::remembersCustomQueries()
{
    chart("up");
    chart("rate(x_total[1m])");
    const QStringList history = QSettings().value("chart/queryHistory").toStringList();
    QCOMPARE(history.mid(0, 2), QStringList({"rate(x_total[1m])", "up"}));
}

void TestLiveChartView::followsADarkPalette()
{
    auto chartBackground = [this] {
        const QImage image = widget()->view()->grab().toImage();
        return image.pixelColor(image.width() / 2, image.height() / 2).lightness();
    };
    QTRY_VERIFY(chartBackground() > 200);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    m_panel->setPalette(dark);
    QTRY_VERIFY(chartBackground() < 60);
}

void TestLiveChartView::choosesTheQuery()
{
    QCOMPARE(pc::livePromql(pc::LiveView::Total, {}), QString("http_requests_total"));
    QCOMPARE(pc::livePromql(pc::LiveView::Rate, {}),
             QString("sum by (code) (rate(http_requests_total[1m]))"));
    QCOMPARE(pc::livePromql(pc::LiveView::Custom, "  up  "), QString("up"));
    QCOMPARE(pc::livePromql(pc::LiveView::Total, {}, "instance=\"a:1\""),
             QString("http_requests_total{instance=\"a:1\"}"));
}

void TestLiveChartView::hasNoLocalLineForCustomQueries()
{
    QTRY_VERIFY(widget()->hasLocalLine());
    chart("up");
    QVERIFY(!widget()->hasLocalLine());
    QVERIFY(!lineKeys().contains(ChartWidget::LocalKey));
    m_panel->exploreBar()->setView(pc::LiveView::Total);
    QVERIFY(widget()->hasLocalLine());
    QTRY_COMPARE(widget()->legend()->rows().first().stats.last, 5000.0);
}

void TestLiveChartView::legendIsAWellBehavedModel()
{
    QAbstractItemModelTester tester(widget()->legend(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    answer({{{"code", "200"}}, {{"code", "404"}}, {{"code", "500"}}}, {});
    chart("sum by (code) (http_requests_total)");
    QTRY_COMPARE(widget()->legend()->rowCount(), 3);
    widget()->toggleLegendRow(1, Qt::NoModifier);
    answer({{{"code", "200"}}}, {});
    QTRY_COMPARE(widget()->legend()->rowCount(), 1);
    QCOMPARE(widget()->legend()->columnCount(), int(LegendModel::ColumnCount));
}

void TestLiveChartView::keepsTheLastTwentyQueries()
{
    QSettings store(m_config.filePath("history.ini"), QSettings::IniFormat);
    pc::QueryHistory history(&store);
    for (int i = 0; i < 25; ++i)
        history.remember(QString("q%1").arg(i));
    history.remember("  ");
    history.remember("q20");
    QCOMPARE(history.entries().size(), pc::QueryHistory::capacity());
    QCOMPARE(history.entries().first(), QString("q20"));
    QCOMPARE(history.entries().count("q20"), 1);
    QCOMPARE(history.entries().last(), QString("q5"));
}

void TestLiveChartView::saysNothingOfTheLastQuerysCountAfterARejection()
{
    answer({{{"code", "200"}}}, {1});
    chart("up");
    QTRY_COMPARE(seriesCountText(), QString("1 series from Prometheus"));
    m_fake->respondWithFile("/api/v1/query_range", "error_bad_data.json", 400);
    chart("up +");
    QTRY_VERIFY(!m_panel->queryError().isEmpty());
    QVERIFY2(!seriesCountText().contains("Showing the first"), qPrintable(seriesCountText()));
    QCOMPARE(seriesCountText(), QString());
    QCOMPARE(widget()->legend()->rowCount(), 0);
}

void TestLiveChartView::takesTheUnitOfARejectedQuery()
{
    answer({{{"job", "x"}}}, {0.25});
    chart("http_request_duration_seconds_sum");
    QTRY_COMPARE(widget()->unit(), pc::DisplayFormat::Unit::Seconds);
    m_fake->respondWithFile("/api/v1/query_range", "error_bad_data.json", 400);
    chart("process_resident_memory_bytes +");
    QTRY_VERIFY(!m_panel->queryError().isEmpty());
    QCOMPARE(widget()->unit(), pc::DisplayFormat::Unit::Bytes);
}

void TestLiveChartView::saysTheCounterAppearsWithTheFirstRequest()
{
    // Prometheus scrapes this app (the targets list names its metrics address), and has no
    // request to show yet.
    m_watcher = std::make_unique<pc::ScrapeTargetWatcher>(m_client.get(), QUrl(firstTarget()));
    m_panel = std::make_unique<LiveChartView>(LiveChartView::Sources{
        m_client.get(), m_range.get(), m_poller.get(), m_sampler.get(), m_watcher.get()});
    m_panel->show();
    m_watcher->setEnabled(true);
    QTRY_VERIFY(!m_watcher->ownInstance().isEmpty());
    answer({}, {});
    m_panel->exploreBar()->setView(pc::LiveView::Total);
    QTRY_VERIFY2(noDataText().contains("appears in Prometheus with the first request"),
                 qPrintable(noDataText()));
}

void TestLiveChartView::saysNoDataWhenPrometheusDoesNotScrapeThisApp()
{
    answer({}, {});
    m_panel->exploreBar()->setView(pc::LiveView::Total);
    QTRY_VERIFY2(noDataText().startsWith("No data for http_requests_total"),
                 qPrintable(noDataText()));
}

QTEST_MAIN(TestLiveChartView)
#include "tst_livechartview.moc"
