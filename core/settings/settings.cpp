#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

}  // namespace

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
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
    parser.addOptions({servicePort, metricsPort, bind, threads, headless});

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
        result.output = QCoreApplication::applicationName() % u' ' %
                        QCoreApplication::applicationVersion() % u'\n';
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
    return result;
}

}  // namespace pc
