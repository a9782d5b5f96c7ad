#include "fakeprometheus.h"

#include "http/httprouter.h"
#include "http/httpserver.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace pc::test {

namespace {

const QByteArray kApiPaths[] = {"/api/v1/query", "/api/v1/query_range", "/api/v1/targets",
                                "/api/v1/label/__name__/values", "/-/ready", "/api/v1/alerts",
                                "/api/v1/status/flags", "/api/v1/labels",
                                "/api/v1/label/job/values", "/api/v1/label/instance/values"};

HttpResponse fileResponse(const char *fileName, int status,
                          std::chrono::milliseconds delay = std::chrono::milliseconds(0))
{
    HttpResponse response;
    response.status = status;
    response.body = FakePrometheus::dataFile(fileName);
    const QByteArray name(fileName);
    if (name.endsWith(".json"))
        response.contentType = "application/json";
    else if (name.endsWith(".html"))
        response.contentType = "text/html";
    response.delay = delay;
    return response;
}

}  // namespace

// Written by the test thread, read by the server's thread.
struct FakePrometheus::State
{
    mutable QMutex mutex;
    std::map<QByteArray, HttpResponse> responses;
    HttpRequest lastRequest;
    std::map<QByteArray, HttpRequest> lastByPath;
    int requests = 0;
};

FakePrometheus::FakePrometheus(const QByteArray &pathPrefix)
    : m_prefix(pathPrefix), m_state(std::make_shared<State>())
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
    m_state->responses["/api/v1/query"] = fileResponse("query_vector.json", 200);
    m_state->responses["/api/v1/query_range"] = fileResponse("query_matrix.json", 200);
    m_state->responses["/api/v1/targets"] = fileResponse("targets.json", 200);
    m_state->responses["/-/ready"] = fileResponse("ready.txt", 200);
    m_state->responses["/api/v1/label/__name__/values"] = fileResponse("label_values.json", 200);
    m_state->responses["/api/v1/alerts"] = fileResponse("alerts_empty.json", 200);
    m_state->responses["/api/v1/status/flags"] = fileResponse("flags.json", 200);

    auto router = std::make_shared<HttpRouter>();
    for (const QByteArray &apiPath : kApiPaths) {
        router->addRoute(m_prefix + apiPath, "GET",
                         [state = m_state, apiPath](const HttpRequest &request) {
                             QMutexLocker lock(&state->mutex);
                             state->lastRequest = request;
                             state->lastByPath[apiPath] = request;
                             ++state->requests;
                             return state->responses[apiPath];
                         });
    }
    m_server = std::make_unique<HttpServer>(std::move(router));
}

FakePrometheus::~FakePrometheus() = default;

bool FakePrometheus::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakePrometheus::port() const
{
    return m_server->port();
}

QUrl FakePrometheus::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port())
                + QString::fromLatin1(m_prefix));
}

void FakePrometheus::respond(const QByteArray &apiPath, const HttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->responses[apiPath] = response;
}

void FakePrometheus::respondWithFile(const QByteArray &apiPath, const char *fileName, int status,
                                     std::chrono::milliseconds delay)
{
    respond(apiPath, fileResponse(fileName, status, delay));
}

QByteArray FakePrometheus::dataFile(const char *fileName)
{
    QFile file(QStringLiteral(PC_TEST_DATA_DIR "/prometheus/") + QString::fromUtf8(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

HttpRequest FakePrometheus::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastRequest;
}

QUrlQuery FakePrometheus::lastQuery(const QByteArray &apiPath) const
{
    QByteArray target;
    if (apiPath.isEmpty()) {
        target = lastRequest().target;
    } else {
        QMutexLocker lock(&m_state->mutex);
        const auto found = m_state->lastByPath.find(apiPath);
        if (found != m_state->lastByPath.end())
            target = found->second.target;
    }
    const qsizetype mark = target.indexOf('?');
    if (mark < 0)
        return {};
    return QUrlQuery(QString::fromLatin1(target.mid(mark + 1)));
}

int FakePrometheus::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

}  // namespace pc::test
