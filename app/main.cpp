#include "servicehost.h"
#include "settings/settings.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
    std::fflush(stream);
}

int serveHeadless(const pc::Settings &settings)
{
    pc::ServiceHost host;
    if (!host.start(settings.bindAddress, settings.servicePort, settings.metricsPort,
                    settings.serviceThreads)) {
        printLine(stderr, host.errorString());
        return 1;
    }
    printLine(stdout, QStringLiteral("Serving the demo service on %1 and metrics on %2")
                          .arg(host.serviceUrl().toString(), host.metricsUrl().toString()));
    pc::UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &pc::UnixSignalWatcher::signalReceived, qApp,
                     [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool headless = arguments.contains(QStringLiteral("--headless"));

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prom-companion"));
    QCoreApplication::setOrganizationName(QStringLiteral("prom-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));

    const pc::CommandLineResult parsed = pc::parseCommandLine(QCoreApplication::arguments());
    switch (parsed.action) {
        case pc::CommandLineResult::Action::ShowHelp:
        case pc::CommandLineResult::Action::ShowVersion:
            printLine(stdout, parsed.output);
            return 0;
        case pc::CommandLineResult::Action::Fail:
            printLine(stderr, parsed.output);
            return 2;
        case pc::CommandLineResult::Action::Run:
            break;
    }
    for (const QString &warning : parsed.warnings) printLine(stderr, warning);

    return serveHeadless(parsed.settings);
}
