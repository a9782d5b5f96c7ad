// libFuzzer target: pc::parseHttpResponseHead on arbitrary bytes, as the load generator
// feeds it, with the default bound and with small ones.
#include "http/httpresponseparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_httpresponseparser: %s\n", what);
        std::abort();
    }
}

void parse(QByteArrayView data, qsizetype maxHeadBytes)
{
    const pc::HttpResponseHead head = pc::parseHttpResponseHead(data, maxHeadBytes);
    switch (head.status) {
    case pc::HttpResponseHead::Status::Incomplete:
        check(data.size() <= maxHeadBytes, "incomplete beyond maxHeadBytes");
        break;
    case pc::HttpResponseHead::Status::Error:
        break;
    case pc::HttpResponseHead::Status::Complete: {
        check(head.headBytes >= 4 && head.headBytes <= data.size(), "headBytes out of range");
        check(head.headBytes <= maxHeadBytes + 4, "head longer than maxHeadBytes");
        check(data.first(head.headBytes).endsWith("\r\n\r\n"), "head does not end the head");
        check(head.code >= 100 && head.code <= 999, "status code out of range");
        check(head.contentLength >= -1, "negative Content-Length");
        // The verdict depends on the head only, not on the body after it.
        const pc::HttpResponseHead alone =
            pc::parseHttpResponseHead(data.first(head.headBytes), maxHeadBytes);
        check(alone.status == head.status && alone.code == head.code
                  && alone.contentLength == head.contentLength && alone.close == head.close
                  && alone.headBytes == head.headBytes,
              "head alone parses differently");
        break;
    }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    for (const qsizetype maxHeadBytes :
         {qsizetype(64 * 1024), qsizetype(0), qsizetype(16), qsizetype(100)}) {
        parse(data, maxHeadBytes);
    }
    return 0;
}
