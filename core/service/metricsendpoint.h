#pragma once

#include "http/httprouter.h"

#include <QByteArray>

#include <chrono>
#include <memory>
#include <mutex>

namespace pc {

class AppMetrics;

/// The Prometheus scrape endpoint: `GET /metrics` in the text format, and a short index at `/`.
/// Scrapes that arrive within the share window of a render get that render: with the default
/// window, a crowd of concurrent scrapers costs one render a millisecond, not one each. A window
/// of 0 renders every scrape (tests that count what each scrape sees). Thread-safe; `metrics`
/// must outlive the router.
class MetricsEndpoint
{
public:
    static constexpr std::chrono::microseconds DefaultShareWindow{1000};

    explicit MetricsEndpoint(const AppMetrics &metrics,
                             std::chrono::microseconds shareWindow = DefaultShareWindow)
        : m_metrics(metrics), m_shareWindow(shareWindow)
    {
    }

    HttpResponse metrics() const;
    static HttpResponse index();

    static std::shared_ptr<const HttpRouter> router(
        const AppMetrics &metrics, std::chrono::microseconds shareWindow = DefaultShareWindow);

private:
    using Clock = std::chrono::steady_clock;

    const AppMetrics &m_metrics;
    const std::chrono::microseconds m_shareWindow;
    mutable std::mutex m_mutex;
    mutable QByteArray m_lastBody;
    mutable Clock::time_point m_lastRender;
};

}  // namespace pc
