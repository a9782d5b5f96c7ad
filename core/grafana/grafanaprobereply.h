#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace pc {

/// What a GrafanaProbe found, and what the "Open Grafana dashboard" button should do about it.
/// A plain value.
struct GrafanaProbeResult
{
    enum class Status {
        Available,         // Grafana answers and has the dashboard (or asks to log in): open it
        DashboardMissing,  // Grafana answers, but the uid is not provisioned there
        NotRunning,        // nothing, or something that is not Grafana, answers at the URL
    };

    Status status = Status::NotRunning;
    QUrl grafanaUrl;               // the base URL probed
    QUrl dashboardUrl;             // what to open: grafanaDashboardUrl() of the base
    QString message;               // one sentence for the user; empty when Available needs no word
    QString provisioningCommands;  // grafanaProvisioningCommands() unless Available
    QString grafanaVersion;        // from /api/health, when Grafana answered
};

/// One probe in flight: finished() is emitted exactly once, from the event loop, unless
/// abort() is called first. Owned by the GrafanaProbe that made it, or by whoever takes it:
/// delete it (deleteLater() from a slot) once finished, as with a QNetworkReply. GUI thread.
class GrafanaProbeReply : public QObject
{
    Q_OBJECT

public:
    ~GrafanaProbeReply() override;

    bool isFinished() const { return m_finished; }
    /// Valid once finished() has been emitted.
    GrafanaProbeResult result() const { return m_result; }
    /// Stops the probe; finished() is not emitted.
    void abort();

signals:
    void finished(const pc::GrafanaProbeResult &result);

private:
    friend class GrafanaProbe;
    GrafanaProbeReply(QNetworkAccessManager *network, const QUrl &base, QLatin1String uid,
                      QLatin1String slug, std::chrono::milliseconds timeout, QObject *parent);

    void get(const QString &apiPath, void (GrafanaProbeReply::*handler)(QNetworkReply *));
    void onHealth(QNetworkReply *reply);
    void onDashboard(QNetworkReply *reply);
    void finish(GrafanaProbeResult::Status status, const QString &message);
    QString unreachableSentence(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QString m_uid;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_pending;
    GrafanaProbeResult m_result;
    bool m_finished = false;
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::GrafanaProbeResult)
