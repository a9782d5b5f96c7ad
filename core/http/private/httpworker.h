#pragma once

#ifndef PC_BUILDING_PC_HTTP
#error "http/private/httpworker.h is private to pc_http"
#endif

#include "http/private/httpservershared.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_set>

namespace pc {

class HttpConnection;

/// The connections of one HttpServer thread, and the timer that enforces their deadlines.
/// Lives on its thread; every method is called there.
class HttpWorker : public QObject
{
public:
    explicit HttpWorker(std::shared_ptr<HttpServerShared> shared);

    void adopt(qintptr descriptor, bool overloaded);
    /// Closes every connection at once; the server calls it before stopping the thread.
    void shutdown();

private:
    void sweep();

    std::shared_ptr<HttpServerShared> m_shared;
    std::unordered_set<HttpConnection *> m_connections;
    QTimer m_sweepTimer;
};

}  // namespace pc
