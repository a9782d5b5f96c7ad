// Section 4: the load generator against the demo service in one process, as in the app.
// Achieved against requested rate, its ceiling (a large burst), wrk's rate against the same
// service beside it, and whether the service counted exactly what the generator saw succeed.
// Usage: pc-bench-loadgen --wrk /usr/bin/wrk

#include "benchsupport.h"

#include "load/loadgenerator.h"
#include "service/servicehost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

using namespace std::chrono_literals;
using pcbench::format;

namespace {

struct Run
{
    quint64 succeeded = 0;
    quint64 failed = 0;
    quint64 counted = 0;  // by the service
    double seconds = 0;
    bool timedOut = false;
};

/// Waits until the service's count stops moving: a client that just exited may have left
/// requests the service is still answering, and they must not land in the next run.
void settle(pc::ServiceHost &host)
{
    quint64 last = host.metrics().requests().responses();
    for (int i = 0; i < 50; ++i) {
        QEventLoop pause;
        QTimer::singleShot(100ms, &pause, &QEventLoop::quit);
        pause.exec();
        const quint64 now = host.metrics().requests().responses();
        if (now == last)
            return;
        last = now;
    }
}

Run runPlan(pc::LoadGenerator &load, pc::ServiceHost &host, const pc::LoadPlan &plan,
            std::chrono::milliseconds limit)
{
    const pc::LoadStats before = load.stats();
    const quint64 countedBefore = host.metrics().requests().responses();
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    Run run;
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        run.timedOut = true;
        load.stop();
        loop.quit();
    });
    QObject::connect(&load, &pc::LoadGenerator::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    guard.start(limit);
    load.start(plan);
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    settle(host);
    const pc::LoadStats after = load.stats();
    run.succeeded = after.succeeded - before.succeeded;
    run.failed = after.failed - before.failed;
    run.counted = host.metrics().requests().responses() - countedBefore;
    return run;
}

std::string exactness(const Run &run)
{
    std::string text =
        run.counted == run.succeeded
            ? std::string("exact")
            : format("service counted %+lld vs generator",
                     static_cast<long long>(run.counted) - static_cast<long long>(run.succeeded));
    if (run.failed)
        text += format(", %llu failed", static_cast<unsigned long long>(run.failed));
    if (run.timedOut)
        text += ", stopped at the time limit";
    return text;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype wrkAt = args.indexOf(QStringLiteral("--wrk"));
    const QString wrk = wrkAt > 0 && wrkAt + 1 < args.size() ? args[wrkAt + 1] : QString();

    pc::ServiceHost host;
    if (!host.start(QHostAddress::LocalHost, 0, 0, 0)) {
        pcbench::note("%s", qPrintable(host.errorString()));
        return 1;
    }
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());

    // wrk first, so the generator's ceiling row can stand beside it.
    double wrkRate = 0;
    if (!wrk.isEmpty()) {
        pcbench::note("4: wrk -t1 -c32 -d5s against the in-process service");
        const quint64 countedBefore = host.metrics().requests().responses();
        QProcess process;
        process.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c32"), QStringLiteral("-d5s"),
                            host.serviceUrl().toString()});
        // The service answers on its own threads, so blocking this one is fine.
        if (process.waitForFinished(30'000))
            wrkRate = pcbench::wrkRequestsPerSecond(process.readAllStandardOutput());
        else
            process.kill();
        settle(host);
        pcbench::row("4 Load generator", "wrk -t1 -c32 -d5s (beside)", "wrk",
                     format("%.0f req/s", wrkRate),
                     format("service counted %llu",
                            static_cast<unsigned long long>(host.metrics().requests().responses()
                                                            - countedBefore)),
                     "");
    }

    for (const double requested : {1'000.0, 5'000.0, 20'000.0}) {
        pcbench::note("4: generator at %.0f req/s for 5 s", requested);
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Rate;
        plan.rate = requested;
        plan.duration = 5s;
        const Run run = runPlan(load, host, plan, 20s);
        const double achieved = double(run.succeeded) / run.seconds;
        pcbench::row(
            "4 Load generator", format("Rate %.0f req/s × 5 s", requested), "LoadGenerator",
            format("%.0f req/s achieved (%.1f%%) · %llu ok in %.2f s", achieved,
                   100 * achieved / requested, static_cast<unsigned long long>(run.succeeded),
                   run.seconds),
            exactness(run),
            requested > 5'000
                ? std::string("(the top rate asked of the window in section 3)")
                : format("within 5%%, exact: %s", pcbench::verdict(achieved >= 0.95 * requested
                                                                   && run.counted == run.succeeded)
                                                      .c_str()));
    }

    constexpr int BurstCount = 100'000;
    pcbench::note("4: generator burst of %d", BurstCount);
    pc::LoadPlan burst;
    burst.mode = pc::LoadPlan::Mode::Burst;
    burst.count = BurstCount;
    const Run run = runPlan(load, host, burst, 60s);
    const double ceiling = double(run.succeeded) / run.seconds;
    pcbench::row("4 Load generator", format("Burst %d (ceiling)", BurstCount), "LoadGenerator",
                 format("%.0f req/s · %llu ok in %.2f s", ceiling,
                        static_cast<unsigned long long>(run.succeeded), run.seconds),
                 exactness(run) + (wrkRate > 0 ? format(" · %.2fx wrk", ceiling / wrkRate) : ""),
                 format("counts exact: %s",
                        pcbench::verdict(run.counted == run.succeeded && !run.timedOut).c_str()));
    return 0;
}
