#include "loadworker.h"

#include "http/httpresponseparser.h"

#include <QTcpSocket>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

namespace pc {

qint64 steadyClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

LoadWorker::LoadWorker(LoadClock clock, QObject *parent)
    : QObject(parent), m_pacer(this), m_publisher(this), m_clock(std::move(clock))
{
    m_pacer.setTimerType(Qt::PreciseTimer);
    m_pacer.setInterval(5);
    connect(&m_pacer, &QTimer::timeout, this, &LoadWorker::tick);
    m_publisher.setInterval(100);
    connect(&m_publisher, &QTimer::timeout, this, &LoadWorker::publish);
    m_runStart = m_clock();
}

LoadWorker::~LoadWorker()
{
    for (auto &connection : m_connections)
        delete connection->socket;
}

void LoadWorker::setTarget(const QUrl &serviceUrl)
{
    if (serviceUrl == m_target)
        return;
    m_target = serviceUrl;
    m_hostHeader = serviceUrl.authority().toUtf8();
    while (!m_connections.empty())
        removeConnection(m_connections.back().get());
}

void LoadWorker::start(const LoadPlan &plan)
{
    m_plan = plan;
    m_plan.maxConnections = std::clamp(plan.maxConnections, 1, 256);
    m_plan.count = std::max(plan.count, 0);
    m_issuedThisRun = 0;
    m_issuing = true;
    m_stats.running = true;
    m_stats.lastError.clear();
    m_runStart = m_clock();
    m_publisher.start();

    if (m_plan.mode == LoadPlan::Mode::Rate) {
        m_pacer.start();
    } else {
        const int target = m_plan.mode == LoadPlan::Mode::Single ? 1 : m_plan.count;
        m_plan.count = target;
        while (m_issuedThisRun < quint64(target) && issue()) {
        }
        finishIfDone();
    }
    publish();
}

void LoadWorker::stop()
{
    // Answers to requests already sent still count as they arrive; nothing new is sent.
    m_issuing = false;
    m_pacer.stop();
    if (m_stats.running) {
        m_stats.running = false;
        m_dirty = true;
        publish();
        emit finished(m_stats);
    }
}

void LoadWorker::tick()
{
    if (m_plan.duration.count() > 0 && runElapsed() >= m_plan.duration.count()) {
        stop();
        return;
    }
    pace();
}

void LoadWorker::pace()
{
    const auto due = quint64(std::floor(m_plan.rate * double(runElapsed()) / 1000.0)) + 1;
    // Behind schedule (every connection busy), the run owes at most a tenth of a second of
    // requests: it never makes up a long stall with a burst, so the rate shown is the one
    // achieved.
    const auto maxDebt = quint64(std::max(1.0, m_plan.rate / 10));
    if (due > m_issuedThisRun + maxDebt)
        m_issuedThisRun = due - maxDebt;
    while (m_issuedThisRun < due && issue()) {
    }
}

QByteArray LoadWorker::nextRequest()
{
    const RouteMix &mix = m_plan.mix;
    const int total = std::max(1, mix.ok + mix.slow + mix.error);
    const int pick = std::uniform_int_distribution<int>(0, total - 1)(m_random);
    const char *path = pick < mix.ok ? "/" : pick < mix.ok + mix.slow ? "/slow" : "/error";
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: " + m_hostHeader
           + "\r\nUser-Agent: prom-companion-load\r\n\r\n";
}

LoadWorker::Connection *LoadWorker::freeConnection()
{
    for (auto &connection : m_connections) {
        if (!connection->busy)
            return connection.get();
    }
    if (int(m_connections.size()) >= m_plan.maxConnections || !m_target.isValid())
        return nullptr;

    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->socket = new QTcpSocket;
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] {
        if (c->socket->error() != QAbstractSocket::RemoteHostClosedError || c->busy)
            onLost(c, c->socket->errorString());
        else
            removeConnection(c);
    });
    c->socket->connectToHost(m_target.host(), quint16(m_target.port(80)));
    m_connections.push_back(std::move(connection));
    return c;
}

bool LoadWorker::issue()
{
    Connection *connection = freeConnection();
    if (!connection)
        return false;
    connection->busy = true;
    connection->buffer.clear();
    // QTcpSocket queues what is written before the connection is up.
    connection->socket->write(nextRequest());
    ++m_issuedThisRun;
    ++m_inFlight;
    ++m_stats.sent;
    m_dirty = true;
    return true;
}

void LoadWorker::onReadyRead(Connection *connection)
{
    connection->buffer += connection->socket->readAll();
    const HttpResponseHead head = parseHttpResponseHead(connection->buffer);
    if (head.status == HttpResponseHead::Status::Incomplete)
        return;
    if (head.status == HttpResponseHead::Status::Error || head.contentLength < 0) {
        //: Why a connection of the load generator was lost
        onLost(connection, tr("the service sent a response that is not valid HTTP"));
        return;
    }
    if (connection->buffer.size() < head.headBytes + head.contentLength)
        return;

    connection->buffer.clear();
    connection->busy = false;
    --m_inFlight;
    completed(head.code >= 200 && head.code < 400);
    if (head.close) {
        removeConnection(connection);
        connection = nullptr;
    }

    if (m_issuing && m_plan.mode == LoadPlan::Mode::Rate)
        pace();  // a freed connection takes what is due at once, not at the next tick
    else if (m_issuing && m_issuedThisRun < quint64(m_plan.count))
        issue();
    finishIfDone();
}

void LoadWorker::onLost(Connection *connection, const QString &why)
{
    m_stats.lastError = why;
    removeConnection(connection);
    // A refused or dropped connection fails its request; a burst goes on with the next.
    if (m_issuing && m_plan.mode != LoadPlan::Mode::Rate
        && m_issuedThisRun < quint64(m_plan.count)) {
        // Queued: a refused connection fails at once, and a long burst must not recurse.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_issuing && m_issuedThisRun < quint64(m_plan.count))
                    issue();
                finishIfDone();
            },
            Qt::QueuedConnection);
    }
    finishIfDone();
}

void LoadWorker::completed(bool success)
{
    if (success)
        ++m_stats.succeeded;
    else
        ++m_stats.failed;
    m_dirty = true;
}

void LoadWorker::removeConnection(Connection *connection)
{
    const auto found = std::find_if(m_connections.begin(), m_connections.end(),
                                    [connection](const auto &c) { return c.get() == connection; });
    if (found == m_connections.end())
        return;
    if (connection->busy) {
        --m_inFlight;
        completed(false);
    }
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    m_connections.erase(found);
}

void LoadWorker::finishIfDone()
{
    if (!m_stats.running)
        return;
    const bool allIssued =
        !m_issuing
        || (m_plan.mode != LoadPlan::Mode::Rate && m_issuedThisRun >= quint64(m_plan.count));
    if (!allIssued)
        return;
    m_issuing = false;
    m_pacer.stop();
    if (m_inFlight > 0)
        return;
    m_stats.running = false;
    m_dirty = true;
    publish();
    emit finished(m_stats);
}

void LoadWorker::publish()
{
    const qint64 now = m_clock();
    const quint64 answered = m_stats.succeeded + m_stats.failed;
    m_recent.emplace_back(now, answered);
    while (m_recent.size() > 1 && now - m_recent.front().first > 1000)
        m_recent.pop_front();
    const qint64 span = now - m_recent.front().first;
    const double rate =
        span > 0 ? double(answered - m_recent.front().second) * 1000.0 / double(span) : 0.0;
    if (rate != m_stats.rate) {
        m_stats.rate = rate;
        m_dirty = true;
    }
    if (!m_stats.running && m_inFlight == 0 && rate == 0)
        m_publisher.stop();
    if (m_dirty) {
        m_dirty = false;
        emit statsChanged(m_stats);
    }
}

}  // namespace pc
