#pragma once

#include "loadplan.h"

#include <QObject>
#include <QUrl>

class QThread;

namespace pc {

class LoadWorker;

/// Generates real HTTP requests against the demo service, so each is counted like any
/// client's, or against any plain http URL: one, a burst of N, or a steady rate, each request
/// timed. The requests run on a thread of the generator's own; this object lives on the thread
/// that creates it (the GUI thread), where its signals arrive, throttled to about ten a second.
class LoadGenerator : public QObject
{
    Q_OBJECT
public:
    explicit LoadGenerator(QObject *parent = nullptr);
    /// Paces and times the runs on \a clock instead of the steady clock (tests).
    explicit LoadGenerator(LoadClock clock, QObject *parent = nullptr);
    ~LoadGenerator() override;

    /// The demo service: where plans without a URL of their own send their requests.
    void setTarget(const QUrl &serviceUrl);
    /// Starts `plan`, or refuses it when checkLoadPlan() does: returns that sentence, or an
    /// empty string.
    QString start(const LoadPlan &plan);
    /// Stops sending at once; answers to requests already sent are still counted.
    void stop();

    bool isRunning() const { return m_stats.running; }
    LoadStats stats() const { return m_stats; }
    /// The plan of the run in progress, or of the last one.
    const LoadPlan &plan() const { return m_plan; }
    /// When the run in progress, or the last one, started; 0 before the first.
    qint64 startedMsecsSinceEpoch() const { return m_startedMs; }

signals:
    void statsChanged(const pc::LoadStats &stats);
    void finished(const pc::LoadStats &stats);
    /// A run is over and its last answer is in (after finished(), when a stop left requests in
    /// flight). Once per run started.
    void runFinished(const pc::LoadRunSummary &summary);
    /// The latencies of the answers of one wall-clock second, once it is over (while answers
    /// come in: a second without answers sends nothing).
    void latencySecond(const pc::LoadSecond &second);

private:
    QThread *m_thread = nullptr;
    LoadWorker *m_worker = nullptr;
    LoadStats m_stats;
    LoadPlan m_plan;
    qint64 m_startedMs = 0;
};

}  // namespace pc
