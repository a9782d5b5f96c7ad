#include "httpworker.h"

#include "httpconnection.h"

#include <algorithm>

namespace pc {

HttpWorker::HttpWorker(std::shared_ptr<HttpServerShared> shared)
    : m_shared(std::move(shared)), m_sweepTimer(this)
{
    const auto &o = m_shared->options;
    const auto shortest = std::min({o.idleTimeout, o.headerTimeout, o.lingerTimeout});
    m_sweepTimer.setInterval(
        std::clamp(shortest / 4, std::chrono::milliseconds(10), std::chrono::milliseconds(500)));
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpWorker::sweep);
}

void HttpWorker::adopt(qintptr descriptor, bool overloaded)
{
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    auto *connection = new HttpConnection(descriptor, m_shared, overloaded, this);
    m_connections.insert(connection);
    connect(connection, &QObject::destroyed, this,
            [this, connection] { m_connections.erase(connection); });
}

void HttpWorker::shutdown()
{
    m_sweepTimer.stop();
    const auto connections = std::move(m_connections);
    m_connections.clear();
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void HttpWorker::sweep()
{
    const auto now = HttpConnection::Clock::now();
    // checkDeadline() may delete a connection: walk a copy.
    const std::vector<HttpConnection *> connections(m_connections.begin(), m_connections.end());
    for (HttpConnection *connection : connections) {
        if (m_connections.count(connection))
            connection->checkDeadline(now);
    }
}

}  // namespace pc
