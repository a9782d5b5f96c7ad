#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

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
/// abort() is called or the reply destroyed first. Whoever asked owns it
/// (GrafanaProbeReplyPtr), as with PromClient's replies: destroying it cancels that probe
/// only, even from inside finished(). The GrafanaProbe that made it aborts it when destroyed
/// first. GUI thread.
class GrafanaProbeReply : public QObject
{
    Q_OBJECT

public:
    ~GrafanaProbeReply() override;

    bool isFinished() const { return m_finished; }
    /// Valid once finished() has been emitted.
    GrafanaProbeResult result() const { return m_result; }
    /// Stops the probe; finished() is not emitted. Idempotent.
    void abort();

    /// What GrafanaProbeReplyPtr does: abort(), then delete, or deleteLater() from inside
    /// finished().
    struct Deleter
    {
        void operator()(GrafanaProbeReply *reply) const;
    };

signals:
    void finished(const pc::GrafanaProbeResult &result);

private:
    friend class GrafanaProbe;
    GrafanaProbeReply(QNetworkAccessManager *network, const QUrl &base, QLatin1String uid,
                      QLatin1String slug, std::chrono::milliseconds timeout);

    void get(const QString &apiPath, void (GrafanaProbeReply::*handler)(QNetworkReply *));
    void onHealth(QNetworkReply *reply);
    void onDashboard(QNetworkReply *reply);
    void finish(GrafanaProbeResult::Status status, const QString &message);
    QString unreachableSentence(QNetworkReply *reply) const;

    QPointer<QNetworkAccessManager> m_network;  // the probe's; gone if it goes first
    QString m_uid;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_pending;
    GrafanaProbeResult m_result;
    bool m_finished = false;
    bool m_emitting = false;
};

using GrafanaProbeReplyPtr = std::unique_ptr<GrafanaProbeReply, GrafanaProbeReply::Deleter>;

}  // namespace pc

Q_DECLARE_METATYPE(pc::GrafanaProbeResult)
