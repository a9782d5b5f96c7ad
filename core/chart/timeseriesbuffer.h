#pragma once

#include <QList>
#include <QPointF>

#include <limits>
#include <optional>
#include <vector>

namespace pc {

/// A fixed-capacity ring of (time in ms since the epoch, value) points, oldest first.
/// Appending past capacity drops the oldest point, so memory stays flat however long the app
/// runs. A plain value, not thread-safe.
class TimeSeriesBuffer
{
public:
    explicit TimeSeriesBuffer(std::size_t capacity);

    void append(qint64 timeMs, double value);
    void clear();

    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_points.size(); }
    std::optional<QPointF> last() const;

    /// The points at or after `sinceMs`, oldest first, as chart points (x in ms).
    QList<QPointF> points(qint64 sinceMs = std::numeric_limits<qint64>::min()) const;

private:
    const QPointF &at(std::size_t i) const { return m_points[(m_start + i) % m_points.size()]; }

    std::vector<QPointF> m_points;
    std::size_t m_start = 0;
    std::size_t m_size = 0;
};

}  // namespace pc
