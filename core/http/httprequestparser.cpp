#include "httprequestparser.h"

#include <algorithm>
#include <optional>

namespace pc {
namespace {

// RFC 9110 5.6.2 tchar.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f;
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

QByteArrayView trimmed(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// Does a comma-separated header value hold `option`, case-insensitively?
bool listContains(QByteArrayView value, QByteArrayView option)
{
    while (!value.isEmpty()) {
        qsizetype comma = value.indexOf(',');
        QByteArrayView item = trimmed(comma < 0 ? value : value.first(comma));
        if (item.compare(option, Qt::CaseInsensitive) == 0)
            return true;
        if (comma < 0)
            break;
        value = value.sliced(comma + 1);
    }
    return false;
}

HttpParseResult error(int status, const char *reason)
{
    HttpParseResult r;
    r.status = HttpParseResult::Status::Error;
    r.errorStatus = status;
    r.errorReason = reason;
    return r;
}

// A line without its end (LF or CRLF), and the offset just past that end; -1 when no end yet.
// `bareCr`: a CR not followed by LF, which RFC 9112 2.2 lets a server reject as invalid; it
// is seen at once, even before the line ends, so such a request is not left to time out.
struct Line
{
    QByteArrayView text;
    qsizetype next = -1;
    bool bareCr = false;
};

Line nextLine(QByteArrayView data, qsizetype from)
{
    const qsizetype lf = data.indexOf('\n', from);
    const qsizetype end = lf < 0 ? data.size() : lf;
    const qsizetype cr = data.sliced(from, end - from).indexOf('\r');
    // A CR is fine only right before the LF, or as the last byte received so far.
    if (cr >= 0 && from + cr != (lf < 0 ? data.size() - 1 : lf - 1))
        return {{}, -1, true};
    if (lf < 0)
        return {};
    qsizetype textEnd = lf;
    if (textEnd > from && data[textEnd - 1] == '\r')
        --textEnd;
    return {data.sliced(from, textEnd - from), lf + 1, false};
}

}  // namespace

bool isHttpToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

namespace {

/// Reads `line` as a request line into `request`: method, target, version and path. An error
/// to answer with, or nothing when it is well formed.
std::optional<HttpParseResult> readRequestLine(QByteArrayView line, HttpRequest *request)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return error(400, "Malformed request line");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isHttpToken(method))
        return error(400, "Malformed method");
    if (target.isEmpty())
        return error(400, "Empty request target");
    for (char c : target) {
        if (!isTargetChar(c))
            return error(400, "Malformed request target");
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0'
        || version[5] > '9' || version[7] < '0' || version[7] > '9')
        return error(400, "Malformed HTTP version");
    if (version[5] != '1')
        return error(505, "HTTP version not supported");
    request->minorVersion = version[7] - '0';
    request->method = method.toByteArray();
    request->target = target.toByteArray();

    QByteArrayView path = target;
    if (path.startsWith("http://") || path.startsWith("https://")) {
        // absolute-form (RFC 9112 3.2.2): keep only the path.
        const qsizetype authority = path.indexOf("//") + 2;
        const qsizetype slash = path.indexOf('/', authority);
        path = slash < 0 ? QByteArrayView("/") : path.sliced(slash);
    } else if (path != "*" && !path.startsWith('/')) {
        return error(400, "Malformed request target");
    }
    const qsizetype query = path.indexOf('?');
    const qsizetype fragment = path.indexOf('#');
    qsizetype cut = path.size();
    if (query >= 0)
        cut = query;
    if (fragment >= 0 && fragment < cut)
        cut = fragment;
    request->path = path.first(cut).toByteArray();
    return std::nullopt;
}

/// What the header fields read so far said about the request as a whole.
struct HeaderState
{
    bool sawHost = false;
    bool sawContentLength = false;
    // RFC 9110 7.6.1: Connection is a list, and may come in several fields.
    bool connectionClose = false;
    bool connectionKeepAlive = false;
};

/// Reads one header field line (not empty, not folded) into `request` and `state`. An error
/// to answer with, or nothing when it is well formed.
std::optional<HttpParseResult> readHeaderField(QByteArrayView text, HttpRequest *request,
                                               HeaderState *state)
{
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0)
        return error(400, "Malformed header field");
    const QByteArrayView name = text.first(colon);
    if (!isHttpToken(name))
        return error(400, "Malformed header field name");
    const QByteArrayView value = trimmed(text.sliced(colon + 1));
    for (char c : value) {
        if (!isFieldValueChar(c))
            return error(400, "Malformed header field value");
    }
    QByteArray lowerName = name.toByteArray().toLower();
    if (lowerName == "host") {
        if (state->sawHost)
            return error(400, "More than one Host header");
        state->sawHost = true;
    } else if (lowerName == "content-length") {
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (!ok || length < 0 || !std::all_of(value.begin(), value.end(), [](char c) {
                return c >= '0' && c <= '9';
            }))
            return error(400, "Malformed Content-Length");
        if (state->sawContentLength && length != request->contentLength)
            return error(400, "Conflicting Content-Length headers");
        state->sawContentLength = true;
        request->contentLength = length;
    } else if (lowerName == "transfer-encoding") {
        request->chunked = true;
    } else if (lowerName == "connection") {
        state->connectionClose = state->connectionClose || listContains(value, "close");
        state->connectionKeepAlive =
            state->connectionKeepAlive || listContains(value, "keep-alive");
    }
    request->headers.emplace_back(std::move(lowerName), value.toByteArray());
    return std::nullopt;
}

}  // namespace

HttpParseResult parseHttpRequest(QByteArrayView data, const HttpParseLimits &limits)
{
    qsizetype pos = 0;
    // RFC 9112 2.2: ignore empty lines before the request line, but not without end.
    for (int skipped = 0; skipped < 4 && pos < data.size(); ++skipped) {
        if (data[pos] == '\n')
            pos += 1;
        else if (data[pos] == '\r' && pos + 1 < data.size() && data[pos + 1] == '\n')
            pos += 2;
        else
            break;
    }

    const Line requestLine = nextLine(data, pos);
    if (requestLine.bareCr)
        return error(400, "Bare CR in the request line");
    if (requestLine.next < 0) {
        if (data.size() - pos > limits.maxRequestLine)
            return error(414, "Request line too long");
        return {};
    }
    if (requestLine.text.size() > limits.maxRequestLine)
        return error(414, "Request line too long");
    HttpRequest request;
    if (std::optional<HttpParseResult> refused = readRequestLine(requestLine.text, &request))
        return std::move(*refused);

    pos = requestLine.next;
    const qsizetype headerStart = pos;
    HeaderState state;
    for (;;) {
        const Line line = nextLine(data, pos);
        if (line.bareCr)
            return error(400, "Bare CR in a header field");
        if (line.next < 0) {
            if (data.size() - headerStart > limits.maxHeaderBytes)
                return error(431, "Request header fields too large");
            return {};
        }
        if (line.next - headerStart > limits.maxHeaderBytes)
            return error(431, "Request header fields too large");
        pos = line.next;
        if (line.text.isEmpty())
            break;
        if (line.text.front() == ' ' || line.text.front() == '\t')
            return error(400, "Obsolete line folding is not accepted");
        if (static_cast<int>(request.headers.size()) >= limits.maxHeaderCount)
            return error(431, "Too many request header fields");
        if (std::optional<HttpParseResult> refused = readHeaderField(line.text, &request, &state))
            return std::move(*refused);
    }

    if (request.chunked && state.sawContentLength)
        return error(400, "Both Transfer-Encoding and Content-Length");
    if (request.minorVersion >= 1 && !state.sawHost)
        return error(400, "Missing Host header");
    // `close` anywhere wins; HTTP/1.0 keeps the connection only when asked to.
    request.keepAlive =
        !state.connectionClose && (request.minorVersion >= 1 || state.connectionKeepAlive);

    HttpParseResult result;
    result.status = HttpParseResult::Status::Complete;
    result.request = std::move(request);
    result.consumed = pos;
    return result;
}

}  // namespace pc
