#pragma once

#include "promerror.h"
#include "prometheusendpoint.h"
#include "prometheusresponse.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pc {

/// Asks a Prometheus server over its HTTP API, asynchronously. Owns its
/// QNetworkAccessManager; lives on, and must only be called from, the thread that created it
/// (the GUI thread is fine: nothing blocks, and large query answers are parsed on Qt's thread
/// pool).
///
/// Every request method returns an id at once; later exactly one signal carries that id:
/// the typed `...Finished` one, or requestFailed() with a PromError. Never both, never
/// within the call itself, and none after cancel(). Credentials, extra headers, timeout and
/// size cap of the endpoint apply to every request; setEndpoint() affects later requests only.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;

    explicit PrometheusClient(PrometheusEndpoint endpoint = {}, QObject *parent = nullptr);
    ~PrometheusClient() override;

    const PrometheusEndpoint &endpoint() const { return m_endpoint; }
    void setEndpoint(const PrometheusEndpoint &endpoint) { m_endpoint = endpoint; }

    /// `/api/v1/query`, at `time` or at the server's now. Answers with queryFinished().
    RequestId query(const QString &promql, const std::optional<QDateTime> &time = std::nullopt);
    /// `/api/v1/query_range`; pick `step` with chooseStep(). Answers with queryFinished().
    RequestId queryRange(const QString &promql, const QDateTime &start, const QDateTime &end,
                         std::chrono::seconds step);
    /// `/api/v1/targets`, active ones. Answers with targetsFinished().
    RequestId targets();
    /// `/-/ready`. Answers with readyFinished(): false while Prometheus is starting (503).
    RequestId ready();
    /// `/api/v1/label/<label>/values`. Answers with labelValuesFinished().
    RequestId labelValues(const QString &label);

    /// Drops a pending request: no signal will carry its id. Unknown ids are ignored.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const
    {
        return int(m_pending.size() + m_deferred.size() + m_parsing.size());
    }

signals:
    void queryFinished(quint64 id, const pc::PromQueryResult &result);
    void targetsFinished(quint64 id, const QList<pc::PromTarget> &targets);
    void readyFinished(quint64 id, bool ready);
    void labelValuesFinished(quint64 id, const QStringList &values);
    void requestFailed(quint64 id, const pc::PromError &error);

private:
    enum class Api { Query, Targets, Ready, LabelValues };
    struct Pending
    {
        RequestId id = 0;
        Api api = Api::Query;
        QUrl url;      // without userinfo
        QString base;  // the redacted base URL, for sentences
        qint64 maxBytes = 0;
        std::chrono::milliseconds timeout{0};
        PromError::Credentials credentials = PromError::Credentials::None;
        bool tooLarge = false;
    };

    RequestId send(Api api, const QUrl &url);
    void failLater(RequestId id, const PromError &error);
    void abortIfTooLarge(QNetworkReply *reply, qint64 bytes);
    void onFinished(QNetworkReply *reply);
    /// Emits `finished` with the value, or requestFailed() with the error.
    template <typename Value, typename Signal>
    void report(const Pending &pending, const std::variant<Value, PromError> &outcome,
                Signal finished);
    void reportQuery(const Pending &pending, const PromQueryOutcome &outcome);
    void parseQueryOffThread(const Pending &pending, const QByteArray &body, int status);
    /// Emits requestFailed(), a refusal of credentials named after what was sent.
    void fail(const Pending &pending, PromError error);
    PromError transportError(const Pending &pending, QNetworkReply *reply) const;

    PrometheusEndpoint m_endpoint;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QNetworkReply *, Pending> m_pending;
    QSet<RequestId> m_deferred;  // failures decided before sending, reported on the next turn
    QSet<RequestId> m_parsing;   // answers being parsed off this thread
    // Answers this large are parsed on the thread pool; smaller ones cost less than the hop.
    static constexpr qsizetype OffThreadBytes = 64 * 1024;
    RequestId m_lastId = 0;
};

}  // namespace pc
