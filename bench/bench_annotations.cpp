// Section 10: what history costs. (a) A chart redraw with 200 series, with and without ~100
// annotations (markers and spans, the layer repainted too), the median of many; target: the
// annotations add at most 1 ms. (b) The managed Prometheus's store: a real Prometheus scraping
// this app every 5 s while the load generator sends 50 req/s, its TSDB's growth on disk and
// its samples over PC_BENCH_STORE_SECONDS (default 180), extrapolated to a day and a week.
// Usage: bench_annotations (under xvfb-run, or QT_QPA_PLATFORM=offscreen);
// PC_BENCH_ANNOTATIONS_PART=redraw or store runs one part.

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

struct Redraws
{
    std::vector<double> with;     // ms of a redraw whose annotations changed too
    std::vector<double> without;  // ms of a redraw without annotations
};

/// One chart, redrawn with and without annotations in turn, so that both see the same load:
/// new series (and new annotations), then a synchronous paint.
Redraws redraws(int rounds)
{
    pc::TimeRange range;
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    range.setFixed(end - Hour, end);
    ChartWidget chart(&range);
    chart.resize(900, 700);
    chart.show();
    QApplication::processEvents();
    Redraws measured;
    for (int round = 0; round < 2 * rounds + 10; ++round) {
        const bool withAnnotations = round % 2 == 0;
        const QList<pc::ChartSeries> lines = series(end, round);
        const QList<pc::Annotation> notes =
            withAnnotations ? annotations(end, round) : QList<pc::Annotation>();
        QElapsedTimer clock;
        clock.start();
        chart.setSeries(lines);
        chart.setAnnotations(QStringLiteral("bench"), notes);
        chart.view()->viewport()->repaint();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (round >= 10)  // warmed up
            (withAnnotations ? measured.with : measured.without).push_back(ms);
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

void measureRedraw()
{
    const int rounds = 60;
    pcbench::note(
        "10: %d redraws of %d series × %d points with %d annotations, %d without, in "
        "turn",
        rounds, Series, Points, Annotations, rounds);
    const Redraws r = redraws(rounds);
    const std::vector<double> layer = layerPaints(200);
    const double added = pcbench::median(r.with) - pcbench::median(r.without);
    pcbench::row(
        "10 History", format("redraw, %d series + %d annotations", Series, Annotations),
        "ChartWidget: setSeries, setAnnotations, paint (900×700)",
        format("median %.2f ms · p90 %.2f ms; the layer's own paint: median %.3f ms",
               pcbench::median(r.with), pcbench::percentile(r.with, 90), pcbench::median(layer)),
        format("without annotations: median %.2f ms · p90 %.2f ms", pcbench::median(r.without),
               pcbench::percentile(r.without, 90)),
        format("annotations add ≤ 1 ms: %+.2f ms (layer %.3f ms), %s", added,
               pcbench::median(layer),
               pcbench::verdict(added <= 1.0 && pcbench::median(layer) <= 1.0).c_str()));
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
