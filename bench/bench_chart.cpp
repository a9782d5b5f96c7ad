// Section 7: the live chart with many series. A Prometheus stand-in in a child process answers
// `query_range` with N series over a window, shifted every 5 s as a real one would be; the
// chart (RangePoller and LiveChartView, as the window has them) refreshes every 5 s. For a
// minute it measures the chart process's CPU, the lateness of a 10 ms GUI-thread timer and
// the RSS, beside the same poller without the widgets (the floor: fetching and parsing alone).
// Usage: bench_chart (under xvfb-run, or QT_QPA_PLATFORM=offscreen);
// PC_BENCH_CHART_SECONDS sets the measured time (default 60).

#include "benchsupport.h"

#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "fakeprometheus.h"
#include "livechartview.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QApplication>
#include <QDateTime>
#include <QProcess>

#include <malloc.h>
#include <sys/resource.h>

using namespace pc::app;

using namespace std::chrono_literals;
using pcbench::format;

namespace {

struct Case
{
    const char *label;
    int series;
    int windowSeconds;
};

/// The answer for `series` series over the last `windowSeconds`, at the step the chart asks
/// for at about 700 pixels.
QByteArray answer(int series, int windowSeconds)
{
    const qint64 step =
        std::max<qint64>(1, pc::chooseStep(std::chrono::seconds(windowSeconds), 701).count());
    const qint64 end = QDateTime::currentSecsSinceEpoch() / step * step;
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < series; ++s) {
        if (s)
            body += ',';
        body += format(R"({"metric":{"__name__":"bench_requests_total","id":"%d",)"
                       R"("instance":"127.0.0.1:8000","job":"bench"},"values":[)",
                       s)
                    .c_str();
        for (qint64 t = end - windowSeconds; t <= end; t += step) {
            if (t != end - windowSeconds)
                body += ',';
            body += format("[%lld,\"%lld\"]", t, (t % 3600) * (s + 1)).c_str();
        }
        body += "]}";
    }
    return body + "]}}";
}

/// The child: a stand-in that shifts its answer every 5 s, until stdin closes.
int serve(int series, int windowSeconds)
{
    pc::test::FakePrometheus fake;
    if (!fake.listen())
        return 1;
    auto refresh = [&] {
        pc::HttpResponse response;
        response.contentType = "application/json";
        response.body = answer(series, windowSeconds);
        fake.respond("/api/v1/query_range", response);
    };
    refresh();
    QTimer shift;
    QObject::connect(&shift, &QTimer::timeout, refresh);
    shift.start(5000);
    std::printf("%u\n", unsigned(fake.port()));
    std::fflush(stdout);
    QTimer::singleShot(600s, [] { QCoreApplication::quit(); });  // never outlive the bench
    return QCoreApplication::exec();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Measured
{
    double cpuPercent = 0;
    double lateP99 = 0;
    long long rssKiB = 0;
    int refreshes = 0;
};

/// Runs one chart (or the bare poller) against a fresh stand-in and measures it.
Measured measure(const Case &c, bool withWidgets, std::chrono::seconds duration)
{
    QProcess child;
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--serve"), QString::number(c.series), QString::number(c.windowSeconds)});
    child.waitForReadyRead(30'000);
    const int port = child.readLine().trimmed().toInt();
    Measured m;
    {
        pc::PromEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        endpoint.timeout = 20s;
        endpoint.maxResponseBytes = 256 * 1024 * 1024;
        pc::PromClient client(endpoint);
        pc::TimeRange range;
        pc::RangePoller poller(&client, &range);
        poller.setRefreshInterval(5s);
        std::unique_ptr<LiveChartView> panel;
        if (withWidgets) {
            panel = std::make_unique<LiveChartView>(
                LiveChartView::Sources{&client, &range, &poller, nullptr, nullptr});
            panel->resize(900, 700);
            panel->show();
            panel->setWindow(std::chrono::seconds(c.windowSeconds));
            panel->setCustomQuery(QStringLiteral("bench_requests_total"));
        } else {
            range.setWindow(std::chrono::seconds(c.windowSeconds));
            poller.setPlotWidth(700);
            poller.setQueries({{QStringLiteral("bench_requests_total"), {}}});
        }
        QObject::connect(&poller, &pc::RangePoller::updated, [&m] { ++m.refreshes; });
        poller.setEnabled(true);
        pcbench::LatenessProbe probe;
        QEventLoop loop;
        QTimer::singleShot(10s, &loop, &QEventLoop::quit);  // warm up: the first answers
        loop.exec();
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        m.refreshes = 0;
        probe.record();
        QTimer::singleShot(duration, &loop, &QEventLoop::quit);
        loop.exec();
        m.cpuPercent = 100 * (cpuSeconds() - cpuBefore) / (double(wall.elapsed()) / 1000);
        m.lateP99 = pcbench::percentile(probe.stop(), 99);
        m.rssKiB = pcbench::rssKiB();
    }
    child.closeWriteChannel();
    child.kill();
    child.waitForFinished(5000);
    return m;
}

}  // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--serve") {
        QCoreApplication app(argc, argv);
        return serve(std::atoi(argv[2]), std::atoi(argv[3]));
    }
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);  // as main() does
    QApplication app(argc, argv);
    const int seconds = qEnvironmentVariableIntValue("PC_BENCH_CHART_SECONDS");
    const auto duration = std::chrono::seconds(seconds > 0 ? seconds : 60);
    const QByteArray only = qgetenv("PC_BENCH_CHART_CASE");  // "200" or "1000": one case
    for (const Case &c :
         {Case{"200 series × 1 h", 200, 3600}, Case{"1000 series × 5 min", 1000, 300}}) {
        if (!only.isEmpty() && only.toInt() != c.series)
            continue;
        pcbench::note("7: %s, poller alone, %lld s", c.label, qint64(duration.count()));
        const Measured floor = measure(c, false, duration);
        pcbench::note("7: %s, the chart, %lld s", c.label, qint64(duration.count()));
        const Measured chart = measure(c, true, duration);
        const bool met = chart.cpuPercent <= 10 && chart.lateP99 < 30 && chart.rssKiB < 120 * 1024;
        pcbench::row(
            "7 Chart", c.label, "LiveChartView + RangePoller, refresh 5 s",
            format("CPU %.1f%% of a core · p99 late %.1f ms · RSS %.0f MB · %d refreshes",
                   chart.cpuPercent, chart.lateP99, double(chart.rssKiB) / 1024, chart.refreshes),
            format("poller alone: CPU %.1f%% · p99 late %.1f ms · RSS %.0f MB", floor.cpuPercent,
                   floor.lateP99, double(floor.rssKiB) / 1024),
            format("≤ 10%% CPU, p99 < 30 ms, RSS < 120 MB: %s", pcbench::verdict(met).c_str()));
    }
    return 0;
}
