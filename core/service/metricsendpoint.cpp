#include "metricsendpoint.h"

#include "metrics/appmetrics.h"

namespace pc {

HttpResponse MetricsEndpoint::metrics() const
{
    HttpResponse response;
    // Explicit, so nothing sniffs the body for a type.
    response.contentType = AppMetrics::contentType;
    const auto now = Clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (!m_lastBody.isNull() && now - m_lastRender < m_shareWindow) {
            response.body = m_lastBody;
            return response;
        }
    }
    response.body = m_metrics.scrape();
    std::lock_guard lock(m_mutex);
    m_lastBody = response.body;
    m_lastRender = now;
    return response;
}

HttpResponse MetricsEndpoint::index()
{
    return HttpResponse::text(200, QByteArrayLiteral("Prom Companion metrics: see /metrics\n"));
}

std::shared_ptr<const HttpRouter> MetricsEndpoint::router(const AppMetrics &metrics,
                                                          std::chrono::microseconds shareWindow)
{
    auto router = std::make_shared<HttpRouter>();
    auto endpoint = std::make_shared<const MetricsEndpoint>(metrics, shareWindow);
    router->addRoute("/metrics", "GET",
                     [endpoint](const HttpRequest &) { return endpoint->metrics(); });
    router->addRoute("/", "GET", [](const HttpRequest &) { return index(); });
    return router;
}

}  // namespace pc
