#pragma once

#include "prometheus/promreply.h"
#include "prometheus/promresponse.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace pc {

class PromClient;

/// Follows the scrape target through which Prometheus scrapes this app's /metrics: whether it
/// is up, the `instance` label it gives this app's series, and its scrape interval. Asks the
/// targets list every interval while enabled. The client is not owned. GUI thread.
class ScrapeTargetWatcher : public QObject
{
    Q_OBJECT
public:
    ScrapeTargetWatcher(PromClient *client, const QUrl &metricsUrl, QObject *parent = nullptr);

    /// Asks only while enabled (Prometheus usable); enabling asks at once.
    void setEnabled(bool enabled);
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void checkNow();

    QUrl metricsUrl() const { return m_metricsUrl; }
    /// The `instance` label Prometheus gives this app's target, once the targets list shows
    /// it; empty before.
    QString ownInstance() const { return m_ownInstance; }
    /// The label matcher that picks this app's series out of everything Prometheus scrapes:
    /// its target's `instance` once known, until then any instance on this app's metrics port.
    QString ownSeriesSelector() const;
    /// The target's scrape interval, whole seconds, at least 1; 0 before it is known.
    std::chrono::seconds scrapeInterval() const { return m_scrapeInterval; }

    /// The target among `targets` that scrapes `metricsUrl`: the same port and path, on the
    /// same host or on loopback both. Pure.
    static std::optional<ScrapeTarget> targetScraping(const QList<ScrapeTarget> &targets,
                                                      const QUrl &metricsUrl);

signals:
    /// The target that scrapes this app, if any, among the `targetCount` Prometheus has.
    void targetUpdated(const std::optional<pc::ScrapeTarget> &target, int targetCount);
    /// ownInstance() was learnt or changed (a restarted Prometheus may name it differently).
    void ownInstanceChanged(const QString &instance);
    void scrapeIntervalChanged(std::chrono::seconds interval);

private:
    void onFinished();

    PromClient *m_client;
    QUrl m_metricsUrl;
    QString m_ownInstance;
    std::chrono::seconds m_scrapeInterval{0};
    bool m_enabled = false;
    QTimer m_timer;
    PromReplyPtr m_reply;
};

}  // namespace pc
