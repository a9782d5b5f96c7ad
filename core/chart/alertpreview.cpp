#include "alertpreview.h"

#include <algorithm>

namespace pc {

QList<TimeSpan> conditionSpans(const PromQueryResult &condition, std::chrono::seconds step)
{
    const qint64 stepMs = std::max<qint64>(1, step.count() * 1000);
    QList<TimeSpan> spans;
    for (const PromSeries &series : condition.series) {
        for (const PromSample &sample : series.samples)
            spans.append({sample.timestampMs, sample.timestampMs + stepMs});
    }
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.startMs < b.startMs; });
    QList<TimeSpan> merged;
    for (const TimeSpan &span : spans) {
        if (!merged.isEmpty() && span.startMs <= merged.last().endMs)
            merged.last().endMs = std::max(merged.last().endMs, span.endMs);
        else
            merged.append(span);
    }
    return merged;
}

int firingCount(const PromQueryResult &condition, std::chrono::seconds step,
                std::chrono::seconds forDuration)
{
    const qint64 stepMs = std::max<qint64>(1, step.count() * 1000);
    const qint64 forMs = forDuration.count() * 1000;
    int count = 0;
    for (const PromSeries &series : condition.series) {
        qint64 runStart = 0;
        qint64 previous = 0;
        bool inRun = false;
        bool fired = false;
        for (const PromSample &sample : series.samples) {
            const qint64 t = sample.timestampMs;
            if (!inRun || t - previous > stepMs) {
                runStart = t;
                fired = false;
                inRun = true;
            }
            previous = t;
            if (!fired && t - runStart >= forMs) {
                fired = true;
                ++count;
            }
        }
    }
    return count;
}

QList<ThresholdUnit> thresholdUnits(DisplayFormat::Unit unit)
{
    using Unit = DisplayFormat::Unit;
    switch (unit) {
    case Unit::Seconds:
        return {{QStringLiteral("ms"), 0.001},
                {QStringLiteral("s"), 1.0},
                {QStringLiteral("min"), 60.0},
                {QStringLiteral("µs"), 1e-6}};
    case Unit::Ratio:
        return {{QStringLiteral("%"), 0.01}, {QString(), 1.0}};
    case Unit::Bytes:
        return {{QStringLiteral("B"), 1.0},
                {QStringLiteral("KiB"), 1024.0},
                {QStringLiteral("MiB"), 1024.0 * 1024},
                {QStringLiteral("GiB"), 1024.0 * 1024 * 1024}};
    case Unit::Count:
    case Unit::RequestsPerSecond:
    case Unit::PerSecond:
    case Unit::Percent:
        break;
    }
    return {{DisplayFormat::unitSymbol(unit), 1.0}};
}

}  // namespace pc
