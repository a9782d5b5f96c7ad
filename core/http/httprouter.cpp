#include "httprouter.h"

#include <QByteArrayList>

namespace pc {

void HttpRouter::addRoute(const QByteArray &path, const QByteArray &method, Handler handler)
{
    Route &route = m_routes[path];
    route.handlers[method] = std::move(handler);
    QByteArrayList methods;
    for (const auto &entry : route.handlers) {
        methods.append(entry.first);
        if (entry.first == "GET" && !route.handlers.count("HEAD"))
            methods.append("HEAD");
    }
    methods.append("OPTIONS");
    route.allow = methods.join(", ");
}

HttpRouter::Result HttpRouter::route(const HttpRequest &request) const
{
    const auto found = m_routes.find(request.path);
    if (found == m_routes.end())
        return {HttpResponse::text(404, "Not Found\n"), "unmatched"};

    const Route &route = found->second;
    const QByteArray &method = request.method == "HEAD" && !route.handlers.count("HEAD")
                                   ? QByteArrayLiteral("GET")
                                   : request.method;
    const auto handler = route.handlers.find(method);
    if (handler != route.handlers.end())
        return {handler->second(request), found->first};

    HttpResponse response;
    if (request.method == "OPTIONS") {
        response.status = 204;
        response.contentType.clear();
    } else {
        response = HttpResponse::text(405, "Method Not Allowed\n");
    }
    response.headers.emplace_back("Allow", route.allow);
    return {std::move(response), found->first};
}

}  // namespace pc
