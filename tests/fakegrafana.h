#pragma once

#include "fakehttpapi.h"

#include <QByteArray>
#include <QUrl>

namespace pc::test {

/// A stand-in for Grafana's HTTP API (a FakeHttpApi): `/api/health` answers as Grafana 9.5
/// does, and `/api/dashboards/uid/prom-companion` with the shipped dashboard, or Grafana's 404
/// once setDashboardProvisioned(false). Both may carry a path prefix. Create, listen() and
/// destroy it on the test thread; every method is thread-safe.
class FakeGrafana : public FakeHttpApi
{
public:
    static constexpr const char *HealthPath = "/api/health";
    static constexpr const char *DashboardPath = "/api/dashboards/uid/prom-companion";

    explicit FakeGrafana(const QByteArray &pathPrefix = {});

    /// `http://127.0.0.1:<port><prefix>/`.
    QUrl baseUrl() const;

    void setDashboardProvisioned(bool provisioned);
};

}  // namespace pc::test
