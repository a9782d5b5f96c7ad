#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>

namespace pc {

/// Where Prometheus is and how to talk to it. A plain value; PromClient copies it.
/// The secrets here are sent as headers and never appear in logs or error sentences.
struct PromEndpoint
{
    QUrl baseUrl{QStringLiteral("http://localhost:9090")};  // may carry a path prefix
    QString username;                                       // with password: basic auth
    QString password;
    QString bearerToken;                                // wins over basic auth when both are set
    QList<QPair<QByteArray, QByteArray>> extraHeaders;  // e.g. X-Scope-OrgID for Mimir
    std::chrono::milliseconds timeout{5000};            // the longest wait with no byte moving
    qint64 maxResponseBytes = 32 * 1024 * 1024;
};

}  // namespace pc
