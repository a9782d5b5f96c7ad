#pragma once

#include "promendpoint.h"
#include "promerror.h"
#include "promreply.h"
#include "promresponse.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace pc {

/// Asks a Prometheus server over its HTTP API, asynchronously. Owns its
/// QNetworkAccessManager; lives on, and must only be called from, the thread that created it
/// (the GUI thread is fine: nothing blocks, and large query answers are parsed on Qt's thread
/// pool).
///
/// Every request method returns a PromReply at once, owned by the caller; it finishes later,
/// exactly once, with the typed answer or a PromError (promreply.h). Requests are independent:
/// cancelling one, by destroying its reply, never touches another's. A reply whose client is
/// destroyed first never finishes. Credentials, extra headers, timeout and size cap of the
/// endpoint apply to every request; setEndpoint() affects later requests only.
class PromClient : public QObject
{
    Q_OBJECT

public:
    explicit PromClient(PromEndpoint endpoint = {}, QObject *parent = nullptr);
    ~PromClient() override;

    const PromEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const PromEndpoint &endpoint) { m_endpoint = endpoint; }

    /// `/api/v1/query`, at `time` or at the server's now: PromReply::queryResult().
    [[nodiscard]] PromReplyPtr query(const QString &promql,
                                     const std::optional<QDateTime> &time = std::nullopt);
    /// `/api/v1/query_range`; pick `step` with chooseStep(): PromReply::queryResult().
    [[nodiscard]] PromReplyPtr queryRange(const QString &promql, const QDateTime &start,
                                          const QDateTime &end, std::chrono::seconds step);
    /// `/api/v1/targets`, active ones: PromReply::targets().
    [[nodiscard]] PromReplyPtr targets();
    /// `/-/ready`: PromReply::isReady(), false while Prometheus is starting (503).
    [[nodiscard]] PromReplyPtr ready();
    /// `/api/v1/label/<label>/values`, of the series `selector` matches when given:
    /// PromReply::labelValues().
    [[nodiscard]] PromReplyPtr labelValues(const QString &label, const QString &selector = {});
    /// `/api/v1/labels`, of the series `selector` matches when given: PromReply::labelValues().
    [[nodiscard]] PromReplyPtr labelNames(const QString &selector = {});
    /// `/api/v1/status/flags`: PromReply::flags().
    [[nodiscard]] PromReplyPtr flags();
    /// `/api/v1/status/config`: PromReply::configYaml().
    [[nodiscard]] PromReplyPtr config();
    /// `/api/v1/alerts`, pending and firing: PromReply::alerts().
    [[nodiscard]] PromReplyPtr alerts();
    /// `/api/v1/rules`, alerting rules only: PromReply::rules().
    [[nodiscard]] PromReplyPtr rules();

private:
    PromReplyPtr send(PromReply::Api api, const QUrl &url);

    PromEndpoint m_endpoint;
    QNetworkAccessManager *m_network = nullptr;
};

}  // namespace pc
