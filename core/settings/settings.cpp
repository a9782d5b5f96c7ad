#include "settings.h"

#include "http/httprequestparser.h"
#include "load/loadspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStringBuilder>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace pc {
namespace {

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return std::nullopt;
    return static_cast<quint16>(value);
}

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        *error =
            QCoreApplication::translate("pc::Settings", "Cannot read the secret file '%1': %2.")
                .arg(path, file.errorString());
        return std::nullopt;
    }
    // A secret file is a line of text; its newline is not part of the secret.
    return QString::fromUtf8(file.read(64 * 1024)).trimmed();
}

}  // namespace

std::optional<QPair<QByteArray, QByteArray>> parseHeaderSetting(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArray name = text.left(colon).trimmed().toLatin1();
    const QByteArray value = text.mid(colon + 1).trimmed().toUtf8();
    if (!isHttpToken(name))
        return std::nullopt;
    if (value.contains('\r') || value.contains('\n'))
        return std::nullopt;
    return qMakePair(name, value);
}

QString headerSettingText(const QPair<QByteArray, QByteArray> &header)
{
    return QString::fromLatin1(header.first) % u": " % QString::fromUtf8(header.second);
}

QString checkHttpUrl(const QUrl &url, const QString &what)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        //: %1 names where the URL came from ("--grafana-url", "Setting grafana/url"), %2 is
        //: the URL
        return QCoreApplication::translate(
                   "pc::Settings", "%1: '%2' is not an http:// or https:// URL with a host.")
            .arg(what, url.toString(QUrl::RemoveUserInfo));
    }
    return {};
}

std::optional<std::chrono::seconds> parseRetentionTime(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral(R"(^(?:[0-9]{1,9}[ywdhms])+$)"));
    static const QRegularExpression part(QStringLiteral(R"(([0-9]{1,9})([ywdhms]))"));
    const QString trimmed = text.trimmed();
    if (!whole.match(trimmed).hasMatch())
        return std::nullopt;
    static const std::map<QChar, qint64> unitSeconds = {
        {u'y', 365 * 86400}, {u'w', 7 * 86400}, {u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}};
    qint64 total = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        total += m.captured(1).toLongLong() * unitSeconds.at(m.captured(2).at(0));
    }
    constexpr qint64 MinSeconds = 3600;
    constexpr qint64 MaxSeconds = qint64(100) * 365 * 86400;
    if (total < MinSeconds || total > MaxSeconds)
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString retentionTimeText(std::chrono::seconds time)
{
    const qint64 s = time.count();
    for (const auto &[unit, seconds] :
         {std::pair{u'd', qint64(86400)}, std::pair{u'h', qint64(3600)},
          std::pair{u'm', qint64(60)}}) {
        if (s % seconds == 0)
            return QString::number(s / seconds) + QChar(unit);
    }
    return QString::number(s) + u's';
}

namespace {

const std::pair<QLatin1String, int> SizeUnits[] = {{QLatin1String("TiB"), 40},
                                                   {QLatin1String("GiB"), 30},
                                                   {QLatin1String("MiB"), 20},
                                                   {QLatin1String("KiB"), 10},
                                                   {QLatin1String("B"), 0}};

}  // namespace

std::optional<qint64> parseRetentionSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([0-9]{1,12})\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString unit = m.captured(2);
    if (unit.size() == 2)
        unit.insert(1, u'i');  // Prometheus reads GB as GiB
    int shift = 0;
    for (const auto &[name, bits] : SizeUnits) {
        if (unit == name)
            shift = bits;
    }
    const qint64 number = m.captured(1).toLongLong();
    constexpr qint64 MinBytes = qint64(16) << 20;
    if (number > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    const qint64 bytes = number << shift;
    if (bytes < MinBytes)
        return std::nullopt;
    return bytes;
}

QString retentionSizeText(qint64 bytes)
{
    for (const auto &[name, bits] : SizeUnits) {
        const qint64 unit = qint64(1) << bits;
        if (bytes % unit == 0)
            return QString::number(bytes / unit) + name;
    }
    return QString::number(bytes) + u'B';
}

Settings loadSettings(const QSettings &store, QStringList *warnings)
{
    Settings s;
    if (store.status() != QSettings::NoError) {
        warnings->append(QCoreApplication::translate("pc::Settings",
                                                     "The settings file %1 cannot be read or is "
                                                     "corrupt; using the defaults.")
                             .arg(store.fileName()));
        return s;
    }
    auto url = [&](const QString &key, QUrl *target) {
        if (!store.contains(key))
            return;
        const QUrl value(store.value(key).toString());
        //: %1 is a settings key such as grafana/url
        const QString error =
            checkHttpUrl(value, QCoreApplication::translate("pc::Settings", "Setting %1").arg(key));
        if (error.isEmpty()) {
            *target = value;
        } else {
            //: Follows the sentence that rejects a URL setting; %1 is the default URL
            warnings->append(
                error % u' '
                % QCoreApplication::translate("pc::Settings", "Using %1.").arg(target->toString()));
        }
    };
    url(QStringLiteral("prometheus/url"), &s.prometheus.baseUrl);
    if (s.prometheus.baseUrl != Settings().prometheus.baseUrl)
        s.prometheusUrlOrigin = Settings::Origin::Settings;
    url(QStringLiteral("grafana/url"), &s.grafanaUrl);
    auto retention = [&](const QString &key, auto parse, auto text, auto *target) {
        if (!store.contains(key))
            return;
        const QString value = store.value(key).toString();
        if (const auto parsed = parse(value)) {
            *target = *parsed;
            return;
        }
        //: %1 is a settings key, %2 the value found, %3 the default used instead
        warnings->append(QCoreApplication::translate("pc::Settings",
                                                     "Setting %1: '%2' is not a valid value; "
                                                     "using %3.")
                             .arg(key, value, text(*target)));
    };
    retention(QStringLiteral("history/retentionTime"), parseRetentionTime, retentionTimeText,
              &s.retentionTime);
    retention(QStringLiteral("history/retentionSize"), parseRetentionSize, retentionSizeText,
              &s.retentionSizeBytes);
    s.prometheus.username = store.value(QStringLiteral("prometheus/user")).toString();
    s.passwordFile = store.value(QStringLiteral("prometheus/passwordFile")).toString();
    s.tokenFile = store.value(QStringLiteral("prometheus/tokenFile")).toString();
    for (const QString &text : store.value(QStringLiteral("prometheus/headers")).toStringList()) {
        if (const auto header = parseHeaderSetting(text))
            s.prometheus.extraHeaders.append(*header);
        else
            warnings->append(QCoreApplication::translate("pc::Settings",
                                                         "Setting prometheus/headers: '%1' is "
                                                         "not a 'Name: value' header; ignored.")
                                 .arg(text));
    }
    return s;
}

void saveSettings(QSettings &store, const Settings &s)
{
    store.setValue(QStringLiteral("prometheus/url"),
                   s.prometheus.baseUrl.toString(QUrl::RemoveUserInfo));
    store.setValue(QStringLiteral("grafana/url"), s.grafanaUrl.toString(QUrl::RemoveUserInfo));
    store.setValue(QStringLiteral("prometheus/user"), s.prometheus.username);
    store.setValue(QStringLiteral("prometheus/passwordFile"), s.passwordFile);
    store.setValue(QStringLiteral("prometheus/tokenFile"), s.tokenFile);
    QStringList headers;
    for (const auto &header : s.prometheus.extraHeaders)
        headers.append(headerSettingText(header));
    store.setValue(QStringLiteral("prometheus/headers"), headers);
    store.setValue(QStringLiteral("history/retentionTime"), retentionTimeText(s.retentionTime));
    store.setValue(QStringLiteral("history/retentionSize"),
                   retentionSizeText(s.retentionSizeBytes));
}

QString resolveSecrets(Settings &s, const QProcessEnvironment &environment)
{
    QString error;
    auto resolve = [&](const QString &file, const char *variable, QString *target) {
        if (!file.isEmpty()) {
            if (const auto secret = readSecretFile(file, &error))
                *target = *secret;
        } else {
            *target = environment.value(QLatin1String(variable));
        }
    };
    resolve(s.passwordFile, PasswordVariable, &s.prometheus.password);
    resolve(s.tokenFile, TokenVariable, &s.prometheus.bearerToken);
    return error;
}

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
