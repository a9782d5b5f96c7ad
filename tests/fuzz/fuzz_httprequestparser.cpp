// libFuzzer target: pc::parseHttpRequest on arbitrary bytes, with the server's limits and
// with tiny ones, following pipelined heads the way HttpConnection does.
#include "http/httprequestparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_httprequestparser: %s\n", what);
        std::abort();
    }
}

bool isKnownErrorStatus(int status)
{
    return status == 400 || status == 414 || status == 431 || status == 501 || status == 505;
}

void parseAll(QByteArrayView data, const pc::HttpParseLimits &limits)
{
    // Each round drops one complete head, so this ends within data.size() rounds.
    while (!data.isEmpty()) {
        const pc::HttpParseResult r = pc::parseHttpRequest(data, limits);
        switch (r.status) {
        case pc::HttpParseResult::Status::Incomplete:
            // Up to four skipped empty lines and two line ends on top of the limits:
            // the parser never asks for an unbounded amount of bytes.
            check(data.size() <= limits.maxRequestLine + limits.maxHeaderBytes + 10,
                  "incomplete beyond the limits");
            return;
        case pc::HttpParseResult::Status::Error:
            check(isKnownErrorStatus(r.errorStatus), "unexpected error status");
            check(!r.errorReason.isEmpty(), "error without a reason");
            return;
        case pc::HttpParseResult::Status::Complete: {
            check(r.consumed > 0 && r.consumed <= data.size(), "consumed out of range");
            check(data[r.consumed - 1] == '\n', "head does not end with a line end");
            check(!r.request.method.isEmpty(), "empty method");
            check(r.request.path.startsWith('/') || r.request.path == "*",
                  "path is neither absolute nor *");
            check(r.request.minorVersion >= 0 && r.request.minorVersion <= 9,
                  "minor version out of range");
            check(int(r.request.headers.size()) <= limits.maxHeaderCount,
                  "more headers than allowed");
            check(r.request.contentLength >= 0, "negative Content-Length");
            // The verdict depends on the head only, not on what follows it.
            const pc::HttpParseResult alone = pc::parseHttpRequest(data.first(r.consumed), limits);
            check(alone.status == r.status && alone.consumed == r.consumed,
                  "head alone parses differently");
            check(pc::parseHttpRequest(data.first(r.consumed - 1), limits).status
                      != pc::HttpParseResult::Status::Complete,
                  "complete before the end of the head");
            data = data.sliced(r.consumed);
            break;
        }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    parseAll(data, pc::HttpParseLimits{});
    for (const pc::HttpParseLimits &small :
         {pc::HttpParseLimits{1, 1, 0}, pc::HttpParseLimits{24, 48, 2},
          pc::HttpParseLimits{64, 256, 8}}) {
        parseAll(data, small);
    }
    return 0;
}
