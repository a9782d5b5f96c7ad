#include "settings.h"

#include "http/httprequestparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStringBuilder>

#include <algorithm>
#include <map>
#include <optional>

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
        *error =
            QStringLiteral("Cannot read the secret file '%1': %2.").arg(path, file.errorString());
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
        return QStringLiteral("%1: '%2' is not an http:// or https:// URL with a host.")
            .arg(what, url.toString(QUrl::RemoveUserInfo));
    }
    return {};
}

Settings loadSettings(const QSettings &store, QStringList *warnings)
{
    Settings s;
    if (store.status() != QSettings::NoError) {
        warnings->append(QStringLiteral("The settings file %1 cannot be read or is corrupt; "
                                        "using the defaults.")
                             .arg(store.fileName()));
        return s;
    }
    auto url = [&](const QString &key, QUrl *target) {
        if (!store.contains(key))
            return;
        const QUrl value(store.value(key).toString());
        const QString error = checkHttpUrl(value, QStringLiteral("Setting %1").arg(key));
        if (error.isEmpty())
            *target = value;
        else
            warnings->append(error % QStringLiteral(" Using %1.").arg(target->toString()));
    };
    url(QStringLiteral("prometheus/url"), &s.prometheus.baseUrl);
    if (s.prometheus.baseUrl != Settings().prometheus.baseUrl)
        s.prometheusUrlOrigin = Settings::Origin::Settings;
    url(QStringLiteral("grafana/url"), &s.grafanaUrl);
    s.prometheus.username = store.value(QStringLiteral("prometheus/user")).toString();
    s.passwordFile = store.value(QStringLiteral("prometheus/passwordFile")).toString();
    s.tokenFile = store.value(QStringLiteral("prometheus/tokenFile")).toString();
    for (const QString &text : store.value(QStringLiteral("prometheus/headers")).toStringList()) {
        if (const auto header = parseHeaderSetting(text))
            s.prometheus.extraHeaders.append(*header);
        else
            warnings->append(QStringLiteral("Setting prometheus/headers: '%1' is not a "
                                            "'Name: value' header; ignored.")
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

CommandLineResult parseCommandLine(const QStringList &arguments, const Settings &base)
{
    CommandLineResult result;
    result.settings = base;
    Settings &s = result.settings;

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prom Companion: the Prometheus tutorial's demo app, its /metrics endpoint and a live "
        "chart in one desktop program."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption servicePort(
        QStringLiteral("service-port"),
        QStringLiteral(
            "Port of the demo service (GET / answers Hello, world!); 0 picks a free one."),
        QStringLiteral("port"), QString::number(s.servicePort));
    const QCommandLineOption metricsPort(
        QStringLiteral("metrics-port"),
        QStringLiteral("Port of the Prometheus /metrics endpoint; 0 picks a free one."),
        QStringLiteral("port"), QString::number(s.metricsPort));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QStringLiteral("Address both servers listen on. Anything but loopback exposes them, "
                       "without authentication, to the network."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption threads(
        QStringLiteral("service-threads"),
        QStringLiteral("Threads serving the demo service; 0 means one per core."),
        QStringLiteral("count"), QStringLiteral("0"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QStringLiteral("Serve without a window until SIGINT or SIGTERM."));
    const QCommandLineOption prometheusUrl(
        QStringLiteral("prometheus-url"),
        QStringLiteral("Prometheus to query, for this run. May carry a path prefix."),
        QStringLiteral("url"), s.prometheus.baseUrl.toString());
    const QCommandLineOption user(QStringLiteral("prometheus-user"),
                                  QStringLiteral("User name for basic auth; the "
                                                 "password comes from --prometheus-password-file "
                                                 "or $%1.")
                                      .arg(QLatin1String(PasswordVariable)),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordFile(QStringLiteral("prometheus-password-file"),
                                          QStringLiteral("File holding the basic auth password."),
                                          QStringLiteral("file"));
    const QCommandLineOption tokenFile(QStringLiteral("prometheus-token-file"),
                                       QStringLiteral("File holding a bearer token; or set $%1.")
                                           .arg(QLatin1String(TokenVariable)),
                                       QStringLiteral("file"));
    const QCommandLineOption header(
        QStringLiteral("prometheus-header"),
        QStringLiteral("Extra header for every Prometheus request, such as 'X-Scope-OrgID: "
                       "tenant-1' (repeatable)."),
        QStringLiteral("name: value"));
    const QCommandLineOption noManaged(
        QStringLiteral("no-managed-prometheus"),
        QStringLiteral("Never start a Prometheus of our own when none answers."));
    const QCommandLineOption grafanaUrl(QStringLiteral("grafana-url"),
                                        QStringLiteral("Grafana that the dashboard button opens."),
                                        QStringLiteral("url"), s.grafanaUrl.toString());
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the window to a PNG once the chart has data, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption chartWindow(
        QStringLiteral("chart-window"),
        QStringLiteral("Time window the chart opens with: 1m, 5m, 15m or 1h."),
        QStringLiteral("window"), QStringLiteral("5m"));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QStringLiteral("PromQL the chart opens with, instead of the request totals."),
        QStringLiteral("promql"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("The view the window opens on: chart (the live chart) or dashboard (the "
                       "shipped Grafana dashboard)."),
        QStringLiteral("view"), QStringLiteral("chart"));
    parser.addOptions({servicePort, metricsPort, bind, threads, headless, prometheusUrl, user,
                       passwordFile, tokenFile, header, noManaged, grafanaUrl, screenshot,
                       chartWindow, query, view});

    if (!parser.parse(arguments)) {
        result.action = CommandLineResult::Action::Fail;
        result.output = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CommandLineResult::Action::ShowHelp;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.output = QCoreApplication::applicationName() % u' '
                        % QCoreApplication::applicationVersion() % u'\n';
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLineResult::Action::Fail;
        result.output = QStringLiteral("Unexpected argument '%1'; see --help.")
                            .arg(parser.positionalArguments().constFirst());
        return result;
    }

    auto fail = [&](const QString &message) {
        result.action = CommandLineResult::Action::Fail;
        result.output = message;
        return result;
    };
    for (const auto &[option, target] :
         {std::pair{&servicePort, &s.servicePort}, std::pair{&metricsPort, &s.metricsPort}}) {
        const QString value = parser.value(*option);
        const auto port = parsePort(value);
        if (!port) {
            return fail(QStringLiteral("--%1: '%2' is not a port number (0 to 65535).")
                            .arg(option->names().constFirst(), value));
        }
        *target = *port;
    }
    if (s.servicePort != 0 && s.servicePort == s.metricsPort) {
        return fail(QStringLiteral("--service-port and --metrics-port are both %1; they need "
                                   "two different ports.")
                        .arg(s.servicePort));
    }

    const QString address = parser.value(bind);
    s.bindAddress = address.compare(u"localhost", Qt::CaseInsensitive) == 0
                        ? QHostAddress(QHostAddress::LocalHost)
                        : QHostAddress(address);
    if (s.bindAddress.isNull()) {
        return fail(QStringLiteral("--bind: '%1' is not an IP address (for example 127.0.0.1 "
                                   "or 0.0.0.0).")
                        .arg(address));
    }
    if (!s.bindAddress.isLoopback()) {
        result.warnings.append(
            QStringLiteral("Warning: listening on %1 exposes the demo service and /metrics, "
                           "which have no authentication, to the network.")
                .arg(s.bindAddress.toString()));
    }

    bool ok = false;
    s.serviceThreads = parser.value(threads).toInt(&ok);
    if (!ok || s.serviceThreads < 0 || s.serviceThreads > 64) {
        return fail(QStringLiteral("--service-threads: '%1' is not a thread count (0 to 64).")
                        .arg(parser.value(threads)));
    }
    s.headless = parser.isSet(headless);

    for (const auto &[option, target] : {std::pair{&prometheusUrl, &s.prometheus.baseUrl},
                                         std::pair{&grafanaUrl, &s.grafanaUrl}}) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option));
        const QString error = checkHttpUrl(url, u"--" % option->names().constFirst());
        if (!error.isEmpty())
            return fail(error);
        *target = url;
        if (option == &prometheusUrl)
            s.prometheusUrlOrigin = Settings::Origin::CommandLine;
    }
    if (parser.isSet(user))
        s.prometheus.username = parser.value(user);
    if (parser.isSet(passwordFile))
        s.passwordFile = parser.value(passwordFile);
    if (parser.isSet(tokenFile))
        s.tokenFile = parser.value(tokenFile);
    if (parser.isSet(header)) {
        s.prometheus.extraHeaders.clear();
        for (const QString &text : parser.values(header)) {
            const auto parsed = parseHeaderSetting(text);
            if (!parsed) {
                return fail(QStringLiteral("--prometheus-header: '%1' is not a 'Name: value' "
                                           "header.")
                                .arg(text));
            }
            s.prometheus.extraHeaders.append(*parsed);
        }
    }
    s.managedPrometheus = !parser.isSet(noManaged);
    s.screenshotPath = parser.value(screenshot);
    static const std::map<QString, std::chrono::seconds> windows = {
        {QStringLiteral("1m"), std::chrono::seconds(60)},
        {QStringLiteral("5m"), std::chrono::seconds(300)},
        {QStringLiteral("15m"), std::chrono::seconds(900)},
        {QStringLiteral("1h"), std::chrono::seconds(3600)}};
    const auto window = windows.find(parser.value(chartWindow));
    if (window == windows.end()) {
        return fail(QStringLiteral("--chart-window: '%1' is not one of 1m, 5m, 15m, 1h.")
                        .arg(parser.value(chartWindow)));
    }
    s.chartWindow = window->second;
    s.chartQuery = parser.value(query).trimmed();
    if (parser.isSet(query) && s.chartQuery.isEmpty())
        return fail(QStringLiteral("--query: give a PromQL expression."));
    const QString viewName = parser.value(view);
    if (viewName == u"chart")
        s.startView = Settings::View::Chart;
    else if (viewName == u"dashboard")
        s.startView = Settings::View::Dashboard;
    else
        return fail(QStringLiteral("--view: '%1' is not chart or dashboard.").arg(viewName));
    return result;
}

}  // namespace pc
