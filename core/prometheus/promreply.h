#pragma once

#include "promalerts.h"
#include "promerror.h"
#include "promresponse.h"
#include "promrules.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>
#include <variant>

class QNetworkReply;

namespace pc {

/// One request to a Prometheus HTTP API in flight, as a QNetworkReply is one HTTP request.
/// finished() is emitted exactly once, from the event loop (never inside the call that made
/// the request), unless the reply is aborted or destroyed first; then error() or the typed
/// value of its API holds the answer. Whoever asked owns it (PromReplyPtr): destroying it
/// cancels the request, and other requests of the same client are never touched. Answers of
/// 64 KiB and more are parsed on Qt's thread pool. GUI thread (the client's).
class PromReply : public QObject
{
    Q_OBJECT

public:
    enum class Api { Query, Targets, Ready, LabelValues, Flags, Config, Alerts, Rules };

    ~PromReply() override;

    Api api() const { return m_request.api; }
    bool isFinished() const { return m_finished; }
    /// Stops the request: finished() is not emitted. Idempotent.
    void abort();

    /// Set once finished when the request failed: the transport, the HTTP status, the JSON or
    /// Prometheus's own error envelope, with one sentence for the user.
    const std::optional<PromError> &error() const { return m_error; }
    /// The typed answers; each is empty unless this reply is of its API and succeeded.
    PromQueryResult queryResult() const { return valueOr<PromQueryResult>(); }
    QList<ScrapeTarget> targets() const { return valueOr<QList<ScrapeTarget>>(); }
    /// `/-/ready`: false while Prometheus is starting (503).
    bool isReady() const { return valueOr<bool>(); }
    QStringList labelValues() const { return valueOr<QStringList>(); }
    /// `/api/v1/status/flags`: the command-line flags the server runs with.
    QMap<QString, QString> flags() const { return valueOr<QMap<QString, QString>>(); }
    /// `/api/v1/status/config`: the configuration the server runs with, as YAML.
    QString configYaml() const { return flags().value(QStringLiteral("yaml")); }
    QList<PromAlert> alerts() const { return valueOr<QList<PromAlert>>(); }
    QList<PromRule> rules() const { return valueOr<QList<PromRule>>(); }

    /// What PromReplyPtr does: abort(), then delete, or deleteLater() from inside finished().
    struct Deleter
    {
        void operator()(PromReply *reply) const;
    };

signals:
    void finished();

private:
    friend class PromClient;
    using Value =
        std::variant<std::monostate, PromQueryResult, QList<ScrapeTarget>, bool, QStringList,
                     QMap<QString, QString>, QList<PromAlert>, QList<PromRule>>;
    struct Request
    {
        Api api = Api::Query;
        QUrl url;      // without userinfo
        QString base;  // the redacted base URL, for sentences
        qint64 maxBytes = 0;
        std::chrono::milliseconds timeout{0};
        PromError::Credentials credentials = PromError::Credentials::None;
    };

    /// Follows `network` (nullptr when the request could not be sent: then `failure` is
    /// reported on the next turn of the event loop).
    PromReply(const Request &request, QNetworkReply *network,
              std::optional<PromError> failure = std::nullopt);

    template <typename T>
    T valueOr() const
    {
        const T *value = std::get_if<T>(&m_value);
        return value ? *value : T{};
    }
    void abortIfTooLarge(qint64 bytes);
    void onNetworkFinished();
    void parseQueryOffThread(const QByteArray &body, int status);
    /// Records the outcome and emits finished().
    template <typename T>
    void finish(std::variant<T, PromError> outcome);
    void fail(PromError error);
    void emitFinished();
    PromError tooLargeError() const;
    PromError transportError(const QNetworkReply *network) const;

    Request m_request;
    QPointer<QNetworkReply> m_network;
    Value m_value;
    std::optional<PromError> m_error;
    bool m_tooLarge = false;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_emitting = false;  // inside finished(): deleting now would pull the rug
};

/// A reply owned by whoever asked: reset() or destruction cancels it.
using PromReplyPtr = std::unique_ptr<PromReply, PromReply::Deleter>;

}  // namespace pc
