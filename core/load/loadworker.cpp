#include "loadworker.h"

#include "duetimer.h"
#include "http/httpresponseparser.h"

#include <QDateTime>
#include <QTcpSocket>

#include <algorithm>
#include <limits>
#include <utility>

namespace pc {

namespace {

// The intended send time of a request outside a Rate run's schedule: when it is written.
constexpr qint64 Unscheduled = -1;

LoadError errorKind(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return LoadError::Refused;
    case QAbstractSocket::RemoteHostClosedError:
        return LoadError::Reset;
    case QAbstractSocket::SocketTimeoutError:
        return LoadError::Timeout;
    default:
        return LoadError::Other;
    }
}

// Where the connections of a URL go: two URLs with the same origin share them.
QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port(80));
    return origin;
}

}  // namespace

LoadWorker::LoadWorker(LoadClock clock, QObject *parent)
    : QObject(parent), m_pacer(this), m_publisher(this), m_clock(std::move(clock))
{
    // On the steady clock a timerfd wakes the pacing when the next request is due, tens of µs
    // late: that lateness is part of the corrected latency, as it is in wrk2's. On a test's
    // clock, or without a timerfd, a 1 ms timer paces, up to 1 ms late.
    const auto *function = m_clock.target<qint64 (*)()>();
    if (function && *function == &steadyClockUs) {
        m_due = new DueTimer(this);
        if (m_due->isValid()) {
            connect(m_due, &DueTimer::due, this, &LoadWorker::tick);
        } else {
            delete m_due;
            m_due = nullptr;
        }
    }
    m_pacer.setTimerType(Qt::PreciseTimer);
    m_pacer.setInterval(1);
    connect(&m_pacer, &QTimer::timeout, this, &LoadWorker::tick);
    m_publisher.setInterval(100);
    connect(&m_publisher, &QTimer::timeout, this, &LoadWorker::publish);
    m_runStartUs = m_clock();
}

LoadWorker::~LoadWorker()
{
    for (auto &connection : m_connections)
        delete connection->socket;
}

void LoadWorker::setTarget(const QUrl &serviceUrl)
{
    m_demo = serviceUrl;
    if (m_plan.url.isEmpty())
        connectTo(serviceUrl);
}

void LoadWorker::connectTo(const QUrl &url)
{
    const QUrl origin = originOf(url);
    if (origin == m_connected)
        return;
    m_connected = origin;
    while (!m_connections.empty())
        removeConnection(m_connections.back().get(), LoadError::Other);
}

void LoadWorker::start(const LoadPlan &plan)
{
    const qint64 now = m_clock();
    if (m_issuing)
        endIssuing(now);
    m_plan = plan;
    m_plan.maxConnections = std::clamp(plan.maxConnections, 1, LoadLimits::MaxConnections);
    m_plan.count = m_plan.mode == LoadPlan::Mode::Single ? 1 : std::max(plan.count, 0);
    const QUrl target = m_plan.url.isEmpty() ? m_demo : m_plan.url;
    connectTo(target);
    buildRequests();

    m_currentRun += 1;
    Run &run = m_runs[m_currentRun];
    run.startUs = run.endUs = now;
    run.summary.plan = m_plan;
    run.summary.target = target.toString();
    run.summary.startedMsecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();

    m_issuedThisRun = 0;
    m_issuing = true;
    m_stats.running = true;
    m_stats.lastError.clear();
    m_stats.corrected = {};
    m_stats.uncorrected = {};
    m_runStartUs = now;
    m_publisher.start();

    if (m_plan.mode == LoadPlan::Mode::Rate) {
        if (!m_due)
            m_pacer.start();
        pace();
    } else {
        while (m_issuedThisRun < quint64(m_plan.count) && issue(Unscheduled)) {
        }
        finishIfDone();
    }
    publish();
}

void LoadWorker::stop()
{
    // Answers to requests already sent still count as they arrive; nothing new is sent.
    if (m_issuing) {
        const auto found = m_runs.find(m_currentRun);
        const qint64 planned = qint64(m_plan.duration.count()) * 1000;
        if (found != m_runs.end()) {
            found->second.summary.stopped = m_plan.mode == LoadPlan::Mode::Rate
                                                ? planned > 0 && runElapsed() < planned
                                                : m_issuedThisRun < quint64(m_plan.count);
        }
        endIssuing(m_clock());
    }
    if (m_stats.running) {
        m_stats.running = false;
        m_dirty = true;
        publish();
        emit finished(m_stats);
    }
}

void LoadWorker::tick()
{
    if (m_plan.duration.count() > 0 && runElapsed() >= qint64(m_plan.duration.count()) * 1000) {
        stop();
        return;
    }
    pace();
}

void LoadWorker::pace()
{
    // Request i is due at start + i / rate. A request sent late, because every connection was
    // busy, keeps its due time: the wait is latency the service caused (wrk2's correction for
    // coordinated omission), and the backlog goes out as connections free up.
    const qint64 now = m_clock();
    const qint64 planned = qint64(m_plan.duration.count()) * 1000;
    const qint64 end = planned > 0 ? m_runStartUs + planned : std::numeric_limits<qint64>::max();
    const auto nextDue = [this] {
        return m_runStartUs + qint64(double(m_issuedThisRun) * 1e6 / m_plan.rate);
    };
    bool blocked = false;
    while (m_issuing && nextDue() <= now && nextDue() < end) {
        if (!issue(nextDue())) {
            blocked = true;
            break;
        }
    }
    // Every connection busy: an answer paces again; the timer is only a safety net.
    if (m_due && m_issuing)
        m_due->arm(blocked ? now + 1000 : std::min(nextDue(), end));
}

void LoadWorker::buildRequests()
{
    const auto request = [this](const QUrl &url, const QByteArray &method) -> QByteArray {
        QByteArray path =
            url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (path.isEmpty())
            path = "/";
        QByteArray text = method + ' ' + path + " HTTP/1.1\r\nHost: " + url.authority().toUtf8()
                          + "\r\nUser-Agent: prom-companion-load\r\n";
        for (const auto &header : m_plan.headers)
            text += header.first + ": " + header.second + "\r\n";
        if (!m_plan.body.isEmpty() || (method != "GET" && method != "HEAD"))
            text += "Content-Length: " + QByteArray::number(m_plan.body.size()) + "\r\n";
        return text + "\r\n" + m_plan.body;
    };
    m_requests.clear();
    if (!m_plan.url.isEmpty()) {
        m_requests.push_back(request(m_plan.url, m_plan.method));
        return;
    }
    for (const char *path : {"/", "/slow", "/error"}) {
        QUrl url = m_demo;
        url.setPath(QLatin1String(path));
        m_requests.push_back(request(url, m_plan.method.isEmpty() ? "GET" : m_plan.method));
    }
}

const QByteArray &LoadWorker::nextRequest()
{
    if (m_requests.size() == 1)
        return m_requests.front();
    const RouteMix &mix = m_plan.mix;
    const int total = std::max(1, mix.ok + mix.slow + mix.error);
    const int pick = std::uniform_int_distribution<int>(0, total - 1)(m_random);
    return m_requests[pick < mix.ok ? 0 : pick < mix.ok + mix.slow ? 1 : 2];
}

LoadWorker::Connection *LoadWorker::freeConnection()
{
    for (auto &connection : m_connections) {
        if (!connection->busy)
            return connection.get();
    }
    if (int(m_connections.size()) >= m_plan.maxConnections || !m_connected.isValid())
        return nullptr;

    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->socket = new QTcpSocket;
    c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(c->socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
    connect(c->socket, &QTcpSocket::errorOccurred, this, [this, c] { onSocketError(c); });
    c->socket->connectToHost(m_connected.host(), quint16(m_connected.port(80)));
    m_connections.push_back(std::move(connection));
    return c;
}

bool LoadWorker::issue(qint64 intendedUs)
{
    Connection *connection = freeConnection();
    if (!connection)
        return false;
    connection->busy = true;
    connection->buffer.clear();
    connection->run = m_currentRun;
    connection->sentUs = m_clock();
    connection->intendedUs = intendedUs < 0 ? connection->sentUs : intendedUs;
    // QTcpSocket queues what is written before the connection is up.
    connection->socket->write(nextRequest());
    if (connection->socket->state() == QAbstractSocket::ConnectedState)
        connection->socket->flush();
    ++m_issuedThisRun;
    ++m_inFlight;
    ++m_stats.sent;
    Run &run = m_runs[m_currentRun];
    ++run.summary.sent;
    ++run.inFlight;
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
        onLost(connection, LoadError::Protocol,
               tr("the service sent a response that is not valid HTTP"));
        return;
    }
    if (connection->buffer.size() < head.headBytes + head.contentLength)
        return;

    connection->buffer.clear();
    answered(connection, head.code);
    if (head.close)
        removeConnection(connection, LoadError::Other);

    if (m_issuing && m_plan.mode == LoadPlan::Mode::Rate)
        pace();  // a freed connection takes what is due at once, not at the next tick
    else if (m_issuing && m_issuedThisRun < quint64(m_plan.count))
        issueSoon();
    finishIfDone();
}

void LoadWorker::issueSoon()
{
    // As wrk does: the answers that came in together are all read, and timed, before the
    // next requests are written. Writing each at once would make the answers read after it
    // wait for its write, and time that in their latency.
    if (m_owed++ == 0)
        QMetaObject::invokeMethod(this, &LoadWorker::issueOwed, Qt::QueuedConnection);
}

void LoadWorker::issueOwed()
{
    for (int owed = std::exchange(m_owed, 0);
         owed > 0 && m_issuing && m_issuedThisRun < quint64(m_plan.count); --owed) {
        if (!issue(Unscheduled))
            break;
    }
    finishIfDone();
}

void LoadWorker::onSocketError(Connection *connection)
{
    const QAbstractSocket::SocketError error = connection->socket->error();
    // A keep-alive connection the server closed while idle is no failure: the next request
    // opens another.
    if (error == QAbstractSocket::RemoteHostClosedError && !connection->busy)
        removeConnection(connection, LoadError::Other);
    else
        onLost(connection, errorKind(error), connection->socket->errorString());
}

void LoadWorker::onLost(Connection *connection, LoadError kind, const QString &why)
{
    m_stats.lastError = why;
    removeConnection(connection, kind);
    // A refused or dropped connection fails its request; a burst goes on with the next.
    if (m_issuing && m_plan.mode != LoadPlan::Mode::Rate
        && m_issuedThisRun < quint64(m_plan.count)) {
        // Queued: a refused connection fails at once, and a long burst must not recurse.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_issuing && m_issuedThisRun < quint64(m_plan.count))
                    issue(Unscheduled);
                finishIfDone();
            },
            Qt::QueuedConnection);
    }
    finishIfDone();
}

LoadWorker::Run *LoadWorker::settle(Connection *connection)
{
    connection->busy = false;
    --m_inFlight;
    m_dirty = true;
    const auto found = m_runs.find(connection->run);
    if (found == m_runs.end())
        return nullptr;
    Run &run = found->second;
    --run.inFlight;
    run.endUs = std::max(run.endUs, m_clock());
    return &run;
}

void LoadWorker::answered(Connection *connection, int code)
{
    if (code >= 200 && code < 400)
        ++m_stats.succeeded;
    else
        ++m_stats.failed;
    Run *run = settle(connection);
    if (!run)
        return;
    ++run->codes[code];
    run->corrected.record(run->endUs - connection->intendedUs);
    run->uncorrected.record(run->endUs - connection->sentUs);
    rollSecond(QDateTime::currentMSecsSinceEpoch());
    m_secondCorrected.record(run->endUs - connection->intendedUs);
    m_secondUncorrected.record(run->endUs - connection->sentUs);
    closeRunIfDone(connection->run);
}

void LoadWorker::failed(Connection *connection, LoadError kind)
{
    ++m_stats.failed;
    Run *run = settle(connection);
    if (!run)
        return;
    ++run->summary.errors[int(kind)];
    closeRunIfDone(connection->run);
}

void LoadWorker::removeConnection(Connection *connection, LoadError kind)
{
    const auto found = std::find_if(m_connections.begin(), m_connections.end(),
                                    [connection](const auto &c) { return c.get() == connection; });
    if (found == m_connections.end())
        return;
    if (connection->busy)
        failed(connection, kind);
    connection->socket->disconnect(this);
    connection->socket->abort();
    connection->socket->deleteLater();
    m_connections.erase(found);
}

void LoadWorker::failOverdue()
{
    const qint64 limit = m_clock() - qint64(m_plan.timeout.count()) * 1000;
    std::vector<Connection *> overdue;
    for (const auto &connection : m_connections) {
        if (connection->busy && connection->sentUs < limit)
            overdue.push_back(connection.get());
    }
    for (Connection *connection : overdue) {
        //: Why a request of the load generator failed; %1 is a number of seconds
        onLost(connection, LoadError::Timeout,
               tr("no answer within %1 s").arg(double(m_plan.timeout.count()) / 1000));
    }
}

void LoadWorker::rollSecond(qint64 wallMs)
{
    const qint64 second = wallMs - wallMs % 1000;
    if (second == m_second)
        return;
    if (m_secondCorrected.count() > 0) {
        emit latencySecond(
            {m_second, m_secondCorrected.percentiles(), m_secondUncorrected.percentiles()});
        m_secondCorrected.clear();
        m_secondUncorrected.clear();
    }
    m_second = second;
}

void LoadWorker::endIssuing(qint64 nowUs)
{
    m_issuing = false;
    m_pacer.stop();
    if (m_due)
        m_due->disarm();
    const auto found = m_runs.find(m_currentRun);
    if (found == m_runs.end() || !found->second.issuing)
        return;
    found->second.issuing = false;
    found->second.endUs = std::max(found->second.endUs, nowUs);
    closeRunIfDone(m_currentRun);
}

LatencyPercentiles LoadWorker::correctedPercentiles(const Run &run, const LoadRunSummary &summary)
{
    if (summary.plan.mode == LoadPlan::Mode::Rate)
        return run.corrected.percentiles();
    // A closed loop has no schedule of its own: correct it as wrk does, against the schedule
    // its connections kept on average, so that a stall also counts the requests it held back.
    const quint64 answered = summary.answered();
    const qint64 connections = std::min<qint64>(summary.plan.maxConnections, qint64(summary.sent));
    if (answered == 0 || connections <= 0)
        return run.corrected.percentiles();
    const qint64 interval = summary.elapsedUs * connections / qint64(answered);
    return run.uncorrected.correctedForInterval(interval).percentiles();
}

void LoadWorker::closeRunIfDone(quint64 id)
{
    const auto found = m_runs.find(id);
    if (found == m_runs.end() || found->second.issuing || found->second.inFlight > 0)
        return;
    Run &run = found->second;
    LoadRunSummary summary = run.summary;
    summary.elapsedUs = std::max<qint64>(0, run.endUs - run.startUs);
    for (const auto &code : run.codes)
        summary.answersByCode.append({code.first, code.second});
    summary.corrected = correctedPercentiles(run, summary);
    summary.uncorrected = run.uncorrected.percentiles();
    if (id == m_currentRun) {
        m_stats.corrected = summary.corrected;
        m_stats.uncorrected = summary.uncorrected;
        m_dirty = true;
    }
    m_runs.erase(found);
    emit runFinished(summary);
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
    endIssuing(m_clock());
    if (m_inFlight > 0)
        return;
    m_stats.running = false;
    m_dirty = true;
    publish();
    emit finished(m_stats);
}

void LoadWorker::publish()
{
    failOverdue();
    rollSecond(QDateTime::currentMSecsSinceEpoch());
    const qint64 now = m_clock();
    const quint64 answered = m_stats.succeeded + m_stats.failed;
    m_recent.emplace_back(now, answered);
    while (m_recent.size() > 1 && now - m_recent.front().first > 1'000'000)
        m_recent.pop_front();
    const qint64 span = now - m_recent.front().first;
    const double rate =
        span > 0 ? double(answered - m_recent.front().second) * 1e6 / double(span) : 0.0;
    if (rate != m_stats.rate) {
        m_stats.rate = rate;
        m_dirty = true;
    }
    const auto current = m_runs.find(m_currentRun);
    if (current != m_runs.end() && current->second.corrected.count() != m_stats.corrected.count) {
        m_stats.corrected = current->second.corrected.percentiles();
        m_stats.uncorrected = current->second.uncorrected.percentiles();
        m_dirty = true;
    }
    // Idle, but not before the last second's latency is handed on: rollSecond() does that at
    // the first tick of the next second, which a stalled timer may not have reached yet.
    if (!m_stats.running && m_inFlight == 0 && rate == 0 && m_secondCorrected.count() == 0)
        m_publisher.stop();
    if (m_dirty) {
        m_dirty = false;
        emit statsChanged(m_stats);
    }
}

}  // namespace pc
