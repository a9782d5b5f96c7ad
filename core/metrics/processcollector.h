#pragma once

#include <QByteArrayView>

#include <prometheus/collectable.h>

#include <optional>

namespace pc {

/// What the Prometheus clients read from /proc/<pid>/stat (fields per proc(5)).
struct ProcStat
{
    quint64 userTicks = 0;
    quint64 systemTicks = 0;
    quint64 startTicks = 0;  // since boot
    quint64 virtualBytes = 0;
    quint64 residentPages = 0;
};

/// Parses one /proc/<pid>/stat line. The process name may hold spaces and parentheses,
/// so fields are counted from the last ')'. Returns nothing for anything malformed.
std::optional<ProcStat> parseProcStat(QByteArrayView line);

/// The boot time in seconds since the epoch from the `btime` line of /proc/stat.
std::optional<qint64> parseBootTime(QByteArrayView procStat);

/// The standard process metrics of the official clients on Linux: process_cpu_seconds_total,
/// process_resident_memory_bytes, process_virtual_memory_bytes, process_start_time_seconds,
/// process_open_fds and process_max_fds, read from /proc/self at every Collect().
/// prometheus-cpp has none of its own. Thread-safe: it holds no mutable state.
class ProcessCollector : public prometheus::Collectable
{
public:
    std::vector<prometheus::MetricFamily> Collect() const override;
};

}  // namespace pc
