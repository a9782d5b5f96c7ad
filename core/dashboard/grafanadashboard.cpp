#include "grafanadashboard.h"

#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringBuilder>

#include <algorithm>

namespace pc {

namespace {

GrafanaGridPos readGridPos(const QJsonObject &object)
{
    GrafanaGridPos pos;
    pos.x = object.value(QLatin1String("x")).toInt(pos.x);
    pos.y = object.value(QLatin1String("y")).toInt(pos.y);
    pos.w = object.value(QLatin1String("w")).toInt(pos.w);
    pos.h = object.value(QLatin1String("h")).toInt(pos.h);
    return pos;
}

void readFieldConfig(const QJsonObject &fieldConfig, GrafanaPanel *panel)
{
    panel->fields = PanelFieldConfig::parse(fieldConfig);
    const FieldConfig &defaults = panel->fields.defaults;
    panel->unit = defaults.unit;
    panel->decimals = defaults.decimals;
    panel->min = defaults.min;
    panel->max = defaults.max;
    panel->thresholds = defaults.thresholds;
}

// Datasource references as written (`"${DS_PROMETHEUS}"`, `{"type": …, "uid": …}`, a name,
// `$datasource`), and what they resolve to: the plugin types of the export's `__inputs` and
// of the datasource variables.
struct DatasourceContext
{
    QHash<QString, QString> typeByPlaceholder;  // "DS_PROMETHEUS" → "prometheus", "datasource" → …
};

QString placeholderName(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(^\$\{?(\w+)\}?$)"));
    const QRegularExpressionMatch m = placeholder.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The type a name or placeholder stands for; empty when it says nothing (then Prometheus).
QString typeOfReference(const QString &text, const DatasourceContext &context)
{
    if (const QString name = placeholderName(text); !name.isEmpty())
        return context.typeByPlaceholder.value(name);
    if (text == u"-- Grafana --")
        return QStringLiteral("grafana");
    if (text == u"-- Dashboard --")
        return QStringLiteral("dashboard");
    if (text == u"-- Mixed --")
        return QStringLiteral("mixed");
    return {};  // a datasource's name, as older dashboards write it: assumed to be ours
}

GrafanaDatasource readDatasource(const QJsonValue &value, const DatasourceContext &context)
{
    GrafanaDatasource datasource;
    if (value.isString()) {
        datasource.name = value.toString();
        datasource.type = typeOfReference(datasource.name, context);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        datasource.name = object.value(QLatin1String("uid")).toString();
        datasource.type = object.value(QLatin1String("type")).toString();
        if (datasource.type.isEmpty() || !placeholderName(datasource.type).isEmpty())
            datasource.type = typeOfReference(datasource.name, context);
        if (datasource.type == u"datasource")  // Grafana's built-in "-- Grafana --" and others
            datasource.type = datasource.name == u"-- Mixed --" ? QStringLiteral("mixed")
                                                                : QStringLiteral("grafana");
    }
    return datasource;
}

// The number, from 1, of the first target that is not an object.
std::optional<qsizetype> readQueries(const QJsonValue &value, const DatasourceContext &context,
                                     QList<GrafanaQuery> *targets)
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
        parsed.instant = target.value(QLatin1String("instant")).toBool()
                         && !target.value(QLatin1String("range")).toBool();
        parsed.format = target.value(QLatin1String("format")).toString();
        parsed.interval = target.value(QLatin1String("interval")).toString();
        parsed.intervalFactor =
            std::clamp(target.value(QLatin1String("intervalFactor")).toInt(1), 1, 100);
        parsed.datasource = readDatasource(target.value(QLatin1String("datasource")), context);
        targets->append(parsed);
    }
    return std::nullopt;
}

std::optional<qsizetype> readPanel(const QJsonObject &object, const DatasourceContext &context,
                                   GrafanaPanel *panel)
{
    panel->id = object.value(QLatin1String("id")).toInt();
    panel->type = object.value(QLatin1String("type")).toString();
    panel->kind = GrafanaPanel::kindOfType(panel->type);
    panel->title = object.value(QLatin1String("title")).toString();
    panel->description = object.value(QLatin1String("description")).toString();
    panel->gridPos = readGridPos(object.value(QLatin1String("gridPos")).toObject());
    readFieldConfig(object.value(QLatin1String("fieldConfig")).toObject(), panel);
    const QJsonObject options = object.value(QLatin1String("options")).toObject();
    const QJsonArray calcs = options.value(QLatin1String("reduceOptions"))
                                 .toObject()
                                 .value(QLatin1String("calcs"))
                                 .toArray();
    if (!calcs.isEmpty() && calcs.first().isString())
        panel->reducer = calcs.first().toString();
    panel->colorMode = options.value(QLatin1String("colorMode")).toString();
    panel->orientation = options.value(QLatin1String("orientation")).toString();
    panel->displayMode = options.value(QLatin1String("displayMode")).toString();
    panel->textMode = options.value(QLatin1String("textMode")).toString();
    panel->graphMode = options.value(QLatin1String("graphMode")).toString();
    panel->legend = PanelLegend::parse(options.value(QLatin1String("legend")).toObject());
    panel->datasource = readDatasource(object.value(QLatin1String("datasource")), context);
    panel->collapsed = object.value(QLatin1String("collapsed")).toBool();
    panel->repeat = object.value(QLatin1String("repeat")).toString();
    panel->repeatVertical = object.value(QLatin1String("repeatDirection")).toString() == u"v";
    if (const int perRow = object.value(QLatin1String("maxPerRow")).toInt(); perRow > 0)
        panel->maxPerRow = perRow;
    panel->interval = object.value(QLatin1String("interval")).toString();
    panel->maxDataPoints = object.value(QLatin1String("maxDataPoints")).toInt();
    panel->options = options;
    panel->fieldConfig = object.value(QLatin1String("fieldConfig")).toObject();
    panel->transformations = object.value(QLatin1String("transformations")).toArray();
    panel->timeFrom = object.value(QLatin1String("timeFrom")).toString();
    panel->timeShift = object.value(QLatin1String("timeShift")).toString();
    return readQueries(object.value(QLatin1String("targets")), context, &panel->queries);
}

std::optional<QString> readPanels(const QJsonArray &items, const DatasourceContext &context,
                                  QList<GrafanaPanel> *panels)
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
        if (const std::optional<qsizetype> target = readPanel(object, context, &panel)) {
            //: %1 is a panel's number, %2 its title, %3 the number of one of its queries
            return QCoreApplication::translate("pc::GrafanaDashboard",
                                               "Panel %1 (\u201c%2\u201d) target %3 is not an "
                                               "object.")
                .arg(number, panel.title, QString::number(*target));
        }
        panels->append(std::move(panel));
        // A collapsed row holds its panels; an expanded one has them after it, at top level.
        if (std::optional<QString> why =
                readPanels(object.value(QLatin1String("panels")).toArray(), context, panels))
            return why;
    }
    return std::nullopt;
}

// A variable's `query`: text, or Grafana's newer object form with the text inside.
QString queryText(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1String("query")).toString();
    return value.toVariant().toString();
}

QStringList currentValues(const QJsonObject &current)
{
    const QJsonValue value = current.value(QLatin1String("value"));
    if (value.isArray())
        return value.toVariant().toStringList();
    if (value.isUndefined() || value.isNull())
        return {};
    return {value.toVariant().toString()};
}

GrafanaVariable readVariable(const QJsonObject &object)
{
    GrafanaVariable variable;
    variable.name = object.value(QLatin1String("name")).toString();
    variable.label = object.value(QLatin1String("label")).toString();
    variable.typeName = object.value(QLatin1String("type")).toString();
    variable.type = GrafanaVariable::typeOf(variable.typeName);
    variable.query = queryText(object.value(QLatin1String("query")));
    if (variable.type == GrafanaVariable::Type::Query && variable.query.isEmpty())
        variable.query = queryText(object.value(QLatin1String("definition")));
    variable.regex = object.value(QLatin1String("regex")).toString();
    variable.sort = object.value(QLatin1String("sort")).toInt();
    variable.multi = object.value(QLatin1String("multi")).toBool();
    variable.includeAll = object.value(QLatin1String("includeAll")).toBool();
    variable.allValue = object.value(QLatin1String("allValue")).toString();
    variable.current = currentValues(object.value(QLatin1String("current")).toObject());
    for (const QJsonValue &item : object.value(QLatin1String("options")).toArray()) {
        const QJsonObject option = item.toObject();
        variable.options.append({option.value(QLatin1String("text")).toVariant().toString(),
                                 option.value(QLatin1String("value")).toVariant().toString()});
    }
    const int hide = object.value(QLatin1String("hide")).toInt();
    variable.hide = hide == 2   ? GrafanaVariable::Hide::Variable
                    : hide == 1 ? GrafanaVariable::Hide::Label
                                : GrafanaVariable::Hide::Nothing;
    if (variable.type == GrafanaVariable::Type::Datasource)
        variable.datasourceType = variable.query;
    variable.autoInterval = object.value(QLatin1String("auto")).toBool();
    variable.autoCount = object.value(QLatin1String("auto_count")).toInt(variable.autoCount);
    variable.autoMin = object.value(QLatin1String("auto_min")).toString(variable.autoMin);
    return variable;
}

QList<GrafanaVariable> readVariables(const QJsonObject &root)
{
    QList<GrafanaVariable> variables;
    const QJsonArray list =
        root.value(QLatin1String("templating")).toObject().value(QLatin1String("list")).toArray();
    for (const QJsonValue &item : list) {
        if (item.isObject())
            variables.append(readVariable(item.toObject()));
    }
    return variables;
}

// What `${DS_…}` and `$datasource` stand for: the export's inputs and the datasource variables.
DatasourceContext readDatasourceContext(const QJsonObject &root,
                                        const QList<GrafanaVariable> &variables)
{
    DatasourceContext context;
    for (const QJsonValue &item : root.value(QLatin1String("__inputs")).toArray()) {
        const QJsonObject input = item.toObject();
        if (input.value(QLatin1String("type")).toString() == u"datasource")
            context.typeByPlaceholder.insert(input.value(QLatin1String("name")).toString(),
                                             input.value(QLatin1String("pluginId")).toString());
    }
    for (const GrafanaVariable &variable : variables) {
        if (variable.type == GrafanaVariable::Type::Datasource)
            context.typeByPlaceholder.insert(variable.name, variable.datasourceType);
    }
    return context;
}

// Grafana 12's v2 resource: `spec.elements` and `spec.layout` instead of `panels`.
bool isV2Resource(const QJsonObject &root)
{
    const QJsonObject spec = root.value(QLatin1String("spec")).toObject();
    const QJsonObject body = spec.isEmpty() ? root : spec;
    return body.contains(QLatin1String("elements")) && body.contains(QLatin1String("layout"));
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
    if (isV2Resource(root))
        return GrafanaDashboardError{QCoreApplication::translate(
            "pc::GrafanaDashboard",
            "This is a Grafana 12 dashboard resource (v2, with “elements” and "
            "\u201clayout\u201d), which Prom Companion does not read yet: in Grafana, choose "
            "Export \u2192 Export as JSON, pick the classic model, and open that file.")};
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
    dashboard.variables = readVariables(root);
    const DatasourceContext context = readDatasourceContext(root, dashboard.variables);
    dashboard.annotations =
        GrafanaAnnotationQuery::readList(root, [&context](const QJsonValue &datasource) {
            return readDatasource(datasource, context).isPrometheus();
        });
    if (const std::optional<QString> why = readPanels(panels.toArray(), context, &dashboard.panels))
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
