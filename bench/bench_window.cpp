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

/// The measurements, run one after the other on the event loop, each phase ending by starting
/// the next: idle, under wrk (when given), under a Rate plan, under a Burst.
class WindowBench
{
public:
    WindowBench(Companion &companion, QString wrk) : m_companion(companion), m_wrk(std::move(wrk))
    {
    }
    ~WindowBench()
    {
        if (m_wrkProcess.state() != QProcess::NotRunning) {
            m_wrkProcess.kill();
            m_wrkProcess.waitForFinished(5000);
        }
    }
    WindowBench(const WindowBench &) = delete;
    WindowBench &operator=(const WindowBench &) = delete;

    /// Starts the phases after `settle`, and ends the run after `limit` whatever phase it is in.
    void start(std::chrono::milliseconds settle, std::chrono::milliseconds limit)
    {
        QTimer::singleShot(settle, [this] { idle(); });
        QTimer::singleShot(limit, [this] {
            pcbench::note("3: time limit reached");
            m_companion.load().stop();
            m_wrkProcess.kill();
            m_exitCode = 1;
            QCoreApplication::quit();
        });
    }
    int exitCode() const { return m_exitCode; }

private:
    void idle()
    {
        pcbench::note("3: idle window, 5 s");
        m_probe.record();
        QTimer::singleShot(5s, [this] {
            report("idle (baseline)", m_probe.stop(), "");
            underWrk();
        });
    }

    void underWrk()
    {
        if (m_wrk.isEmpty()) {
            underRate();
            return;
        }
        pcbench::note("3: wrk -t1 -c32 -d5s against the window's service");
        QObject::connect(&m_wrkProcess, &QProcess::finished, [this] {
            const std::vector<double> lateness = m_probe.stop();
            const double rate = pcbench::wrkRequestsPerSecond(m_wrkProcess.readAllStandardOutput());
            report("(a) service under wrk -t1 -c32 -d5s", lateness,
                   format("wrk: %.0f req/s", rate));
            underRate();
        });
        m_probe.record();
        m_wrkProcess.start(m_wrk,
                           {QStringLiteral("-t1"), QStringLiteral("-c32"), QStringLiteral("-d5s"),
                            m_companion.host().serviceUrl().toString()});
    }

    void underRate()
    {
        pcbench::note("3: load generator at 20000 req/s for 5 s");
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Rate;
        plan.rate = 20'000;
        plan.duration = 5s;
        runPlan(plan, "(b) load generator Rate 20000 req/s × 5 s", [this] { underBurst(); });
    }

    void underBurst()
    {
        pcbench::note("3: load generator burst of 100000");
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Burst;
        plan.count = 100'000;
        runPlan(plan, "(b) load generator Burst 100000", [] { QCoreApplication::quit(); });
    }

    void runPlan(const pc::LoadPlan &plan, const std::string &label,
                 const std::function<void()> &next)
    {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(
            &m_companion.load(), &pc::LoadGenerator::finished,
            [this, connection, label, next](const pc::LoadStats &stats) {
                QObject::disconnect(*connection);
                const double seconds = double(m_planClock.nsecsElapsed()) / 1e9;
                const std::vector<double> lateness = m_probe.stop();
                report(label, lateness,
                       format("generator: %.0f req/s achieved",
                              double(stats.succeeded - m_succeededBefore) / seconds));
                next();
            });
        m_succeededBefore = m_companion.load().stats().succeeded;
        m_probe.record();
        m_planClock.start();
        m_companion.load().start(plan);
    }

    Companion &m_companion;
    const QString m_wrk;
    pcbench::LatenessProbe m_probe;
    QProcess m_wrkProcess;
    QElapsedTimer m_planClock;
    quint64 m_succeededBefore = 0;
    int m_exitCode = 0;
};

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
    WindowBench bench(companion, wrk);
    // Let the window lay itself out and paint before measuring; bound the whole run.
    bench.start(2s, 120s);
    const int status = QApplication::exec();
    return bench.exitCode() ? bench.exitCode() : status;
}
