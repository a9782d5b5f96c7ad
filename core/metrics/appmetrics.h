#pragma once

#include "processcollector.h"
#include "requestmetrics.h"

#include <QByteArray>

#include <memory>

namespace pc {

/// Everything the /metrics endpoint exposes: the demo service's request metrics and the process
/// metrics, in one prometheus-cpp registry. Thread-safe.
class AppMetrics
{
public:
    AppMetrics();

    RequestMetrics &requests() { return m_requests; }
    const RequestMetrics &requests() const { return m_requests; }
    prometheus::Registry &registry() { return *m_registry; }

    /// The text exposition format (version 0.0.4) of every family.
    QByteArray scrape() const;

    static constexpr const char *contentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    std::shared_ptr<prometheus::Registry> m_registry;
    RequestMetrics m_requests;
    ProcessCollector m_process;
};

}  // namespace pc
