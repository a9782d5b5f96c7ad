#pragma once

#include "settings/settings.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <memory>

namespace pc {
class AlertWatcher;
class AnnotationRecorder;
class AnnotationStore;
class LocalCounterSampler;
class LoadGenerator;
class RunHistory;
class PromClient;
class PromSource;
class RangePoller;
class ScrapeTargetWatcher;
class ServiceHost;
class TimeRange;
}  // namespace pc

namespace pc::app {

class MainWindow;

/// The running app: the two servers, the load generator, the Prometheus client and the choice
/// of Prometheus, the live chart's sources (its time range, poller, local counter sampler
/// and scrape target watcher) and the window, wired together. main() makes one, and so does
/// the GUI benchmark. Owns all of them; GUI thread only.
class Companion
{
public:
    explicit Companion(const pc::Settings &settings);
    ~Companion();

    /// Starts the servers, then shows the window and starts looking for Prometheus. Returns
    /// false, with errorString() naming the port and the option, when a port cannot be served.
    bool start();
    QString errorString() const { return m_error; }
    /// True when start() failed because a port was taken.
    bool portInUse() const;

    /// Saves a PNG of the window once the view shown has data (the chart: both lines, or the
    /// local one when no Prometheus can be had; the Dashboard view: an answer for every panel),
    /// or after `timeout`, then calls `done` with an error sentence or an empty string.
    void screenshotWhenReady(const QString &path, std::chrono::milliseconds timeout,
                             std::function<void(const QString &error)> done);

    pc::ServiceHost &host() { return *m_host; }
    pc::LoadGenerator &load() { return *m_load; }
    pc::RangePoller &livePoller() { return *m_livePoller; }
    pc::LocalCounterSampler &sampler() { return *m_sampler; }
    pc::ScrapeTargetWatcher &targetWatcher() { return *m_watcher; }
    pc::AlertWatcher &alerts() { return *m_alerts; }
    MainWindow &window() { return *m_window; }

private:
    /// The annotations file, and what records into it: the app's start, the managed
    /// Prometheus's, load runs and alerts.
    void startAnnotations();

    pc::Settings m_settings;
    std::unique_ptr<pc::ServiceHost> m_host;
    std::unique_ptr<pc::LoadGenerator> m_load;
    std::unique_ptr<pc::RunHistory> m_history;
    std::unique_ptr<pc::PromClient> m_client;
    std::unique_ptr<pc::PromSource> m_source;
    std::unique_ptr<pc::TimeRange> m_liveRange;
    std::unique_ptr<pc::RangePoller> m_livePoller;
    std::unique_ptr<pc::LocalCounterSampler> m_sampler;
    std::unique_ptr<pc::ScrapeTargetWatcher> m_watcher;
    std::unique_ptr<pc::AlertWatcher> m_alerts;
    std::unique_ptr<pc::AnnotationStore> m_annotations;
    std::unique_ptr<pc::AnnotationRecorder> m_recorder;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_screenshotPoll;
    QElapsedTimer m_screenshotClock;
    QString m_error;
};

}  // namespace pc::app
