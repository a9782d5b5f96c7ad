#pragma once

#include <QtGlobal>

#include <array>

namespace pc {

/// The latency percentiles a run reports, in microseconds. A plain value.
struct LatencyPercentiles
{
    quint64 count = 0;
    qint64 p50 = 0;
    qint64 p90 = 0;
    qint64 p99 = 0;
    qint64 p999 = 0;
    qint64 max = 0;
};

/// Latencies in microseconds, counted in log-linear buckets as HdrHistogram does: exact below
/// 128 µs, then 64 buckets per power of two, so a percentile is within 0.8% of the value it
/// stands for, from 1 µs to 60 s, in a fixed 11 KB. Values past 60 s count as 60 s; the
/// maximum is kept exactly. Two histograms merge by adding their counts. A plain value, not
/// thread-safe: each thread records into its own and hands copies on.
class LatencyHistogram
{
public:
    static constexpr qint64 HighestMicros = 60'000'000;

    void record(qint64 micros);
    void merge(const LatencyHistogram &other);
    void clear();

    quint64 count() const { return m_count; }
    qint64 min() const { return m_count > 0 ? m_min : 0; }
    qint64 max() const { return m_max; }
    /// The value at `quantile` (0 to 1) of what was recorded: the smallest value that at
    /// least that fraction of recorded values does not exceed, within 0.8%. 0 when empty.
    qint64 valueAt(double quantile) const;
    LatencyPercentiles percentiles() const;
    /// What a closed loop would have recorded had each connection sent on a fixed schedule of
    /// one request per `expectedMicros`, as HdrHistogram's copyCorrectedForCoordinatedOmission
    /// and wrk's latency figures do: every value v above the interval brings the values
    /// v − interval, v − 2·interval, … down to the interval, which requests stuck behind it
    /// would have waited; each recorded value stands for its bucket, as in percentiles. Unchanged
    /// when `expectedMicros` is not positive. Pure.
    LatencyHistogram correctedForInterval(qint64 expectedMicros) const;

private:
    static constexpr int ExactBelow = 128;
    static constexpr int SubBuckets = 64;
    // 2^25 µs is 33.5 s: the last power of two holds 60 s.
    static constexpr int BucketCount = ExactBelow + (25 - 7 + 1) * SubBuckets;

    static int bucketOf(qint64 micros);
    static qint64 lowestOf(int bucket);
    static qint64 widthOf(int bucket);

    std::array<quint64, BucketCount> m_buckets{};
    quint64 m_count = 0;
    qint64 m_min = 0;
    qint64 m_max = 0;
};

}  // namespace pc
