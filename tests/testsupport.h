#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

namespace pc::test {

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

}  // namespace pc::test
