#include "tablecolumns.h"

#include "format/displayformat.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pc {
namespace {

// The cell display modes drawn as Grafana draws them; gauges and the like are drawn as text.
bool isSupportedCellType(const QString &type)
{
    return type.isEmpty() || type == u"auto" || type == u"color-text" || type == u"color-background"
           || type == u"color-background-solid";
}

GrafanaThresholds thresholdsFrom(const QJsonObject &object)
{
    GrafanaThresholds thresholds;
    if (object.value(QLatin1String("mode")).toString() == u"percentage")
        thresholds.mode = GrafanaThresholds::Mode::Percentage;
    for (const QJsonValue &item : object.value(QLatin1String("steps")).toArray()) {
        GrafanaThresholds::Step step;
        step.color = item.toObject().value(QLatin1String("color")).toString();
        if (const QJsonValue value = item.toObject().value(QLatin1String("value"));
            value.isDouble())
            step.value = value.toDouble();
        thresholds.steps.append(step);
    }
    std::stable_sort(thresholds.steps.begin(), thresholds.steps.end(),
                     [](const auto &a, const auto &b) { return a.value < b.value; });
    return thresholds;
}

// One field-config property (Grafana's override form: `id` and `value`) applied to `config`.
// Returns whether the table honours it.
bool applyProperty(const QString &id, const QJsonValue &value, TableColumnConfig *config)
{
    const auto optionalInt = [&value] {
        return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
    };
    if (id == u"unit") {
        config->unit = GrafanaUnit::fromName(value.toString());
    } else if (id == u"decimals") {
        config->decimals = optionalInt();
    } else if (id == u"displayName" || id == u"displayNameFromDS") {
        config->displayName = value.toString();
    } else if (id == u"custom.width") {
        config->width = optionalInt();
    } else if (id == u"custom.align") {
        config->align = value.toString();
    } else if (id == u"custom.displayMode" || id == u"custom.cellOptions") {
        config->cellType = value.isObject()
                               ? value.toObject().value(QLatin1String("type")).toString()
                               : value.toString();
        return isSupportedCellType(config->cellType);
    } else if (id == u"thresholds") {
        config->thresholds = thresholdsFrom(value.toObject());
    } else if (id == u"custom.hidden") {
        config->hidden = value.toBool();
    } else if (id == u"custom.hideFrom") {
        config->hidden = value.toObject().value(QLatin1String("viz")).toBool();
    } else if (id == u"mappings" || id == u"noValue") {
        return value.toArray().isEmpty() && value.toString().isEmpty();
    } else {
        // Nothing a plain table draws differently (min, max, colour, filters, widths), or
        // links, which stay out of a desktop table: honoured by doing nothing.
        static const QStringList harmless = {
            QStringLiteral("custom.minWidth"),
            QStringLiteral("custom.filterable"),
            QStringLiteral("custom.inspect"),
            QStringLiteral("color"),
            QStringLiteral("min"),
            QStringLiteral("max"),
            QStringLiteral("links"),
        };
        return harmless.contains(id);
    }
    return true;
}

bool matches(const QJsonObject &matcher, const TableFrame &frame, qsizetype index)
{
    const QString id = matcher.value(QLatin1String("id")).toString();
    const QString option = matcher.value(QLatin1String("options")).toString();
    if (id == u"byName")
        return frame.displayName(index) == option;
    if (id == u"byRegexp")
        return QRegularExpression(QRegularExpression::anchoredPattern(option))
            .match(frame.displayName(index))
            .hasMatch();
    if (id == u"byFrameRefID")
        return frame.refId == option;
    if (id == u"byType") {
        const TableField::Type type = frame.fields[index].type;
        return option
               == (type == TableField::Type::Number ? u"number"
                   : type == TableField::Type::Time ? u"time"
                                                    : u"string");
    }
    return false;
}

}  // namespace

TablePanelOptions TablePanelOptions::fromPanel(const GrafanaPanel &panel)
{
    TablePanelOptions options;
    options.defaults = panel.fieldConfig.value(QLatin1String("defaults")).toObject();
    options.overrides = panel.fieldConfig.value(QLatin1String("overrides")).toArray();
    const QJsonObject sortBy =
        panel.options.value(QLatin1String("sortBy")).toArray().first().toObject();
    options.sortBy = sortBy.value(QLatin1String("displayName")).toString();
    options.sortDescending = sortBy.value(QLatin1String("desc")).toBool();
    options.showHeader = panel.options.value(QLatin1String("showHeader")).toBool(true);
    return options;
}

TableColumnConfig TablePanelOptions::column(const TableFrame &frame, qsizetype index) const
{
    TableColumnConfig config;
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (it.key() != u"custom")
            applyProperty(it.key(), it.value(), &config);
    }
    const QJsonObject custom = defaults.value(QLatin1String("custom")).toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        applyProperty(QStringLiteral("custom.") + it.key(), it.value(), &config);
    for (const QJsonValue &item : overrides) {
        const QJsonObject override = item.toObject();
        if (!matches(override.value(QLatin1String("matcher")).toObject(), frame, index))
            continue;
        for (const QJsonValue &property : override.value(QLatin1String("properties")).toArray()) {
            const QJsonObject p = property.toObject();
            applyProperty(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("value")),
                          &config);
        }
    }
    return config;
}

QStringList TablePanelOptions::unsupportedProperties() const
{
    QStringList unsupported;
    const auto check = [&unsupported](const QString &id, const QJsonValue &value) {
        TableColumnConfig probe;
        if (applyProperty(id, value, &probe))
            return;
        const QString what = probe.cellType.isEmpty() ? id : probe.cellType;
        if (!unsupported.contains(what))
            unsupported.append(what);
    };
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (it.key() == u"mappings" || it.key() == u"noValue")
            check(it.key(), it.value());
    }
    const QJsonObject custom = defaults.value(QLatin1String("custom")).toObject();
    for (const char *key : {"displayMode", "cellOptions"}) {
        if (custom.contains(QLatin1String(key)))
            check(QStringLiteral("custom.") + QLatin1String(key), custom.value(QLatin1String(key)));
    }
    for (const QJsonValue &item : overrides) {
        for (const QJsonValue &property :
             item.toObject().value(QLatin1String("properties")).toArray()) {
            const QJsonObject p = property.toObject();
            check(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("value")));
        }
    }
    return unsupported;
}

QString formatTableCell(const TableField &field, qsizetype row, const TableColumnConfig &config,
                        const QLocale &locale)
{
    const QVariant &value = field.values.value(row);
    if (!value.isValid())
        return {};
    if (field.type == TableField::Type::Time) {
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (value.typeId() != QMetaType::Double)
        return value.toString();
    const double scaled = value.toDouble() * config.unit.scale;
    if (config.decimals && std::isfinite(scaled))
        return DisplayFormat::fixed(scaled, config.unit.unit, *config.decimals, locale);
    // Three significant digits with the prefix that suits, as Grafana's table shows a unit
    // ("23.5 GiB", "4.37 h", "12.3 k").
    return DisplayFormat::compact(scaled, config.unit.unit, locale);
}

}  // namespace pc
