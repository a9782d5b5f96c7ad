// libFuzzer target: the Prometheus API answer parsers on arbitrary bodies and a few HTTP
// statuses. It also holds the fast query reader to its promise: whatever PromQueryReader
// accepts, QJsonDocument must read to the same result, or the fuzzer aborts.
#include "../promqueryresultdiff.h"
#include "prometheus/private/promqueryreader.h"
#include "prometheus/promresponse.h"

#include <QUrl>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr char kSecret[] = "s3cr3t-f0zz";

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_promresponse: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void checkError(const pc::PromError &error, const QByteArray &body, int status)
{
    if (error.message.isEmpty())
        fail("an error without a sentence");
    if (error.httpStatus != status)
        fail("an error with another HTTP status");
    if (!body.contains(kSecret) && error.message.contains(QLatin1String(kSecret)))
        fail("a sentence shows the URL's password:", error.message);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    static const QUrl url(QLatin1String("http://fuzz:") + QLatin1String(kSecret)
                          + QLatin1String("@localhost:9090/api/v1/query?query=up"));

    const pc::PromQueryOutcome slow = pc::parseQueryResponseWithQJsonDocument(body, 200, url);
    if (const std::optional<pc::PromQueryResult> fast = pc::PromQueryReader::read(body)) {
        const auto *reference = std::get_if<pc::PromQueryResult>(&slow);
        if (reference == nullptr)
            fail("the fast reader accepted what QJsonDocument rejects:",
                 std::get<pc::PromError>(slow).message);
        const QString differs = pc::test::queryResultDifference(*fast, *reference);
        if (!differs.isEmpty())
            fail("the fast reader and QJsonDocument disagree on", differs);
    } else if (const auto *error = std::get_if<pc::PromError>(&slow)) {
        checkError(*error, body, 200);
    }

    // Error statuses never take the fast path; each is a proxy's or Prometheus's answer.
    for (const int status : {400, 503}) {
        const pc::PromQueryOutcome outcome = pc::parseQueryResponse(body, status, url);
        if (const auto *error = std::get_if<pc::PromError>(&outcome))
            checkError(*error, body, status);
        else
            fail("an error status gave a result");
    }

    for (const int status : {200, 502}) {
        const pc::ScrapeTargetsOutcome targets = pc::parseTargetsResponse(body, status, url);
        if (const auto *error = std::get_if<pc::PromError>(&targets))
            checkError(*error, body, status);
    }
    return 0;
}
