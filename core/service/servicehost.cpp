#include "service/servicehost.h"

#include "service/demoservice.h"
#include "service/metricsendpoint.h"

#include <QCoreApplication>
#include <QThread>

namespace pc {
namespace {

enum class Server { DemoService, MetricsEndpoint };

// One whole sentence per server, so that a translator never has to fit a server's name into
// a sentence written for another.
QString listenError(const HttpServer &server, Server which, const QHostAddress &address,
                    quint16 port, const char *option)
{
    const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    const bool demo = which == Server::DemoService;
    if (server.addressInUse()) {
        //: %1 is address:port, %2 the port, %3 an option name
        const QString text =
            demo ? QCoreApplication::translate(
                "pc::ServiceHost",
                "Cannot start the demo service on %1: port %2 is already in use. Choose "
                "another with --%3 (0 picks a free port).")
                 //: %1 is address:port, %2 the port, %3 an option name
                 : QCoreApplication::translate(
                     "pc::ServiceHost",
                     "Cannot start the metrics endpoint on %1: port %2 is already in use. "
                     "Choose another with --%3 (0 picks a free port).");
        return text.arg(where, QString::number(port), QLatin1String(option));
    }
    //: %1 is address:port, %2 the system's reason, %3 an option name
    const QString text =
        demo ? QCoreApplication::translate("pc::ServiceHost",
                                           "Cannot start the demo service on %1: %2. Check "
                                           "--bind and --%3.")
             //: %1 is address:port, %2 the system's reason, %3 an option name
             : QCoreApplication::translate("pc::ServiceHost",
                                           "Cannot start the metrics endpoint on %1: %2. Check "
                                           "--bind and --%3.");
    return text.arg(where, server.errorString(), QLatin1String(option));
}

}  // namespace

ServiceHost::ServiceHost() = default;

ServiceHost::~ServiceHost()
{
    stop();
}

bool ServiceHost::start(const QHostAddress &address, quint16 servicePort, quint16 metricsPort,
                        int serviceThreads)
{
    stop();
    HttpServerOptions serviceOptions;
    serviceOptions.threads = serviceThreads > 0 ? serviceThreads : QThread::idealThreadCount();
    RequestMetrics &requests = m_metrics.requests();
    m_service = std::make_unique<HttpServer>(
        DemoService::router(), serviceOptions, [&requests](const HttpExchange &e) {
            requests.record(e.method, e.route, e.status, e.seconds);
        });
    m_addressInUse = false;
    if (!m_service->listen(address, servicePort)) {
        m_addressInUse = m_service->addressInUse();
        m_error =
            listenError(*m_service, Server::DemoService, address, servicePort, "service-port");
        stop();
        return false;
    }
    m_metricsServer =
        std::make_unique<HttpServer>(MetricsEndpoint::router(m_metrics, m_metricsShareWindow));
    if (!m_metricsServer->listen(address, metricsPort)) {
        m_addressInUse = m_metricsServer->addressInUse();
        m_error = listenError(*m_metricsServer, Server::MetricsEndpoint, address, metricsPort,
                              "metrics-port");
        stop();
        return false;
    }
    m_error.clear();
    return true;
}

void ServiceHost::stop()
{
    m_metricsServer.reset();
    m_service.reset();
}

QUrl ServiceHost::serviceUrl() const
{
    return m_service ? urlForServer(m_service->address(), m_service->port(), QStringLiteral("/"))
                     : QUrl();
}

QUrl ServiceHost::metricsUrl() const
{
    return m_metricsServer ? urlForServer(m_metricsServer->address(), m_metricsServer->port(),
                                          QStringLiteral("/metrics"))
                           : QUrl();
}

QUrl urlForServer(const QHostAddress &address, quint16 port, const QString &path)
{
    QHostAddress host = address;
    if (host == QHostAddress::AnyIPv4 || host == QHostAddress::Any)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port);
    url.setPath(path);
    return url;
}

}  // namespace pc
