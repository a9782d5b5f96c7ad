// Section 10: what history costs. (a) A chart redraw with 200 series, with ~100 annotations
// (markers and spans) shown and hidden back to back, the median of the per-round differences;
// target: the annotations add at most 1 ms. Also the worst case (the annotations new each
// round) and the chart without lines (the layer's cost without the lines' noise). (b) The managed
// Prometheus's store: a real Prometheus scraping this app every 5 s while the load generator sends
// 50 req/s, its TSDB's growth on disk and its samples over PC_BENCH_STORE_SECONDS (default 180),
// extrapolated to a day and a week. Usage: bench_annotations (under xvfb-run, or
// QT_QPA_PLATFORM=offscreen); PC_BENCH_ANNOTATIONS_PART=redraw or store runs one part.

#include "benchsupport.h"

#include "annotation/annotation.h"
#include "annotationlayer.h"
#include "chart/timerange.h"
#include "chartview.h"
#include "chartwidget.h"
#include "load/loadgenerator.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "prometheus/prometheusstore.h"
#include "service/servicehost.h"

#include <QApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <malloc.h>

using namespace std::chrono_literals;
using pc::app::ChartWidget;
using pcbench::format;

namespace {

constexpr int Series = 200;
constexpr int Points = 361;  // 1 h at the step a 700 px chart asks for
constexpr int Annotations = 100;
constexpr qint64 Hour = 3'600'000;

QList<pc::ChartSeries> series(qint64 end, int round)
{
    QList<pc::ChartSeries> all;
    for (int s = 0; s < Series; ++s) {
        pc::ChartSeries line;
        line.key = QStringLiteral("bench{id=\"%1\"}").arg(s);
        line.name = QString::number(s);
        for (int i = 0; i < Points; ++i)
            line.points.append(
                {double(end - Hour + i * 10'000), double(((i + round) * (s + 1)) % 997)});
        all.append(std::move(line));
    }
    return all;
}

QList<pc::Annotation> annotations(qint64 end, int round)
{
    QList<pc::Annotation> all;
    for (int i = 0; i < Annotations; ++i) {
        pc::Annotation a;
        a.id = QString::number(i);
        a.kind = pc::Annotation::Kind(i % 7);
        a.startMs = end - Hour + qint64(i) * 35'000 + round;
        if (i % 4 == 0)
            a.endMs = a.startMs + 20'000;  // a quarter are spans, as load runs
        a.title = QStringLiteral("annotation %1").arg(i);
        all.append(a);
    }
    return all;
}

/// Milliseconds of redraws of one chart, a round each: new lines, then a synchronous paint.
struct Redraws
{
    std::vector<double> with;     // the chart with its annotations
    std::vector<double> without;  // the same chart without
    std::vector<double> added;    // per round: with − without, painted back to back
};

/// Two charts of `Series` lines (or none), alike but for `Annotations` annotations on one,
/// redrawn back to back each round, so that both see the same lines and the same load; the
/// per-round differences take out what the lines' own cost varies. With `changing`, the
/// annotations are new every round too (their layer drawn again, not reused).
Redraws redraws(int rounds, bool lines, bool changing)
{
    pc::TimeRange range;
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    range.setFixed(end - Hour, end);
    ChartWidget shown(&range);
    ChartWidget hidden(&range);
    shown.setAnnotations(QStringLiteral("bench"), annotations(end, 0));
    for (ChartWidget *chart : {&shown, &hidden}) {
        chart->resize(900, 700);
        chart->show();
    }
    // A window shown is painted only once the display has exposed it.
    QElapsedTimer exposing;
    exposing.start();
    while ((!shown.windowHandle()->isExposed() || !hidden.windowHandle()->isExposed())
           && exposing.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
    const auto redraw = [&](ChartWidget &chart, int round) {
        chart.setSeries(lines ? series(end, round) : QList<pc::ChartSeries>());
        if (changing && &chart == &shown)
            chart.setAnnotations(QStringLiteral("bench"), annotations(end, round));
        QElapsedTimer clock;
        clock.start();
        chart.view()->viewport()->repaint();
        return double(clock.nsecsElapsed()) / 1e6;
    };
    Redraws measured;
    for (int round = 0; round < rounds + 5; ++round) {
        // Which goes first alternates, so that neither always finds the caches warm.
        double with = 0;
        double without = 0;
        if (round % 2 == 0) {
            with = redraw(shown, round);
            without = redraw(hidden, round);
        } else {
            without = redraw(hidden, round);
            with = redraw(shown, round);
        }
        if (round < 5)  // warming up
            continue;
        measured.with.push_back(with);
        measured.without.push_back(without);
        measured.added.push_back(with - without);
    }
    return measured;
}

/// Milliseconds of the annotation layer's own paint, into an image the plot's size.
std::vector<double> layerPaints(int rounds)
{
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    pc::app::AnnotationLayer layer;
    layer.setGeometry(QRectF(0, 0, 840, 600), double(end - Hour), double(end));
    QImage image(840, 600, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        layer.setAnnotations(QStringLiteral("bench"), annotations(end, round));
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);  // as the chart's view paints
        QElapsedTimer clock;
        clock.start();
        layer.paint(&painter, nullptr, nullptr);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return times;
}

std::string summary(const std::vector<double> &ms)
{
    return format("median %.2f ms · p90 %.2f ms", pcbench::median(ms), pcbench::percentile(ms, 90));
}

void measureRedraw()
{
    const int rounds = 80;
    pcbench::note("10: %d rounds of redraws, %d series × %d points, %d annotations or none", rounds,
                  Series, Points, Annotations);
    const Redraws usual = redraws(rounds, true, false);
    const Redraws changing = redraws(rounds, true, true);
    const Redraws bare = redraws(rounds * 2, false, false);
    const std::vector<double> layer = layerPaints(200);
    const double added = pcbench::median(usual.added);
    pcbench::row(
        "10 History", format("redraw, %d series + %d annotations", Series, Annotations),
        "ChartWidget: new lines, paint (900×700)",
        format("%s; added, per round: median %+.2f ms", summary(usual.with).c_str(), added),
        format("without annotations: %s", summary(usual.without).c_str()),
        format("annotations add ≤ 1 ms: %+.2f ms, %s", added,
               pcbench::verdict(added <= 1.0).c_str()));
    pcbench::row("10 History", format("the same, the %d annotations new each round", Annotations),
                 "ChartWidget: new lines and annotations, paint",
                 format("%s; added, per round: median %+.2f ms", summary(changing.with).c_str(),
                        pcbench::median(changing.added)),
                 format("without annotations: %s; the layer's own paint: median %.3f ms",
                        summary(changing.without).c_str(), pcbench::median(layer)),
                 "(worst case: a new annotation or a resize)");
    pcbench::row("10 History", "the same chart without lines",
                 "ChartWidget: axes and annotations only, paint",
                 format("%s; added, per round: median %+.3f ms", summary(bare.with).c_str(),
                        pcbench::median(bare.added)),
                 format("without annotations: %s", summary(bare.without).c_str()),
                 "(what the layer costs, without the lines' noise)");
}

/// A number from Prometheus's own /metrics: the sum over the labels of `name` (2.42 writes
/// samples_appended_total per type), or -1 when it is not there.
double prometheusMetric(const QUrl &base, const QByteArray &name)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(QStringLiteral("/metrics"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5s, &loop, &QEventLoop::quit);
    loop.exec();
    double sum = -1;
    for (const QByteArray &line : reply->readAll().split('\n')) {
        if (!line.startsWith(name) || line.size() <= name.size()
            || (line[name.size()] != ' ' && line[name.size()] != '{'))
            continue;
        sum = std::max(sum, 0.0) + line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

void wait(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

void measureStore()
{
    const int seconds = qEnvironmentVariableIntValue("PC_BENCH_STORE_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("PC_BENCH_STORE_SECONDS")
                            : 180;
    pc::ServiceHost host;
    if (!host.start(QHostAddress::LocalHost, 0, 0, 2)) {
        pcbench::note("10: cannot start the service: %s", qPrintable(host.errorString()));
        return;
    }
    QTemporaryDir dir;
    pc::ManagedPrometheus prometheus;
    pc::ManagedPrometheus::Options options;
    options.metricsTarget = host.metricsUrl().authority();
    options.dataDirectory = dir.path();
    options.scrapeInterval = 5s;  // the app's default
    QEventLoop ready;
    QString failure;
    QObject::connect(&prometheus, &pc::ManagedPrometheus::ready, &ready, &QEventLoop::quit);
    QObject::connect(&prometheus, &pc::ManagedPrometheus::failed, &ready, [&](const QString &why) {
        failure = why;
        ready.quit();
    });
    prometheus.start(options);
    ready.exec();
    if (!failure.isEmpty()) {
        pcbench::note("10: no Prometheus: %s", qPrintable(failure));
        return;
    }
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 50;
    plan.duration = std::chrono::seconds(seconds + 30);
    plan.mix = {80, 10, 10};  // every route, so that every series the app has exists
    load.start(plan);
    wait(20s);  // the first scrapes: every series created
    const QUrl base = prometheus.baseUrl();
    const qint64 sizeBefore = pc::PrometheusStore::sizeOnDisk(dir.path());
    const double samplesBefore =
        prometheusMetric(base, "prometheus_tsdb_head_samples_appended_total");
    pcbench::note("10: the store for %d s at 50 req/s, 5 s scrapes", seconds);
    wait(std::chrono::seconds(seconds));
    const qint64 sizeAfter = pc::PrometheusStore::sizeOnDisk(dir.path());
    const double samples =
        prometheusMetric(base, "prometheus_tsdb_head_samples_appended_total") - samplesBefore;
    const double series = prometheusMetric(base, "prometheus_tsdb_head_series");
    load.stop();
    const double perSecond = samples / seconds;
    const double walBytesPerSample = samples > 0 ? double(sizeAfter - sizeBefore) / samples : 0;
    // The write-ahead log holds the last two to three hours; older samples are compacted into
    // blocks at about 1.3 bytes each (Prometheus's figure for regular series).
    constexpr double BlockBytesPerSample = 1.3;
    const double day = perSecond * 86'400;
    const double dayBytes = day * BlockBytesPerSample + perSecond * 3 * 3600 * walBytesPerSample;
    const double weekBytes =
        7 * day * BlockBytesPerSample + perSecond * 3 * 3600 * walBytesPerSample;
    pcbench::row("10 History", "store after a day, 50 req/s, 5 s scrapes",
                 "managed Prometheus 2.42, measured for a few minutes, extrapolated",
                 format("%.0f series, %.0f samples/s; %.1f MB a day, %.1f MB a week", series,
                        perSecond, dayBytes / 1e6, weekBytes / 1e6),
                 format("measured: %+.2f MB on disk in %d s (WAL, %.1f bytes/sample); blocks at "
                        "%.1f bytes/sample",
                        double(sizeAfter - sizeBefore) / 1e6, seconds, walBytesPerSample,
                        BlockBytesPerSample),
                 format("a week under the 1 GiB cap: %s",
                        pcbench::verdict(weekBytes < double(1LL << 30)).c_str()));
    QEventLoop stopped;
    QObject::connect(&prometheus, &pc::ManagedPrometheus::stopped, &stopped, &QEventLoop::quit);
    prometheus.stop();
    stopped.exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);  // as main() does
    QApplication app(argc, argv);
    const QByteArray part = qgetenv("PC_BENCH_ANNOTATIONS_PART");
    if (part.isEmpty() || part == "redraw")
        measureRedraw();
    if (part.isEmpty() || part == "store")
        measureStore();
    return 0;
}
