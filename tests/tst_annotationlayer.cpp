#include "annotation/annotationrecorder.h"
#include "annotation/annotationstore.h"
#include "annotationlayer.h"
#include "annotationsfeed.h"
#include "chart/timerange.h"
#include "chartview.h"
#include "chartwidget.h"
#include "dashboardview.h"
#include "fakeprometheus.h"
#include "load/loadgenerator.h"
#include "prometheus/promclient.h"
#include "service/servicehost.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using pc::Annotation;
using pc::app::AnnotationsFeed;
using pc::app::ChartWidget;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = 1'800'000'000'000;

Annotation annotation(qint64 startMs, std::optional<qint64> endMs, const QString &colour)
{
    Annotation a;
    a.kind = Annotation::Kind::Other;
    a.startMs = startMs;
    a.endMs = endMs;
    a.title = colour;
    a.colour = colour;
    return a;
}

/// Pixels of the column at `x` (view coordinates) that lean to one channel.
int pixelsLeaning(const QImage &image, int x, const std::function<bool(QColor)> &lean)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        if (lean(image.pixelColor(x, y)))
            ++count;
    }
    return count;
}

bool reddish(QColor c)
{
    return c.red() > c.green() + 20 && c.red() > c.blue() + 20;
}

bool bluish(QColor c)
{
    return c.blue() > c.red() + 60 && c.blue() > c.green() + 60;
}

/// A chart fed by the app's annotations, with a load generator against a demo service whose
/// runs are recorded and drawn as the window does.
struct LoadedChart
{
    LoadedChart()
        : store(dir.filePath("annotations.jsonl")),
          recorder(&store),
          range(5min),
          chart(&range),
          feed(&store)
    {
        started = host.start(QHostAddress::LocalHost, 0, 0, 2);
        load.setTarget(host.serviceUrl());
        store.load();
        recorder.watchLoad(&load);
        chart.resize(800, 400);
        chart.show();
        feed.addChart(&chart);
        feed.watchLoad(&load);
    }

    pc::ServiceHost host;
    bool started = false;
    pc::LoadGenerator load;
    QTemporaryDir dir;
    pc::AnnotationStore store;
    pc::AnnotationRecorder recorder;
    pc::TimeRange range;
    ChartWidget chart;
    AnnotationsFeed feed;
};

}  // namespace

class TestAnnotationLayer : public QObject
{
    Q_OBJECT

private slots:
    void drawsSpansAndMarkersWhereTheyAre();
    void hoverShowsTheTextAndOneToggleHidesAll();
    void loadRunAppearsAsASpanWithItsFigures();
    void aRunInProgressGrowsUntilItIsOver();
    void dashboardDrawsItsAnnotationQueries();
};

void TestAnnotationLayer::drawsSpansAndMarkersWhereTheyAre()
{
    pc::TimeRange range;
    range.setFixed(T0, T0 + 100'000);
    ChartWidget chart(&range);
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setAnnotations("test", {annotation(T0 + 20'000, T0 + 40'000, "#ff0000"),
                                  annotation(T0 + 70'000, std::nullopt, "#0000ff")});
    QCOMPARE(chart.annotations().size(), 2);
    const auto columnAt = [&](qint64 t) {
        return int(std::lround(chart.view()->xFor(t)));
    };
    QImage image = chart.view()->grab().toImage();
    // The span shades its whole height, the marker is a line: each in its colour, and only there.
    QVERIFY(pixelsLeaning(image, columnAt(T0 + 30'000), reddish) > 100);
    QVERIFY(pixelsLeaning(image, columnAt(T0 + 70'000), bluish) > 20);
    QCOMPARE(pixelsLeaning(image, columnAt(T0 + 55'000), reddish), 0);
    QCOMPARE(pixelsLeaning(image, columnAt(T0 + 55'000), bluish), 0);
    QCOMPARE(pixelsLeaning(image, columnAt(T0 + 10'000), reddish), 0);

    chart.setAnnotationsVisible(false);
    image = chart.view()->grab().toImage();
    QCOMPARE(pixelsLeaning(image, columnAt(T0 + 30'000), reddish), 0);
    QCOMPARE(pixelsLeaning(image, columnAt(T0 + 70'000), bluish), 0);

    // Grafana's rgba() colours read too.
    QCOMPARE(pc::app::AnnotationLayer::colourOf(annotation(0, {}, "rgba(0, 211, 255, 1)")),
             QColor(0, 211, 255));
}

void TestAnnotationLayer::hoverShowsTheTextAndOneToggleHidesAll()
{
    QTemporaryDir dir;
    pc::AnnotationStore store(dir.filePath("annotations.jsonl"));
    store.load();
    pc::TimeRange range;
    range.setFixed(T0, T0 + 100'000);
    ChartWidget live(&range);
    ChartWidget panel(&range);
    for (ChartWidget *chart : {&live, &panel}) {
        chart->resize(800, 400);
        chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(chart));
    }
    AnnotationsFeed feed(&store);
    feed.addChart(&live);
    Annotation started = annotation(T0 + 50'000, std::nullopt, {});
    started.kind = Annotation::Kind::PrometheusRestart;
    started.title = "Prometheus restarted";
    started.text = "It had stopped: crashed.";
    store.put(started);
    feed.addChart(&panel);  // a chart made later gets what is there already
    for (ChartWidget *chart : {&live, &panel}) {
        QCOMPARE(chart->annotations().size(), 1);
        const QList<Annotation> hovered = chart->annotationsAt(T0 + 50'000);
        QCOMPARE(hovered.size(), 1);
        QCOMPARE(hovered.first().text, QString("It had stopped: crashed."));
        QVERIFY(chart->annotationsAt(T0 + 20'000).isEmpty());
    }
    feed.setVisible(false);
    for (ChartWidget *chart : {&live, &panel}) {
        QVERIFY(!chart->annotationsVisible());
        QVERIFY(chart->annotationsAt(T0 + 50'000).isEmpty());
    }
    // A chart added while hidden is hidden too.
    ChartWidget later(&range);
    feed.addChart(&later);
    QVERIFY(!later.annotationsVisible());
}

void TestAnnotationLayer::loadRunAppearsAsASpanWithItsFigures()
{
    LoadedChart loaded;
    QVERIFY(loaded.started);

    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Burst;
    plan.count = 25;
    QCOMPARE(loaded.load.start(plan), QString());
    // Once the run is over the store has it, and the span drawn while it went on is gone.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.store.annotations().size(), 1, 20000);
    QCOMPARE(loaded.chart.annotations().size(), 1);
    const Annotation run = loaded.chart.annotations().first();
    QCOMPARE(run.kind, Annotation::Kind::LoadRun);
    QVERIFY(run.isSpan());
    for (const char *figure : {"Mode: burst", "Routes: ", "Asked: burst of 25",
                               "Achieved: ", "Requests sent: 25 (25 answered, 0 errors)"})
        QVERIFY2(run.text.contains(figure), qPrintable(run.text + " lacks " + figure));
    QCOMPARE(loaded.chart.annotationsAt((run.startMs + *run.endMs) / 2).size(), 1);
    // It is in the file, for the next start.
    pc::AnnotationStore again(loaded.dir.filePath("annotations.jsonl"));
    again.load();
    QCOMPARE(again.annotations().size(), 1);
    QCOMPARE(again.annotations().first(), run);
}

void TestAnnotationLayer::aRunInProgressGrowsUntilItIsOver()
{
    LoadedChart loaded;
    QVERIFY(loaded.started);

    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 20;
    plan.duration = 3s;
    QCOMPARE(loaded.load.start(plan), QString());
    // While it runs: a span from its start, growing, with its figures so far.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.chart.annotations().size(), 1, 10000);
    const Annotation first = loaded.chart.annotations().first();
    QCOMPARE(first.kind, Annotation::Kind::LoadRun);
    QVERIFY(first.isSpan());
    QVERIFY2(first.title.contains("in progress"), qPrintable(first.title));
    QVERIFY2(first.text.contains("Requests sent so far: "), qPrintable(first.text));
    QCOMPARE(loaded.store.annotations().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.chart.annotations().size() == 1
                                 && *loaded.chart.annotations().first().endMs > *first.endMs + 500,
                             10000);
    QCOMPARE(loaded.chart.annotations().first().startMs, first.startMs);
    // Over: the store's span alone, with the run's final figures.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.store.annotations().size(), 1, 20000);
    QCOMPARE(loaded.chart.annotations().size(), 1);
    QVERIFY(!loaded.chart.annotations().first().title.contains("in progress"));
    QVERIFY2(loaded.chart.annotations().first().text.contains("Requests sent: 60 (60 answered"),
             qPrintable(loaded.chart.annotations().first().text));
}

void TestAnnotationLayer::dashboardDrawsItsAnnotationQueries()
{
    pc::test::FakePrometheus fake;
    QVERIFY(fake.listen());
    fake.respondWithFile("/api/v1/query_range", "query_matrix.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = fake.baseUrl();
    pc::PromClient client(endpoint);
    const QByteArray json = R"~({
      "title": "Annotated", "time": {"from": "now-15m", "to": "now"},
      "annotations": {"list": [
        {"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"},
         "enable": true, "name": "Annotations & Alerts"},
        {"datasource": {"type": "prometheus"}, "enable": true, "name": "Answers",
         "expr": "sum by (code, handler) (rate(http_requests_total[1m]))", "step": "60s",
         "titleFormat": "{{handler}} answered {{code}}", "textFormat": "job {{job}}",
         "tagKeys": "code"}
      ]},
      "panels": [{"type": "timeseries", "title": "Requests", "gridPos": {"w": 24, "h": 8},
                  "targets": [{"expr": "rate(http_requests_total[1m])"}]}]})~";
    pc::app::DashboardView view(&client, pc::GrafanaDashboard::parse(json));
    view.resize(1000, 700);
    view.show();
    view.setPrometheusEnabled(true);
    QVERIFY(view.annotationPoller());
    ChartWidget *chart = view.chartWidget("Requests");
    QVERIFY(chart);
    QTRY_COMPARE_WITH_TIMEOUT(chart->annotations().size(), 2, 15000);
    QList<Annotation> annotations = chart->annotations();
    std::sort(annotations.begin(), annotations.end(),
              [](const Annotation &a, const Annotation &b) { return a.title < b.title; });
    // code 200: three samples 15 s apart within the 60 s step, one span; code 500: a zero,
    // then one sample, a marker.
    QCOMPARE(annotations[0].title, QString("/ answered 200"));
    QCOMPARE(annotations[0].text, QString("job prom-companion"));
    QCOMPARE(annotations[0].tags, QStringList{"200"});
    QCOMPARE(annotations[0].startMs, 1'700'000'000'000);
    QCOMPARE(annotations[0].endMs, std::optional<qint64>(1'700'000'030'000));
    QCOMPARE(annotations[1].title, QString("/error answered 500"));
    QVERIFY(!annotations[1].isSpan());
    QCOMPARE(annotations[1].startMs, 1'700'000'015'000);
}

QTEST_MAIN(TestAnnotationLayer)
#include "tst_annotationlayer.moc"
