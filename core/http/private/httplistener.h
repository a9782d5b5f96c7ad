#pragma once

#ifndef PC_BUILDING_PC_HTTP
#error "http/private/httplistener.h is private to pc_http"
#endif

#include "http/private/httpservershared.h"

#include <QTcpServer>

#include <memory>
#include <vector>

namespace pc {

/// The listening socket of an HttpServer. Accepts on its own thread and hands each socket
/// descriptor to the next worker, or marks it overloaded past the connection cap.
class HttpListener : public QTcpServer
{
public:
    HttpListener(std::shared_ptr<HttpServerShared> shared, std::vector<HttpWorker *> workers);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::shared_ptr<HttpServerShared> m_shared;
    std::vector<HttpWorker *> m_workers;
    std::size_t m_next = 0;
};

}  // namespace pc
