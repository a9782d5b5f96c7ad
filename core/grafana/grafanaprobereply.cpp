#include "grafanaprobereply.h"

#include "format/redactedurl.h"
#include "grafanalinks.h"
#include "grafanaprovisioning.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <optional>

namespace pc {

namespace {

using Status = GrafanaProbeResult::Status;

QUrl apiUrl(const QUrl &base, const QString &path)
{
    QUrl url = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

// No status attribute: no HTTP answer came at all.
std::optional<int> httpStatus(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? std::optional<int>(status.toInt()) : std::nullopt;
}

}  // namespace

GrafanaProbeReply::GrafanaProbeReply(QNetworkAccessManager *network, const QUrl &base,
                                     QLatin1String uid, QLatin1String slug,
                                     std::chrono::milliseconds timeout)
    : m_network(network), m_uid(uid), m_timeout(timeout)
{
    m_result.grafanaUrl = base;
    m_result.dashboardUrl = grafanaDashboardUrl(base, uid, slug);
    if (m_result.dashboardUrl.isEmpty()) {
        // Queued, so that a caller connecting to finished() after probe() still hears it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(Status::NotRunning,
                       //: %1 is a URL
                       tr("The Grafana URL \u201c%1\u201d is not an http or https address "
                          "with a host: check --grafana-url or the Settings.")
                           .arg(redactedUrl(m_result.grafanaUrl)));
            },
            Qt::QueuedConnection);
        return;
    }
    get(QStringLiteral("/api/health"), &GrafanaProbeReply::onHealth);
}

GrafanaProbeReply::~GrafanaProbeReply()
{
    abort();
}

void GrafanaProbeReply::Deleter::operator()(GrafanaProbeReply *reply) const
{
    reply->abort();
    if (reply->m_emitting)
        reply->deleteLater();
    else
        delete reply;
}

void GrafanaProbeReply::abort()
{
    m_finished = true;
    if (m_pending) {
        // Deleting the network reply ends its request. Not abort(): Qt 6.4 would report an
        // error posted by its HTTP thread after the abort's own, and warn that it must only
        // be called once.
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->deleteLater();
        m_pending = nullptr;
    }
}

void GrafanaProbeReply::get(const QString &apiPath,
                            void (GrafanaProbeReply::*handler)(QNetworkReply *))
{
    QNetworkRequest request(apiUrl(m_result.grafanaUrl, apiPath));
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Accept", "application/json");
    if (!m_network) {
        abort();  // the probe went: nothing to ask with
        return;
    }
    QNetworkReply *reply = m_network->get(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        m_pending = nullptr;
        if (!m_finished)
            (this->*handler)(reply);
    });
}

void GrafanaProbeReply::onHealth(QNetworkReply *reply)
{
    const std::optional<int> status = httpStatus(reply);
    if (!status) {
        finish(Status::NotRunning, unreachableSentence(reply));
        return;
    }
    // Grafana's health answer always names its database, even when that is failing (503).
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    if (!health.contains(QLatin1String("database"))) {
        finish(Status::NotRunning,
               //: %1 is a URL, %2 an HTTP status code
               tr("Something answers at %1, but it is not Grafana: its /api/health answered "
                  "HTTP %2.")
                   .arg(redactedUrl(m_result.grafanaUrl), QString::number(*status)));
        return;
    }
    m_result.grafanaVersion = health.value(QLatin1String("version")).toString();
    get(QStringLiteral("/api/dashboards/uid/") + m_uid, &GrafanaProbeReply::onDashboard);
}

void GrafanaProbeReply::onDashboard(QNetworkReply *reply)
{
    const std::optional<int> status = httpStatus(reply);
    const QString where = redactedUrl(m_result.grafanaUrl);
    if (!status) {
        finish(Status::NotRunning, unreachableSentence(reply));
    } else if (*status == 200) {
        finish(Status::Available, {});
    } else if (*status == 404) {
        // Grafana's version is a name, not a word: it goes in as it is.
        const QString grafana = m_result.grafanaVersion.isEmpty()
                                    ? QStringLiteral("Grafana")
                                    : QStringLiteral("Grafana %1").arg(m_result.grafanaVersion);
        //: %1 is "Grafana" with its version, %2 a URL, %3 a dashboard's uid
        finish(Status::DashboardMissing,
               tr("%1 answers at %2, but has no dashboard with uid \u201c%3\u201d: it is not "
                  "provisioned there. Provision it with the commands below, then try again.")
                   .arg(grafana, where, m_uid));
    } else if (*status == 401 || *status == 403) {
        // Without anonymous access Grafana hides its dashboards until the user logs in: the
        // browser is where that happens.
        finish(Status::Available,
               //: %1 is a URL
               tr("Grafana at %1 asks to log in before it shows its dashboards.").arg(where));
    } else {
        finish(Status::Available,
               //: %1 is a URL, %2 an HTTP status code
               tr("Grafana at %1 answered HTTP %2 to the dashboard lookup.")
                   .arg(where, QString::number(*status)));
    }
}

QString GrafanaProbeReply::unreachableSentence(QNetworkReply *reply) const
{
    const QString where = redactedUrl(m_result.grafanaUrl);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        //: %1 is a URL
        return tr("Grafana isn't running at %1: nothing answers there (connection refused).")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        //: %1 is a URL, %2 a host name
        return tr("Grafana isn't running at %1: the host %2 is unknown.")
            .arg(where, m_result.grafanaUrl.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        //: %1 is a URL, %2 a number of seconds
        return tr("Grafana isn't answering at %1: no answer within %2 s.")
            .arg(where, QStringLiteral("%1").arg(double(m_timeout.count()) / 1000.0));
    default:
        //: %1 is a URL, %2 the network library's reason
        return tr("Grafana isn't reachable at %1: %2.").arg(where, reply->errorString());
    }
}

void GrafanaProbeReply::finish(Status status, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.message = message;
    if (status != Status::Available)
        m_result.provisioningCommands = grafanaProvisioningCommands();
    m_emitting = true;
    emit finished(m_result);
    m_emitting = false;
}

}  // namespace pc
