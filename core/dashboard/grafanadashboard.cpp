#include "grafanadashboard.h"

#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringBuilder>

#include <algorithm>

namespace pc {

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

GrafanaGridPos readGridPos(const QJsonObject &object)
{
    GrafanaGridPos pos;
    pos.x = object.value(QLatin1String("x")).toInt(pos.x);
    pos.y = object.value(QLatin1String("y")).toInt(pos.y);
    pos.w = object.value(QLatin1String("w")).toInt(pos.w);
    pos.h = object.value(QLatin1String("h")).toInt(pos.h);
    return pos;
}

GrafanaThresholds readThresholds(const QJsonObject &object)
{
    GrafanaThresholds thresholds;
    if (object.value(QLatin1String("mode")).toString() == QLatin1String("percentage"))
        thresholds.mode = GrafanaThresholds::Mode::Percentage;
    for (const QJsonValue &item : object.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = item.toObject();
        GrafanaThresholds::Step parsed;
        parsed.color = step.value(QLatin1String("color")).toString();
        // The base step's value is null; -infinity keeps it first and always reached.
        if (const std::optional<double> value = optionalNumber(step.value(QLatin1String("value"))))
            parsed.value = *value;
        thresholds.steps.append(parsed);
    }
    // Grafana sorts the steps when it loads a dashboard; a hand-edited file may not be.
    std::stable_sort(thresholds.steps.begin(), thresholds.steps.end(),
                     [](const auto &a, const auto &b) { return a.value < b.value; });
    return thresholds;
}

void readFieldDefaults(const QJsonObject &defaults, GrafanaPanel *panel)
{
    panel->unit = GrafanaUnit::fromName(defaults.value(QLatin1String("unit")).toString());
    if (const QJsonValue decimals = defaults.value(QLatin1String("decimals")); decimals.isDouble())
        panel->decimals = decimals.toInt();
    panel->min = optionalNumber(defaults.value(QLatin1String("min")));
    panel->max = optionalNumber(defaults.value(QLatin1String("max")));
    panel->thresholds = readThresholds(defaults.value(QLatin1String("thresholds")).toObject());
}

// The number, from 1, of the first target that is not an object.
std::optional<qsizetype> readQueries(const QJsonValue &value, QList<GrafanaQuery> *targets)
{
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return i + 1;
        const QJsonObject target = items.at(i).toObject();
        GrafanaQuery parsed;
        parsed.refId = target.value(QLatin1String("refId")).toString();
        parsed.expr = target.value(QLatin1String("expr")).toString();
        parsed.legendFormat = target.value(QLatin1String("legendFormat")).toString();
        parsed.hidden = target.value(QLatin1String("hide")).toBool();
        targets->append(parsed);
    }
    return std::nullopt;
}

std::optional<qsizetype> readPanel(const QJsonObject &object, GrafanaPanel *panel)
{
    panel->id = object.value(QLatin1String("id")).toInt();
    panel->type = object.value(QLatin1String("type")).toString();
    panel->kind = GrafanaPanel::kindOfType(panel->type);
    panel->title = object.value(QLatin1String("title")).toString();
    panel->description = object.value(QLatin1String("description")).toString();
    panel->gridPos = readGridPos(object.value(QLatin1String("gridPos")).toObject());
    readFieldDefaults(object.value(QLatin1String("fieldConfig"))
                          .toObject()
                          .value(QLatin1String("defaults"))
                          .toObject(),
                      panel);
    const QJsonObject options = object.value(QLatin1String("options")).toObject();
    const QJsonArray calcs = options.value(QLatin1String("reduceOptions"))
                                 .toObject()
                                 .value(QLatin1String("calcs"))
                                 .toArray();
    if (!calcs.isEmpty() && calcs.first().isString())
        panel->reducer = calcs.first().toString();
    panel->colorMode = options.value(QLatin1String("colorMode")).toString();
    return readQueries(object.value(QLatin1String("targets")), &panel->queries);
}

std::optional<QString> readPanels(const QJsonArray &items, QList<GrafanaPanel> *panels)
{
    for (const QJsonValue &item : items) {
        const QString number = QString::number(panels->size() + 1);
        if (!item.isObject()) {
            //: %1 is a panel's number, from 1
            return QCoreApplication::translate("pc::GrafanaDashboard",
                                               "Panel %1 of the dashboard is not an object.")
                .arg(number);
        }
        const QJsonObject object = item.toObject();
        GrafanaPanel panel;
        if (const std::optional<qsizetype> target = readPanel(object, &panel)) {
            //: %1 is a panel's number, %2 its title, %3 the number of one of its queries
            return QCoreApplication::translate("pc::GrafanaDashboard",
                                               "Panel %1 (\u201c%2\u201d) target %3 is not an "
                                               "object.")
                .arg(number, panel.title, QString::number(*target));
        }
        panels->append(std::move(panel));
        // A collapsed row holds its panels; an expanded one has them after it, at top level.
        if (std::optional<QString> why =
                readPanels(object.value(QLatin1String("panels")).toArray(), panels))
            return why;
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::chrono::milliseconds> GrafanaDashboard::timeRange() const
{
    if (timeTo != QLatin1String("now") || !timeFrom.startsWith(QLatin1String("now-")))
        return std::nullopt;
    return parsePromDuration(QStringView(timeFrom).mid(4));
}

std::optional<std::chrono::milliseconds> GrafanaDashboard::refreshInterval() const
{
    return parsePromDuration(refresh);
}

GrafanaDashboardOutcome GrafanaDashboard::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        //: %1 is the JSON parser's message, %2 a byte offset
        return GrafanaDashboardError{
            QCoreApplication::translate("pc::GrafanaDashboard",
                                        "The dashboard is not valid JSON: %1 at byte %2.")
                .arg(error.errorString(), QString::number(error.offset))};
    QJsonObject root = document.object();
    // Grafana's HTTP API wraps the dashboard with its metadata.
    if (root.value(QLatin1String("dashboard")).isObject())
        root = root.value(QLatin1String("dashboard")).toObject();
    const QJsonValue panels = root.value(QLatin1String("panels"));
    if (!document.isObject() || !panels.isArray())
        //: panels is a member of Grafana's JSON: keep it untranslated
        return GrafanaDashboardError{QCoreApplication::translate(
            "pc::GrafanaDashboard",
            "The JSON is not a Grafana dashboard: it has no \u201cpanels\u201d list.")};

    GrafanaDashboard dashboard;
    dashboard.uid = root.value(QLatin1String("uid")).toString();
    dashboard.title = root.value(QLatin1String("title")).toString();
    const QJsonObject time = root.value(QLatin1String("time")).toObject();
    dashboard.timeFrom = time.value(QLatin1String("from")).toString(dashboard.timeFrom);
    dashboard.timeTo = time.value(QLatin1String("to")).toString(dashboard.timeTo);
    // `refresh` is false when auto-refresh is off.
    dashboard.refresh = root.value(QLatin1String("refresh")).toString();
    if (const std::optional<QString> why = readPanels(panels.toArray(), &dashboard.panels))
        return GrafanaDashboardError{*why};
    return dashboard;
}

GrafanaDashboardOutcome GrafanaDashboard::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 is a file path, %2 the system's reason
        return GrafanaDashboardError{
            QCoreApplication::translate("pc::GrafanaDashboard", "Cannot read the dashboard %1: %2.")
                .arg(path, file.errorString())};
    GrafanaDashboardOutcome outcome = parse(file.readAll());
    if (auto *error = std::get_if<GrafanaDashboardError>(&outcome)) {
        //: %1 is a file path, %2 a sentence about what is wrong in it
        error->message =
            QCoreApplication::translate("pc::GrafanaDashboard", "%1: %2").arg(path, error->message);
    }
    return outcome;
}

GrafanaDashboardOutcome GrafanaDashboard::shipped()
{
    return fromFile(QStringLiteral(":/resources/grafana/dashboards/prom-companion.json"));
}

}  // namespace pc
