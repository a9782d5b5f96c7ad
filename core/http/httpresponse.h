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

/// Serializes `response` as HTTP/1.1 bytes. With `headOnly` the body is left out but its
/// Content-Length kept (a HEAD answer); with `close` the head says `Connection: close`.
QByteArray serializeHttpResponse(const HttpResponse &response, bool headOnly, bool close);

}  // namespace pc
