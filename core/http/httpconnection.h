#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>

class QTcpSocket;

namespace pc {

/// One client connection of an HttpServer, on the worker thread that adopted its socket.
/// Reads request heads within the limits, answers them in order through the router, and
/// closes politely: it shuts its sending side, then drains the peer for a short while, so a
/// final error answer reaches a client that was still sending. Deletes itself when done.
class HttpConnection : public QObject
{
public:
    using Clock = std::chrono::steady_clock;

    /// With `overloaded`, the connection only answers 503 and closes.
    HttpConnection(qintptr descriptor, std::shared_ptr<HttpServer::Shared> shared, bool overloaded,
                   QObject *parent);
    ~HttpConnection() override;

    /// Enforces the idle, header and linger deadlines; the worker calls it periodically.
    void checkDeadline(Clock::time_point now);

private:
    enum class Deadline { None, Idle, Head, Linger };

    void processInput();
    void handle(const HttpRequest &request);
    void send(const HttpResponse &response, const QByteArray &method, const QByteArray &route,
              bool headOnly, bool close, Clock::time_point started);
    void fail(int status, const QByteArray &reason);
    void closeAfterWrite();
    void halfClose();

    std::shared_ptr<HttpServer::Shared> m_shared;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    Deadline m_deadlineKind = Deadline::None;
    Clock::time_point m_deadline;
    bool m_busy = false;     // a delayed response is pending: read nothing more until it is sent
    bool m_closing = false;  // the last response is queued: read only to drain
    bool m_counted = false;  // counts in Shared::openConnections
};

}  // namespace pc
