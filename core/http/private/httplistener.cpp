#include "httplistener.h"

#include "httpworker.h"

namespace pc {

HttpListener::HttpListener(std::shared_ptr<HttpServerShared> shared,
                           std::vector<HttpWorker *> workers)
    : m_shared(std::move(shared)), m_workers(std::move(workers))
{
}

void HttpListener::incomingConnection(qintptr descriptor)
{
    HttpWorker *worker = m_workers[m_next++ % m_workers.size()];
    const bool overloaded =
        m_shared->openConnections.fetch_add(1) >= m_shared->options.maxConnections;
    if (overloaded)
        m_shared->openConnections.fetch_sub(1);
    QMetaObject::invokeMethod(
        worker, [worker, descriptor, overloaded] { worker->adopt(descriptor, overloaded); },
        Qt::QueuedConnection);
}

}  // namespace pc
