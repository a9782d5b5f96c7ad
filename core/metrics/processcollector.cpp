#include "processcollector.h"

#include <QFile>

#include <prometheus/metric_family.h>

#include <dirent.h>
#include <sys/resource.h>
#include <unistd.h>

namespace pc {
namespace {

QByteArray readProcFile(const char *path)
{
    // /proc files report size 0: read until the end, not by size.
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return file.readAll();
}

prometheus::MetricFamily family(const char *name, const char *help, prometheus::MetricType type,
                                double value)
{
    prometheus::MetricFamily f;
    f.name = name;
    f.help = help;
    f.type = type;
    prometheus::ClientMetric metric;
    if (type == prometheus::MetricType::Counter)
        metric.counter.value = value;
    else
        metric.gauge.value = value;
    f.metric.push_back(std::move(metric));
    return f;
}

// Names only: QDir would stat every entry, which costs more than the rest of a scrape once
// a few hundred clients are connected.
std::optional<int> countOpenDescriptors()
{
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return std::nullopt;
    int count = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            ++count;
    }
    ::closedir(dir);
    return count;  // with the listing's own, as the official clients count
}

}  // namespace

std::optional<ProcStat> parseProcStat(QByteArrayView line)
{
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || line.indexOf('(') < 0 || line.indexOf('(') > close)
        return std::nullopt;
    // Fields after the name, numbered as in proc(5): 3 is state, 14 utime, 15 stime,
    // 22 starttime, 23 vsize, 24 rss.
    std::vector<QByteArrayView> fields;
    QByteArrayView rest = line.sliced(close + 1).trimmed();
    while (!rest.isEmpty()) {
        const qsizetype space = rest.indexOf(' ');
        fields.push_back(space < 0 ? rest : rest.first(space));
        rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
    }
    constexpr int firstField = 3;
    constexpr std::size_t fieldsNeeded = 24 - firstField + 1;  // up to rss, field 24
    if (fields.size() < fieldsNeeded)
        return std::nullopt;
    auto number = [&](int field, bool *ok) {
        return fields[field - firstField].toULongLong(ok);
    };
    bool ok[5] = {};
    ProcStat stat;
    stat.userTicks = number(14, &ok[0]);
    stat.systemTicks = number(15, &ok[1]);
    stat.startTicks = number(22, &ok[2]);
    stat.virtualBytes = number(23, &ok[3]);
    stat.residentPages = number(24, &ok[4]);
    for (bool b : ok) {
        if (!b)
            return std::nullopt;
    }
    return stat;
}

std::optional<qint64> parseBootTime(QByteArrayView procStat)
{
    for (const QByteArray &line : procStat.toByteArray().split('\n')) {
        if (line.startsWith("btime ")) {
            bool ok = false;
            const qint64 value = line.sliced(6).trimmed().toLongLong(&ok);
            if (ok)
                return value;
        }
    }
    return std::nullopt;
}

std::vector<prometheus::MetricFamily> ProcessCollector::Collect() const
{
    using prometheus::MetricType;
    std::vector<prometheus::MetricFamily> families;

    static const double ticksPerSecond = static_cast<double>(sysconf(_SC_CLK_TCK));
    static const double pageSize = static_cast<double>(sysconf(_SC_PAGESIZE));
    static const std::optional<qint64> bootTime = parseBootTime(readProcFile("/proc/stat"));

    if (const auto stat = parseProcStat(readProcFile("/proc/self/stat"))) {
        families.push_back(
            family("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.",
                   MetricType::Counter, (stat->userTicks + stat->systemTicks) / ticksPerSecond));
        families.push_back(family("process_resident_memory_bytes", "Resident memory size in bytes.",
                                  MetricType::Gauge, stat->residentPages * pageSize));
        families.push_back(family("process_virtual_memory_bytes", "Virtual memory size in bytes.",
                                  MetricType::Gauge, static_cast<double>(stat->virtualBytes)));
        if (bootTime) {
            families.push_back(
                family("process_start_time_seconds",
                       "Start time of the process since unix epoch in seconds.", MetricType::Gauge,
                       static_cast<double>(*bootTime) + stat->startTicks / ticksPerSecond));
        }
    }

    if (const auto open = countOpenDescriptors()) {
        families.push_back(family("process_open_fds", "Number of open file descriptors.",
                                  MetricType::Gauge, static_cast<double>(*open)));
    }
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        families.push_back(family("process_max_fds", "Maximum number of open file descriptors.",
                                  MetricType::Gauge, static_cast<double>(limit.rlim_cur)));
    }
    return families;
}

}  // namespace pc
