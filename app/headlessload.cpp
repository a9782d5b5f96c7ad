#include "headlessload.h"

#include "load/loadgenerator.h"
#include "load/loadreport.h"
#include "service/servicehost.h"
#include "settings/settings.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text.endsWith(u'\n') ? text : text + u'\n'), stream);
    std::fflush(stream);
}

// The summary, and for a run against our own demo service how much its
// http_requests_total rose: the count Prometheus would see, beside the client's.
QString report(const pc::LoadRunSummary &run, bool json, const quint64 *demoCounted)
{
    if (json) {
        QJsonObject object = pc::LoadReport::toJson(run);
        if (demoCounted)
            object.insert(QStringLiteral("demoRequestsCounted"), double(*demoCounted));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    QString text = pc::LoadReport::text(run);
    if (demoCounted) {
        text += QCoreApplication::translate("main",
                                            "  The demo service's http_requests_total rose by %1.")
                    .arg(*demoCounted);
    }
    return text;
}

}  // namespace

namespace pc::app {

int runHeadlessLoad(const pc::Settings &settings)
{
    pc::ServiceHost host;
    if (!host.start(settings.bindAddress, settings.servicePort, settings.metricsPort,
                    settings.serviceThreads)) {
        print(stderr, host.errorString());
        return 1;
    }
    // stdout is the summary's alone, so that a script can read the JSON.
    print(stderr,
          QCoreApplication::translate("main", "Serving the demo service on %1 and metrics on %2")
              .arg(host.serviceUrl().toString(), host.metricsUrl().toString()));

    const pc::LoadPlan plan = *settings.load;
    const bool onDemo = plan.url.isEmpty();
    const quint64 countedBefore = host.metrics().requests().responses();
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    QObject::connect(
        &load, &pc::LoadGenerator::runFinished, &load, [&](const pc::LoadRunSummary &run) {
            const quint64 counted = host.metrics().requests().responses() - countedBefore;
            print(stdout, report(run, settings.loadReportJson, onDemo ? &counted : nullptr));
            QCoreApplication::exit(0);
        });
    UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &UnixSignalWatcher::signalReceived, &load, [&load] { load.stop(); });
    const QString refusal = load.start(plan);
    if (!refusal.isEmpty()) {
        print(stderr, refusal);
        return 2;
    }
    return QCoreApplication::exec();
}

}  // namespace pc::app
