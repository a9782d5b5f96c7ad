#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace pc {

namespace {

int highestBit(quint64 value)
{
    return 63 - __builtin_clzll(value);
}

}  // namespace

int LatencyHistogram::bucketOf(qint64 micros)
{
    const qint64 v = std::clamp<qint64>(micros, 0, HighestMicros);
    if (v < ExactBelow)
        return int(v);
    // In [2^e, 2^(e+1)) the 64 buckets are 2^(e-6) wide: at most 1/64 of the value, and the
    // middle of a bucket is within 1/128 of anything in it.
    const int e = highestBit(quint64(v));
    const int shift = e - 6;
    return ExactBelow + (e - 7) * SubBuckets + int((v >> shift) - SubBuckets);
}

qint64 LatencyHistogram::lowestOf(int bucket)
{
    if (bucket < ExactBelow)
        return bucket;
    const int e = (bucket - ExactBelow) / SubBuckets + 7;
    const int sub = (bucket - ExactBelow) % SubBuckets;
    return qint64(SubBuckets + sub) << (e - 6);
}

qint64 LatencyHistogram::widthOf(int bucket)
{
    if (bucket < ExactBelow)
        return 1;
    const int e = (bucket - ExactBelow) / SubBuckets + 7;
    return qint64(1) << (e - 6);
}

void LatencyHistogram::record(qint64 micros)
{
    micros = std::max<qint64>(micros, 0);
    ++m_buckets[size_t(bucketOf(micros))];
    m_min = m_count == 0 ? micros : std::min(m_min, micros);
    m_max = std::max(m_max, micros);
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_min = m_count == 0 ? other.m_min : std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
    m_count += other.m_count;
}

void LatencyHistogram::clear()
{
    *this = LatencyHistogram();
}

qint64 LatencyHistogram::valueAt(double quantile) const
{
    if (m_count == 0)
        return 0;
    const quint64 rank = std::clamp<quint64>(
        quint64(std::ceil(std::clamp(quantile, 0.0, 1.0) * double(m_count))), 1, m_count);
    quint64 seen = 0;
    for (int bucket = 0; bucket < BucketCount; ++bucket) {
        seen += m_buckets[size_t(bucket)];
        if (seen >= rank) {
            const qint64 middle = lowestOf(bucket) + (widthOf(bucket) - 1) / 2;
            return std::clamp(middle, min(), m_max);
        }
    }
    return m_max;
}

LatencyPercentiles LatencyHistogram::percentiles() const
{
    return {m_count, valueAt(0.5), valueAt(0.9), valueAt(0.99), valueAt(0.999), m_max};
}

LatencyHistogram LatencyHistogram::correctedForInterval(qint64 expectedMicros) const
{
    LatencyHistogram corrected = *this;
    if (expectedMicros <= 0)
        return corrected;
    for (int bucket = 0; bucket < BucketCount; ++bucket) {
        const quint64 count = m_buckets[size_t(bucket)];
        if (count == 0)
            continue;
        const qint64 value = std::clamp(lowestOf(bucket) + (widthOf(bucket) - 1) / 2, min(), m_max);
        // The missing values value − k·interval for k ≥ 1, down to the interval, land a run of
        // them per bucket: add each run at once, so that the work is bounded by the buckets
        // crossed, not by value / interval.
        for (qint64 missing = value - expectedMicros; missing >= expectedMicros;) {
            const int target = bucketOf(missing);
            const qint64 floor = std::max(lowestOf(target), expectedMicros);
            const qint64 inBucket = (missing - floor) / expectedMicros + 1;
            corrected.m_buckets[size_t(target)] += count * quint64(inBucket);
            corrected.m_count += count * quint64(inBucket);
            corrected.m_min = std::min(corrected.m_min, missing - (inBucket - 1) * expectedMicros);
            missing -= inBucket * expectedMicros;
        }
    }
    return corrected;
}

}  // namespace pc
