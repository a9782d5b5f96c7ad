#include "companion.h"

#include "annotation/annotationrecorder.h"
#include "annotation/annotationstore.h"

#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "dashboardview.h"
#include "livechartview.h"
#include "load/loadgenerator.h"
#include "load/runhistory.h"
#include "mainwindow.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/promclient.h"
#include "prometheus/promsource.h"
#include "rulesview.h"
#include "service/servicehost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace pc::app {

namespace {

QString urlOrigin(pc::Settings::Origin origin)
{
    switch (origin) {
    case pc::Settings::Origin::Default:
        return QCoreApplication::translate("Companion", "the default URL");
    case pc::Settings::Origin::Settings:
        return QCoreApplication::translate("Companion", "URL from Settings");
    case pc::Settings::Origin::CommandLine:
        return QCoreApplication::translate("Companion", "URL from the command line, for this run");
    }
    return {};
}

}  // namespace

Companion::Companion(const pc::Settings &settings)
    : m_settings(settings), m_host(std::make_unique<pc::ServiceHost>())
{
}

Companion::~Companion()
{
    // The window first, then what it shows, then the servers it shows.
    m_recorder.reset();
    m_window.reset();
    m_alerts.reset();
    m_watcher.reset();
    m_sampler.reset();
    m_livePoller.reset();
    m_liveRange.reset();
    m_source.reset();
    m_client.reset();
    m_history.reset();
    m_load.reset();
    m_host.reset();
}

bool Companion::portInUse() const
{
    return m_host->addressInUse();
}

bool Companion::start()
{
    const pc::Settings &s = m_settings;
    if (!m_host->start(s.bindAddress, s.servicePort, s.metricsPort, s.serviceThreads)) {
        m_error = m_host->errorString();
        return false;
    }

    m_load = std::make_unique<pc::LoadGenerator>();
    m_load->setTarget(m_host->serviceUrl());
    // Read once; a file that is no history is said in the run list and left as it is.
    m_history = std::make_unique<pc::RunHistory>(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/load-runs.json"));
    m_history->load();
    m_client = std::make_unique<pc::PromClient>(s.prometheus);
    m_source = std::make_unique<pc::PromSource>(m_client.get());
    const pc::RequestMetrics &requests = m_host->metrics().requests();
    m_liveRange = std::make_unique<pc::TimeRange>();
    m_livePoller = std::make_unique<pc::RangePoller>(m_client.get(), m_liveRange.get());
    m_sampler =
        std::make_unique<pc::LocalCounterSampler>([&requests] { return requests.responses(); });
    m_watcher = std::make_unique<pc::ScrapeTargetWatcher>(m_client.get(), m_host->metricsUrl());
    pc::PromSource *source = m_source.get();
    pc::RangePoller *poller = m_livePoller.get();
    pc::ScrapeTargetWatcher *watcher = m_watcher.get();
    QObject::connect(source, &pc::PromSource::changed, poller, [poller, watcher, source] {
        poller->setEnabled(source->isUsable());
        watcher->setEnabled(source->isUsable());
    });
    m_alerts = std::make_unique<pc::AlertWatcher>(m_client.get());
    pc::AlertWatcher *alerts = m_alerts.get();
    QObject::connect(source, &pc::PromSource::changed, alerts,
                     [alerts, source] { alerts->setEnabled(source->isUsable()); });

    startAnnotations();
    m_window = std::make_unique<MainWindow>(MainWindow::Parts{
        m_load.get(),
        {m_client.get(), m_liveRange.get(), m_livePoller.get(), m_sampler.get(), m_watcher.get()},
        source,
        m_client.get(),
        alerts,
        m_host->serviceUrl(),
        m_host->metricsUrl(),
        s.grafanaUrl,
        urlOrigin(s.prometheusUrlOrigin),
        m_history.get(),
        m_annotations.get()});
    m_window->setView(s.startView == pc::Settings::View::Dashboard ? MainWindow::View::Dashboard
                                                                   : MainWindow::View::Chart);
    QString dashboardError;
    if (!s.dashboardFile.isEmpty()
        && !m_window->openDashboard(s.dashboardFile, s.dashboardVariables, &dashboardError))
        std::fprintf(stderr, "%s\n", qPrintable(dashboardError));
    m_window->chart()->setWindow(s.chartWindow);
    if (!s.chartQuery.isEmpty())
        m_window->chart()->setCustomQuery(s.chartQuery);
    m_window->show();

    pc::PromSource::Options options;
    options.endpoint = s.prometheus;
    options.allowManaged =
        s.managedPrometheus && pc::PromSource::isDefaultUrl(s.prometheus.baseUrl);
    options.metricsTarget = m_host->metricsUrl().authority();
    options.dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + QStringLiteral("/prometheus");
    options.rulesDirectory = defaultRulesDirectory();
    // The window names them too (MainWindow); stderr keeps them for a headless look.
    QObject::connect(m_source->managed(), &pc::ManagedPrometheus::ruleFilesSetAside, m_window.get(),
                     [](const QStringList &sentences) {
                         for (const QString &sentence : sentences)
                             std::fprintf(stderr, "%s\n", qPrintable(sentence));
                     });
    options.retentionTime = s.retentionTime;
    options.retentionSizeBytes = s.retentionSizeBytes;
    m_source->start(options);
    m_sampler->start();
    return true;
}

void Companion::startAnnotations()
{
    // Read once; a damaged file is set aside and said in the status bar, never lost.
    m_annotations = std::make_unique<pc::AnnotationStore>(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/annotations.jsonl"));
    m_annotations->load();
    m_recorder = std::make_unique<pc::AnnotationRecorder>(m_annotations.get());
    m_recorder->recordAppStart(QCoreApplication::applicationVersion());
    m_recorder->watchLoad(m_load.get());
    m_recorder->watchAlerts(m_alerts.get());
    m_recorder->watchPrometheus(m_source.get());
}

void Companion::screenshotWhenReady(const QString &path, std::chrono::milliseconds timeout,
                                    std::function<void(const QString &)> done)
{
    m_screenshotClock.start();
    // Wait for Prometheus points from a few scrapes into this run, so the lines show a trend.
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() + 15'000;
    // An error is an answer too: once the chart shows why it has no line, nothing more comes.
    // Connected after the views, so the poll that follows sees the error on screen.
    auto errorShown = std::make_shared<bool>(false);
    QObject::connect(m_livePoller.get(), &pc::RangePoller::rejected, m_window.get(),
                     [errorShown] { *errorShown = true; });
    QObject::connect(m_livePoller.get(), &pc::RangePoller::failed, m_window.get(),
                     [errorShown] { *errorShown = true; });
    QObject::connect(m_livePoller.get(), &pc::RangePoller::updated, m_window.get(),
                     [errorShown] { *errorShown = false; });
    QObject::connect(
        &m_screenshotPoll, &QTimer::timeout, m_window.get(),
        [this, path, timeout, startedMs, errorShown, done = std::move(done)] {
            const ChartWidget *chart = m_window->chart()->chart();
            const DashboardView *dashboard = m_window->dashboard();
            const bool unavailable = m_source->kind() == pc::PromSource::Kind::Unavailable;
            const bool prometheusDone =
                chart->newestPrometheusTime() >= startedMs || unavailable || *errorShown;
            const bool localDone = chart->localPointCount() >= 2 || !chart->hasLocalLine();
            // The dashboard's rates need a few scrapes too: its time series
            // panels reach into this run before the picture is taken.
            const bool dashboardDone =
                unavailable
                || (dashboard->inViewPanelsAnswered()
                    && QDateTime::currentMSecsSinceEpoch() >= startedMs + 15'000);
            const bool ready = m_window->view() == MainWindow::View::Dashboard
                                   ? dashboardDone
                                   : localDone && prometheusDone;
            if (!ready && m_screenshotClock.elapsed() < timeout.count())
                return;
            m_screenshotPoll.stop();
            done(
                m_window->grab().save(path)
                    ? QString()
                    : QCoreApplication::translate("Companion", "Cannot write the screenshot to %1.")
                          .arg(path));
        });
    m_screenshotPoll.start(250);
}

}  // namespace pc::app
