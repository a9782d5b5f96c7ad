#pragma once

#include "promerror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace pc {

/// The first step of reading any Prometheus API answer: the transport status, the JSON and
/// Prometheus's success/error envelope, each failure as a PromError with one sentence for the
/// user (a proxy's HTML page, a 401 and what to set, Prometheus's own error). Pure and
/// thread-safe.

/// The `data` of an answer whose transport, JSON and success envelope are fine, for the
/// parsers of every endpoint (promresponse.h, promalerts.h).
struct PromEnvelope
{
    QJsonValue data;
    QStringList warnings;
};
std::variant<PromEnvelope, PromError> openPromEnvelope(const QByteArray &body, int httpStatus,
                                                       const QUrl &url = {});
/// "Prometheus at <url> sent an answer of unexpected shape: <what>".
PromError promShapeError(const QUrl &url, int httpStatus, const QString &what);

}  // namespace pc
