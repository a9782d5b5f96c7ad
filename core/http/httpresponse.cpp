#include "httpresponse.h"

namespace pc {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray serializeHttpResponse(const HttpResponse &response, bool headOnly,
                                 HttpConnectionToken connection)
{
    const bool bodiless = (response.status >= 100 && response.status < 200)
                          || response.status == 204 || response.status == 304;
    headOnly = headOnly || bodiless;
    QByteArray out;
    out.reserve(160 + (headOnly ? 0 : response.body.size()));
    out.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    out.append(httpReasonPhrase(response.status)).append("\r\n");
    if (!response.contentType.isEmpty())
        out.append("Content-Type: ").append(response.contentType).append("\r\n");
    if (!bodiless)
        out.append("Content-Length: ")
            .append(QByteArray::number(response.body.size()))
            .append("\r\n");
    for (const auto &[name, value] : response.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (connection == HttpConnectionToken::Close)
        out.append("Connection: close\r\n");
    else if (connection == HttpConnectionToken::KeepAlive)
        out.append("Connection: keep-alive\r\n");
    out.append("\r\n");
    if (!headOnly)
        out.append(response.body);
    return out;
}

}  // namespace pc
