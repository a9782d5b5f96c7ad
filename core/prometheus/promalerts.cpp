#include "promalerts.h"

#include "promresponse.h"
#include "promurls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringBuilder>

#include <optional>

namespace pc {

namespace {

// Readers below return a reason naming the broken element by `where`, its path in the JSON
// ("data.alerts[3] labels").

std::optional<QString> readStringMap(const QJsonValue &value, QMap<QString, QString> *map,
                                     const QString &where)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;  // vmalert leaves out empty annotations
    if (!value.isObject()) {
        //: %1 is a place in JSON, such as "data.alerts[3] labels"
        return QCoreApplication::translate("pc::PromAlerts", "%1 is not an object").arg(where);
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            //: %1 is a place in JSON, such as "data.alerts[3] labels"; %2 a key
            return QCoreApplication::translate("pc::PromAlerts",
                                               "%1 has \"%2\" that is not a string")
                .arg(where, it.key());
        }
        map->insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

std::optional<QString> readState(const QJsonValue &value, PromAlert::State *state,
                                 const QString &where)
{
    const QString text = value.toString();
    for (const PromAlert::State candidate :
         {PromAlert::State::Pending, PromAlert::State::Firing, PromAlert::State::Inactive}) {
        if (text == PromAlert::stateName(candidate)) {
            *state = candidate;
            return std::nullopt;
        }
    }
    //: %1 is a place in JSON, such as "data.alerts[3] state"; %2 the state found there.
    //: pending, firing and inactive are Prometheus's words: keep them untranslated.
    return QCoreApplication::translate("pc::PromAlerts",
                                       "%1 is \"%2\", not pending, firing or inactive")
        .arg(where, text);
}

// Prometheus writes the value as a string ("1e+00", "NaN"); some servers write a number.
std::optional<QString> readValue(const QJsonValue &value, double *out, const QString &where)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        *out = value.toDouble();
        return std::nullopt;
    }
    if (value.isString() && parsePromSampleValue(value.toString(), out))
        return std::nullopt;
    //: %1 is a place in JSON, such as "data.alerts[3] value"
    return QCoreApplication::translate("pc::PromAlerts", "%1 is not a number").arg(where);
}

std::optional<QString> readAlert(const QJsonObject &object, PromAlert *alert, const QString &where)
{
    if (auto why = readStringMap(object.value(QLatin1String("labels")), &alert->labels,
                                 where % QStringLiteral(" labels")))
        return why;
    if (auto why = readStringMap(object.value(QLatin1String("annotations")), &alert->annotations,
                                 where % QStringLiteral(" annotations")))
        return why;
    if (auto why = readState(object.value(QLatin1String("state")), &alert->state,
                             where % QStringLiteral(" state")))
        return why;
    if (auto why = readValue(object.value(QLatin1String("value")), &alert->value,
                             where % QStringLiteral(" value")))
        return why;
    alert->name = alert->labels.value(QStringLiteral("alertname"),
                                      object.value(QLatin1String("name")).toString());
    if (alert->name.isEmpty()) {
        //: %1 is a place in JSON, such as "data.alerts[3]"; alertname is a label name
        return QCoreApplication::translate("pc::PromAlerts", "%1 has no alertname").arg(where);
    }
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
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromAlerts", "data.alerts is not an array"));

    const QJsonArray items = alerts.toArray();
    QList<PromAlert> result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where =
            QStringLiteral("data.alerts[") % QString::number(i) % QLatin1Char(']');
        if (!items.at(i).isObject()) {
            //: %1 is a place in JSON, such as "data.alerts[3]"
            return promShapeError(
                url, httpStatus,
                QCoreApplication::translate("pc::PromAlerts", "%1 is not an object").arg(where));
        }
        PromAlert alert;
        if (auto why = readAlert(items.at(i).toObject(), &alert, where))
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
