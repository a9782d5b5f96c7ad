#pragma once

#include "promclient.h"
#include "prometheusstore.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace pc {

/// A real Prometheus server run as a child process, scraping the app's /metrics with the
/// project's prometheus.yml adapted to the actual metrics address. Everything is asynchronous:
/// start() returns at once, and the outcome arrives as ready() or failed().
///
/// Keeps its store (`<dataDirectory>/tsdb`) across its own restarts and the app's, within the
/// retention given: after a crash Prometheus replays its write-ahead log. It never deletes the
/// store; when Prometheus refuses it (locked by another copy, or damaged), failed() says so
/// and storeProblem() tells which, for the window to offer PrometheusStore::moveAside().
/// Its queries look back three scrapes (at least 15 s) for a sample instead of Prometheus's
/// 5 min, so that where the app or Prometheus was not running a chart shows the gap it is.
///
/// Owns the child process: stop() or the destructor ends it, so the app never leaves a
/// Prometheus behind; on Linux the child also gets SIGTERM if the thread that started it dies.
/// Not thread-safe: create, use and destroy it on the GUI thread (or one thread with an event
/// loop).
class ManagedPrometheus : public QObject
{
    Q_OBJECT

public:
    enum class State { NotRunning, Starting, Ready, Stopping, Failed };
    Q_ENUM(State)

    struct Options
    {
        QString binary;                                                // empty: findBinary()
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);  // loopback only
        quint16 port = 0;       // 0 picks a free port just before starting
        QString metricsTarget;  // the app's metrics endpoint as "host:port"
        std::chrono::milliseconds scrapeInterval{5000};
        QString dataDirectory;  // created if missing; holds prometheus.yml and tsdb/, which
                                // each start reuses
        std::chrono::seconds retentionTime{std::chrono::hours(24 * 15)};
        qint64 retentionSizeBytes = qint64(1) << 30;
        std::chrono::milliseconds readyTimeout{30000};
        QString rulesDirectory;  // the user's rules (RulesFolder), loaded as <dir>/*.yml;
                                 // empty: only the shipped rules
    };

    explicit ManagedPrometheus(QObject *parent = nullptr);
    ~ManagedPrometheus() override;

    /// Writes the config and starts the process. Stops a running one first. A problem found
    /// before starting is reported through failed() too, from the event loop.
    void start(const Options &options);
    /// Sends SIGTERM, and SIGKILL if the process has not exited within the grace period. Does
    /// not block: stopped() follows when the process is gone.
    void stop();

    State state() const { return m_state; }
    /// `http://127.0.0.1:<port>`, valid from start() on; empty when not running.
    QUrl baseUrl() const { return m_baseUrl; }
    /// The child's process id while it runs, 0 otherwise.
    qint64 processId() const;
    QString configFilePath() const { return m_configPath; }
    /// Why the last start failed on the store, if it did; None otherwise.
    PrometheusStore::Problem storeProblem() const { return m_storeProblem; }

    /// The prometheus binary on PATH, or an empty string.
    static QString findBinary();
    /// The project's prometheus.yml, as embedded in the library.
    static QByteArray configTemplate();
    /// `templateYaml` with its scrape target replaced by `metricsTarget` ("host:port") and its
    /// global scrape_interval by `scrapeInterval`. Empty when the target is not a plain
    /// host:port or the template does not have exactly one target and one scrape_interval.
    static std::optional<QByteArray> configFromTemplate(const QByteArray &templateYaml,
                                                        const QString &metricsTarget,
                                                        std::chrono::milliseconds scrapeInterval);
    /// Writes the alerting rules embedded in the library into `directory`, at the path that
    /// prometheus.yml's rule_files names relative to itself, so a config written there loads
    /// them. Returns an empty string, or a sentence saying what could not be written.
    static QString writeRuleFiles(const QString &directory);
    /// `config` with `glob` added to its rule_files list (quoted, so any path stays one
    /// string). Empty when `config` has no `rule_files:` line to add it to. Pure.
    static std::optional<QByteArray> configWithRuleFiles(const QByteArray &config,
                                                         const QString &glob);

    /// Makes the running Prometheus read its config and rule files again (SIGHUP), without a
    /// restart; broken rule files in the rules directory are set aside first (see
    /// ruleFilesSetAside()). False when none runs. Prometheus reloads asynchronously: ask
    /// /api/v1/rules to see the result.
    bool reload();
    /// Sentences naming the rule files set aside since start(), for the window.
    QStringList setAsideRuleFiles() const { return m_setAside; }

signals:
    void ready(const QUrl &baseUrl);
    /// A sentence for the status area: what went wrong and what to do about it.
    void failed(const QString &reason);
    /// The process exited after it had been ready, without stop(): `how` is "exited with code
    /// 0", "crashed", .... A supervisor may start() it again.
    void stoppedUnexpectedly(const QString &how);
    void stopped();
    /// Broken files of the rules directory were renamed aside before a start or a reload;
    /// `sentences` names each one, where it went and what promtool said.
    void ruleFilesSetAside(const QStringList &sentences);

private:
    /// Sets broken files of the rules directory aside; reports them through
    /// ruleFilesSetAside(), queued.
    void setAsideBrokenRules(const QString &binary);
    void fail(const QString &reason);
    /// Why `binary` and the address cannot serve, or an empty string.
    QString checkBinaryAndAddress(const QString &binary) const;
    /// Writes the config and the rules into the data directory; why not, or empty.
    QString prepareDataDirectory();
    /// Runs `binary` on `port` and starts polling it until it is ready.
    void launch(const QString &binary, quint16 port);
    void pollReady();
    /// Keeps `reply` as the one request in flight; `handler` runs when it finishes, if still
    /// starting.
    void ask(PromReplyPtr reply, std::function<void(const PromReply &)> handler);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void readStandardError();
    QString lastLogLines() const;
    /// Why Prometheus exited before it was ready, as one sentence for the status area.
    QString earlyExitReason(int exitCode, bool crashed);
    void resetProcess();

    Options m_options;
    State m_state = State::NotRunning;
    QProcess *m_process = nullptr;
    PromClient m_client;  // asks the child whether it is ready, and with which config
    PromReplyPtr m_pending;
    QTimer m_pollTimer;
    QTimer m_readyTimer;
    QTimer m_killTimer;
    QUrl m_baseUrl;
    QString m_configPath;
    QByteArray m_stderrPartial;
    QStringList m_stderrLines;
    QStringList m_setAside;
    PrometheusStore::Problem m_storeProblem = PrometheusStore::Problem::None;
};

}  // namespace pc
