#include "httpresponseparser.h"

namespace pc {
namespace {

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.chop(1);
    return s;
}

HttpResponseHead failed()
{
    HttpResponseHead head;
    head.status = HttpResponseHead::Status::Error;
    return head;
}

}  // namespace

HttpResponseHead parseHttpResponseHead(QByteArrayView data, qsizetype maxHeadBytes)
{
    qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (data.size() > maxHeadBytes)
            return failed();
        // Enough to tell a non-HTTP answer early.
        if (data.size() >= 5 && !data.startsWith("HTTP/"))
            return failed();
        return {};
    }
    if (end > maxHeadBytes)
        return failed();

    HttpResponseHead head;
    head.headBytes = end + 4;
    const QByteArrayView block = data.first(end);
    qsizetype lineEnd = block.indexOf("\r\n");
    const QByteArrayView statusLine = lineEnd < 0 ? block : block.first(lineEnd);
    // "HTTP/1.1 200 OK": the code is three digits after the version.
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || statusLine[8] != ' ')
        return failed();
    bool ok = false;
    head.code = statusLine.sliced(9, 3).toInt(&ok);
    if (!ok || head.code < 100 || head.code > 999)
        return failed();
    head.close = statusLine[7] == '0';

    qsizetype pos = lineEnd < 0 ? block.size() : lineEnd + 2;
    while (pos < block.size()) {
        lineEnd = block.indexOf("\r\n", pos);
        const QByteArrayView line = block.sliced(pos, (lineEnd < 0 ? block.size() : lineEnd) - pos);
        pos = lineEnd < 0 ? block.size() : lineEnd + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return failed();
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            head.contentLength = value.toLongLong(&ok);
            if (!ok || head.contentLength < 0)
                return failed();
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (value.compare("close", Qt::CaseInsensitive) == 0)
                head.close = true;
            else if (value.compare("keep-alive", Qt::CaseInsensitive) == 0)
                head.close = false;
        }
    }
    head.status = HttpResponseHead::Status::Complete;
    return head;
}

}  // namespace pc
