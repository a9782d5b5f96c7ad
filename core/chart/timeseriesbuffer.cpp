#include "timeseriesbuffer.h"

#include <algorithm>

namespace pc {

TimeSeriesBuffer::TimeSeriesBuffer(std::size_t capacity)
    : m_points(std::max<std::size_t>(capacity, 1))
{
}

void TimeSeriesBuffer::append(qint64 timeMs, double value)
{
    const QPointF point(double(timeMs), value);
    if (m_size < m_points.size()) {
        m_points[(m_start + m_size) % m_points.size()] = point;
        ++m_size;
    } else {
        m_points[m_start] = point;
        m_start = (m_start + 1) % m_points.size();
    }
}

void TimeSeriesBuffer::clear()
{
    m_start = 0;
    m_size = 0;
}

std::optional<QPointF> TimeSeriesBuffer::last() const
{
    if (m_size == 0)
        return std::nullopt;
    return at(m_size - 1);
}

QList<QPointF> TimeSeriesBuffer::points(qint64 sinceMs) const
{
    // Times only grow, so the first point to keep is found by binary search.
    std::size_t lo = 0;
    std::size_t hi = m_size;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (at(mid).x() < double(sinceMs))
            lo = mid + 1;
        else
            hi = mid;
    }
    QList<QPointF> out;
    out.reserve(qsizetype(m_size - lo));
    for (std::size_t i = lo; i < m_size; ++i)
        out.append(at(i));
    return out;
}

}  // namespace pc
