// Section 3: how smooth the real window stays under load. Opens the app's window (Companion,
// as main() does, without a managed Prometheus) and measures the lateness of a 10 ms timer on
// the GUI thread: idle, while wrk loads the service, and while the load generator runs at its
// top rate. Usage: pc-bench-window --wrk /usr/bin/wrk (under xvfb-run, or
// QT_QPA_PLATFORM=offscreen)

#include "benchsupport.h"

#include "companion.h"
#include "load/loadgenerator.h"
#include "service/servicehost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <functional>

using namespace pc::app;

using namespace std::chrono_literals;
using pcbench::format;

namespace {

/// A port nothing listens on: Prometheus is asked there and never answers.
quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void report(const std::string &label, const std::vector<double> &lateness,
            const std::string &beside)
{
    const double p99 = pcbench::percentile(lateness, 99);
    pcbench::row(
        "3 Window", label, "10 ms QTimer, GUI thread",
        format("p99 late %.2f ms · max %.2f ms · %zu ticks", p99,
               lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
               lateness.size()),
        beside, format("p99 < 30 ms: %s", pcbench::verdict(p99 < 30).c_str()));
}

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qsizetype wrkAt = args.indexOf(QStringLiteral("--wrk"));
    const QString wrk = wrkAt > 0 && wrkAt + 1 < args.size() ? args[wrkAt + 1] : QString();

    pc::Settings settings;
    settings.servicePort = 0;
    settings.metricsPort = 0;
    settings.managedPrometheus = false;
    settings.prometheus.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
    Companion companion(settings);
    if (!companion.start()) {
        pcbench::note("%s", qPrintable(companion.errorString()));
        return 1;
    }
    pcbench::LatenessProbe probe;
    QProcess wrkProcess;
    int exitCode = 0;

    // The phases run one after the other on the event loop, each ending by starting the next.
    std::function<void()> idle, underWrk, underRate, underBurst;
    idle = [&] {
        pcbench::note("3: idle window, 5 s");
        probe.record();
        QTimer::singleShot(5s, [&] {
            report("idle (baseline)", probe.stop(), "");
            underWrk();
        });
    };
    underWrk = [&] {
        if (wrk.isEmpty()) {
            underRate();
            return;
        }
        pcbench::note("3: wrk -t1 -c32 -d5s against the window's service");
        QObject::connect(&wrkProcess, &QProcess::finished, [&] {
            const std::vector<double> lateness = probe.stop();
            const double rate = pcbench::wrkRequestsPerSecond(wrkProcess.readAllStandardOutput());
            report("(a) service under wrk -t1 -c32 -d5s", lateness,
                   format("wrk: %.0f req/s", rate));
            underRate();
        });
        probe.record();
        wrkProcess.start(wrk, {QStringLiteral("-t1"), QStringLiteral("-c32"),
                               QStringLiteral("-d5s"), companion.host().serviceUrl().toString()});
    };
    QElapsedTimer planClock;
    quint64 succeededBefore = 0;
    auto runPlan = [&](const pc::LoadPlan &plan, const std::string &label,
                       std::function<void()> next) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            &companion.load(), &pc::LoadGenerator::finished,
            [&, connection, label, next](const pc::LoadStats &stats) {
                QObject::disconnect(*connection);
                const double seconds = double(planClock.nsecsElapsed()) / 1e9;
                const std::vector<double> lateness = probe.stop();
                report(label, lateness,
                       format("generator: %.0f req/s achieved",
                              double(stats.succeeded - succeededBefore) / seconds));
                next();
            });
        succeededBefore = companion.load().stats().succeeded;
        probe.record();
        planClock.start();
        companion.load().start(plan);
    };
    underRate = [&] {
        pcbench::note("3: load generator at 20000 req/s for 5 s");
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Rate;
        plan.rate = 20'000;
        plan.duration = 5s;
        runPlan(plan, "(b) load generator Rate 20000 req/s × 5 s", underBurst);
    };
    underBurst = [&] {
        pcbench::note("3: load generator burst of 100000");
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Burst;
        plan.count = 100'000;
        runPlan(plan, "(b) load generator Burst 100000", [] { QCoreApplication::quit(); });
    };

    // Let the window lay itself out and paint before measuring; bound the whole run.
    QTimer::singleShot(2s, idle);
    QTimer::singleShot(120s, [&] {
        pcbench::note("3: time limit reached");
        companion.load().stop();
        wrkProcess.kill();
        exitCode = 1;
        QCoreApplication::quit();
    });
    const int status = QApplication::exec();
    if (wrkProcess.state() != QProcess::NotRunning) {
        wrkProcess.kill();
        wrkProcess.waitForFinished(5000);
    }
    return exitCode ? exitCode : status;
}
