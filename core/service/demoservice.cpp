#include "demoservice.h"

#include <QRandomGenerator>
#include <QStringBuilder>

namespace pc {

HttpResponse DemoService::hello()
{
    return HttpResponse::text(200, QByteArrayLiteral("Hello, world!"));
}

HttpResponse DemoService::slow()
{
    const int ms = QRandomGenerator::global()->bounded(501);
    HttpResponse response = HttpResponse::text(
        200, QByteArray("Hello, slowly (") + QByteArray::number(ms) + QByteArray(" ms)\n"));
    response.delay = std::chrono::milliseconds(ms);
    return response;
}

HttpResponse DemoService::error()
{
    return HttpResponse::text(500, QByteArrayLiteral("Internal Server Error (on purpose)\n"));
}

std::shared_ptr<const HttpRouter> DemoService::router()
{
    auto router = std::make_shared<HttpRouter>();
    router->addRoute("/", "GET", [](const HttpRequest &) { return hello(); });
    router->addRoute("/slow", "GET", [](const HttpRequest &) { return slow(); });
    router->addRoute("/error", "GET", [](const HttpRequest &) { return error(); });
    return router;
}

}  // namespace pc
