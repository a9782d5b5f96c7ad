#include "httpserver.h"

#include "http/private/httplistener.h"
#include "http/private/httpworker.h"

#include <QThread>

namespace pc {

HttpServer::HttpServer(std::shared_ptr<const HttpRouter> router, HttpServerOptions options,
                       ExchangeObserver observer)
    : m_shared(std::make_shared<HttpServerShared>())
{
    m_shared->router = std::move(router);
    m_shared->options = options;
    m_shared->options.threads = std::max(1, options.threads);
    m_shared->observer = std::move(observer);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_error.clear();
    m_addressInUse = false;

    for (int i = 0; i < m_shared->options.threads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("http-%1").arg(i));
        auto *worker = new HttpWorker(m_shared);
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }

    m_listener = new HttpListener(m_shared, m_workers);
    m_listener->moveToThread(m_threads.front());
    bool ok = false;
    QMetaObject::invokeMethod(
        m_workers.front(),
        [&] {
            ok = m_listener->listen(address, port);
            if (ok) {
                m_address = m_listener->serverAddress();
                m_port = m_listener->serverPort();
            } else {
                m_error = m_listener->errorString();
                m_addressInUse = m_listener->serverError() == QAbstractSocket::AddressInUseError;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        close();
    return ok;
}

void HttpServer::close()
{
    if (m_listener) {
        QMetaObject::invokeMethod(
            m_workers.front(), [listener = m_listener] { delete listener; },
            Qt::BlockingQueuedConnection);
        m_listener = nullptr;
    }
    for (HttpWorker *worker : m_workers)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
    }
    for (HttpWorker *worker : m_workers)
        delete worker;
    qDeleteAll(m_threads);
    m_workers.clear();
    m_threads.clear();
    m_port = 0;
}

int HttpServer::openConnections() const
{
    return m_shared->openConnections.load();
}

}  // namespace pc
