#pragma once

#include <QByteArrayView>

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <atomic>
#include <mutex>
#include <string>
#include <unordered_map>

namespace pc {

/// The demo service's request metrics, as the tutorial's app and the official clients name them:
/// `http_requests_total{method,path,code}` and `http_request_duration_seconds{method,path}`.
/// Label values are bounded: methods outside the standard set become "other", and paths are
/// route labels, never raw URLs. Thread-safe: record() is called from every serving thread.
class RequestMetrics
{
public:
    /// The Prometheus client defaults (client_python, client_golang DefBuckets).
    static const prometheus::Histogram::BucketBoundaries &defaultBuckets();

    /// Registers both families in `registry`, which must outlive this object.
    explicit RequestMetrics(prometheus::Registry &registry);

    void record(QByteArrayView method, QByteArrayView route, int status, double seconds);

    /// Responses recorded so far: the sum of `http_requests_total` over its series, exactly.
    quint64 responses() const { return m_responses.load(std::memory_order_relaxed); }

private:
    struct Series
    {
        prometheus::Counter *requests;
        prometheus::Histogram *duration;
    };

    prometheus::Family<prometheus::Counter> &m_requests;
    prometheus::Family<prometheus::Histogram> &m_durations;
    std::mutex m_mutex;
    std::unordered_map<std::string, Series> m_series;
    std::atomic<quint64> m_responses{0};
};

}  // namespace pc
