#pragma once

#include "promerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <limits>
#include <variant>

namespace pc {

/// One active alert of `/api/v1/alerts`, as Prometheus, Thanos or vmalert (through
/// VictoriaMetrics) lists it. A plain value: copy it anywhere, any thread.
struct PromAlert
{
    enum class State { Pending, Firing, Inactive };

    QString name;                        // `alertname`, or vmalert's `name` when absent
    QMap<QString, QString> labels;       // the alert's identity, `alertname` included
    QMap<QString, QString> annotations;  // `summary`, `description`, ... as templated
    State state = State::Pending;
    QDateTime activeAt;  // when it went pending; null when not given
    double value = std::numeric_limits<double>::quiet_NaN();  // the expression's last value

    QString summary() const { return annotations.value(QStringLiteral("summary")); }
    QString description() const { return annotations.value(QStringLiteral("description")); }
    /// "pending", "firing" or "inactive", as the API writes it.
    static QString stateName(State state);
};

using PromAlertsOutcome = std::variant<QList<PromAlert>, PromError>;

/// Parses the answer of `/api/v1/alerts`: the alerts in the server's order, or a PromError
/// with a sentence, as the other parsers of promresponse.h do. `url` only names the
/// source in error sentences. Pure and thread-safe.
PromAlertsOutcome parseAlertsResponse(const QByteArray &body, int httpStatus, const QUrl &url = {});

/// `<base>/api/v1/alerts`, the base keeping its path prefix. Pure.
QUrl promAlertsUrl(const QUrl &base);

}  // namespace pc

Q_DECLARE_METATYPE(pc::PromAlert)
