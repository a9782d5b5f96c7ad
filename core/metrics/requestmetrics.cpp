#include "requestmetrics.h"

#include <QByteArray>

#include <array>

namespace pc {
namespace {

std::string methodLabel(QByteArrayView method)
{
    static const std::array<QByteArrayView, 9> known = {
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"};
    for (QByteArrayView m : known) {
        if (m == method)
            return m.toByteArray().toStdString();
    }
    return "other";
}

}  // namespace

const prometheus::Histogram::BucketBoundaries &RequestMetrics::defaultBuckets()
{
    static const prometheus::Histogram::BucketBoundaries buckets = {
        0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0};
    return buckets;
}

RequestMetrics::RequestMetrics(prometheus::Registry &registry)
    : m_requests(prometheus::BuildCounter()
                     .Name("http_requests_total")
                     .Help("Number of HTTP requests answered by the demo service.")
                     .Register(registry)),
      m_durations(prometheus::BuildHistogram()
                      .Name("http_request_duration_seconds")
                      .Help("Time from a complete request head to its response being sent.")
                      .Register(registry))
{
}

void RequestMetrics::record(QByteArrayView method, QByteArrayView route, int status, double seconds)
{
    std::string methodValue = methodLabel(method);
    const std::string routeValue = route.toByteArray().toStdString();
    const std::string code = std::to_string(status);
    // Short keys fit the small-string buffer: no allocation on the hot path.
    std::string key = methodValue;
    key.append(1, ' ').append(routeValue).append(1, ' ').append(code);

    Series series;
    {
        std::lock_guard lock(m_mutex);
        auto found = m_series.find(key);
        if (found == m_series.end()) {
            Series created{
                &m_requests.Add({{"method", methodValue}, {"path", routeValue}, {"code", code}}),
                &m_durations.Add({{"method", methodValue}, {"path", routeValue}},
                                 defaultBuckets())};
            found = m_series.emplace(std::move(key), created).first;
        }
        series = found->second;
    }
    series.requests->Increment();
    series.duration->Observe(seconds);
    m_responses.fetch_add(1, std::memory_order_relaxed);
}

}  // namespace pc
