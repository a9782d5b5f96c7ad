#pragma once

#include "grafanalinks.h"
#include "grafanaprobereply.h"

#include <QLatin1String>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

namespace pc {

/// Asks a Grafana whether it runs and has the shipped dashboard before the app opens it:
/// `<grafana>/api/health`, then `<grafana>/api/dashboards/uid/<uid>`, each within a timeout.
/// The base URL may carry a path prefix (a Grafana behind a reverse proxy). Owns its network
/// access; each probe() returns a reply owned by the caller, and the replies still running
/// when the probe goes are aborted. Not thread-safe: create, use and destroy it on the GUI
/// thread.
class GrafanaProbe : public QObject
{
    Q_OBJECT

public:
    explicit GrafanaProbe(QObject *parent = nullptr);
    ~GrafanaProbe() override;

    /// The longest each of the two requests may stay silent. 3 s by default.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts a probe. The reply's finished() comes from the event loop, even for a URL that
    /// cannot be asked.
    GrafanaProbeReplyPtr probe(const QUrl &grafanaBase, QLatin1String uid = GrafanaDashboardUid,
                               QLatin1String slug = GrafanaDashboardSlug);

private:
    QNetworkAccessManager m_network;
    QList<QPointer<GrafanaProbeReply>> m_replies;  // the ones made, to abort when this goes
    std::chrono::milliseconds m_timeout{3000};
};

}  // namespace pc
