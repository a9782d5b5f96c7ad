#pragma once

#ifndef PC_BUILDING_PC_HTTP
#error "http/private/httpservershared.h is private to pc_http: include http/httpserver.h"
#endif

#include "http/httpserver.h"

#include <atomic>
#include <memory>

namespace pc {

/// What the listener, the workers and the connections of one server share. Thread-safe: the
/// router and options are immutable once serving starts, the count is atomic.
struct HttpServerShared
{
    std::shared_ptr<const HttpRouter> router;
    HttpServerOptions options;
    HttpServer::ExchangeObserver observer;
    std::atomic<int> openConnections{0};
};

}  // namespace pc
