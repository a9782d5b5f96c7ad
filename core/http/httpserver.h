#pragma once

#include "httprequestparser.h"
#include "httprouter.h"

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace pc {

struct HttpServerShared;

class HttpListener;
class HttpWorker;

/// One answered request, as the server reports it to its observer.
struct HttpExchange
{
    QByteArray method;  // as the client sent it; empty when no request could be read
    QByteArray route;   // the router's label: a known path, or "unmatched"
    int status = 0;
    double seconds = 0;  // from the complete request head to the response being queued
};

struct HttpServerOptions
{
    int threads = 1;
    HttpParseLimits limits;
    std::chrono::milliseconds idleTimeout{60'000};    // keep-alive connection with no request
    std::chrono::milliseconds headerTimeout{10'000};  // from a request's first byte to its end
    std::chrono::milliseconds lingerTimeout{2'000};   // draining a peer after we closed our side
    int maxConnections = 1000;
};

/// A small HTTP/1.1 server: one listening socket, connections spread round-robin over
/// `threads` worker threads, each with its own event loop. Keep-alive, pipelining (answered
/// in order), HTTP/1.0, `Connection: close`, HEAD, 405, bounded request heads (414, 431),
/// no request bodies (413), header and idle timeouts (408), and a connection cap (503).
///
/// Create, listen() and destroy it on one thread (usually the GUI thread); nothing it does
/// runs there. The router and the observer are called on the worker threads, concurrently.
class HttpServer
{
public:
    /// Called once per response queued on a socket, on a worker thread.
    using ExchangeObserver = std::function<void(const HttpExchange &)>;

    explicit HttpServer(std::shared_ptr<const HttpRouter> router, HttpServerOptions options = {},
                        ExchangeObserver observer = {});
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// Binds and starts serving. Port 0 picks a free port. On failure returns false and
    /// errorString() says why; addressInUse() tells the commonest cause apart.
    bool listen(const QHostAddress &address, quint16 port);
    void close();

    bool isListening() const { return m_port != 0; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    bool addressInUse() const { return m_addressInUse; }

    /// Connections open right now, across all threads.
    int openConnections() const;

private:
    std::shared_ptr<HttpServerShared> m_shared;
    std::vector<QThread *> m_threads;
    std::vector<HttpWorker *> m_workers;
    HttpListener *m_listener = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
    bool m_addressInUse = false;
};

}  // namespace pc
