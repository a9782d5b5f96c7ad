#pragma once

#include "prometheus/managedprometheus.h"
#include "prometheus/prometheusendpoint.h"

#include <QObject>
#include <QUrl>

namespace pc {

class PrometheusClient;

/// Decides which Prometheus the app charts from. At start it asks the configured URL; when
/// nothing answers there, managing is allowed, and the `prometheus` binary is installed,
/// it starts a managed Prometheus on loopback (on port 9090 when free, so the shipped Grafana
/// datasource finds it) scraping this app, and points the client at it. Otherwise it keeps the
/// configured URL: the chart feed retries it with backoff and recovers when it comes back.
/// Lives on the GUI thread.
class PrometheusSource : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Probing, External, StartingManaged, Managed, Unavailable };
    Q_ENUM(Kind)

    struct Options
    {
        PrometheusEndpoint endpoint;
        bool allowManaged = true;  // the app allows it only for the default URL
        QString metricsTarget;     // "host:port" of this app's /metrics
        QString dataDirectory;     // for the managed Prometheus
        QString binary;            // empty: found on PATH
        std::chrono::milliseconds scrapeInterval{5000};
        quint16 managedPort = 9090;
    };

    explicit PrometheusSource(PrometheusClient *client, QObject *parent = nullptr);

    void start(const Options &options);

    Kind kind() const { return m_kind; }
    /// One sentence for the status area: which Prometheus is in use, or why none is.
    QString description() const { return m_description; }
    /// True once queries should go out (External, Managed, or Unavailable with a URL to retry).
    bool isUsable() const { return m_kind != Kind::Probing && m_kind != Kind::StartingManaged; }
    ManagedPrometheus *managed() { return m_managed; }

    static bool isDefaultUrl(const QUrl &url);

signals:
    void changed();

private:
    void set(Kind kind, const QString &description);
    void startManaged(quint16 port);

    PrometheusClient *m_client;
    ManagedPrometheus *m_managed;
    Options m_options;
    Kind m_kind = Kind::Probing;
    QString m_description;
    quint64 m_probeId = 0;
    bool m_triedFreePort = false;
};

}  // namespace pc
