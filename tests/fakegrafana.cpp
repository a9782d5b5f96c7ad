#include "fakegrafana.h"

#include "http/httprouter.h"
#include "http/httpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace pc::test {

namespace {

QByteArray shippedDashboard()
{
    QFile file(QStringLiteral(PC_SOURCE_DIR "/resources/grafana/dashboards/prom-companion.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("{}");
}

}  // namespace

// Written by the test thread, read by the server's thread.
struct FakeGrafana::State
{
    mutable QMutex mutex;
    std::map<QByteArray, HttpResponse> responses;
    std::map<QByteArray, int> requests;
};

HttpResponse FakeGrafana::json(int status, const QByteArray &body)
{
    HttpResponse response = HttpResponse::text(status, body);
    response.contentType = "application/json";
    return response;
}

FakeGrafana::FakeGrafana(const QByteArray &pathPrefix)
    : m_prefix(pathPrefix), m_state(std::make_shared<State>())
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
    m_state->responses[HealthPath] =
        json(200, R"({"commit": "7d7a5e4b1c", "database": "ok", "version": "9.5.2"})");
    setDashboardProvisioned(true);

    auto router = std::make_shared<HttpRouter>();
    for (const QByteArray &apiPath : {QByteArray(HealthPath), QByteArray(DashboardPath)}) {
        router->addRoute(m_prefix + apiPath, "GET",
                         [state = m_state, apiPath](const HttpRequest &) {
                             QMutexLocker lock(&state->mutex);
                             ++state->requests[apiPath];
                             return state->responses[apiPath];
                         });
    }
    m_server = std::make_unique<HttpServer>(std::move(router));
}

FakeGrafana::~FakeGrafana() = default;

bool FakeGrafana::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeGrafana::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_server->port())
                + QString::fromLatin1(m_prefix) + u'/');
}

void FakeGrafana::setDashboardProvisioned(bool provisioned)
{
    // Grafana 9's answers: the dashboard with its metadata, or a one-line message.
    respond(DashboardPath, provisioned
                               ? json(200, "{\"dashboard\": " + shippedDashboard()
                                               + ", \"meta\": {\"slug\": \"prom-companion\", "
                                                 "\"provisioned\": true}}")
                               : json(404, R"({"message": "Dashboard not found"})"));
}

void FakeGrafana::respond(const QByteArray &apiPath, const HttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->responses[apiPath] = response;
}

int FakeGrafana::requestCount(const QByteArray &apiPath) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto found = m_state->requests.find(apiPath);
    return found == m_state->requests.end() ? 0 : found->second;
}

}  // namespace pc::test
