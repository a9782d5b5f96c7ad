#include "promclient.h"

#include "format/redactedurl.h"
#include "promurls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringBuilder>

namespace pc {

PromClient::PromClient(PromEndpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_network(new QNetworkAccessManager(this))
{
    // A redirect to another host would carry the Authorization header along.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

PromClient::~PromClient() = default;

PromReplyPtr PromClient::query(const QString &promql, const std::optional<QDateTime> &time)
{
    return send(PromReply::Api::Query, promQueryUrl(m_endpoint.baseUrl, promql, time));
}

PromReplyPtr PromClient::queryRange(const QString &promql, const QDateTime &start,
                                    const QDateTime &end, std::chrono::seconds step)
{
    return send(PromReply::Api::Query,
                promQueryRangeUrl(m_endpoint.baseUrl, promql, start, end, step));
}

PromReplyPtr PromClient::targets()
{
    return send(PromReply::Api::Targets, promTargetsUrl(m_endpoint.baseUrl));
}

PromReplyPtr PromClient::ready()
{
    return send(PromReply::Api::Ready, promReadyUrl(m_endpoint.baseUrl));
}

PromReplyPtr PromClient::labelNames(const QString &selector)
{
    return send(PromReply::Api::LabelValues, promLabelNamesUrl(m_endpoint.baseUrl, selector));
}

PromReplyPtr PromClient::labelValues(const QString &label, const QString &selector)
{
    return send(PromReply::Api::LabelValues,
                promLabelValuesUrl(m_endpoint.baseUrl, label, selector));
}

PromReplyPtr PromClient::flags()
{
    return send(PromReply::Api::Flags, promFlagsUrl(m_endpoint.baseUrl));
}

PromReplyPtr PromClient::config()
{
    return send(PromReply::Api::Config,
                promApiUrl(m_endpoint.baseUrl, QStringLiteral("/api/v1/status/config")));
}

PromReplyPtr PromClient::rules()
{
    return send(PromReply::Api::Rules, promRulesUrl(m_endpoint.baseUrl));
}

PromReplyPtr PromClient::alerts()
{
    return send(PromReply::Api::Alerts, promAlertsUrl(m_endpoint.baseUrl));
}

PromReplyPtr PromClient::send(PromReply::Api api, const QUrl &url)
{
    PromReply::Request pending;
    pending.api = api;
    pending.url = url;
    pending.base = redactedUrl(m_endpoint.baseUrl);
    pending.maxBytes = m_endpoint.maxResponseBytes;
    pending.timeout = m_endpoint.timeout;
    const QUrl &base = m_endpoint.baseUrl;
    const QString scheme = base.scheme();
    if (!base.isValid() || base.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        PromError error;
        error.kind = PromError::Kind::InvalidRequest;
        //: %1 is a URL
        error.message = tr("The Prometheus URL \u201c%1\u201d is not an http:// or https:// URL "
                           "with a host")
                            .arg(redactedUrl(base));
        return PromReplyPtr(new PromReply(pending, nullptr, error));
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

    pending.credentials = credentials;
    return PromReplyPtr(new PromReply(pending, m_network->get(request)));
}

}  // namespace pc
