// Section 5, second half: a day of chart refreshes. A day at one refresh per 5 s is 17,280
// query_range calls of a 5 min window; this runs a RangePoller with no pause between
// refreshes against a fake Prometheus on loopback answering a realistic 5 min range, and
// reads its own RSS before, after a warm-up, and after the day.

#include "benchsupport.h"

#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "fakeprometheus.h"
#include "prometheus/promclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace std::chrono_literals;
using pcbench::format;

namespace {

constexpr int Day = 17'280;
constexpr int WarmUp = 200;

// What Prometheus answers for `http_requests_total` over 5 min at a 1 s step: 301 points for
// each of the demo service's four series.
QByteArray fiveMinuteAnswer()
{
    const char *routes[][3] = {{"GET", "/", "200"},
                               {"GET", "/slow", "200"},
                               {"GET", "/error", "500"},
                               {"POST", "/", "405"}};
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    int s = 0;
    for (const auto &route : routes) {
        if (s)
            body += ',';
        body += format(R"({"metric":{"__name__":"http_requests_total","code":"%s",)"
                       R"("instance":"127.0.0.1:8000","job":"prom-companion","method":"%s",)"
                       R"("path":"%s"},"values":[)",
                       route[2], route[0], route[1])
                    .c_str();
        for (int p = 0; p <= 300; ++p) {
            if (p)
                body += ',';
            body += format("[%.3f,\"%d\"]", 1'700'000'000.0 + p, p * 37 + s).c_str();
        }
        body += "]}";
        ++s;
    }
    body += "]}}";
    return body;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    pc::test::FakePrometheus fake;
    if (!fake.listen()) {
        pcbench::note("the fake Prometheus cannot listen");
        return 1;
    }
    pc::HttpResponse answer;
    answer.contentType = "application/json";
    answer.body = fiveMinuteAnswer();
    fake.respond("/api/v1/query_range", answer);

    pc::PromEndpoint endpoint;
    endpoint.baseUrl = fake.baseUrl();
    pc::PromClient client(endpoint);
    pc::TimeRange range(300s);
    pc::RangePoller poller(&client, &range);
    poller.setQueries({{QStringLiteral("http_requests_total"), {}}});
    poller.setRefreshInterval(0ms);

    const long long rssStart = pcbench::rssKiB();
    long long rssWarm = 0;
    int refreshes = 0, failures = 0;
    qsizetype points = 0;
    QElapsedTimer clock;
    QObject::connect(&poller, &pc::RangePoller::updated, [&](const QList<pc::ChartSeries> &series) {
        ++refreshes;
        points = 0;
        for (const pc::ChartSeries &line : series)
            points += line.points.size();
        if (refreshes == WarmUp) {
            rssWarm = pcbench::rssKiB();
            clock.start();
        }
        if (refreshes == WarmUp + Day)
            QCoreApplication::quit();
    });
    QObject::connect(&poller, &pc::RangePoller::failed, [&] { ++failures; });
    bool timedOut = false;
    QTimer::singleShot(300s, [&] {
        timedOut = true;
        QCoreApplication::quit();
    });
    poller.setEnabled(true);
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const long long rssEnd = pcbench::rssKiB();
    const int day = std::max(0, refreshes - WarmUp);

    const double growthMb = double(rssEnd - rssWarm) / 1024.0;
    pcbench::row("5 Memory", format("a day of chart refreshes (%d query_range, 5 min window)", day),
                 "RangePoller + PromClient",
                 format("RSS %.1f MB at start → %.1f MB after %d warm-up → %.1f MB after the day: "
                        "%+.1f MB",
                        double(rssStart) / 1024.0, double(rssWarm) / 1024.0, WarmUp,
                        double(rssEnd) / 1024.0, growthMb),
                 format("%lld points a refresh · %.2f ms a refresh · %d failures%s",
                        static_cast<long long>(points), day ? seconds * 1000.0 / day : 0.0,
                        failures, timedOut ? " · TIME LIMIT" : ""),
                 format("bounded (< 10 MB): %s",
                        pcbench::verdict(growthMb < 10 && day == Day && !timedOut).c_str()));
    return day == Day ? 0 : 1;
}
