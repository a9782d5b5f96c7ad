#include "promalerts.h"

#include "prometheusresponse.h"
#include "prometheusurls.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringBuilder>

#include <optional>

namespace pc {

namespace {

std::optional<QString> readStringMap(const QJsonValue &value, QMap<QString, QString> *map)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;  // vmalert leaves out empty annotations
    if (!value.isObject())
        return QStringLiteral("is not an object");
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return QStringLiteral("has \"") % it.key() % QStringLiteral("\" that is not a string");
        map->insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

std::optional<QString> readState(const QJsonValue &value, PromAlert::State *state)
{
    const QString text = value.toString();
    for (const PromAlert::State candidate :
         {PromAlert::State::Pending, PromAlert::State::Firing, PromAlert::State::Inactive}) {
        if (text == PromAlert::stateName(candidate)) {
            *state = candidate;
            return std::nullopt;
        }
    }
    return QStringLiteral("is \"") % text % QStringLiteral("\", not pending, firing or inactive");
}

// Prometheus writes the value as a string ("1e+00", "NaN"); some servers write a number.
std::optional<QString> readValue(const QJsonValue &value, double *out)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        *out = value.toDouble();
        return std::nullopt;
    }
    if (value.isString() && parsePromSampleValue(value.toString(), out))
        return std::nullopt;
    return QStringLiteral("is not a number");
}

std::optional<QString> readAlert(const QJsonObject &object, PromAlert *alert)
{
    if (auto why = readStringMap(object.value(QLatin1String("labels")), &alert->labels))
        return QStringLiteral("labels ") % *why;
    if (auto why = readStringMap(object.value(QLatin1String("annotations")), &alert->annotations))
        return QStringLiteral("annotations ") % *why;
    if (auto why = readState(object.value(QLatin1String("state")), &alert->state))
        return QStringLiteral("state ") % *why;
    if (auto why = readValue(object.value(QLatin1String("value")), &alert->value))
        return QStringLiteral("value ") % *why;
    alert->name = alert->labels.value(QStringLiteral("alertname"),
                                      object.value(QLatin1String("name")).toString());
    if (alert->name.isEmpty())
        return QStringLiteral("has no alertname");
    const QJsonValue activeAt = object.value(QLatin1String("activeAt"));
    if (activeAt.isString())
        alert->activeAt = parsePromTimestamp(activeAt.toString());
    return std::nullopt;
}

}  // namespace

QString PromAlert::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Firing:
        return QStringLiteral("firing");
    case State::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

PromAlertsOutcome parseAlertsResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    auto opened = openPromEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue data = std::get<PromEnvelope>(opened).data;
    const QJsonValue alerts = data.toObject().value(QLatin1String("alerts"));
    if (!alerts.isArray())
        return promShapeError(url, httpStatus, QStringLiteral("data.alerts is not an array"));

    const QJsonArray items = alerts.toArray();
    QList<PromAlert> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where =
            QStringLiteral("data.alerts[") % QString::number(i) % QStringLiteral("] ");
        if (!items.at(i).isObject())
            return promShapeError(url, httpStatus, where % QStringLiteral("is not an object"));
        PromAlert alert;
        if (auto why = readAlert(items.at(i).toObject(), &alert))
            return promShapeError(url, httpStatus, where % *why);
        result.append(std::move(alert));
    }
    return result;
}

QUrl promAlertsUrl(const QUrl &base)
{
    return promApiUrl(base, QStringLiteral("/api/v1/alerts"));
}

}  // namespace pc
