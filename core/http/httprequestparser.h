#pragma once

#include "httprequest.h"

#include <QByteArrayView>

namespace pc {

/// Bounds on what one request head may hold. A peer that exceeds them gets an error status
/// instead of our memory.
struct HttpParseLimits
{
    qsizetype maxRequestLine = 8 * 1024;
    qsizetype maxHeaderBytes = 64 * 1024;
    int maxHeaderCount = 100;

    /// The most bytes a request head can take before the parser gives its verdict.
    qsizetype maxHeadBytes() const { return maxRequestLine + maxHeaderBytes + 4; }
};

/// What parseHttpRequest() made of the bytes at the front of a buffer.
struct HttpParseResult
{
    enum class Status { Incomplete, Complete, Error };
    Status status = Status::Incomplete;
    HttpRequest request;     // when Complete
    qsizetype consumed = 0;  // when Complete: bytes of the head, to drop from the buffer
    int errorStatus = 0;     // when Error: the HTTP status to answer (400, 414, 431, 501, 505)
    QByteArray errorReason;  // when Error: a short sentence for the response body
};

/// True for a non-empty RFC 9110 token: a method or a header field name.
bool isHttpToken(QByteArrayView text);

/// Parses the request head (request line and header fields) at the front of `data`.
/// Pure and reentrant. Tolerates bare LF line ends and leading empty lines (RFC 9112 2.2);
/// rejects obsolete line folding, bad tokens, conflicting Content-Length and a missing Host
/// on HTTP/1.1. A body is not read: `contentLength` and `chunked` describe it.
HttpParseResult parseHttpRequest(QByteArrayView data, const HttpParseLimits &limits = {});

}  // namespace pc
