#include "grafanaannotation.h"

#include "prometheus/promresponse.h"

#include <QJsonArray>

#include <algorithm>

namespace pc {
namespace {

// Grafana's Prometheus annotations ask at 60 s when no step is given.
constexpr std::chrono::seconds DefaultStep{60};

}  // namespace

std::chrono::seconds GrafanaAnnotationQuery::stepDuration() const
{
    const std::optional<std::chrono::milliseconds> parsed = parsePromDuration(step.trimmed());
    if (!parsed)
        return DefaultStep;
    return std::max(std::chrono::seconds(1),
                    std::chrono::duration_cast<std::chrono::seconds>(*parsed));
}

QList<GrafanaAnnotationQuery> GrafanaAnnotationQuery::readList(
    const QJsonObject &root, const std::function<bool(const QJsonValue &)> &isPrometheus)
{
    QList<GrafanaAnnotationQuery> queries;
    const QJsonArray list =
        root.value(QLatin1String("annotations")).toObject().value(QLatin1String("list")).toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        // The built-in "Annotations & Alerts" is Grafana's own store: nothing to ask here.
        if (object.value(QLatin1String("builtIn")).toInt() == 1
            || !isPrometheus(object.value(QLatin1String("datasource"))))
            continue;
        // Newer Grafana keeps the query in `target`, older in the entry itself.
        const QJsonObject target = object.value(QLatin1String("target")).toObject();
        auto field = [&](const char *name) {
            const QString own = object.value(QLatin1String(name)).toString();
            return own.isEmpty() ? target.value(QLatin1String(name)).toString() : own;
        };
        GrafanaAnnotationQuery query;
        query.expr = field("expr");
        if (query.expr.trimmed().isEmpty())
            continue;
        query.name = object.value(QLatin1String("name")).toString();
        query.step = field("step");
        query.titleFormat = field("titleFormat");
        query.textFormat = field("textFormat");
        query.tagKeys = field("tagKeys");
        query.iconColor = object.value(QLatin1String("iconColor")).toString();
        query.enabled = object.value(QLatin1String("enable")).toBool(true);
        query.hidden = object.value(QLatin1String("hide")).toBool(false);
        queries.append(query);
    }
    return queries;
}

}  // namespace pc
