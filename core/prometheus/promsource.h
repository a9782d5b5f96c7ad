#pragma once

#include "prometheus/managedprometheus.h"
#include "prometheus/promendpoint.h"
#include "prometheus/promreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace pc {

class PromClient;

/// Decides which Prometheus the app charts from. At start it asks the configured URL; when
/// nothing answers there, managing is allowed, and the `prometheus` binary is installed,
/// it starts a managed Prometheus on loopback (on port 9090 when free, so the shipped Grafana
/// datasource finds it) scraping this app, and points the client at it. Otherwise it keeps the
/// configured URL: the chart feed retries it with backoff and recovers when it comes back.
/// Supervises the managed Prometheus: when it stops unexpectedly it is started again on the
/// same port, after 1, 2, 4, 8 s, at most MaxManagedStarts times in a row. Its store is kept
/// across starts; clearHistory() empties it and moveStoreAside() sets a refused one aside.
/// Lives on the GUI thread.
class PromSource : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Probing, External, StartingManaged, Managed, Unavailable };
    Q_ENUM(Kind)

    struct Options
    {
        PromEndpoint endpoint;
        bool allowManaged = true;  // the app allows it only for the default URL
        QString metricsTarget;     // "host:port" of this app's /metrics
        QString dataDirectory;     // for the managed Prometheus
        QString rulesDirectory;    // the user's rules it loads (RulesFolder); empty: none
        QString binary;            // empty: found on PATH
        std::chrono::milliseconds scrapeInterval{5000};
        quint16 managedPort = 9090;
        std::chrono::seconds retentionTime{std::chrono::hours(24 * 15)};
        qint64 retentionSizeBytes = qint64(1) << 30;
    };

    explicit PromSource(PromClient *client, QObject *parent = nullptr);

    void start(const Options &options);
    /// Starts a Prometheus of this app's own, on a free port, for when the one in use does not
    /// scrape this app. Says why not in the description when no binary is installed.
    void startOwn();

    Kind kind() const { return m_kind; }
    /// One sentence for the status area: which Prometheus is in use, or why none is.
    QString description() const { return m_description; }
    /// True once queries should go out (External, Managed, or Unavailable with a URL to retry).
    bool isUsable() const { return m_kind != Kind::Probing && m_kind != Kind::StartingManaged; }
    ManagedPrometheus *managed() { return m_managed; }
    /// True while the Prometheus in use (or being started) is the app's own, or its store is
    /// damaged: a history clearHistory() may empty. False for a store another copy locks.
    bool hasManagedStore() const;
    /// The managed store's directory and its size on disk.
    QString storePath() const;
    qint64 storeSize() const;
    /// Why the managed Prometheus refused its store, when that is why none runs.
    PrometheusStore::Problem storeProblem() const;

    /// Stops the managed Prometheus, deletes its store and starts it again on the same port.
    /// Does nothing unless hasManagedStore(). The outcome shows in kind() and description().
    void clearHistory();
    /// Renames a store the managed Prometheus refused to `tsdb.broken-<time>` (nothing is
    /// deleted) and starts it again with an empty one.
    void moveStoreAside();
    /// Where the last moveStoreAside() put the refused store, or empty.
    QString movedAsideTo() const { return m_movedAsideTo; }

    static bool isDefaultUrl(const QUrl &url);
    /// Starts of the managed Prometheus in a row (the first included) before giving up.
    static constexpr int MaxManagedStarts = 5;

signals:
    void changed();

private:
    void set(Kind kind, const QString &description);
    void startManaged(quint16 port);
    void onManagedStopped(const QString &how);
    void onProbed();
    /// Stops the managed Prometheus if it runs, applies `change` to its store (an error
    /// sentence or empty), then starts it again.
    void restartWithStore(const QString &doing, std::function<QString()> change);

    PromClient *m_client;
    ManagedPrometheus *m_managed;
    Options m_options;
    Kind m_kind = Kind::Probing;
    QString m_description;
    PromReplyPtr m_probe;  // the readiness probe of start()
    bool m_triedFreePort = false;
    int m_starts = 0;           // of the managed Prometheus, in a row
    quint16 m_managedPort = 0;  // where it last listened, to come back at the same URL
    QElapsedTimer m_upSince;
    QTimer m_restartTimer;
    std::function<void()> m_afterStop;
    QString m_movedAsideTo;  // what restartWithStore() does once it has stopped
};

}  // namespace pc
