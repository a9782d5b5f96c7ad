#pragma once

#include "http/httpserver.h"
#include "metrics/appmetrics.h"
#include "service/metricsendpoint.h"

#include <QUrl>

#include <chrono>
#include <memory>

namespace pc {

/// The two servers of the app, the demo service and its /metrics endpoint, and the metrics
/// they share. Each server runs on threads of its own. Create, start and destroy it on one
/// thread; metrics() may be read from any.
class ServiceHost
{
public:
    ServiceHost();
    ~ServiceHost();

    /// Starts both servers, or neither: on failure returns false, and errorString() names the
    /// address, the port and the option that changes it.
    bool start(const QHostAddress &address, quint16 servicePort, quint16 metricsPort,
               int serviceThreads = 0);
    void stop();
    /// How long one render of /metrics serves the scrapes that follow it
    /// (MetricsEndpoint::DefaultShareWindow); 0 renders every scrape. From the next start().
    void setMetricsShareWindow(std::chrono::microseconds window) { m_metricsShareWindow = window; }

    QUrl serviceUrl() const;
    QUrl metricsUrl() const;
    QString errorString() const { return m_error; }
    /// True when the last start() failed because a port was taken.
    bool addressInUse() const { return m_addressInUse; }
    AppMetrics &metrics() { return m_metrics; }

private:
    AppMetrics m_metrics;
    std::unique_ptr<HttpServer> m_service;
    std::unique_ptr<HttpServer> m_metricsServer;
    QString m_error;
    std::chrono::microseconds m_metricsShareWindow = MetricsEndpoint::DefaultShareWindow;
    bool m_addressInUse = false;
};

/// An http URL for a server address: 127.0.0.1 as is, IPv6 in brackets, any-address as loopback.
QUrl urlForServer(const QHostAddress &address, quint16 port, const QString &path);

}  // namespace pc
