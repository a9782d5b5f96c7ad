#pragma once

#include <QByteArray>

#include <chrono>
#include <utility>
#include <vector>

namespace pc {

/// An HTTP response as a route handler describes it. A plain value.
/// `delay` asks the connection to hold the answer back without blocking its thread.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds delay{0};

    static HttpResponse text(int status, QByteArray body)
    {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
};

/// The reason phrase for a status code ("Not Found"), or "Unknown".
QByteArray httpReasonPhrase(int status);

/// What the answer's `Connection` header says: nothing (HTTP/1.1 keeps the connection),
/// `close`, or `keep-alive` (an HTTP/1.0 client that asked for it).
enum class HttpConnectionToken { None, Close, KeepAlive };

/// Serializes `response` as HTTP/1.1 bytes. With `headOnly` the body is left out but its
/// Content-Length kept (a HEAD answer). A 1xx, 204 or 304 answer has neither a body nor a
/// Content-Length (RFC 9110 8.6).
QByteArray serializeHttpResponse(const HttpResponse &response, bool headOnly,
                                 HttpConnectionToken connection);

}  // namespace pc
