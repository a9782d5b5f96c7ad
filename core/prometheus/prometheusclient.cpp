#include "prometheusclient.h"

#include "prometheusurls.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringBuilder>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {

namespace {

using Kind = PromError::Kind;

PromError makeError(Kind kind, const QString &message, int status = 0)
{
    PromError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

QString describeDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) % QStringLiteral(" s");
    return QString::number(ms) % QStringLiteral(" ms");
}

QString describeBytes(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return QString::number(bytes / kMiB) % QStringLiteral(" MiB");
    return QString::number(bytes) % QStringLiteral(" bytes");
}

}  // namespace

PrometheusClient::PrometheusClient(PrometheusEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(new QNetworkAccessManager(this))
{
    // A redirect to another host would carry the Authorization header along.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

PrometheusClient::~PrometheusClient()
{
    // Replies die with the manager after this body; none may call back into a half-gone client.
    cancelAll();
}

PrometheusClient::RequestId PrometheusClient::query(const QString &promql,
                                                    const std::optional<QDateTime> &time)
{
    return send(Api::Query, promQueryUrl(m_endpoint.baseUrl, promql, time));
}

PrometheusClient::RequestId PrometheusClient::queryRange(const QString &promql,
                                                         const QDateTime &start,
                                                         const QDateTime &end,
                                                         std::chrono::seconds step)
{
    return send(Api::Query, promQueryRangeUrl(m_endpoint.baseUrl, promql, start, end, step));
}

PrometheusClient::RequestId PrometheusClient::targets()
{
    return send(Api::Targets, promTargetsUrl(m_endpoint.baseUrl));
}

PrometheusClient::RequestId PrometheusClient::ready()
{
    return send(Api::Ready, promReadyUrl(m_endpoint.baseUrl));
}

PrometheusClient::RequestId PrometheusClient::labelValues(const QString &label)
{
    return send(Api::LabelValues, promLabelValuesUrl(m_endpoint.baseUrl, label));
}

void PrometheusClient::cancel(RequestId id)
{
    m_deferred.remove(id);
    m_parsing.remove(id);
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->id != id)
            continue;
        QNetworkReply *reply = it.key();
        m_pending.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        return;
    }
}

void PrometheusClient::cancelAll()
{
    m_deferred.clear();
    m_parsing.clear();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

PrometheusClient::RequestId PrometheusClient::send(Api api, const QUrl &url)
{
    const RequestId id = ++m_lastId;
    const QUrl &base = m_endpoint.baseUrl;
    const QString scheme = base.scheme();
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failLater(id, makeError(Kind::InvalidRequest,
                                QStringLiteral("The Prometheus URL \u201c") % redactedUrl(base)
                                    % QStringLiteral("\u201d is not an http:// or https:// URL "
                                                     "with a host")));
        return id;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("PromCompanion"));
    // HTTP/1.1 keeps the transfer timeout and the size checks simple to reason about.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(m_endpoint.timeout.count()));

    QString username = m_endpoint.username;
    QString password = m_endpoint.password;
    if (username.isEmpty() && !base.userName().isEmpty()) {
        username = base.userName();
        password = base.password();
    }
    auto credentials = PromError::Credentials::None;
    if (!m_endpoint.bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.bearerToken.toUtf8());
        credentials = PromError::Credentials::Bearer;
    } else if (!username.isEmpty()) {
        const QByteArray pair = username.toUtf8() + ':' + password.toUtf8();
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        credentials = PromError::Credentials::Basic;
    }
    for (const auto &[name, value] : m_endpoint.extraHeaders)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network->get(request);
    Pending pending;
    pending.id = id;
    pending.api = api;
    pending.url = url;
    pending.base = redactedUrl(base);
    pending.maxBytes = m_endpoint.maxResponseBytes;
    pending.timeout = m_endpoint.timeout;
    pending.credentials = credentials;
    m_pending.insert(reply, pending);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            abortIfTooLarge(reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64) { abortIfTooLarge(reply, received); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    return id;
}

void PrometheusClient::failLater(RequestId id, const PromError &error)
{
    m_deferred.insert(id);
    QTimer::singleShot(0, this, [this, id, error] {
        if (m_deferred.remove(id))
            emit requestFailed(id, error);
    });
}

void PrometheusClient::abortIfTooLarge(QNetworkReply *reply, qint64 bytes)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->tooLarge || it->maxBytes <= 0 || bytes <= it->maxBytes)
        return;
    it->tooLarge = true;
    reply->abort();  // finishes the reply: onFinished() reports the size
}

void PrometheusClient::onFinished(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    reply->deleteLater();

    const QString where = QStringLiteral("Prometheus at ") % redactedUrl(pending.url);
    const PromError tooLarge =
        makeError(Kind::TooLarge,
                  where % QStringLiteral(" sent more than ") % describeBytes(pending.maxBytes)
                      % QStringLiteral(": narrow the query or the range, or raise the limit"));
    if (pending.tooLarge) {
        emit requestFailed(pending.id, tooLarge);
        return;
    }

    // Errors below 200 are the transport's; above, Qt's reading of an HTTP status we parse.
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || status <= 0) {
        emit requestFailed(pending.id, transportError(pending, reply));
        return;
    }

    const QByteArray body = reply->readAll();
    if (pending.maxBytes > 0 && body.size() > pending.maxBytes) {
        emit requestFailed(pending.id, tooLarge);
        return;
    }
    switch (pending.api) {
    case Api::Query:
        if (body.size() >= OffThreadBytes)
            parseQueryOffThread(pending, body, status);
        else
            reportQuery(pending, parseQueryResponse(body, status, pending.url));
        break;
    case Api::Targets:
        report(pending, parseTargetsResponse(body, status, pending.url),
               &PrometheusClient::targetsFinished);
        break;
    case Api::LabelValues:
        report(pending, parseLabelValuesResponse(body, status, pending.url),
               &PrometheusClient::labelValuesFinished);
        break;
    case Api::Ready:
        report(pending, parseReadyResponse(body, status, pending.url),
               &PrometheusClient::readyFinished);
        break;
    }
}

template <typename Value, typename Signal>
void PrometheusClient::report(const Pending &pending, const std::variant<Value, PromError> &outcome,
                              Signal finished)
{
    if (const auto *value = std::get_if<Value>(&outcome))
        emit(this->*finished)(pending.id, *value);
    else
        fail(pending, std::get<PromError>(outcome));
}

void PrometheusClient::reportQuery(const Pending &pending, const PromQueryOutcome &outcome)
{
    report(pending, outcome, &PrometheusClient::queryFinished);
}

void PrometheusClient::parseQueryOffThread(const Pending &pending, const QByteArray &body,
                                           int status)
{
    // The worker touches only its copies; the watcher, a child, never outlives the client.
    m_parsing.insert(pending.id);
    auto *watcher = new QFutureWatcher<PromQueryOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pending] {
        watcher->deleteLater();
        if (m_parsing.remove(pending.id))
            reportQuery(pending, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [body, status, url = pending.url] { return parseQueryResponse(body, status, url); }));
}

void PrometheusClient::fail(const Pending &pending, PromError error)
{
    // Only the client knows what it sent, so only it can say what was refused.
    if (error.kind == PromError::Kind::AuthRefused) {
        error = PromError::authRefused(QStringLiteral("Prometheus at ") % pending.base,
                                       error.httpStatus, pending.credentials);
    }
    emit requestFailed(pending.id, error);
}

PromError PrometheusClient::transportError(const Pending &pending, QNetworkReply *reply) const
{
    const QString where = QStringLiteral("Prometheus at ") % pending.base;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return makeError(Kind::Unreachable,
                         where % QStringLiteral(" is not reachable: connection refused"));
    case QNetworkReply::HostNotFoundError:
        return makeError(Kind::Unreachable, where % QStringLiteral(" is not reachable: host \u201c")
                                                % pending.url.host()
                                                % QStringLiteral("\u201d not found"));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels: cancel() disconnects before aborting.
        return makeError(Kind::TimedOut, where % QStringLiteral(" did not answer within ")
                                             % describeDuration(pending.timeout));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return makeError(Kind::Unreachable,
                         where % QStringLiteral(" is not reachable: ") % reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return makeError(Kind::Network,
                         where % QStringLiteral(" closed the connection before answering"));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(Kind::Network, where % QStringLiteral(": the TLS handshake failed: ")
                                            % reply->errorString());
    default:
        return makeError(Kind::Network, where % QStringLiteral(": ") % reply->errorString());
    }
}

}  // namespace pc
