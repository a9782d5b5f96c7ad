#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QByteArray>
#include <QUrl>
#include <QUrlQuery>

#include <map>
#include <memory>

namespace pc {
class HttpServer;
}

namespace pc::test {

/// What FakePrometheus and FakeGrafana share: an HTTP API stand-in on a real socket at
/// 127.0.0.1, built on pc::HttpServer. It answers GET on a fixed set of API paths, under an
/// optional path prefix, each with a canned response that respond() replaces, and remembers
/// what arrived (the last request, the last one per path, how many). Owns its server. Create,
/// listen() and destroy it on the test thread; the server answers on its own thread, and every
/// method is thread-safe.
class FakeHttpApi
{
public:
    FakeHttpApi(const FakeHttpApi &) = delete;
    FakeHttpApi &operator=(const FakeHttpApi &) = delete;

    /// Listens on 127.0.0.1, on a free port.
    bool listen();
    quint16 port() const;

    /// What `apiPath` answers from now on.
    void respond(const QByteArray &apiPath, const HttpResponse &response);
    /// What `apiPath` answers from now on to a request whose `query` parameter (PromQL)
    /// contains `queryPart`, before what respond() set: two queries of one chart get their own
    /// answers. The first part given that matches wins.
    void respondToQuery(const QByteArray &apiPath, const QString &queryPart,
                        const HttpResponse &response);

    HttpRequest lastRequest() const;
    /// The query string of the last request, or of the last one to `apiPath`;
    /// percent-decoding left to the caller.
    QUrlQuery lastQuery(const QByteArray &apiPath = {}) const;
    /// Requests answered, on every path or on `apiPath` alone.
    int requestCount() const;
    int requestCount(const QByteArray &apiPath) const;

    /// A JSON answer with `status`.
    static HttpResponse json(int status, const QByteArray &body);

protected:
    /// Answers GET on each path of `answers`, under `pathPrefix` (trailing slashes dropped),
    /// with its response until respond() replaces it.
    FakeHttpApi(const QByteArray &pathPrefix, const std::map<QByteArray, HttpResponse> &answers);
    ~FakeHttpApi();

    /// `http://127.0.0.1:<port><prefix>`, without a trailing slash.
    QUrl rootUrl() const;

private:
    struct State;

    QByteArray m_prefix;
    std::shared_ptr<State> m_state;
    std::unique_ptr<HttpServer> m_server;
};

}  // namespace pc::test
