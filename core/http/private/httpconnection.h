#pragma once

#ifndef PC_BUILDING_PC_HTTP
#error "http/private/httpconnection.h is private to pc_http"
#endif

#include "http/httpresponse.h"
#include "http/private/httpservershared.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>

class QSocketNotifier;

namespace pc {

struct HttpRequest;

/// One client connection of an HttpServer, on the worker thread that adopted its socket.
/// Reads request heads within the limits, answers them in order through the router, and
/// closes politely: it shuts its sending side, then drains the peer for a short while, so a
/// final error answer reaches a client that was still sending.
///
/// It owns the socket descriptor and does its own non-blocking reads and writes, because a
/// QTcpSocket closes itself when it reads the peer's FIN and drops the answers it still
/// holds: a client that sends its requests and half-closes (RFC 9112 9.6) must still get
/// every answer it is owed, delayed ones included. Deletes itself when done.
class HttpConnection : public QObject
{
public:
    using Clock = std::chrono::steady_clock;

    /// With `overloaded`, the connection only answers 503 and closes.
    HttpConnection(qintptr descriptor, std::shared_ptr<HttpServerShared> shared, bool overloaded,
                   QObject *parent);
    ~HttpConnection() override;

    /// Enforces the idle, header and linger deadlines; the worker calls it periodically.
    void checkDeadline(Clock::time_point now);

private:
    enum class Deadline { None, Idle, Head, Linger };

    void onReadable();
    void processInput();
    void handle(const HttpRequest &request);
    void send(const HttpResponse &response, const QByteArray &method, const QByteArray &route,
              bool headOnly, HttpConnectionToken token, Clock::time_point started);
    void fail(int status, const QByteArray &reason);
    void flushOutput();
    void finishIfDone();
    void closeNow();
    void setDeadline(Deadline kind, std::chrono::milliseconds after);

    std::shared_ptr<HttpServerShared> m_shared;
    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_buffer;  // received, not yet parsed
    QByteArray m_out;     // answers handed over, not yet taken by the kernel
    qsizetype m_outSent = 0;
    Deadline m_deadlineKind = Deadline::None;
    Clock::time_point m_deadline;
    bool m_busy = false;        // a delayed answer is pending: read nothing more until it is sent
    bool m_closing = false;     // the last answer is queued: read only to drain
    bool m_peerClosed = false;  // the peer sent its FIN: answer what came, then close
    bool m_writeShut = false;
    bool m_done = false;
    bool m_counted = false;  // counts in HttpServerShared::openConnections
};

}  // namespace pc
