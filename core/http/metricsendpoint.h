#pragma once

#include "httprouter.h"

#include <memory>

namespace pc {

class AppMetrics;

/// The Prometheus scrape endpoint: `GET /metrics` in the text format, and a short index at `/`.
/// Thread-safe; `metrics` must outlive the router.
class MetricsEndpoint
{
public:
    explicit MetricsEndpoint(const AppMetrics &metrics) : m_metrics(metrics) {}

    HttpResponse metrics() const;
    static HttpResponse index();

    static std::shared_ptr<const HttpRouter> router(const AppMetrics &metrics);

private:
    const AppMetrics &m_metrics;
};

}  // namespace pc
