#include "promreply.h"

#include "format/redactedurl.h"
#include "promurls.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QStringBuilder>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {

namespace {

using Kind = PromError::Kind;

// Answers this large are parsed on the thread pool; smaller ones cost less than the hop.
constexpr qsizetype OffThreadBytes = 64 * 1024;

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
    //: A size in a sentence; %1 is a number
    return QCoreApplication::translate("pc::PromReply", "%1 bytes").arg(bytes);
}

}  // namespace

PromReply::PromReply(const Request &request, QNetworkReply *network,
                     std::optional<PromError> failure)
    : m_request(request), m_network(network)
{
    if (!network) {
        QTimer::singleShot(0, this, [this, error = std::move(failure)] {
            if (!m_aborted)
                fail(error.value_or(PromError{}));
        });
        return;
    }
    connect(network, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_network->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            abortIfTooLarge(length.toLongLong());
    });
    connect(network, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { abortIfTooLarge(received); });
    connect(network, &QNetworkReply::finished, this, &PromReply::onNetworkFinished);
}

PromReply::~PromReply()
{
    abort();
}

void PromReply::Deleter::operator()(PromReply *reply) const
{
    reply->abort();
    if (reply->m_emitting)
        reply->deleteLater();
    else
        delete reply;
}

void PromReply::abort()
{
    m_aborted = true;
    // The parser, a child, finishes on its own copies and reports to no one.
    for (QObject *child : children())
        child->disconnect(this);
    if (m_network) {
        m_network->disconnect(this);
        // Deleting the network reply ends its request. Not abort(): Qt 6.4 reports an error
        // posted by its HTTP thread (a refused connection) after the abort's own, and warns
        // "Internal problem, this method must only be called once" for each reply of a round.
        m_network->deleteLater();
        m_network.clear();
    }
}

void PromReply::abortIfTooLarge(qint64 bytes)
{
    if (m_tooLarge || m_request.maxBytes <= 0 || bytes <= m_request.maxBytes)
        return;
    m_tooLarge = true;
    m_network->abort();  // finishes the network reply: onNetworkFinished() reports the size
}

void PromReply::onNetworkFinished()
{
    QNetworkReply *network = m_network;
    m_network.clear();
    network->disconnect(this);
    network->deleteLater();

    if (m_tooLarge) {
        fail(tooLargeError());
        return;
    }
    // Errors below 200 are the transport's; above, Qt's reading of an HTTP status we parse.
    const QNetworkReply::NetworkError error = network->error();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || status <= 0) {
        fail(transportError(network));
        return;
    }
    const QByteArray body = network->readAll();
    if (m_request.maxBytes > 0 && body.size() > m_request.maxBytes) {
        fail(tooLargeError());
        return;
    }
    const QUrl &url = m_request.url;
    switch (m_request.api) {
    case Api::Query:
        if (body.size() >= OffThreadBytes)
            parseQueryOffThread(body, status);
        else
            finish(parseQueryResponse(body, status, url));
        break;
    case Api::Targets:
        finish(parseTargetsResponse(body, status, url));
        break;
    case Api::Ready:
        finish(parseReadyResponse(body, status, url));
        break;
    case Api::LabelValues:
        finish(parseLabelValuesResponse(body, status, url));
        break;
    case Api::Flags:
    case Api::Config:  // an object of strings too: {"yaml": "…"}
        finish(parseFlagsResponse(body, status, url));
        break;
    case Api::Alerts:
        finish(parseAlertsResponse(body, status, url));
        break;
    case Api::Rules:
        finish(parseRulesResponse(body, status, url));
        break;
    }
}

void PromReply::parseQueryOffThread(const QByteArray &body, int status)
{
    // The worker touches only its copies; the watcher, a child, never outlives the reply.
    auto *watcher = new QFutureWatcher<PromQueryOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [body, status, url = m_request.url] { return parseQueryResponse(body, status, url); }));
}

template <typename T>
void PromReply::finish(std::variant<T, PromError> outcome)
{
    if (auto *error = std::get_if<PromError>(&outcome)) {
        fail(std::move(*error));
        return;
    }
    m_value = std::get<T>(std::move(outcome));
    emitFinished();
}

void PromReply::fail(PromError error)
{
    // Only the request knows what it sent, so only it can say what was refused.
    if (error.kind == PromError::Kind::AuthRefused) {
        //: The subject of a sentence saying that the server refused the credentials; %1 is a
        //: URL
        error = PromError::authRefused(tr("Prometheus at %1").arg(m_request.base), error.httpStatus,
                                       m_request.credentials, error.detail);
    }
    m_error = std::move(error);
    emitFinished();
}

void PromReply::emitFinished()
{
    m_finished = true;
    m_emitting = true;
    emit finished();
    m_emitting = false;
}

PromError PromReply::tooLargeError() const
{
    //: %1 is a URL, %2 a size such as "16 MiB"
    return makeError(Kind::TooLarge,
                     tr("Prometheus at %1 sent more than %2: narrow the query or the range, "
                        "or raise the limit")
                         .arg(redactedUrl(m_request.url), describeBytes(m_request.maxBytes)));
}

PromError PromReply::transportError(const QNetworkReply *network) const
{
    const QString &where = m_request.base;
    switch (network->error()) {
    case QNetworkReply::ConnectionRefusedError:
        //: %1 is a URL
        return makeError(Kind::Unreachable,
                         tr("Prometheus at %1 is not reachable: connection refused").arg(where));
    case QNetworkReply::HostNotFoundError:
        //: %1 is a URL, %2 a host name
        return makeError(Kind::Unreachable,
                         tr("Prometheus at %1 is not reachable: host \u201c%2\u201d not found")
                             .arg(where, m_request.url.host()));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels: abort() disconnects before aborting.
        //: %1 is a URL, %2 a duration such as "10 s"
        return makeError(Kind::TimedOut, tr("Prometheus at %1 did not answer within %2")
                                             .arg(where, describeDuration(m_request.timeout)));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        //: %1 is a URL, %2 the system's reason
        return makeError(
            Kind::Unreachable,
            tr("Prometheus at %1 is not reachable: %2").arg(where, network->errorString()));
    case QNetworkReply::RemoteHostClosedError:
        //: %1 is a URL
        return makeError(Kind::Network,
                         tr("Prometheus at %1 closed the connection before answering").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        //: %1 is a URL, %2 the TLS library's reason
        return makeError(Kind::Network, tr("Prometheus at %1: the TLS handshake failed: %2")
                                            .arg(where, network->errorString()));
    default:
        //: %1 is a URL, %2 the network library's reason
        return makeError(Kind::Network,
                         tr("Prometheus at %1: %2").arg(where, network->errorString()));
    }
}

}  // namespace pc
