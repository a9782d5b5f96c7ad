#pragma once

#include "loadplan.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>
#include <random>
#include <vector>

class QTcpSocket;

namespace pc {

/// The thread side of LoadGenerator: keep-alive HTTP/1.1 connections to the demo service,
/// one request in flight on each, paced by a timer in Rate mode. Lives on the generator's
/// thread; every method is called there.
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

private:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        bool busy = false;
    };

    void tick();
    void pace();
    void publish();
    bool issue();
    Connection *freeConnection();
    void onReadyRead(Connection *connection);
    void onLost(Connection *connection, const QString &why);
    void completed(bool success);
    void removeConnection(Connection *connection);
    void finishIfDone();
    QByteArray nextRequest();
    qint64 runElapsed() const { return m_clock() - m_runStart; }

    QUrl m_target;
    QByteArray m_hostHeader;
    LoadPlan m_plan;
    LoadStats m_stats;
    bool m_issuing = false;
    quint64 m_issuedThisRun = 0;
    quint64 m_inFlight = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QTimer m_pacer;
    QTimer m_publisher;
    LoadClock m_clock;    // never restarted: the achieved rate spans runs
    qint64 m_runStart{};  // m_clock() when this run started: paces Rate mode
    std::deque<std::pair<qint64, quint64>> m_recent;  // (m_clock ms, answered)
    std::minstd_rand m_random{std::random_device{}()};
    bool m_dirty = false;
};

}  // namespace pc
