#include "promrules.h"

#include "promenvelope.h"
#include "promurls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringBuilder>
#include <QUrlQuery>

#include <optional>

namespace pc {

namespace {

std::optional<PromAlert::State> stateNamed(const QString &name)
{
    for (const auto state :
         {PromAlert::State::Inactive, PromAlert::State::Pending, PromAlert::State::Firing}) {
        if (name == PromAlert::stateName(state))
            return state;
    }
    return std::nullopt;
}

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// Appends the alerting rules of one group; a reason naming the broken element when it is not
// a group.
std::optional<QString> readGroup(const QJsonValue &value, const QString &where,
                                 QList<PromRule> *rules)
{
    const QJsonObject group = value.toObject();
    const QJsonValue items = group.value(QLatin1String("rules"));
    if (!value.isObject() || !items.isArray())
        //: %1 is a place in JSON, such as "data.groups[3]"
        return QCoreApplication::translate("pc::PromRules", "%1 is not a rule group").arg(where);
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("alerting"))
            continue;
        PromRule rule;
        rule.group = group.value(QLatin1String("name")).toString();
        rule.file = group.value(QLatin1String("file")).toString();
        rule.name = object.value(QLatin1String("name")).toString();
        rule.query = object.value(QLatin1String("query")).toString();
        rule.health = object.value(QLatin1String("health")).toString();
        rule.lastError = object.value(QLatin1String("lastError")).toString();
        rule.activeAlerts = int(object.value(QLatin1String("alerts")).toArray().size());
        rule.forDuration =
            std::chrono::seconds(qint64(object.value(QLatin1String("duration")).toDouble()));
        rule.labels = stringMap(object.value(QLatin1String("labels")));
        rule.annotations = stringMap(object.value(QLatin1String("annotations")));
        const std::optional<PromAlert::State> state =
            stateNamed(object.value(QLatin1String("state")).toString());
        if (rule.name.isEmpty() || !state) {
            //: %1 is a place in JSON, such as "data.groups[3].rules[0]"
            return QCoreApplication::translate("pc::PromRules", "%1 has no name or no known state")
                .arg(where % QStringLiteral(".rules[") % QString::number(i) % u']');
        }
        rule.state = *state;
        rules->append(rule);
    }
    return std::nullopt;
}

}  // namespace

PromRulesOutcome parseRulesResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    auto opened = openPromEnvelope(body, httpStatus, url);
    if (auto *error = std::get_if<PromError>(&opened))
        return std::move(*error);
    const QJsonValue groups =
        std::get<PromEnvelope>(opened).data.toObject().value(QLatin1String("groups"));
    if (!groups.isArray())
        return promShapeError(
            url, httpStatus,
            QCoreApplication::translate("pc::PromRules", "data.groups is not an array"));
    QList<PromRule> rules;
    const QJsonArray array = groups.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where =
            QStringLiteral("data.groups[") % QString::number(i) % QLatin1Char(']');
        if (auto why = readGroup(array.at(i), where, &rules))
            return promShapeError(url, httpStatus, *why);
    }
    return rules;
}

QUrl promRulesUrl(const QUrl &base)
{
    QUrl url = promApiUrl(base, QStringLiteral("/api/v1/rules"));
    url.setQuery(QStringLiteral("type=alert"));
    return url;
}

}  // namespace pc
