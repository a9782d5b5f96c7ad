#pragma once

#include <QByteArrayView>

namespace pc {

/// What parseHttpResponseHead() made of the bytes at the front of a client's buffer.
struct HttpResponseHead
{
    enum class Status { Incomplete, Complete, Error };
    Status status = Status::Incomplete;
    int code = 0;
    qint64 contentLength = -1;  // -1: none given (the body then ends with the connection)
    bool close = false;         // the server will close after this response
    qsizetype headBytes = 0;
};

/// Parses a response's status line and header fields. Pure and reentrant; gives Error for
/// anything that is not HTTP/1.x or whose head exceeds `maxHeadBytes`.
HttpResponseHead parseHttpResponseHead(QByteArrayView data, qsizetype maxHeadBytes = 64 * 1024);

}  // namespace pc
