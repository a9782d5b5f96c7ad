#include "alertchartwindow.h"
#include "alertsbox.h"
#include "annotation/alertbands.h"
#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "companion.h"
#include "desktopnotifier.h"
#include "fakeprometheus.h"
#include "livechartview.h"
#include "mainwindow.h"
#include "plotitem.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/promclient.h"
#include "rulesview.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pc::app;
using namespace std::chrono_literals;

namespace {

const QString Expr = "histogram_quantile(0.95, sum by (le) (rate(b_bucket[1m])))";

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// A range answer of one series, a sample every 15 s over the last hour.
QByteArray expressionAnswer()
{
    QByteArray values;
    const qint64 now = nowSeconds();
    for (qint64 t = now - 3600; t <= now; t += 15)
        values += (values.isEmpty() ? "" : ",") + QByteArray("[") + QByteArray::number(t) + ",\""
                  + (t > now - 900 ? "0.45" : "0.1") + "\"]";
    return R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[)"
           + values + "]}]}}";
}

// ALERTS of `name`: pending from 15 to 14 minutes ago, firing from then to now.
QByteArray alertsAnswer(const QString &name)
{
    const qint64 now = nowSeconds();
    auto series = [&](const char *state, qint64 from, qint64 to) {
        QByteArray values;
        for (qint64 t = from; t <= to; t += 15)
            values +=
                (values.isEmpty() ? "" : ",") + QByteArray("[") + QByteArray::number(t) + ",\"1\"]";
        return R"({"metric":{"__name__":"ALERTS","alertname":")" + name.toUtf8()
               + R"(","alertstate":")" + state + R"(","job":"a"},"values":[)" + values + "]}";
    };
    return R"({"status":"success","data":{"resultType":"matrix","result":[)"
           + series("pending", now - 900, now - 840) + "," + series("firing", now - 825, now)
           + "]}}";
}

QByteArray rulesAnswer(const QString &name, const QString &query)
{
    QJsonObject rule{{"name", name},
                     {"query", query},
                     {"type", "alerting"},
                     {"state", "firing"},
                     {"health", "ok"},
                     {"duration", 30},
                     {"labels", QJsonObject{}},
                     {"annotations", QJsonObject{}},
                     {"alerts", QJsonArray{}}};
    QJsonObject group{
        {"name", "g"}, {"file", "/etc/prometheus/rules.yml"}, {"rules", QJsonArray{rule}}};
    return QJsonDocument(QJsonObject{{"status", "success"},
                                     {"data", QJsonObject{{"groups", QJsonArray{group}}}}})
        .toJson(QJsonDocument::Compact);
}

// The fake's answers have a sample every 15 s whatever the step asked, when Prometheus gives
// one per step: a step of 15 s at least keeps them in line.
void asAnsweredEvery15s(AlertChartWindow *window)
{
    window->poller()->setMinimumStep(15s);
    window->poller()->refreshNow();
}

QList<pc::Annotation> ofKind(const QList<pc::Annotation> &all, pc::Annotation::Kind kind)
{
    QList<pc::Annotation> found;
    for (const pc::Annotation &a : all) {
        if (a.kind == kind)
            found.append(a);
    }
    return found;
}

}  // namespace

/// The chart of an alerting rule: its expression, its threshold and its alert's pending and
/// firing bands, opened from the rules view, the alerts list and a notification's Show; and the
/// live chart's bands when it charts a rule's expression.
class TestAlertChartWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void drawsTheExpressionThresholdAndBands();
    void asksPrometheusForTheRuleByName();
    void saysWhenPrometheusHasNoSuchRule();
    void showsTheFiringWindow_data();
    void showsTheFiringWindow();
    void notificationShowOpensTheChartOverTheFiringWindow();
    void rulesViewAndAlertsListOpenTheChart();
    void liveChartDrawsTheBandsOfARuleOnItsQuery();

private:
    std::unique_ptr<Companion> startCompanion();
    pc::PromEndpoint endpoint() const
    {
        pc::PromEndpoint endpoint;
        endpoint.baseUrl = m_fake->baseUrl();
        return endpoint;
    }

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
};

void TestAlertChartWindow::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respond("/api/v1/query_range", pc::test::FakeHttpApi::json(200, expressionAnswer()));
    m_fake->respondToQuery("/api/v1/query_range", "ALERTS{",
                           pc::test::FakeHttpApi::json(200, alertsAnswer("HighLatency")));
}

void TestAlertChartWindow::drawsTheExpressionThresholdAndBands()
{
    pc::PromClient client(endpoint());
    AlertChartWindow::Options options;
    options.client = &client;
    options.alertName = "HighLatency";
    options.condition = pc::AlertCondition{Expr, {{pc::AlertCondition::Op::Above, 0.4}}};
    options.forDuration = 30s;
    AlertChartWindow window(options);
    asAnsweredEvery15s(&window);
    window.show();

    QTRY_VERIFY(!window.chart()->series().isEmpty());
    QCOMPARE(m_fake->lastQuery("/api/v1/query_range")
                 .queryItemValue("query", QUrl::FullyDecoded)
                 .isEmpty(),
             false);
    QTRY_COMPARE(window.chart()->annotations().size(), 2);
    const QList<pc::Annotation> bands = window.chart()->annotations();
    const QList<pc::Annotation> firing = ofKind(bands, pc::Annotation::Kind::AlertFiring);
    const QList<pc::Annotation> pending = ofKind(bands, pc::Annotation::Kind::AlertPending);
    QCOMPARE(firing.size(), 1);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(firing.first().title, QString("HighLatency firing"));
    QVERIFY(firing.first().isSpan());
    QVERIFY(pending.first().lastMs() <= firing.first().startMs);
    // Firing to the end of the range: the alert still fires.
    QVERIFY(firing.first().lastMs() >= window.timeRange()->range().second - 1000);
    QVERIFY2(firing.first().text.contains("job=\"a\""), qPrintable(firing.first().text));

    // The threshold: one line at 0.4, in the firing red.
    const PlotItem *plot = window.chart()->plot();
    QVERIFY(plot->thresholdStyle().lines);
    QList<double> lines;
    for (const PlotItem::Threshold &step : plot->thresholds()) {
        if (std::isfinite(step.value))
            lines.append(step.value);
    }
    QCOMPARE(lines, QList<double>({0.4}));
    QCOMPARE(window.timeRange()->window(), std::chrono::seconds(1h));
    QVERIFY(window.timeRange()->isLive());
    QVERIFY(window.problem().isEmpty());
    // The chart's query is the expression, without the comparison; the bands' is ALERTS.
    QCOMPARE(window.poller()->queries().first().promql, Expr);
    QCOMPARE(window.bandsPoller()->alertNames(), QStringList({"HighLatency"}));
}

void TestAlertChartWindow::asksPrometheusForTheRuleByName()
{
    m_fake->respond("/api/v1/rules",
                    pc::test::FakeHttpApi::json(200, rulesAnswer("HighLatency", Expr + " > 0.4")));
    pc::PromClient client(endpoint());
    AlertChartWindow::Options options;
    options.client = &client;
    options.alertName = "HighLatency";
    AlertChartWindow window(options);
    asAnsweredEvery15s(&window);
    window.show();
    QTRY_VERIFY(window.condition().has_value());
    QCOMPARE(window.condition()->expr, Expr);
    QCOMPARE(window.condition()->bounds.size(), 1);
    QCOMPARE(window.condition()->bounds.first().value, 0.4);
    QTRY_COMPARE(ofKind(window.chart()->annotations(), pc::Annotation::Kind::AlertFiring).size(),
                 1);
    QTRY_VERIFY(!window.chart()->series().isEmpty());
}

void TestAlertChartWindow::saysWhenPrometheusHasNoSuchRule()
{
    pc::PromClient client(endpoint());
    AlertChartWindow::Options options;
    options.client = &client;
    options.alertName = "Gone";
    AlertChartWindow window(options);
    QTRY_VERIFY2(window.problem().contains("no alerting rule named Gone"),
                 qPrintable(window.problem()));
    QVERIFY(!window.condition().has_value());
}

void TestAlertChartWindow::showsTheFiringWindow_data()
{
    QTest::addColumn<int>("activeSecondsAgo");  // -1: unknown
    QTest::addColumn<int>("windowSeconds");
    QTest::addRow("just fired: 15 minutes") << 60 << 900;
    QTest::addRow("firing for 10 minutes: three times as long") << 600 << 1800;
    QTest::addRow("unknown: an hour") << -1 << 3600;
    QTest::addRow("a clock ahead: 15 minutes") << -10'000 << 900;
}

void TestAlertChartWindow::showsTheFiringWindow()
{
    QFETCH(int, activeSecondsAgo);
    QFETCH(int, windowSeconds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime activeAt =
        activeSecondsAgo == -1 ? QDateTime() : now.addSecs(-activeSecondsAgo);
    QCOMPARE(AlertChartWindow::windowAround(activeAt, now).count(), windowSeconds);
}

std::unique_ptr<Companion> TestAlertChartWindow::startCompanion()
{
    pc::Settings settings;
    settings.servicePort = 0;
    settings.metricsPort = 0;
    settings.prometheus.baseUrl = m_fake->baseUrl();
    settings.managedPrometheus = false;
    auto companion = std::make_unique<Companion>(settings);
    if (!companion->start())
        qWarning("%s", qPrintable(companion->errorString()));
    return companion;
}

void TestAlertChartWindow::notificationShowOpensTheChartOverTheFiringWindow()
{
    const QString activeAt =
        QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
    m_fake->respond(
        "/api/v1/alerts",
        pc::test::FakeHttpApi::json(
            200,
            R"({"status":"success","data":{"alerts":[{"labels":{"alertname":"HighLatency","job":"a"},"annotations":{"summary":"slow"},"state":"firing","activeAt":")"
                + activeAt.toUtf8() + R"(","value":"0.45"}]}})"));
    m_fake->respond("/api/v1/rules",
                    pc::test::FakeHttpApi::json(200, rulesAnswer("HighLatency", Expr + " > 0.4")));
    auto companion = startCompanion();
    MainWindow &window = companion->window();
    QSignalSpy notified(&window, &MainWindow::alertNotified);
    companion->alerts().refreshNow();
    QTRY_VERIFY(!notified.isEmpty());
    QCOMPARE(notified.first().first().toString(), QString("Alert firing: HighLatency"));
    QVERIFY(!window.alertChart("HighLatency"));

    // What the desktop's Show button (or a click on the tray's message) does.
    emit window.notifier()->showRequested("HighLatency");
    AlertChartWindow *chart = window.alertChart("HighLatency");
    QVERIFY(chart);
    asAnsweredEvery15s(chart);
    QTRY_VERIFY(chart->isVisible());
    // Active for 10 minutes: the last 30, from well before it went pending.
    QVERIFY2(qAbs(chart->timeRange()->window().count() - 1800) <= 5,
             qPrintable(QString::number(chart->timeRange()->window().count())));
    QTRY_VERIFY(chart->condition().has_value());
    QCOMPARE(chart->condition()->expr, Expr);
    QTRY_COMPARE(ofKind(chart->chart()->annotations(), pc::Annotation::Kind::AlertFiring).size(),
                 1);
    QVERIFY(!chart->chart()->plot()->thresholds().isEmpty());

    // Show again: the same window, raised, not a second one.
    emit window.notifier()->showRequested("HighLatency");
    QCOMPARE(window.alertChart("HighLatency"), chart);
    QCOMPARE(window.findChildren<AlertChartWindow *>().size(), 1);
}

void TestAlertChartWindow::rulesViewAndAlertsListOpenTheChart()
{
    m_fake->respond("/api/v1/rules",
                    pc::test::FakeHttpApi::json(200, rulesAnswer("HighLatency", Expr + " >= 0.4")));
    m_fake->respondWithFile("/api/v1/alerts", "alerts_prometheus.json");
    auto companion = startCompanion();
    MainWindow &window = companion->window();
    QTemporaryDir rules;
    window.setRulesDirectory(rules.path());
    RulesView *view = window.rulesView();
    view->show();
    QTRY_VERIFY(view->selectRule("HighLatency"));
    auto *button = view->findChild<QPushButton *>("showRuleChart");
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    AlertChartWindow *chart = window.alertChart("HighLatency");
    QVERIFY(chart);
    asAnsweredEvery15s(chart);
    QCOMPARE(chart->condition()->bounds,
             QList<pc::AlertCondition::Bound>({{pc::AlertCondition::Op::AtLeast, 0.4}}));
    QCOMPARE(chart->timeRange()->window(), std::chrono::seconds(1h));
    QTRY_VERIFY(!chart->chart()->annotations().isEmpty());

    // The alerts list: a double click on an alert opens its rule's chart.
    companion->alerts().refreshNow();
    QTRY_VERIFY(!window.alerts()->rows().isEmpty());
    window.alerts()->requestChart(0);
    AlertChartWindow *fromList = window.alertChart("PromCompanionHighErrorRatio");
    QVERIFY(fromList);
    QVERIFY(fromList->isVisible());
}

void TestAlertChartWindow::liveChartDrawsTheBandsOfARuleOnItsQuery()
{
    m_fake->respond("/api/v1/rules",
                    pc::test::FakeHttpApi::json(200, rulesAnswer("HighLatency", Expr + " > 0.4")));
    auto companion = startCompanion();
    companion->livePoller().setRefreshInterval(100ms);
    LiveChartView *live = companion->window().chart();
    // The same expression, written otherwise: spaces do not matter.
    live->setCustomQuery("histogram_quantile(0.95,sum by(le)(rate(b_bucket[1m])))");
    QTRY_COMPARE(live->alertNames(), QStringList({"HighLatency"}));
    QTRY_VERIFY(!ofKind(live->chart()->annotations(), pc::Annotation::Kind::AlertFiring).isEmpty());

    // Another query: no rule, no bands.
    live->setCustomQuery("up");
    QTRY_VERIFY(live->alertNames().isEmpty());
    QTRY_VERIFY(ofKind(live->chart()->annotations(), pc::Annotation::Kind::AlertFiring).isEmpty());
}

QTEST_MAIN(TestAlertChartWindow)
#include "tst_alertchartwindow.moc"
