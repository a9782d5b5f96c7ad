#pragma once

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace pc {
class HttpServer;
}

namespace pc::test {

/// A stand-in for Prometheus's HTTP API on a real socket at 127.0.0.1, built on pc::HttpServer.
/// Answers GET on /api/v1/query, /api/v1/query_range, /api/v1/targets,
/// /api/v1/label/__name__/values and /-/ready, under an
/// optional path prefix, with canned responses (by default the matching files of
/// tests/data/prometheus/), and remembers the last request so a test can check what arrived.
/// Owns its server. Create, listen() and destroy it on the test thread; the server answers on
/// its own thread, and every method is thread-safe.
class FakePrometheus
{
public:
    explicit FakePrometheus(const QByteArray &pathPrefix = {});
    ~FakePrometheus();
    FakePrometheus(const FakePrometheus &) = delete;
    FakePrometheus &operator=(const FakePrometheus &) = delete;

    /// Listens on 127.0.0.1, on a free port.
    bool listen();
    quint16 port() const;
    /// `http://127.0.0.1:<port><prefix>`: what a client is configured with.
    QUrl baseUrl() const;

    /// What `apiPath` ("/api/v1/query", "/-/ready", ...) answers from now on.
    void respond(const QByteArray &apiPath, const HttpResponse &response);
    void respondWithFile(const QByteArray &apiPath, const char *fileName, int status = 200,
                         std::chrono::milliseconds delay = std::chrono::milliseconds(0));

    /// A file of tests/data/prometheus/; an empty array when it is missing.
    static QByteArray dataFile(const char *fileName);

    HttpRequest lastRequest() const;
    /// The query string of the last request, or of the last one to `apiPath`;
    /// percent-decoding left to the caller.
    QUrlQuery lastQuery(const QByteArray &apiPath = {}) const;
    int requestCount() const;

    struct State;

private:
    QByteArray m_prefix;
    std::shared_ptr<State> m_state;
    std::unique_ptr<HttpServer> m_server;
};

}  // namespace pc::test
