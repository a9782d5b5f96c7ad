// Section 2: what a scrape of /metrics costs as the registry grows. Registers N synthetic
// counter series beside the app's own metrics and times AppMetrics::scrape(), the call the
// /metrics route makes. `--peer N=MS` passes the Python client's time for the same N
// (bench/peers/scrape_python.py), printed beside ours.

#include "benchsupport.h"

#include "metrics/appmetrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStringList>

#include <prometheus/counter.h>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <map>

using pcbench::format;

namespace {

template <typename Work>
double medianUs(Work work, int runs = 301)
{
    work();
    std::vector<double> us;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        work();
        us.push_back(double(clock.nsecsElapsed()) / 1e3);
    }
    return pcbench::median(us);
}

// Counting /proc/self/fd by name only, as client_golang's procfs does: no stat per entry.
int countFdsByName()
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    closedir(dir);
    return count - 1;  // the descriptor of `dir` itself
}

// The fixed cost of every scrape, whatever the registry: the process metrics, with as many
// descriptors open as the process has, and with more as when 32 or 256 clients are connected.
void processCollectorRows()
{
    const pc::ProcessCollector collector;
    std::vector<int> extra;
    for (const int more : {0, 32, 256}) {
        while (int(extra.size()) < more)
            extra.push_back(open("/dev/null", O_RDONLY | O_CLOEXEC));
        const int fds = countFdsByName();
        const double collect = medianUs([&] { (void)collector.Collect(); });
        const double qdir = medianUs([] { (void)QDir(QStringLiteral("/proc/self/fd")).count(); });
        const double byName = medianUs([] { (void)countFdsByName(); });
        pcbench::row("2 Scrape", format("process metrics, %d open fds", fds),
                     "ProcessCollector::Collect()", format("%.1f µs (median of 301)", collect),
                     format("of which process_open_fds by QDir::count(): %.1f µs; by readdir "
                            "names only: %.1f µs",
                            qdir, byName),
                     "");
    }
    for (const int fd : extra)
        close(fd);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::map<int, double> peerMs;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--peer") {
            const QStringList parts = args[i + 1].split(u'=');
            if (parts.size() == 2)
                peerMs[parts[0].toInt()] = parts[1].toDouble();
        }
    }

    for (const int series : {10, 1'000, 10'000, 100'000}) {
        pc::AppMetrics metrics;
        auto &family = prometheus::BuildCounter()
                           .Name("bench_synthetic_total")
                           .Help("Synthetic series of the scrape benchmark")
                           .Register(metrics.registry());
        for (int i = 0; i < series; ++i) {
            family.Add({{"series", std::to_string(i)}, {"shard", std::to_string(i % 16)}})
                .Increment(double(i));
        }
        qsizetype bytes = metrics.scrape().size();  // also warms the allocator
        const int runs = series >= 100'000 ? 5 : 11;
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            const QByteArray text = metrics.scrape();
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
            bytes = text.size();
        }
        const double median = pcbench::median(ms);
        const std::string result =
            format("%.3f ms (median of %d) · %.1f KB · %.0f ns/series", median, runs,
                   double(bytes) / 1024.0, median * 1e6 / series);
        std::string beside;
        if (const auto peer = peerMs.find(series); peer != peerMs.end()) {
            beside = format("tutorial's prometheus_client: %.3f ms → %.1fx faster", peer->second,
                            peer->second / median);
        }
        std::string target;
        if (series == 10'000)
            target = format("< 25 ms: %s", pcbench::verdict(median < 25).c_str());
        pcbench::row("2 Scrape", format("%d series", series), "AppMetrics::scrape()", result,
                     beside, target);
    }
    processCollectorRows();
    return 0;
}
