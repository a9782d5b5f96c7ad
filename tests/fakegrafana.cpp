#include "fakegrafana.h"

#include <QFile>

namespace pc::test {

namespace {

QByteArray shippedDashboard()
{
    QFile file(QStringLiteral(PC_SOURCE_DIR "/resources/grafana/dashboards/prom-companion.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("{}");
}

// Grafana 9's answers: the dashboard with its metadata, or a one-line message.
HttpResponse dashboardAnswer(bool provisioned)
{
    return provisioned ? FakeHttpApi::json(200, "{\"dashboard\": " + shippedDashboard()
                                                    + ", \"meta\": {\"slug\": \"prom-companion\", "
                                                      "\"provisioned\": true}}")
                       : FakeHttpApi::json(404, R"({"message": "Dashboard not found"})");
}

}  // namespace

FakeGrafana::FakeGrafana(const QByteArray &pathPrefix)
    : FakeHttpApi(
        pathPrefix,
        {
            {HealthPath,
             json(200, R"({"commit": "7d7a5e4b1c", "database": "ok", "version": "9.5.2"})")},
            {DashboardPath, dashboardAnswer(true)},
        })
{
}

QUrl FakeGrafana::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(url.path() + u'/');
    return url;
}

void FakeGrafana::setDashboardProvisioned(bool provisioned)
{
    respond(DashboardPath, dashboardAnswer(provisioned));
}

}  // namespace pc::test
