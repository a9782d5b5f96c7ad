#pragma once

#include "latencyhistogram.h"
#include "loadplan.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <map>
#include <memory>
#include <random>
#include <vector>

class QTcpSocket;

namespace pc {

class DueTimer;

/// The thread side of LoadGenerator: keep-alive HTTP/1.1 connections to the target, one
/// request in flight on each, paced by a timer in Rate mode. Times every request, and keeps
/// each run's counts and latency histograms until its last answer, then hands its summary
/// on. Lives on the generator's thread; every method is called there.
class LoadWorker : public QObject
{
    Q_OBJECT
public:
    explicit LoadWorker(LoadClock clock, QObject *parent = nullptr);
    ~LoadWorker() override;

    void setTarget(const QUrl &serviceUrl);
    void start(const LoadPlan &plan);
    void stop();

signals:
    void statsChanged(const pc::LoadStats &stats);
    void finished(const pc::LoadStats &stats);
    void runFinished(const pc::LoadRunSummary &summary);
    void latencySecond(const pc::LoadSecond &second);

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        bool busy = false;
        quint64 run = 0;
        qint64 intendedUs = 0;  // when the schedule wanted it sent
        qint64 sentUs = 0;      // when it was written
    };
    // A run until its last answer: a stopped run's answers still land in it.
    struct Run
    {
        LoadRunSummary summary;
        std::map<int, quint64> codes;
        LatencyHistogram corrected;
        LatencyHistogram uncorrected;
        qint64 startUs = 0;
        qint64 endUs = 0;  // the stop, or the latest answer after it
        quint64 inFlight = 0;
        bool issuing = true;
    };

    void tick();
    void pace();
    void publish();
    /// Sends the next request on a free connection; `intendedUs` < 0 means now.
    bool issue(qint64 intendedUs);
    /// A closed loop's connection is free again: its next request goes out once every answer
    /// that came in with this one is read (issueOwed()).
    void issueSoon();
    void issueOwed();
    Connection *freeConnection();
    void connectTo(const QUrl &url);
    void onReadyRead(Connection *connection);
    void onSocketError(Connection *connection);
    void onLost(Connection *connection, LoadError kind, const QString &why);
    void answered(Connection *connection, int code);
    void failed(Connection *connection, LoadError kind);
    Run *settle(Connection *connection);
    void removeConnection(Connection *connection, LoadError kind);
    void failOverdue();
    void rollSecond(qint64 wallMs);
    void endIssuing(qint64 nowUs);
    void closeRunIfDone(quint64 id);
    /// The run's corrected percentiles: from the intended send times in Rate mode, and as wrk
    /// corrects a closed loop otherwise.
    static LatencyPercentiles correctedPercentiles(const Run &run, const LoadRunSummary &summary);
    void finishIfDone();
    void buildRequests();
    const QByteArray &nextRequest();
    qint64 runElapsed() const { return m_clock() - m_runStartUs; }

    QUrl m_demo;       // the demo service: the target of plans without a URL
    QUrl m_connected;  // where the connections go
    LoadPlan m_plan;
    LoadStats m_stats;
    bool m_issuing = false;
    quint64 m_issuedThisRun = 0;
    quint64 m_inFlight = 0;
    quint64 m_currentRun = 0;
    std::map<quint64, Run> m_runs;
    std::vector<QByteArray> m_requests;  // the plan's requests, one per route of its mix
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_pacer;             // paces on a test's clock, or without a timerfd
    DueTimer *m_due = nullptr;  // paces on the steady clock
    QTimer m_publisher;
    LoadClock m_clock;      // never restarted: the achieved rate spans runs
    qint64 m_runStartUs{};  // m_clock() when this run started: paces Rate mode
    std::deque<std::pair<qint64, quint64>> m_recent;  // (m_clock µs, answered)
    std::minstd_rand m_random{std::random_device{}()};
    bool m_dirty = false;
    int m_owed = 0;  // closed loop: requests owed to connections freed in this pass
    // The answers of the current wall-clock second, handed on as a LoadSecond when it ends.
    qint64 m_second = 0;  // its start, ms since the epoch
    LatencyHistogram m_secondCorrected;
    LatencyHistogram m_secondUncorrected;
};

}  // namespace pc
