#include "httpconnection.h"

#include "http/httprequestparser.h"

#include <QSocketNotifier>
#include <QTimer>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cerrno>

namespace pc {

HttpConnection::HttpConnection(qintptr descriptor, std::shared_ptr<HttpServerShared> shared,
                               bool overloaded, QObject *parent)
    : QObject(parent), m_shared(std::move(shared)), m_fd(int(descriptor))
{
    m_counted = !overloaded;
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags < 0 || ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        closeNow();
        return;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HttpConnection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HttpConnection::flushOutput);

    if (overloaded) {
        send(HttpResponse::text(503, "Too many connections; try again later\n"), {}, "unmatched",
             false, HttpConnectionToken::Close, Clock::now());
        flushOutput();
        return;
    }
    setDeadline(Deadline::Idle, m_shared->options.idleTimeout);
}

HttpConnection::~HttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_counted)
        m_shared->openConnections.fetch_sub(1);
}

void HttpConnection::setDeadline(Deadline kind, std::chrono::milliseconds after)
{
    m_deadlineKind = kind;
    m_deadline = Clock::now() + after;
}

void HttpConnection::checkDeadline(Clock::time_point now)
{
    if (m_done || m_busy || m_deadlineKind == Deadline::None || now < m_deadline)
        return;
    if (m_deadlineKind == Deadline::Head) {
        fail(408, "Request head not received in time\n");
        flushOutput();
        return;
    }
    closeNow();
}

void HttpConnection::onReadable()
{
    char chunk[16 * 1024];
    for (;;) {
        // While closing, everything is drained; otherwise nothing past a head's worth.
        const qsizetype room = m_closing
                                   ? qsizetype(sizeof chunk)
                                   : m_shared->options.limits.maxHeadBytes() - m_buffer.size();
        if (room <= 0)
            break;
        const ssize_t n = ::recv(m_fd, chunk, size_t(std::min<qsizetype>(room, sizeof chunk)), 0);
        if (n > 0) {
            if (!m_closing)
                m_buffer.append(chunk, qsizetype(n));
            continue;
        }
        if (n == 0) {
            // The peer's FIN: what it sent is all it will send, but it still reads.
            m_peerClosed = true;
            m_readNotifier->setEnabled(false);
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            // Reset by the peer: it can read nothing more, so nothing more is owed.
            closeNow();
            return;
        }
        break;
    }
    if (m_closing) {
        finishIfDone();
        return;
    }
    processInput();
}

void HttpConnection::processInput()
{
    const HttpParseLimits &limits = m_shared->options.limits;
    while (!m_busy && !m_closing && !m_done) {
        if (m_buffer.isEmpty()) {
            setDeadline(Deadline::Idle, m_shared->options.idleTimeout);
            break;
        }
        const HttpParseResult parsed = parseHttpRequest(m_buffer, limits);
        if (parsed.status == HttpParseResult::Status::Incomplete) {
            if (m_buffer.size() >= limits.maxHeadBytes())
                fail(431, "Request head too large\n");
            else if (m_deadlineKind != Deadline::Head)
                setDeadline(Deadline::Head, m_shared->options.headerTimeout);
            break;
        }
        if (parsed.status == HttpParseResult::Status::Error) {
            fail(parsed.errorStatus, parsed.errorReason + '\n');
            break;
        }
        m_buffer.remove(0, parsed.consumed);
        handle(parsed.request);
    }
    // Reading waits while an answer is delayed, so answers stay in order.
    if (m_readNotifier && !m_peerClosed && !m_done)
        m_readNotifier->setEnabled(!m_busy);
    flushOutput();
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
             headOnly, HttpConnectionToken::Close, started);
        return;
    }

    HttpRouter::Result routed = m_shared->router->route(request);
    // HTTP/1.0 keeps a connection only when asked, and says so in its answer, as nginx does.
    const HttpConnectionToken token = !request.keepAlive          ? HttpConnectionToken::Close
                                      : request.minorVersion == 0 ? HttpConnectionToken::KeepAlive
                                                                  : HttpConnectionToken::None;
    // Read before the timer's lambda takes `routed`: the order in which a call's arguments are
    // evaluated is unspecified.
    const auto delay = routed.response.delay;
    if (delay.count() > 0) {
        m_busy = true;
        QTimer::singleShot(
            delay, this,
            [this, routed = std::move(routed), method = request.method, headOnly, token, started] {
                m_busy = false;
                send(routed.response, method, routed.route, headOnly, token, started);
                processInput();
            });
        return;
    }
    send(routed.response, request.method, routed.route, headOnly, token, started);
}

void HttpConnection::send(const HttpResponse &response, const QByteArray &method,
                          const QByteArray &route, bool headOnly, HttpConnectionToken token,
                          Clock::time_point started)
{
    // Counted here, when handed over: from now on only a reset by the peer can lose it.
    m_out.append(serializeHttpResponse(response, headOnly, token));
    if (m_shared->observer) {
        const std::chrono::duration<double> elapsed = Clock::now() - started;
        m_shared->observer({method, route, response.status, elapsed.count()});
    }
    if (token == HttpConnectionToken::Close) {
        m_closing = true;
        m_buffer.clear();
        m_buffer.squeeze();
        setDeadline(Deadline::Linger, m_shared->options.lingerTimeout);
    }
}

void HttpConnection::fail(int status, const QByteArray &reason)
{
    send(HttpResponse::text(status, reason), {}, "unmatched", false, HttpConnectionToken::Close,
         Clock::now());
}

void HttpConnection::flushOutput()
{
    while (m_outSent < m_out.size() && !m_done) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outSent,
                                 size_t(m_out.size() - m_outSent), MSG_NOSIGNAL);
        if (n >= 0) {
            m_outSent += n;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        closeNow();  // the peer is gone for good
        return;
    }
    if (m_done)
        return;
    m_out.clear();
    m_outSent = 0;
    m_writeNotifier->setEnabled(false);
    finishIfDone();
}

void HttpConnection::finishIfDone()
{
    if (m_done || m_busy || !m_out.isEmpty() || !(m_closing || m_peerClosed))
        return;
    if (!m_writeShut) {
        // Shut only our sending side: closing outright while the peer's bytes are unread would
        // reset the connection and could destroy the answer before the client reads it.
        ::shutdown(m_fd, SHUT_WR);
        m_writeShut = true;
    }
    if (m_peerClosed) {
        closeNow();
        return;
    }
    // Drain the peer until its FIN or the linger deadline.
    m_readNotifier->setEnabled(true);
}

void HttpConnection::closeNow()
{
    if (m_done)
        return;
    m_done = true;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    deleteLater();
}

}  // namespace pc
