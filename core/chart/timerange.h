#pragma once

#include <QObject>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

namespace pc {

/// The time range that every chart of one view shows: the last `window()` while it follows
/// the present (live), or a fixed range after a zoom or a pan. One object per view, shared by
/// its charts and pollers, so that zooming one panel zooms them all. GUI thread.
class TimeRange : public QObject
{
    Q_OBJECT
public:
    /// Milliseconds since the epoch: "now" for a live range. Tests pass a clock of their own.
    using Clock = std::function<qint64()>;

    explicit TimeRange(std::chrono::seconds window = std::chrono::minutes(5),
                       QObject *parent = nullptr);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    std::chrono::seconds window() const { return m_window; }
    /// A new window, and following the present again.
    void setWindow(std::chrono::seconds window);
    /// Shows [fromMs, toMs] instead of following the present. A range shorter than a second is
    /// no range to ask Prometheus for, and is ignored.
    void setFixed(qint64 fromMs, qint64 toMs);
    void followLive();
    /// Half a range earlier (-1) or later (+1); panning past the present follows it.
    void pan(int direction);

    bool isLive() const { return !m_fixed; }
    /// The range shown now (ms since the epoch): the last window() when live.
    std::pair<qint64, qint64> range() const;
    qint64 now() const { return m_clock(); }
    /// Whether the range still moves: live, or a fixed range that reaches past the present.
    bool reachesPresent() const { return !m_fixed || m_fixed->second > now(); }

signals:
    /// A new window, a fixed range, or following the present again.
    void changed();

private:
    std::chrono::seconds m_window;
    std::optional<std::pair<qint64, qint64>> m_fixed;
    Clock m_clock;
};

}  // namespace pc
