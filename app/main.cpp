#include "companion.h"
#include "dashboard/dashboardcheck.h"
#include "headlessload.h"
#include "prometheus/promclient.h"
#include "service/servicehost.h"
#include "settings/language.h"
#include "settings/settings.h"
#include "unixsignalwatcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <malloc.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {

using pc::app::Companion;

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
    std::fflush(stream);
}

int serveHeadless(const pc::Settings &settings)
{
    // Watch the signals first: a supervisor may send one as soon as the ports are printed.
    pc::app::UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &pc::app::UnixSignalWatcher::signalReceived,
                     QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    pc::ServiceHost host;
    if (!host.start(settings.bindAddress, settings.servicePort, settings.metricsPort,
                    settings.serviceThreads)) {
        printLine(stderr, host.errorString());
        return 1;
    }
    printLine(stdout, QCoreApplication::translate("main",
                                                  "Serving the demo service on %1 and "
                                                  "metrics on %2")
                          .arg(host.serviceUrl().toString(), host.metricsUrl().toString()));
    return QCoreApplication::exec();
}

// --check-dashboard: the dashboard's panels, queries and their answers, one line a panel, for a
// dashboard author's CI. Exits 0 when every panel is drawn and no query failed, 1 otherwise, 2
// when the file cannot be read as a dashboard.
int checkDashboard(const pc::Settings &settings)
{
    const pc::GrafanaDashboardOutcome outcome =
        pc::GrafanaDashboard::fromFile(settings.checkDashboardFile);
    if (const auto *error = std::get_if<pc::GrafanaDashboardError>(&outcome)) {
        printLine(stderr, error->message);
        return 2;
    }
    pc::PromClient client(settings.prometheus);
    pc::DashboardCheck check(&client, std::get<pc::GrafanaDashboard>(outcome),
                             settings.dashboardVariables);
    int code = 1;
    QObject::connect(&check, &pc::DashboardCheck::finished,
                     [&code](const pc::DashboardCheckReport &report) {
                         for (const QString &error : report.variableErrors)
                             printLine(stderr, error);
                         for (const pc::PanelCheck &panel : report.panels)
                             printLine(stdout, panel.line());
                         printLine(stdout, report.summary());
                         code = report.exitCode();
                         QCoreApplication::exit(0);
                     });
    // From the event loop: a dashboard with nothing to ask finishes at once.
    QMetaObject::invokeMethod(&check, &pc::DashboardCheck::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    return code;
}

// A taken port in the window is most often this app's own first copy: say so, and offer to
// run beside it on free ports. Returns false when the user would rather quit.
bool offerFreePorts(const Companion &companion, pc::Settings *settings)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Prom Companion"),
                    QCoreApplication::translate(
                        "main",
                        "%1\n\nAnother copy of Prom Companion is probably running. This "
                        "one can run beside it on free ports (as with --service-port 0 "
                        "--metrics-port 0).")
                        .arg(companion.errorString()));
    QPushButton *free = box.addButton(QCoreApplication::translate("main", "Use &free ports"),
                                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() != free)
        return false;
    settings->servicePort = 0;
    settings->metricsPort = 0;
    return true;
}

int runWindow(pc::Settings settings)
{
    auto owned = std::make_unique<Companion>(settings);
    while (!owned->start()) {
        printLine(stderr, owned->errorString());
        if (!owned->portInUse() || !settings.screenshotPath.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Prom Companion"),
                                  owned->errorString());
            return 1;
        }
        if (!offerFreePorts(*owned, &settings))
            return 1;
        owned = std::make_unique<Companion>(settings);
    }
    Companion &companion = *owned;
    printLine(stdout, QCoreApplication::translate("main",
                                                  "Serving the demo service on %1 and "
                                                  "metrics on %2")
                          .arg(companion.host().serviceUrl().toString(),
                               companion.host().metricsUrl().toString()));

    if (!settings.screenshotPath.isEmpty()) {
        companion.screenshotWhenReady(
            settings.screenshotPath, std::chrono::seconds(45), [settings](const QString &error) {
                if (!error.isEmpty()) {
                    printLine(stderr, error);
                    QCoreApplication::exit(1);
                    return;
                }
                printLine(stdout, QCoreApplication::translate("main", "Screenshot saved to %1")
                                      .arg(settings.screenshotPath));
                QCoreApplication::exit(0);
            });
    }

    pc::app::UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &pc::app::UnixSignalWatcher::signalReceived,
                     QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    return QApplication::exec();
}

}  // namespace

int main(int argc, char *argv[])
{
    // Prometheus answers of several MB come every 5 s. glibc raises its mmap threshold after
    // the first such buffer is freed, and then keeps the next ones in the heap for good: a
    // fixed threshold gives them back (bench/bench_chart: 1000 series, RSS 85 -> 67 MB).
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // The window needs a display; --headless, --help and --version must work without one.
    const bool wantsWindow = !std::any_of(arguments.begin(), arguments.end(), [](const QString &a) {
        return a == u"--headless" || a == u"--help" || a == u"-h" || a == u"--help-all"
               || a == u"--version" || a == u"-v" || a == u"--check-dashboard"
               || a.startsWith(u"--check-dashboard=");
    });
    if (wantsWindow && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        printLine(stderr, QCoreApplication::translate(
                              "main",
                              "No display to open the window on (DISPLAY is not set). "
                              "Run with --headless to serve without a window, or start "
                              "it under xvfb-run."));
        return 1;
    }

    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prom-companion"));
    QCoreApplication::setOrganizationName(QStringLiteral("prom-companion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION));

    // The language first, so that --help and every sentence after speak it.
    const pc::LanguageChoice language = pc::chooseLanguage(arguments, QLocale::system());
    if (!language.error.isEmpty()) {
        printLine(stderr, language.error);
        return 2;
    }
    QString languageError;
    if (!pc::installTranslations(language, &languageError))
        printLine(stderr, languageError);

    QSettings store;
    QStringList storeWarnings;
    const pc::Settings remembered = pc::loadSettings(store, &storeWarnings);
    pc::CommandLineResult parsed = pc::parseCommandLine(QCoreApplication::arguments(), remembered);
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
    for (const QString &warning : storeWarnings + parsed.warnings)
        printLine(stderr, warning);
    const QString secretError =
        pc::resolveSecrets(parsed.settings, QProcessEnvironment::systemEnvironment());
    if (!secretError.isEmpty()) {
        printLine(stderr, secretError);
        return 2;
    }

    if (!parsed.settings.checkDashboardFile.isEmpty())
        return checkDashboard(parsed.settings);
    if (parsed.settings.headless && parsed.settings.load)
        return pc::app::runHeadlessLoad(parsed.settings);
    if (parsed.settings.headless)
        return serveHeadless(parsed.settings);
    // Options are for this run only: lasting choices are made in File > Settings.
    return runWindow(parsed.settings);
}
