#pragma once

#include "prometheus/promendpoint.h"

#include <QHash>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QSettings;

namespace pc {

/// What the app runs with, from the command line. A plain value.
struct Settings
{
    QHostAddress bindAddress{QHostAddress::LocalHost};
    quint16 servicePort = 5000;
    quint16 metricsPort = 8000;
    int serviceThreads = 0;  // 0: one per core
    bool headless = false;

    /// Prometheus to query. The password and token are filled by resolveSecrets() from the
    /// environment or a file; they are never stored.
    PromEndpoint prometheus;
    QString passwordFile;
    QString tokenFile;
    /// Start a Prometheus of our own when none answers at the default URL.
    bool managedPrometheus = true;
    QUrl grafanaUrl{QStringLiteral("http://localhost:3000")};
    /// Where the Prometheus URL in use came from, for the status area.
    enum class Origin { Default, Settings, CommandLine };
    Origin prometheusUrlOrigin = Origin::Default;
    QString screenshotPath;  // render the window to this PNG once the chart has data, then exit
    std::chrono::seconds chartWindow{300};
    QString chartQuery;  // custom PromQL to chart at start; empty: the request totals
    /// The view the window opens on (`--view`).
    enum class View { Chart, Dashboard };
    View startView = View::Chart;
    /// A Grafana dashboard JSON to open in the Dashboard view (`--dashboard`); empty: the
    /// shipped one.
    QString dashboardFile;
    /// `--var NAME=VALUE`: a dashboard variable's value at start, several with commas.
    QHash<QString, QStringList> dashboardVariables;
    /// `--check-dashboard FILE`: report what the dashboard draws, headless, then exit.
    QString checkDashboardFile;
};

/// The environment variables that may hold the Prometheus secrets.
inline constexpr char PasswordVariable[] = "PROM_COMPANION_PROMETHEUS_PASSWORD";
inline constexpr char TokenVariable[] = "PROM_COMPANION_PROMETHEUS_TOKEN";

/// What parseCommandLine() decided.
struct CommandLineResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    Settings settings;
    QString output;        // help or version text, or the error sentence for Fail
    QStringList warnings;  // to print on stderr before running
};

/// Parses the program's arguments (`arguments[0]` is the program). Every option lives here.
/// Never exits the process: --help and --version come back as actions, errors as a sentence
/// that names the option and the value.
/// `base` holds the remembered settings the options override for this run only: options are
/// never saved, as desktop programs do; lasting choices are made in the Settings dialog.
CommandLineResult parseCommandLine(const QStringList &arguments, const Settings &base = {});

/// The remembered settings (URLs, user name, extra headers, secret file paths; never a secret)
/// over the defaults. A value that does not parse keeps its default, with a warning that names
/// the key and the value.
Settings loadSettings(const QSettings &store, QStringList *warnings);
void saveSettings(QSettings &store, const Settings &settings);

/// A `Name: value` extra header, as the command line and the settings take it.
std::optional<QPair<QByteArray, QByteArray>> parseHeaderSetting(const QString &text);
QString headerSettingText(const QPair<QByteArray, QByteArray> &header);

/// Reads the password and token from their files, or else from the environment variables.
/// Returns an error sentence naming the file when one cannot be read, or an empty string.
QString resolveSecrets(Settings &settings, const QProcessEnvironment &environment);

/// Checks a URL from a setting: absolute http or https with a host. Returns an error sentence
/// naming `what` and the value, or an empty string.
QString checkHttpUrl(const QUrl &url, const QString &what);

}  // namespace pc
