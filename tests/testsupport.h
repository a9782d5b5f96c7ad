#pragma once

#include "prometheus/managedprometheus.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <chrono>
#include <functional>

namespace pc::test {

/// Checks `condition` every 10 ms, events processed, for `duration`; false at the first check
/// where it does not hold. For what must stay so (nothing more is sent, no request goes out),
/// where QTRY_VERIFY waits for what must become so.
bool staysTrue(const std::function<bool()> &condition, std::chrono::milliseconds duration);

/// Sends `request` on a fresh connection to 127.0.0.1:`port` and returns every byte received
/// until the server closes, or until `timeout` (then whatever came).
QByteArray rawExchange(quint16 port, const QByteArray &request,
                       std::chrono::milliseconds timeout = std::chrono::seconds(5));

/// A TCP port that was free a moment ago on 127.0.0.1.
quint16 freePort();

/// The sum of every sample of `name` (exact name, any labels) in a text exposition.
double sumSamples(const QByteArray &exposition, const QByteArray &name);

/// The promtool and prometheus binaries, or an empty string when missing. Tests that need them
/// fail with installHint() when empty: they never skip.
QString promtoolPath();
QString prometheusPath();
QString installHint();
/// The victoria-metrics binary (Debian victoria-metrics), or an empty string when missing.
QString victoriaMetricsPath();

/// Runs a program with `input` on stdin; returns exit code, stdout+stderr merged.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray output;
};
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input = {},
                         std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// Options for a ManagedPrometheus of prometheusPath() that scrapes `metricsTarget` ("host:port")
/// every second and keeps its store in `dataDirectory`.
ManagedPrometheus::Options managedPrometheusOptions(const QString &metricsTarget,
                                                    const QString &dataDirectory);

/// Starts `prometheus` with `options` and waits until it is ready, at most `timeout`. Returns an
/// empty string once it is, otherwise why not: its failed() sentence, the wait that ran out, or
/// a state that breaks start()'s promise (Starting when it returns, Ready once ready() came).
/// Test thread only.
QString startManagedPrometheus(ManagedPrometheus &prometheus,
                               const ManagedPrometheus::Options &options,
                               std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// A single-node VictoriaMetrics scraping one target every second, with a fresh store, as a
/// child process it owns (stopped by PID in the destructor). Test thread only.
class VictoriaMetrics
{
public:
    struct Options
    {
        QString pathPrefix;  // "/prefix", or empty
        QString username;    // basic auth on every endpoint, when set
        QString password;
    };
    VictoriaMetrics() = default;
    ~VictoriaMetrics();
    VictoriaMetrics(const VictoriaMetrics &) = delete;
    VictoriaMetrics &operator=(const VictoriaMetrics &) = delete;

    /// Starts it scraping `target` ("host:port"); false with `error` set when it cannot, a
    /// missing binary included (tests fail on it, never skip).
    bool start(const QString &target, const Options &options, QString *error);
    /// `http://127.0.0.1:<port><prefix>`.
    QUrl url() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_prefix;
    quint16 m_port = 0;
};

}  // namespace pc::test

/// QVERIFY and QCOMPARE for what must hold at every check for `ms` milliseconds (staysTrue()),
/// as QTRY_VERIFY_WITH_TIMEOUT and QTRY_COMPARE_WITH_TIMEOUT are for what must come to hold.
/// A failure shows the values at the moment it stopped holding.
#define PC_VERIFY_STAYS(expr, ms)                                                              \
    do {                                                                                       \
        if (!pc::test::staysTrue([&] { return bool(expr); }, std::chrono::milliseconds(ms))) { \
            QVERIFY(expr);                                                                     \
            QFAIL("(" #expr ") was false for a moment, then true again");                      \
        }                                                                                      \
    } while (false)

#define PC_COMPARE_STAYS(actual, expected, ms)                                           \
    do {                                                                                 \
        if (!pc::test::staysTrue([&] { return (actual) == (expected); },                 \
                                 std::chrono::milliseconds(ms))) {                       \
            QCOMPARE(actual, expected);                                                  \
            QFAIL("(" #actual ") differed from (" #expected ") for a moment, then not"); \
        }                                                                                \
    } while (false)
