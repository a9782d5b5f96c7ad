#include "prometheussource.h"

#include "prometheus/prometheusclient.h"
#include "prometheus/prometheusurls.h"

namespace pc {

PrometheusSource::PrometheusSource(PrometheusClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_managed(new ManagedPrometheus(this))
{
    connect(m_client, &PrometheusClient::readyFinished, this, [this](quint64 id, bool) {
        if (id != m_probeId)
            return;
        m_probeId = 0;
        // Answering at all, even "not ready yet", means a Prometheus is there.
        set(Kind::External,
            QStringLiteral("Prometheus at %1").arg(redactedUrl(m_options.endpoint.baseUrl)));
    });
    connect(m_client, &PrometheusClient::requestFailed, this,
            [this](quint64 id, const PromError &error) {
                if (id != m_probeId)
                    return;
                m_probeId = 0;
                const bool canManage =
                    m_options.allowManaged && error.kind == PromError::Kind::Unreachable;
                if (!canManage) {
                    // The chart feed goes on asking, and its health line says why it fails:
                    // the sentence is not repeated here.
                    set(Kind::Unavailable, QStringLiteral("Prometheus at %1")
                                               .arg(redactedUrl(m_options.endpoint.baseUrl)));
                    return;
                }
                if (m_options.binary.isEmpty() && ManagedPrometheus::findBinary().isEmpty()) {
                    set(Kind::Unavailable,
                        QStringLiteral("Nothing answers at %1, and no Prometheus is installed "
                                       "to start (apt-get install prometheus). Charting the "
                                       "local counter only.")
                            .arg(redactedUrl(m_options.endpoint.baseUrl)));
                    return;
                }
                startManaged(m_options.managedPort);
            });
    connect(m_managed, &ManagedPrometheus::ready, this, [this](const QUrl &baseUrl) {
        PrometheusEndpoint endpoint = m_options.endpoint;
        endpoint.baseUrl = baseUrl;
        m_client->setEndpoint(endpoint);
        set(Kind::Managed, QStringLiteral("Prometheus started by Prom Companion at %1 (pid %2)")
                               .arg(baseUrl.toString())
                               .arg(m_managed->processId()));
    });
    connect(m_managed, &ManagedPrometheus::failed, this, [this](const QString &reason) {
        // Port 9090 may be held by something that is not Prometheus: try any free port once.
        if (m_kind == Kind::StartingManaged && !m_triedFreePort && m_options.managedPort != 0) {
            m_triedFreePort = true;
            startManaged(0);
            return;
        }
        set(Kind::Unavailable,
            QStringLiteral("Could not start a Prometheus: %1 Charting the local counter only.")
                .arg(reason));
    });
}

bool PrometheusSource::isDefaultUrl(const QUrl &url)
{
    return url.scheme() == u"http" && url.host() == u"localhost" && url.port() == 9090
           && (url.path().isEmpty() || url.path() == u"/") && url.userInfo().isEmpty();
}

void PrometheusSource::start(const Options &options)
{
    m_options = options;
    m_triedFreePort = false;
    m_client->setEndpoint(options.endpoint);
    set(Kind::Probing,
        QStringLiteral("Looking for Prometheus at %1…").arg(redactedUrl(options.endpoint.baseUrl)));
    m_probeId = m_client->ready();
}

void PrometheusSource::startManaged(quint16 port)
{
    ManagedPrometheus::Options managed;
    managed.binary = m_options.binary;
    managed.port = port;
    managed.metricsTarget = m_options.metricsTarget;
    managed.scrapeInterval = m_options.scrapeInterval;
    managed.dataDirectory = m_options.dataDirectory;
    set(Kind::StartingManaged,
        QStringLiteral("Nothing answers at %1: starting a Prometheus of our own…")
            .arg(redactedUrl(m_options.endpoint.baseUrl)));
    m_managed->start(managed);
}

void PrometheusSource::set(Kind kind, const QString &description)
{
    m_kind = kind;
    m_description = description;
    emit changed();
}

}  // namespace pc
