#pragma once

// What every bench executable shares: statistics over samples, the process's own RSS, and
// rows of the one markdown table bench/run prints. Plain functions; any thread.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

namespace pcbench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/// Nearest-rank percentile, `p` in [0, 100].
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

/// VmRSS of this process in KiB, or -1 when /proc cannot say.
inline long long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

__attribute__((format(printf, 1, 2))) inline std::string format(const char *pattern, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, pattern);
    std::vsnprintf(buffer, sizeof buffer, pattern, args);
    va_end(args);
    return buffer;
}

/// wrk's `Requests/sec:` figure from its output, or 0.
inline double wrkRequestsPerSecond(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("Requests/sec:"))
            return trimmed.mid(13).trimmed().toDouble();
    }
    return 0;
}

/// "met" or "**missed**", for the Target column.
inline std::string verdict(bool met)
{
    return met ? "met" : "**missed**";
}

/// One row of the table: | Section | Case | Subject | Result | Beside | Target |
inline void row(const std::string &section, const std::string &label, const std::string &subject,
                const std::string &result, const std::string &beside, const std::string &target)
{
    std::printf("| %s | %s | %s | %s | %s | %s |\n", section.c_str(), label.c_str(),
                subject.c_str(), result.c_str(), beside.empty() ? "" : beside.c_str(),
                target.empty() ? "" : target.c_str());
    std::fflush(stdout);
}

/// Progress for the person watching, on stderr so the table stays clean.
__attribute__((format(printf, 1, 2))) inline void note(const char *pattern, ...)
{
    va_list args;
    va_start(args, pattern);
    std::vfprintf(stderr, pattern, args);
    va_end(args);
    std::fputc('\n', stderr);
}

/// Records how late each tick of a 10 ms precise timer comes on the thread that makes it,
/// while recording.
class LatenessProbe
{
public:
    static constexpr double TickMs = 10;

    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(int(TickMs));
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_recording && m_last > 0)
                m_lateness.push_back(std::max(0.0, double(now - m_last) / 1e6 - TickMs));
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }

    void record()
    {
        m_lateness.clear();
        m_last = 0;
        m_recording = true;
    }
    std::vector<double> stop()
    {
        m_recording = false;
        return m_lateness;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_recording = false;
    std::vector<double> m_lateness;
};

}  // namespace pcbench
