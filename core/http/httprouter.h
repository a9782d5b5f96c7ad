#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>

#include <functional>
#include <map>

namespace pc {

/// Maps exact paths and methods to handlers. Built once, then shared read-only by every
/// serving thread: route() is const and thread-safe, and so must every handler be.
/// HEAD is answered by a path's GET handler (the connection drops the body); a known path
/// with another method gets 405 and an `Allow` header; OPTIONS gets 204 with `Allow`.
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    /// What route() chose: the response, and the route's label for metrics
    /// (the path for a known route, "unmatched" otherwise, so label values stay bounded).
    struct Result
    {
        HttpResponse response;
        QByteArray route;
    };

    void addRoute(const QByteArray &path, const QByteArray &method, Handler handler);
    Result route(const HttpRequest &request) const;

private:
    struct Route
    {
        std::map<QByteArray, Handler> handlers;
        QByteArray allow;
    };
    std::map<QByteArray, Route> m_routes;
};

}  // namespace pc
