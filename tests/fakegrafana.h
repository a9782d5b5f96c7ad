#pragma once

#include "http/httpresponse.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace pc {
class HttpServer;
}

namespace pc::test {

/// A stand-in for Grafana's HTTP API on a real socket at 127.0.0.1, built on pc::HttpServer:
/// `/api/health` answers as Grafana 9.5 does, and `/api/dashboards/uid/prom-companion` with the
/// shipped dashboard, or Grafana's 404 once setDashboardProvisioned(false). Both may carry a
/// path prefix. Owns its server. Create, listen() and destroy it on the test thread; the
/// server answers on its own thread, and every method is thread-safe.
class FakeGrafana
{
public:
    static constexpr const char *HealthPath = "/api/health";
    static constexpr const char *DashboardPath = "/api/dashboards/uid/prom-companion";

    explicit FakeGrafana(const QByteArray &pathPrefix = {});
    ~FakeGrafana();
    FakeGrafana(const FakeGrafana &) = delete;
    FakeGrafana &operator=(const FakeGrafana &) = delete;

    /// Listens on 127.0.0.1, on a free port.
    bool listen();
    /// `http://127.0.0.1:<port><prefix>/`.
    QUrl baseUrl() const;

    void setDashboardProvisioned(bool provisioned);
    /// What `apiPath` (HealthPath or DashboardPath) answers from now on.
    void respond(const QByteArray &apiPath, const HttpResponse &response);
    int requestCount(const QByteArray &apiPath) const;

    static HttpResponse json(int status, const QByteArray &body);

    struct State;

private:
    QByteArray m_prefix;
    std::shared_ptr<State> m_state;
    std::unique_ptr<HttpServer> m_server;
};

}  // namespace pc::test
