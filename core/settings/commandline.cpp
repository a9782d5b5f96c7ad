#include "settings.h"

#include "load/loadspec.h"
#include "private/settingvalues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>
#include <optional>
#include <vector>

namespace pc {

namespace {

using Parser = QCommandLineParser;
using Option = QCommandLineOption;

/// Applies an option as given (or its default) to `s`: an error sentence when the value is
/// wrong, else an empty string. Warnings that do not stop the run go to `warnings`.
using ApplyOption = QString (*)(const Parser &parser, const Option &option, Settings &s,
                                QStringList &warnings);

/// One command-line option: how --help shows it, and what its value does to the settings.
struct OptionRule
{
    QCommandLineOption option;
    ApplyOption apply;
};

QString translated(const char *text)
{
    return QCoreApplication::translate("pc::Settings", text);
}

QString applyPort(const Parser &parser, const Option &option, quint16 *target)
{
    const QString value = parser.value(option);
    const auto port = parsePort(value);
    if (!port) {
        //: %1 is an option name, %2 the value given
        return QCoreApplication::translate("pc::Settings",
                                           "--%1: '%2' is not a port number (0 to 65535).")
            .arg(option.names().constFirst(), value);
    }
    *target = *port;
    return {};
}

QString applyUrl(const Parser &parser, const Option &option, QUrl *target)
{
    if (!parser.isSet(option))
        return {};
    const QUrl url(parser.value(option));
    QString error = checkHttpUrl(url, u"--" % option.names().constFirst());
    if (error.isEmpty())
        *target = url;
    return error;
}

/// Sets `target` to the option's value when it is given.
QString assignWhenSet(const Parser &parser, const Option &option, QString *target)
{
    if (parser.isSet(option))
        *target = parser.value(option);
    return {};
}

QString applyBind(const Parser &p, const Option &o, Settings &s, QStringList &warnings)
{
    const QString address = p.value(o);
    s.bindAddress = address.compare(u"localhost", Qt::CaseInsensitive) == 0
                        ? QHostAddress(QHostAddress::LocalHost)
                        : QHostAddress(address);
    if (s.bindAddress.isNull()) {
        return QCoreApplication::translate("pc::Settings",
                                           "--bind: '%1' is not an IP address (for "
                                           "example 127.0.0.1 or 0.0.0.0).")
            .arg(address);
    }
    if (!s.bindAddress.isLoopback()) {
        warnings.append(
            //: %1 is an IP address
            QCoreApplication::translate("pc::Settings",
                                        "Warning: listening on %1 exposes the demo "
                                        "service and /metrics, which have no "
                                        "authentication, to the network.")
                .arg(s.bindAddress.toString()));
    }
    return QString();
}

QString applyServiceThreads(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    bool ok = false;
    s.serviceThreads = p.value(o).toInt(&ok);
    if (ok && s.serviceThreads >= 0 && s.serviceThreads <= 64)
        return QString();
    return QCoreApplication::translate("pc::Settings",
                                       "--service-threads: '%1' is not a thread count (0 to 64).")
        .arg(p.value(o));
}

QString applyHeaders(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    if (!p.isSet(o))
        return QString();
    s.prometheus.extraHeaders.clear();
    for (const QString &text : p.values(o)) {
        const auto parsed = parseHeaderSetting(text);
        if (!parsed) {
            return QCoreApplication::translate("pc::Settings",
                                               "--prometheus-header: '%1' is not a "
                                               "'Name: value' header.")
                .arg(text);
        }
        s.prometheus.extraHeaders.append(*parsed);
    }
    return QString();
}

QString applyChartWindow(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    static const std::map<QString, std::chrono::seconds> windows = {
        {QStringLiteral("1m"), std::chrono::seconds(60)},
        {QStringLiteral("5m"), std::chrono::seconds(300)},
        {QStringLiteral("15m"), std::chrono::seconds(900)},
        {QStringLiteral("1h"), std::chrono::seconds(3600)}};
    const auto window = windows.find(p.value(o));
    if (window == windows.end()) {
        return QCoreApplication::translate("pc::Settings",
                                           "--chart-window: '%1' is not one of 1m, 5m, 15m, 1h.")
            .arg(p.value(o));
    }
    s.chartWindow = window->second;
    return QString();
}

QString applyQuery(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    s.chartQuery = p.value(o).trimmed();
    return p.isSet(o) && s.chartQuery.isEmpty()
               ? translated(QT_TRANSLATE_NOOP("pc::Settings", "--query: give a PromQL expression."))
               : QString();
}

QString applyVariables(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    for (const QString &text : p.values(o)) {
        const qsizetype equals = text.indexOf(u'=');
        if (equals <= 0) {
            return QCoreApplication::translate("pc::Settings", "--var: '%1' is not NAME=VALUE.")
                .arg(text);
        }
        s.dashboardVariables.insert(text.left(equals).trimmed(), text.mid(equals + 1).split(u','));
    }
    return QString();
}

QString applyView(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    const QString name = p.value(o);
    if (name == u"chart")
        s.startView = Settings::View::Chart;
    else if (name == u"dashboard")
        s.startView = Settings::View::Dashboard;
    else
        return QCoreApplication::translate("pc::Settings",
                                           "--view: '%1' is not chart or dashboard.")
            .arg(name);
    return QString();
}

QString applyLoad(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    if (!p.isSet(o))
        return QString();
    const LoadSpecResult spec = parseLoadSpec(p.value(o));
    if (!spec.plan)
        return QString(QStringLiteral("--load: ") + spec.error);
    const QString refusal = checkLoadPlan(*spec.plan);
    if (!refusal.isEmpty())
        return QString(QStringLiteral("--load: ") + refusal);
    s.load = spec.plan;
    return QString();
}

QString applyLoadReport(const Parser &p, const Option &o, Settings &s, QStringList &)
{
    const QString format = p.value(o);
    s.loadReportJson = format == u"json";
    if (format == u"json" || format == u"text")
        return QString();
    return QCoreApplication::translate("pc::Settings", "--load-report: '%1' is not text or json.")
        .arg(format);
}

/// A row of the option table: what --help shows, and the function that applies the value.
struct OptionRow
{
    const char *name;
    /// The description in the interface language.
    QString (*description)();
    /// What --help calls the value; nullptr for a flag.
    const char *valueName;
    /// The default --help shows, from the settings parsing starts from; nullptr for none.
    QString (*defaultValue)(const Settings &base);
    ApplyOption apply;
};

// Every option, in the order --help lists them.
const OptionRow optionTable[] = {
    {"service-port",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Port of the demo service (GET / answers Hello, "
                                             "world!); 0 picks a free one."));
     },
     "port", [](const Settings &base) { return QString::number(base.servicePort); },
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return applyPort(p, o, &s.servicePort);
     }},
    {"metrics-port",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Port of the Prometheus /metrics endpoint; 0 picks "
                                             "a free one."));
     },
     "port", [](const Settings &base) { return QString::number(base.metricsPort); },
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return applyPort(p, o, &s.metricsPort);
     }},
    {"bind",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Address both servers listen on. Anything but "
                                             "loopback exposes them, without authentication, to "
                                             "the network."));
     },
     "address", [](const Settings &) { return QStringLiteral("127.0.0.1"); }, applyBind},
    {"service-threads",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Threads serving the demo service; 0 means one per "
                                             "core."));
     },
     "count", [](const Settings &) { return QStringLiteral("0"); }, applyServiceThreads},
    {"headless",
     [] {
         return translated(
             QT_TRANSLATE_NOOP("pc::Settings", "Serve without a window until SIGINT or SIGTERM."));
     },
     nullptr, nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         s.headless = p.isSet(o);
         return QString();
     }},
    {"load",
     [] {
         //: the spec's keys and values are the option's: keep them untranslated
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "With --headless: one load run against the demo "
                                             "service, such as 'rate=2000/s,for=10s' or "
                                             "'burst=5000,routes=mixed' (also url=, "
                                             "connections=, method=, header=, body=, "
                                             "timeout=); prints its summary, then exits."));
     },
     "spec", nullptr, applyLoad},
    {"load-report",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "How --load prints its summary: text (as wrk) or "
                                             "json."));
     },
     "format", [](const Settings &) { return QStringLiteral("text"); }, applyLoadReport},
    {"prometheus-url",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Prometheus to query, for this run. May carry a "
                                             "path prefix."));
     },
     "url", [](const Settings &base) { return base.prometheus.baseUrl.toString(); },
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         if (p.isSet(o))
             s.prometheusUrlOrigin = Settings::Origin::CommandLine;
         return applyUrl(p, o, &s.prometheus.baseUrl);
     }},
    {"prometheus-user",
     [] {
         //: %1 is the name of an environment variable
         return QCoreApplication::translate("pc::Settings",
                                            "User name for basic auth; the password comes from "
                                            "--prometheus-password-file or $%1.")
             .arg(QLatin1String(PasswordVariable));
     },
     "name", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.prometheus.username);
     }},
    {"prometheus-password-file",
     [] {
         return translated(
             QT_TRANSLATE_NOOP("pc::Settings", "File holding the basic auth password."));
     },
     "file", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.passwordFile);
     }},
    {"prometheus-token-file",
     [] {
         //: %1 is the name of an environment variable
         return QCoreApplication::translate("pc::Settings",
                                            "File holding a bearer token; or set $%1.")
             .arg(QLatin1String(TokenVariable));
     },
     "file", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.tokenFile);
     }},
    {"prometheus-header",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Extra header for every Prometheus request, such "
                                             "as 'X-Scope-OrgID: tenant-1' (repeatable)."));
     },
     "name: value", nullptr, applyHeaders},
    {"no-managed-prometheus",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Never start a Prometheus of our own "
                                             "when none answers."));
     },
     nullptr, nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         s.managedPrometheus = !p.isSet(o);
         return QString();
     }},
    {"grafana-url",
     [] {
         return translated(
             QT_TRANSLATE_NOOP("pc::Settings", "Grafana that the dashboard button opens."));
     },
     "url", [](const Settings &base) { return base.grafanaUrl.toString(); },
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return applyUrl(p, o, &s.grafanaUrl);
     }},
    {"screenshot",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Render the window to a PNG once the "
                                             "chart has data, then exit."));
     },
     "file", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.screenshotPath);
     }},
    {"chart-window",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Time window the chart opens with: 1m, 5m, 15m or "
                                             "1h."));
     },
     "window", [](const Settings &) { return QStringLiteral("5m"); }, applyChartWindow},
    {"query",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "PromQL the chart opens with, instead of the "
                                             "request totals."));
     },
     "promql", nullptr, applyQuery},
    {"view",
     [] {
         //: "chart" and "dashboard" are the option's values: keep them untranslated
         return QCoreApplication::translate("pc::Settings",
                                            "The view the window opens on: chart (the live "
                                            "chart) or dashboard (the shipped Grafana "
                                            "dashboard).");
     },
     "view", [](const Settings &) { return QStringLiteral("chart"); }, applyView},
    {"dashboard",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Grafana dashboard JSON to open in the "
                                             "Dashboard view, instead of the shipped "
                                             "one."));
     },
     "file", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.dashboardFile);
     }},
    {"var",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "A dashboard variable's value at start, several "
                                             "separated by commas (repeatable)."));
     },
     "name=value", nullptr, applyVariables},
    {"check-dashboard",
     [] {
         return translated(QT_TRANSLATE_NOOP("pc::Settings",
                                             "Without a window: resolve a dashboard's "
                                             "variables, run every query over its range, print "
                                             "what each panel draws, and exit (0: all drawn, "
                                             "1: some not, 2: unreadable)."));
     },
     "file", nullptr,
     [](const Parser &p, const Option &o, Settings &s, QStringList &) {
         return assignWhenSet(p, o, &s.checkDashboardFile);
     }},
    // Read before parsing by chooseLanguage() (language.h), so that this help speaks it; here
    // so that it is listed and accepted.
    {"lang",
     [] {
         //: "en" and "fr" are the option's values: keep them untranslated
         return QCoreApplication::translate("pc::Settings",
                                            "Interface language: en or fr. Default: the "
                                            "system's, when it is one of them, else English.");
     },
     "language", nullptr,
     [](const Parser &, const Option &, Settings &, QStringList &) {
         return QString();
     }},
};

/// Every option of the table, in the order --help lists them, with the defaults of `base`.
std::vector<OptionRule> optionRules(const Settings &base)
{
    std::vector<OptionRule> rules;
    for (const OptionRow &row : optionTable) {
        Option option(QString::fromLatin1(row.name), row.description());
        if (row.valueName)
            option.setValueName(QString::fromLatin1(row.valueName));
        if (row.defaultValue)
            option.setDefaultValue(row.defaultValue(base));
        rules.push_back({option, row.apply});
    }
    return rules;
}

}  // namespace

CommandLineResult parseCommandLine(const QStringList &arguments, const Settings &base)
{
    CommandLineResult result;
    result.settings = base;
    const auto finish = [&result](CommandLineResult::Action action, const QString &output) {
        result.action = action;
        result.output = output;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pc::Settings",
        "Prom Companion: the Prometheus tutorial's demo app, its /metrics endpoint and a live "
        "chart in one desktop program."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const std::vector<OptionRule> rules = optionRules(base);
    for (const OptionRule &rule : rules)
        parser.addOption(rule.option);

    using Action = CommandLineResult::Action;
    if (!parser.parse(arguments))
        return finish(Action::Fail, parser.errorText());
    if (parser.isSet(helpOption))
        return finish(Action::ShowHelp, parser.helpText());
    if (parser.isSet(versionOption)) {
        return finish(Action::ShowVersion, QCoreApplication::applicationName() % u' '
                                               % QCoreApplication::applicationVersion() % u'\n');
    }
    if (!parser.positionalArguments().isEmpty()) {
        return finish(Action::Fail, QCoreApplication::translate(
                                        "pc::Settings", "Unexpected argument '%1'; see --help.")
                                        .arg(parser.positionalArguments().constFirst()));
    }
    for (const OptionRule &rule : rules) {
        const QString error = rule.apply(parser, rule.option, result.settings, result.warnings);
        if (!error.isEmpty())
            return finish(Action::Fail, error);
    }
    const Settings &s = result.settings;
    if (s.load && !s.headless) {
        return finish(Action::Fail,
                      QCoreApplication::translate("pc::Settings",
                                                  "--load runs only with --headless; in the "
                                                  "window, start runs from the load panel."));
    }
    if (s.servicePort != 0 && s.servicePort == s.metricsPort) {
        //: %1 is a port number
        return finish(Action::Fail, QCoreApplication::translate(
                                        "pc::Settings",
                                        "--service-port and --metrics-port are both %1; they "
                                        "need two different ports.")
                                        .arg(s.servicePort));
    }
    return result;
}

}  // namespace pc
