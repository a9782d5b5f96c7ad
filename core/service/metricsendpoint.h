#pragma once

#include "http/httprouter.h"

#include <QByteArray>

#include <chrono>
#include <memory>
#include <mutex>

namespace pc {

class AppMetrics;

/// The Prometheus scrape endpoint: `GET /metrics` in the text format, and a short index at `/`.
/// Scrapes that arrive within `ShareWindow` of a render get that render: a crowd of concurrent
/// scrapers costs one render a millisecond, not one each. Thread-safe; `metrics` must outlive
/// the router.
class MetricsEndpoint
{
public:
    static constexpr std::chrono::microseconds ShareWindow{1000};

    explicit MetricsEndpoint(const AppMetrics &metrics) : m_metrics(metrics) {}

    HttpResponse metrics() const;
    static HttpResponse index();

    static std::shared_ptr<const HttpRouter> router(const AppMetrics &metrics);

private:
    using Clock = std::chrono::steady_clock;

    const AppMetrics &m_metrics;
    mutable std::mutex m_mutex;
    mutable QByteArray m_lastBody;
    mutable Clock::time_point m_lastRender;
};

}  // namespace pc
