#include "chart/livechartfeed.h"
#include "chartpanel.h"
#include "chartview.h"
#include "fakeprometheus.h"
#include "legendmodel.h"
#include "prometheus/promclient.h"

#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Labels = QMap<QString, QString>;

/// The chart panel, offscreen, fed by a real LiveChartFeed asking a stand-in Prometheus.
class TestChartPanel : public QObject
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

public slots:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    /// A matrix answer: one series per label set, values at the last three 5 s steps.
    void answer(const QList<Labels> &labelSets, const QList<double> &values, double increment = 1);
    void chart(const QString &promql);

    QTemporaryDir m_config;
    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
    std::unique_ptr<pc::LiveChartFeed> m_feed;
    std::unique_ptr<ChartPanel> m_panel;
    quint64 m_counter = 0;
    QList<QUrl> m_opened;
};

void TestChartPanel::initTestCase()
{
    // Query history goes to QSettings: keep it out of the user's.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("prom-companion-test"));
}

void TestChartPanel::init()
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
    m_feed = std::make_unique<pc::LiveChartFeed>(m_client.get(), [this] { return m_counter; });
    m_feed->setRefreshInterval(100ms);
    m_feed->setSampleInterval(50ms);
    m_panel = std::make_unique<ChartPanel>(m_feed.get());
    m_panel->resize(900, 600);
    m_panel->show();
    m_feed->setPrometheusEnabled(true);
    m_feed->start();
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
    m_feed.reset();
    m_client.reset();
    m_fake.reset();
}

void TestChartPanel::answer(const QList<Labels> &labelSets, const QList<double> &values,
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

void TestChartPanel::chart(const QString &promql)
{
    m_panel->setCustomQuery(promql);
    QTRY_COMPARE(
        m_fake->lastQuery("/api/v1/query_range").queryItemValue("query", QUrl::FullyDecoded),
        promql);
}

void TestChartPanel::keepsSeriesApartThatDifferOnlyInInstanceOrLe()
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
    QTRY_COMPARE(m_panel->lineKeys().size(), 6);
    QCOMPARE(m_panel->legend()->rowCount(), 6);
    QSet<QString> names;
    for (const LegendModel::Row &row : m_panel->legend()->rows())
        names.insert(row.name);
    QCOMPARE(names.size(), 6);
    QVERIFY(names.contains(R"({instance="127.0.0.1:8000", le="+Inf"})"));
    // Hovering a name shows the whole label set.
    QVERIFY(m_panel->legend()->rows().first().tooltip.contains(R"(job="my_app")"));
}

void TestChartPanel::localLineDoesNotScaleACustomQuery()
{
    answer({{{"__name__", "up"}, {"job", "my_app"}}}, {1});
    QTRY_VERIFY(m_panel->lineKeys().contains(ChartPanel::LocalKey));
    chart("up");
    QTRY_COMPARE(m_panel->lineKeys(), QStringList{"up{job=\"my_app\"}"});
    // The counter of 5000 sets no scale: up's 1 to 3 do.
    QTRY_COMPARE(m_panel->yAxisLabels().last(), QString("3"));
}

void TestChartPanel::labelsTheAxisWithUnitsAndRoundTicks_data()
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

void TestChartPanel::labelsTheAxisWithUnitsAndRoundTicks()
{
    QFETCH(QString, promql);
    QFETCH(double, value);
    answer({{{"code", "200"}}}, {value}, 0);
    chart(promql);
    QFETCH(QString, title);
    QFETCH(QString, topLabel);
    QTRY_COMPARE(m_panel->yAxisTitle(), title);
    QTRY_COMPARE(m_panel->yAxisLabels().last(), topLabel);
    for (const QString &label : m_panel->yAxisLabels())
        QVERIFY2(!label.contains('e'), qPrintable(label));
}

void TestChartPanel::saysWhenAQueryHasNoData()
{
    answer({}, {});
    chart("nothing_here_total");
    QTRY_VERIFY(m_panel->noDataText().contains("No data for nothing_here_total"));
    answer({{{"code", "200"}}}, {1});
    QTRY_VERIFY(m_panel->noDataText().isEmpty());
    QTRY_COMPARE(m_panel->seriesCountText(), QString("1 series from Prometheus"));
}

void TestChartPanel::togglesAndIsolatesFromTheLegend()
{
    answer({{{"code", "200"}}, {{"code", "404"}}, {{"code", "500"}}}, {});
    chart("sum by (code) (http_requests_total)");
    QTRY_COMPARE(m_panel->visibleLineCount(), 3);
    m_panel->toggleLegendRow(1, Qt::NoModifier);
    QTRY_COMPARE(m_panel->visibleLineCount(), 2);
    QVERIFY(!m_panel->legend()->rows()[1].visible);
    m_panel->toggleLegendRow(1, Qt::NoModifier);
    QCOMPARE(m_panel->visibleLineCount(), 3);
    m_panel->toggleLegendRow(2, Qt::ControlModifier);
    QCOMPARE(m_panel->visibleLineCount(), 1);
    QVERIFY(m_panel->legend()->rows()[2].visible);
    // Hidden lines stay hidden when Prometheus answers again.
    QTest::qWait(300);
    QCOMPARE(m_panel->visibleLineCount(), 1);
    m_panel->toggleLegendRow(2, Qt::ControlModifier);
    QCOMPARE(m_panel->visibleLineCount(), 3);

    // The keyboard does the same: Space on the current row.
    auto *table = m_panel->findChild<QTableView *>("legend");
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(m_panel->visibleLineCount(), 2);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(m_panel->visibleLineCount(), 3);
}

void TestChartPanel::listsEveryValueAtTheHoveredTime()
{
    answer({{{"code", "200"}}, {{"code", "500"}}}, {0.5, 2.5});
    chart("sum by (code) (rate(http_requests_total[1m]))");
    QTRY_COMPARE(m_panel->legend()->rowCount(), 2);
    const qint64 last = QDateTime::currentSecsSinceEpoch() / 5 * 5 * 1000;
    const QStringList rows = m_panel->hoverRows(last);
    // Highest first, in the query's unit.
    QCOMPARE(rows, QStringList({R"({code="500"}: 4.5 req/s)", R"({code="200"}: 2.5 req/s)"}));
    QCOMPARE(m_panel->hoverRows(last - 5000),
             QStringList({R"({code="500"}: 3.5 req/s)", R"({code="200"}: 1.5 req/s)"}));
    QVERIFY(m_panel->hoverRows(last - 3600'000).isEmpty());
}

void TestChartPanel::capsTheSeriesAndSaysSo()
{
    QList<Labels> sets;
    for (int i = 0; i < 600; ++i)
        sets.append({{"__name__", "x"}, {"id", QString::number(i)}});
    answer(sets, {});
    chart("x");
    QTRY_COMPARE(m_panel->legend()->rowCount(), pc::LiveChartFeed::maxSeries());
    QVERIFY2(m_panel->seriesCountText().contains("first 500 of 600 series"),
             qPrintable(m_panel->seriesCountText()));
}

void TestChartPanel::zoomsIntoADraggedRangeAndGoesBackToLive()
{
    answer({{{"code", "200"}}}, {1});
    chart("x");
    QTRY_VERIFY(m_panel->lineKeys().size() == 1);
    ChartView *view = m_panel->view();
    const auto [from, to] = m_feed->range();
    QRectF plot = view->chart()->plotArea();
    const QPoint a =
        view->mapFromScene(QPointF(plot.left() + plot.width() * 0.25, plot.center().y()));
    const QPoint b =
        view->mapFromScene(QPointF(plot.left() + plot.width() * 0.75, plot.center().y()));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    QTRY_VERIFY(!m_feed->isLive());
    const auto [zoomFrom, zoomTo] = m_feed->range();
    const qint64 span = to - from;
    QVERIFY(std::abs(zoomFrom - (from + span / 4)) < span / 20);
    QVERIFY(std::abs(zoomTo - (from + span * 3 / 4)) < span / 20);
    QTRY_COMPARE(m_fake->lastQuery("/api/v1/query_range").queryItemValue("end").toDouble(),
                 zoomTo / 1000.0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, a);
    QTRY_VERIFY(m_feed->isLive());
}

void TestChartPanel::opensTheQueryInPrometheus()
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

void TestChartPanel::exportsVisibleSeriesAsCsv()
{
    answer({{{"code", "200"}}, {{"code", "500"}}}, {1, 7});
    chart("sum by (code) (http_requests_total)");
    QTRY_COMPARE(m_panel->legend()->rowCount(), 2);
    m_panel->toggleLegendRow(0, Qt::NoModifier);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_panel->exportCsv(dir.filePath("x.csv"), &error), qPrintable(error));
    QFile file(dir.filePath("x.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray(R"(time,"{code=""500""}")"));
    QVERIFY(lines[1].endsWith(",7"));
    QVERIFY2(m_panel->exportPng(dir.filePath("x.png"), &error), qPrintable(error));
    QVERIFY(QImage(dir.filePath("x.png")).width() > 100);
    QVERIFY(!m_panel->exportCsv(dir.filePath("no/such/dir/x.csv"), &error));
    QVERIFY(error.contains("no/such/dir"));
}

void TestChartPanel::remembersCustomQueries()
{
    chart("up");
    chart("rate(x_total[1m])");
    const QStringList history = QSettings().value("chart/queryHistory").toStringList();
    QCOMPARE(history.mid(0, 2), QStringList({"rate(x_total[1m])", "up"}));
}

void TestChartPanel::followsADarkPalette()
{
    auto chartBackground = [this] {
        const QImage image = m_panel->view()->grab().toImage();
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

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
