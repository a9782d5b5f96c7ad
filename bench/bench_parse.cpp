// Section 6: a query_range answer at Prometheus's limit, 10 series of 11,000 points, parsed
// and turned into chart points the way RangePoller does, with our parser and with the
// QJsonDocument one beside it.

#include "benchsupport.h"

#include "chart/rangepoller.h"
#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointF>

#include <cmath>
#include <variant>

using pcbench::format;

namespace {

constexpr int SeriesCount = 10;
constexpr int PointCount = 11'000;

QByteArray queryRangeAnswer()
{
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < SeriesCount; ++s) {
        if (s)
            body += ',';
        body += format(R"({"metric":{"__name__":"http_requests_total","code":"%d",)"
                       R"("instance":"127.0.0.1:8000","job":"prom-companion","method":"GET",)"
                       R"("path":"/route%d"},"values":[)",
                       200 + s, s)
                    .c_str();
        double value = 1000.0 * s;
        for (int p = 0; p < PointCount; ++p) {
            if (p)
                body += ',';
            value += (p * 7 + s) % 13 + 0.25;
            // Timestamps in seconds with milliseconds, values as strings: as Prometheus writes.
            body += format("[%.3f,\"%.17g\"]", 1'700'000'000.0 + p * 15 + s * 0.001, value).c_str();
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

// What RangePoller does with a query's result.
qsizetype toChartPoints(const pc::PromQueryOutcome &outcome)
{
    const auto *result = std::get_if<pc::PromQueryResult>(&outcome);
    if (!result)
        return -1;
    qsizetype points = 0;
    for (const pc::ChartSeries &line : pc::RangePoller::chartSeriesFor(*result))
        points += line.points.size();
    return points;
}

template <typename Parse>
double medianMs(const QByteArray &body, Parse parse, int runs, qsizetype *points)
{
    std::vector<double> ms;
    for (int run = 0; run < runs + 1; ++run) {
        QElapsedTimer clock;
        clock.start();
        *points = toChartPoints(parse(body, 200, QUrl()));
        if (run > 0)  // the first one warms caches and the allocator
            ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return pcbench::median(ms);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray body = queryRangeAnswer();
    constexpr int Runs = 9;
    qsizetype ours = 0, peers = 0;
    const double fast = medianMs(body, pc::parseQueryResponse, Runs, &ours);
    const double slow = medianMs(body, pc::parseQueryResponseWithQJsonDocument, Runs, &peers);
    const std::string result =
        format("%.1f ms (median of %d) · %.1f MB · %lld points%s", fast, Runs,
               double(body.size()) / (1024.0 * 1024.0), static_cast<long long>(ours),
               ours == peers ? "" : " · POINT COUNTS DIFFER");
    pcbench::row(
        "6 Parsing", format("query_range %d×%d → QList<QPointF>", SeriesCount, PointCount),
        "parseQueryResponse()", result,
        format("parseQueryResponseWithQJsonDocument(): %.1f ms → %.1fx faster", slow, slow / fast),
        format("< 50 ms: %s", pcbench::verdict(fast < 50).c_str()));
    return ours == SeriesCount * PointCount && ours == peers ? 0 : 1;
}
