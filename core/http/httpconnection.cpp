#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace pc {

HttpConnection::HttpConnection(qintptr descriptor, std::shared_ptr<HttpServer::Shared> shared,
                               bool overloaded, QObject *parent)
    : QObject(parent), m_shared(std::move(shared)), m_socket(new QTcpSocket(this))
{
    m_counted = !overloaded;
    if (!m_socket->setSocketDescriptor(descriptor)) {
        QTimer::singleShot(0, this, [this] { deleteLater(); });
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt reads no further than this ahead of us, so a flood waits in the kernel, not in RAM.
    m_socket->setReadBufferSize(m_shared->options.limits.maxHeadBytes());
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_closing && m_socket->bytesToWrite() == 0)
            halfClose();
    });

    if (overloaded) {
        send(HttpResponse::text(503, "Too many connections; try again later\n"), {}, "unmatched",
             false, true, Clock::now());
        return;
    }
    m_deadlineKind = Deadline::Idle;
    m_deadline = Clock::now() + m_shared->options.idleTimeout;
    if (m_socket->bytesAvailable() > 0)
        processInput();
}

HttpConnection::~HttpConnection()
{
    if (m_counted)
        m_shared->openConnections.fetch_sub(1);
}

void HttpConnection::checkDeadline(Clock::time_point now)
{
    if (m_busy || m_deadlineKind == Deadline::None || now < m_deadline)
        return;
    if (m_deadlineKind == Deadline::Head) {
        fail(408, "Request head not received in time\n");
        return;
    }
    m_deadlineKind = Deadline::None;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::processInput()
{
    if (m_closing) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_busy)
        return;

    const HttpParseLimits &limits = m_shared->options.limits;
    for (;;) {
        const qsizetype room = limits.maxHeadBytes() - m_buffer.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_buffer.append(m_socket->read(room));

        if (m_buffer.isEmpty()) {
            m_deadlineKind = Deadline::Idle;
            m_deadline = Clock::now() + m_shared->options.idleTimeout;
            return;
        }

        HttpParseResult parsed = parseHttpRequest(m_buffer, limits);
        if (parsed.status == HttpParseResult::Status::Incomplete) {
            if (m_buffer.size() >= limits.maxHeadBytes()) {
                fail(431, "Request head too large\n");
                return;
            }
            if (m_socket->bytesAvailable() > 0)
                continue;
            if (m_deadlineKind != Deadline::Head) {
                m_deadlineKind = Deadline::Head;
                m_deadline = Clock::now() + m_shared->options.headerTimeout;
            }
            return;
        }
        if (parsed.status == HttpParseResult::Status::Error) {
            fail(parsed.errorStatus, parsed.errorReason + '\n');
            return;
        }

        m_buffer.remove(0, parsed.consumed);
        handle(parsed.request);
        if (m_busy || m_closing)
            return;
    }
}

void HttpConnection::handle(const HttpRequest &request)
{
    const auto started = Clock::now();
    m_deadlineKind = Deadline::None;
    const bool headOnly = request.method == "HEAD";

    if (request.chunked || request.contentLength > 0) {
        // No route takes a body: refuse it before reading any of it.
        const QByteArray route = m_shared->router->route(request).route;
        send(HttpResponse::text(413, "This server takes no request body\n"), request.method, route,
             headOnly, true, started);
        return;
    }

    HttpRouter::Result routed = m_shared->router->route(request);
    const bool close = !request.keepAlive;
    if (routed.response.delay.count() > 0) {
        m_busy = true;
        QTimer::singleShot(
            routed.response.delay, this,
            [this, routed = std::move(routed), method = request.method, headOnly, close, started] {
                m_busy = false;
                send(routed.response, method, routed.route, headOnly, close, started);
                processInput();
            });
        return;
    }
    send(routed.response, request.method, routed.route, headOnly, close, started);
}

void HttpConnection::send(const HttpResponse &response, const QByteArray &method,
                          const QByteArray &route, bool headOnly, bool close,
                          Clock::time_point started)
{
    m_socket->write(serializeHttpResponse(response, headOnly, close));
    if (m_shared->observer) {
        const std::chrono::duration<double> elapsed = Clock::now() - started;
        m_shared->observer({method, route, response.status, elapsed.count()});
    }
    if (close)
        closeAfterWrite();
}

void HttpConnection::fail(int status, const QByteArray &reason)
{
    send(HttpResponse::text(status, reason), {}, "unmatched", false, true, Clock::now());
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    m_buffer.clear();
    m_buffer.squeeze();
    m_deadlineKind = Deadline::Linger;
    m_deadline = Clock::now() + m_shared->options.lingerTimeout;
    if (m_socket->bytesToWrite() == 0)
        halfClose();
}

void HttpConnection::halfClose()
{
    // Shut only our sending side: closing outright while the peer's bytes are unread would
    // reset the connection and could destroy the answer before the client reads it.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
}

}  // namespace pc
