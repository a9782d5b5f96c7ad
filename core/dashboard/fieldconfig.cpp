#include "fieldconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringBuilder>

#include <cmath>

namespace pc {

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    // Hand-written dashboards and Grafana's older ones write numbers as strings ("0.5").
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// JavaScript's `/pattern/flags` as Grafana's stringToJsRegex reads it, or a bare pattern.
QRegularExpression jsRegex(const QString &text)
{
    QString pattern = text;
    QRegularExpression::PatternOptions options;
    if (text.startsWith(u'/')) {
        const qsizetype end = text.lastIndexOf(u'/');
        if (end > 0) {
            pattern = text.mid(1, end - 1);
            if (text.mid(end + 1).contains(u'i'))
                options |= QRegularExpression::CaseInsensitiveOption;
        }
    }
    return QRegularExpression(pattern, options);
}

MappedValue mappingResult(const QJsonObject &result)
{
    return {result.value(QLatin1String("text")).toString(),
            result.value(QLatin1String("color")).toString()};
}

ValueMapping::Special specialOf(const QString &match)
{
    using S = ValueMapping::Special;
    if (match == u"nan")
        return S::NaN;
    if (match == u"null+nan")
        return S::NullAndNaN;
    if (match == u"true")
        return S::True;
    if (match == u"false")
        return S::False;
    if (match == u"empty")
        return S::Empty;
    return S::Null;
}

// Grafana 7's mappings: {"type": 1, "value": "1", "text": "Up"} and {"type": 2, "from", "to"}.
std::optional<ValueMapping> readLegacyMapping(const QJsonObject &object)
{
    ValueMapping mapping;
    mapping.text = object.value(QLatin1String("text")).toString();
    const int type = object.value(QLatin1String("type")).toInt();
    if (type == 1) {
        mapping.value = object.value(QLatin1String("value")).toVariant().toString();
        if (mapping.value == u"null") {
            mapping.type = ValueMapping::Type::Special;
            mapping.special = ValueMapping::Special::Null;
        }
        return mapping;
    }
    if (type == 2) {
        mapping.type = ValueMapping::Type::Range;
        mapping.from = optionalNumber(object.value(QLatin1String("from")));
        mapping.to = optionalNumber(object.value(QLatin1String("to")));
        return mapping;
    }
    return std::nullopt;
}

// One entry of `mappings`; a value mapping with several values becomes several, sorted by
// their `index` as Grafana orders them.
void readMapping(const QJsonObject &object, QList<std::pair<int, ValueMapping>> *mappings)
{
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (typeValue.isDouble()) {
        if (std::optional<ValueMapping> legacy = readLegacyMapping(object))
            mappings->append({int(mappings->size()), *legacy});
        return;
    }
    const QString type = typeValue.toString();
    const QJsonObject options = object.value(QLatin1String("options")).toObject();
    if (type == u"value") {
        for (auto it = options.begin(); it != options.end(); ++it) {
            const QJsonObject result = it.value().toObject();
            ValueMapping mapping;
            mapping.value = it.key();
            const MappedValue shown = mappingResult(result);
            mapping.text = shown.text;
            mapping.color = shown.color;
            mappings->append({result.value(QLatin1String("index")).toInt(), mapping});
        }
        return;
    }
    ValueMapping mapping;
    const QJsonObject result = options.value(QLatin1String("result")).toObject();
    const MappedValue shown = mappingResult(result);
    mapping.text = shown.text;
    mapping.color = shown.color;
    if (type == u"range") {
        mapping.type = ValueMapping::Type::Range;
        mapping.from = optionalNumber(options.value(QLatin1String("from")));
        mapping.to = optionalNumber(options.value(QLatin1String("to")));
    } else if (type == u"special") {
        mapping.type = ValueMapping::Type::Special;
        mapping.special = specialOf(options.value(QLatin1String("match")).toString());
    } else if (type == u"regex") {
        mapping.type = ValueMapping::Type::Regex;
        mapping.value = options.value(QLatin1String("pattern")).toString();
    } else {
        return;
    }
    mappings->append({result.value(QLatin1String("index")).toInt(), mapping});
}

QList<ValueMapping> readMappings(const QJsonArray &items)
{
    QList<std::pair<int, ValueMapping>> indexed;
    for (const QJsonValue &item : items) {
        if (item.isObject())
            readMapping(item.toObject(), &indexed);
    }
    std::stable_sort(indexed.begin(), indexed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ValueMapping> mappings;
    for (auto &entry : indexed)
        mappings.append(std::move(entry.second));
    return mappings;
}

void readColor(const QJsonObject &color, FieldConfig *config)
{
    config->colorMode = color.value(QLatin1String("mode")).toString();
    config->fixedColor = color.value(QLatin1String("fixedColor")).toString();
}

FieldConfig::DrawStyle drawStyleOf(const QString &name)
{
    if (name == u"bars")
        return FieldConfig::DrawStyle::Bars;
    if (name == u"points")
        return FieldConfig::DrawStyle::Points;
    return FieldConfig::DrawStyle::Line;
}

void readStacking(const QJsonObject &stacking, FieldConfig *config)
{
    const QString mode = stacking.value(QLatin1String("mode")).toString();
    config->stacking = mode == u"normal"    ? FieldConfig::Stacking::Normal
                       : mode == u"percent" ? FieldConfig::Stacking::Percent
                                            : FieldConfig::Stacking::None;
    config->stackingGroup = stacking.value(QLatin1String("group")).toString(QStringLiteral("A"));
}

void noteApproximated(FieldConfig *config, const QString &id)
{
    if (!config->approximated.contains(id)) {
        config->approximated.append(id);
        config->approximated.sort();
    }
}

// A custom property drawn as Grafana draws it only at its default: otherwise approximated.
bool isDefaultDrawing(const QString &id, const QJsonValue &value)
{
    static const std::pair<const char16_t *, const char16_t *> defaults[] = {
        {u"custom.gradientMode", u"none"},
        {u"custom.lineInterpolation", u"linear"},
        {u"custom.axisPlacement", u"auto"},
        {u"custom.barAlignment", u"0"},
    };
    for (const auto &[name, standard] : defaults) {
        if (id == QStringView(name))
            return value.toVariant().toString() == QStringView(standard);
    }
    if (id == u"custom.showPoints")  // lines show no points unless asked to always
        return value.toString() != u"always";
    if (id == u"custom.scaleDistribution")
        return value.toObject().value(QLatin1String("type")).toString(QStringLiteral("linear"))
               == u"linear";
    if (id == u"custom.lineStyle")
        return value.toObject().value(QLatin1String("fill")).toString(QStringLiteral("solid"))
               == u"solid";
    return false;
}

// Properties that change nothing the app draws (tooltips, links, table-only options, axis
// decorations) or that it honours by other means.
bool isIgnoredProperty(const QString &id)
{
    static const QStringList ignored = {
        QStringLiteral("links"),
        QStringLiteral("description"),
        QStringLiteral("filterable"),
        QStringLiteral("writeable"),
        QStringLiteral("unitScale"),
        QStringLiteral("fieldMinMax"),
        QStringLiteral("displayNameFromDS"),
        QStringLiteral("custom.axisLabel"),
        QStringLiteral("custom.axisCenteredZero"),
        QStringLiteral("custom.axisColorMode"),
        QStringLiteral("custom.axisBorderShow"),
        QStringLiteral("custom.axisGridShow"),
        QStringLiteral("custom.axisWidth"),
        QStringLiteral("custom.pointSize"),
        QStringLiteral("custom.spanNulls"),
        QStringLiteral("custom.insertNulls"),
        QStringLiteral("custom.barWidthFactor"),
        QStringLiteral("custom.barMaxWidth"),
        QStringLiteral("custom.tooltip"),
        QStringLiteral("custom.hideFrom"),
        QStringLiteral("custom.align"),
        QStringLiteral("custom.cellOptions"),
        QStringLiteral("custom.displayMode"),
        QStringLiteral("custom.inspect"),
        QStringLiteral("custom.width"),
        QStringLiteral("custom.minWidth"),
    };
    return ignored.contains(id);
}

bool applyCustomProperty(FieldConfig *config, const QString &id, const QJsonValue &value)
{
    if (id == u"custom.drawStyle")
        config->drawStyle = drawStyleOf(value.toString());
    else if (id == u"custom.lineWidth")
        config->lineWidth = std::clamp(value.toDouble(1), 0.0, 10.0);
    else if (id == u"custom.fillOpacity")
        config->fillOpacity = std::clamp(value.toDouble(0), 0.0, 100.0);
    else if (id == u"custom.stacking")
        readStacking(value.toObject(), config);
    else if (id == u"custom.transform")
        config->negativeY = value.toString() == u"negative-Y";
    else if (id == u"custom.axisSoftMin")
        config->axisSoftMin = optionalNumber(value);
    else if (id == u"custom.axisSoftMax")
        config->axisSoftMax = optionalNumber(value);
    else if (id == u"custom.thresholdsStyle")
        config->thresholdsStyle =
            value.toObject().value(QLatin1String("mode")).toString(QStringLiteral("off"));
    else if (id == u"custom.hideFrom") {
        const QJsonObject hide = value.toObject();
        config->hideFromViz = hide.value(QLatin1String("viz")).toBool();
        config->hideFromLegend = hide.value(QLatin1String("legend")).toBool();
    } else
        return false;
    if (id == u"custom.transform" && !value.toString().isEmpty() && !config->negativeY
        && value.toString() != u"none")
        noteApproximated(config, id);
    return true;
}

}  // namespace

QStringList PanelFieldConfig::approximations() const
{
    QStringList notes;
    QStringList properties = defaults.approximated;
    QStringList matchers;
    for (const FieldOverride &entry : overrides) {
        if (!isKnownMatcher(entry.matcher.id) && !matchers.contains(entry.matcher.id))
            matchers.append(entry.matcher.id);
        FieldConfig probe;
        for (const FieldProperty &property : entry.properties)
            applyFieldProperty(&probe, property);
        for (const QString &id : std::as_const(probe.approximated)) {
            if (!properties.contains(id))
                properties.append(id);
        }
    }
    properties.sort();
    if (!properties.isEmpty())
        //: %1 lists Grafana field config property ids, such as custom.gradientMode
        notes.append(QCoreApplication::translate("pc::FieldConfig", "field options not drawn: %1")
                         .arg(properties.join(QStringLiteral(", "))));
    if (!matchers.isEmpty())
        //: %1 lists Grafana override matcher ids, such as byValue
        notes.append(
            QCoreApplication::translate("pc::FieldConfig", "overrides not applied (matched %1)")
                .arg(matchers.join(QStringLiteral(", "))));
    return notes;
}

bool isKnownMatcher(const QString &id)
{
    return id == u"byName" || id == u"byRegexp" || id == u"byFrameRefID" || id == u"byType"
           || id == u"byNames";
}

QString FieldConfig::seriesColor() const
{
    return (colorMode == u"fixed" || colorMode == u"shades") ? fixedColor : QString();
}

void applyFieldProperty(FieldConfig *config, const FieldProperty &property)
{
    const QString &id = property.id;
    const QJsonValue &value = property.value;
    if (id == u"unit")
        config->unit = GrafanaUnit::fromName(value.toString());
    else if (id == u"decimals")
        config->decimals =
            value.isDouble() ? std::optional<int>(std::clamp(value.toInt(), 0, 15)) : std::nullopt;
    else if (id == u"min")
        config->min = optionalNumber(value);
    else if (id == u"max")
        config->max = optionalNumber(value);
    else if (id == u"thresholds")
        config->thresholds = parseThresholds(value.toObject());
    else if (id == u"mappings")
        config->mappings = readMappings(value.toArray());
    else if (id == u"displayName")
        config->displayName = value.toString();
    else if (id == u"noValue")
        config->noValue = value.toString();
    else if (id == u"color")
        readColor(value.toObject(), config);
    else if (!applyCustomProperty(config, id, value) && !isIgnoredProperty(id)
             && !isDefaultDrawing(id, value))
        noteApproximated(config, id);
}

PanelFieldConfig PanelFieldConfig::parse(const QJsonObject &fieldConfig)
{
    PanelFieldConfig parsed;
    const QJsonObject defaults = fieldConfig.value(QLatin1String("defaults")).toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (it.key() != u"custom") {
            applyFieldProperty(&parsed.defaults, {it.key(), it.value()});
            continue;
        }
        const QJsonObject custom = it.value().toObject();
        for (auto c = custom.begin(); c != custom.end(); ++c)
            applyFieldProperty(&parsed.defaults, {u"custom." % c.key(), c.value()});
    }
    for (const QJsonValue &item : fieldConfig.value(QLatin1String("overrides")).toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject matcher = object.value(QLatin1String("matcher")).toObject();
        FieldOverride entry;
        entry.matcher = {matcher.value(QLatin1String("id")).toString(),
                         matcher.value(QLatin1String("options"))};
        for (const QJsonValue &property : object.value(QLatin1String("properties")).toArray()) {
            const QJsonObject p = property.toObject();
            entry.properties.append(
                {p.value(QLatin1String("id")).toString(), p.value(QLatin1String("value"))});
        }
        parsed.overrides.append(std::move(entry));
    }
    return parsed;
}

bool fieldMatcherMatches(const FieldMatcher &matcher, const QString &displayName,
                         const QString &refId)
{
    const QString options = matcher.options.toString();
    if (matcher.id == u"byName")
        return options == displayName;
    if (matcher.id == u"byRegexp") {
        const QRegularExpression regex = jsRegex(options);
        return regex.isValid() && regex.match(displayName).hasMatch();
    }
    if (matcher.id == u"byFrameRefID")
        return options == refId;
    if (matcher.id == u"byType")
        return options == u"number";  // every series' values are numbers; time is not drawn
    if (matcher.id == u"byNames") {
        const QJsonObject object = matcher.options.toObject();
        const bool listed =
            object.value(QLatin1String("names")).toArray().contains(QJsonValue(displayName));
        return object.value(QLatin1String("mode")).toString() == u"exclude" ? !listed : listed;
    }
    return false;
}

FieldConfig resolveFieldConfig(const PanelFieldConfig &panel, const QString &seriesName,
                               const QString &refId)
{
    FieldConfig config = panel.defaults;
    for (const FieldOverride &entry : panel.overrides) {
        if (!fieldMatcherMatches(entry.matcher, seriesName, refId))
            continue;
        for (const FieldProperty &property : entry.properties)
            applyFieldProperty(&config, property);
    }
    return config;
}

std::optional<MappedValue> mapValue(const QList<ValueMapping> &mappings,
                                    std::optional<double> value)
{
    const bool isNull = !value.has_value();
    const bool isNaN = value && std::isnan(*value);
    for (const ValueMapping &mapping : mappings) {
        bool matches = false;
        switch (mapping.type) {
        case ValueMapping::Type::Value: {
            bool numeric = false;
            const double key = mapping.value.toDouble(&numeric);
            matches = value && !isNaN && numeric && key == *value;
            break;
        }
        case ValueMapping::Type::Range:
            matches = value && !isNaN && (mapping.from || mapping.to)
                      && (!mapping.from || *value >= *mapping.from)
                      && (!mapping.to || *value <= *mapping.to);
            break;
        case ValueMapping::Type::Special:
            matches =
                (mapping.special == ValueMapping::Special::Null && isNull)
                || (mapping.special == ValueMapping::Special::NaN && isNaN)
                || (mapping.special == ValueMapping::Special::NullAndNaN && (isNull || isNaN));
            break;
        case ValueMapping::Type::Regex: {
            const QRegularExpression regex = jsRegex(mapping.value);
            matches = value && regex.isValid()
                      && regex.match(QString::number(*value, 'g', 16)).hasMatch();
            break;
        }
        }
        if (matches)
            return MappedValue{mapping.text, mapping.color};
    }
    return std::nullopt;
}

QString expandDisplayName(const QString &displayName, const QMap<QString, QString> &labels,
                          const QString &seriesName)
{
    if (displayName.isEmpty())
        return seriesName;
    static const QRegularExpression variable(
        QStringLiteral(R"(\$\{__(field\.labels(?:\.([\w.]+))?|field\.name|field\.displayName|)"
                       R"(series\.name)\})"));
    QString expanded;
    qsizetype last = 0;
    auto it = variable.globalMatch(displayName);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        expanded += QStringView(displayName).mid(last, match.capturedStart() - last);
        if (!match.captured(2).isEmpty()) {
            expanded += labels.value(match.captured(2));
        } else if (match.captured(1) == u"field.labels") {
            QStringList pairs;
            for (auto label = labels.begin(); label != labels.end(); ++label) {
                if (label.key() != u"__name__")
                    pairs.append(label.key() % u"=\"" % label.value() % u'"');
            }
            expanded += u'{' % pairs.join(QStringLiteral(", ")) % u'}';
        } else {
            expanded += seriesName;
        }
        last = match.capturedEnd();
    }
    expanded += QStringView(displayName).mid(last);
    return expanded;
}

QString formatFieldValue(const FieldConfig &config, std::optional<double> value,
                         const QLocale &locale)
{
    if (const std::optional<MappedValue> mapped = mapValue(config.mappings, value);
        mapped && !mapped->text.isEmpty())
        return mapped->text;
    if (!value || std::isnan(*value))
        return config.noValue;
    const double scaled = *value * config.unit.scale;
    if (config.decimals)
        return DisplayFormat::withDecimals(scaled, config.unit.unit, *config.decimals, locale);
    return DisplayFormat::value(scaled, config.unit.unit, locale);
}

}  // namespace pc
