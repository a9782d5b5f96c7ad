#include "fakehttpapi.h"

#include "http/httprouter.h"
#include "http/httpserver.h"

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

#include <vector>

namespace pc::test {

// Written by the test thread, read by the server's thread.
struct FakeHttpApi::State
{
    mutable QMutex mutex;
    std::map<QByteArray, HttpResponse> responses;
    std::map<QByteArray, std::vector<std::pair<QString, HttpResponse>>> queryResponses;
    HttpRequest lastRequest;
    std::map<QByteArray, HttpRequest> lastByPath;
    std::map<QByteArray, int> requestsByPath;
    int requests = 0;
};

FakeHttpApi::FakeHttpApi(const QByteArray &pathPrefix,
                         const std::map<QByteArray, HttpResponse> &answers)
    : m_prefix(pathPrefix), m_state(std::make_shared<State>())
{
    while (m_prefix.endsWith('/'))
        m_prefix.chop(1);
    m_state->responses = answers;

    auto router = std::make_shared<HttpRouter>();
    for (const auto &[apiPath, response] : answers) {
        router->addRoute(m_prefix + apiPath, "GET",
                         [state = m_state, apiPath = apiPath](const HttpRequest &request) {
                             QMutexLocker lock(&state->mutex);
                             state->lastRequest = request;
                             state->lastByPath[apiPath] = request;
                             ++state->requestsByPath[apiPath];
                             ++state->requests;
                             const auto byQuery = state->queryResponses.find(apiPath);
                             if (byQuery != state->queryResponses.end()) {
                                 const QByteArray &target = request.target;
                                 const qsizetype mark = target.indexOf('?');
                                 const QString query =
                                     mark < 0 ? QString()
                                              : QUrlQuery(QString::fromLatin1(target.mid(mark + 1)))
                                                    .queryItemValue(QStringLiteral("query"),
                                                                    QUrl::FullyDecoded);
                                 for (const auto &[part, response] : byQuery->second) {
                                     if (query.contains(part))
                                         return response;
                                 }
                             }
                             return state->responses[apiPath];
                         });
    }
    m_server = std::make_unique<HttpServer>(std::move(router));
}

FakeHttpApi::~FakeHttpApi() = default;

bool FakeHttpApi::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpApi::port() const
{
    return m_server->port();
}

QUrl FakeHttpApi::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port())
                + QString::fromLatin1(m_prefix));
}

void FakeHttpApi::respond(const QByteArray &apiPath, const HttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->responses[apiPath] = response;
}

void FakeHttpApi::respondToQuery(const QByteArray &apiPath, const QString &queryPart,
                                 const HttpResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->queryResponses[apiPath].emplace_back(queryPart, response);
}

HttpRequest FakeHttpApi::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->lastRequest;
}

QUrlQuery FakeHttpApi::lastQuery(const QByteArray &apiPath) const
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

int FakeHttpApi::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int FakeHttpApi::requestCount(const QByteArray &apiPath) const
{
    QMutexLocker lock(&m_state->mutex);
    const auto found = m_state->requestsByPath.find(apiPath);
    return found == m_state->requestsByPath.end() ? 0 : found->second;
}

HttpResponse FakeHttpApi::json(int status, const QByteArray &body)
{
    HttpResponse response = HttpResponse::text(status, body);
    response.contentType = "application/json";
    return response;
}

}  // namespace pc::test
