#pragma once

#include "grafanathresholds.h"
#include "grafanaunit.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// One of a field's value mappings (`fieldConfig.defaults.mappings`): a value, a range, a
/// special value or a regex that shows as a text and colour instead of the number. A plain
/// value.
struct ValueMapping
{
    enum class Type { Value, Range, Special, Regex };
    enum class Special { Null, NaN, NullAndNaN, True, False, Empty };

    Type type = Type::Value;
    QString value;               // Value: the value as written ("1"); Regex: the pattern
    std::optional<double> from;  // Range: inclusive bounds, open when absent
    std::optional<double> to;
    Special special = Special::Null;
    QString text;   // what is shown; empty: the number as formatted
    QString color;  // a Grafana colour; empty: the thresholds' colour
};

/// What a mapping makes of a value. A plain value.
struct MappedValue
{
    QString text;   // empty: the number as formatted
    QString color;  // empty: unchanged
};

/// A field's display settings, as Grafana's field config resolves them for one series:
/// `fieldConfig.defaults` with the matching overrides applied, in order. Every property a
/// dashboard sets is read here, in one place; what a view cannot draw stays listed in
/// `approximated` so that it is said. A plain value.
struct FieldConfig
{
    enum class DrawStyle { Line, Bars, Points };
    enum class Stacking { None, Normal, Percent };

    GrafanaUnit unit;
    std::optional<int> decimals;
    std::optional<double> min;
    std::optional<double> max;
    GrafanaThresholds thresholds;
    QList<ValueMapping> mappings;
    QString displayName;  // may hold ${__field.labels.x}, ${__field.name}, ${__series.name}
    QString colorMode;    // color.mode: "fixed", "thresholds", "palette-classic", …
    QString fixedColor;   // color.fixedColor, used when colorMode is "fixed" or "shades"
    QString noValue;      // shown instead of a value when there is none; empty: "No data"

    // `custom.*`: the time series panel's draw options.
    DrawStyle drawStyle = DrawStyle::Line;
    double lineWidth = 1;
    double fillOpacity = 0;  // 0 to 100
    Stacking stacking = Stacking::None;
    QString stackingGroup = QStringLiteral("A");
    bool negativeY = false;  // custom.transform "negative-Y": drawn below zero
    std::optional<double> axisSoftMin;
    std::optional<double> axisSoftMax;
    QString thresholdsStyle = QStringLiteral("off");  // "line", "area", "line+area", "dashed", …
    bool hideFromViz = false;
    bool hideFromLegend = false;

    /// Properties read but not drawn as Grafana would ("custom.gradientMode"), by id, sorted.
    QStringList approximated;

    /// The colour a series takes from its field config: the fixed colour, or empty for the
    /// panel's palette.
    QString seriesColor() const;
};

/// One property of an override or of the defaults: its Grafana id ("unit",
/// "custom.fillOpacity", "thresholds") and its JSON value. A plain value.
struct FieldProperty
{
    QString id;
    QJsonValue value;
};

/// How an override picks its fields. A plain value.
struct FieldMatcher
{
    QString id;          // "byName", "byRegexp", "byFrameRefID", "byType", "byNames", …
    QJsonValue options;  // a name, a pattern, a refId, a type; byNames: {names: […]}
};

/// One entry of `fieldConfig.overrides`. A plain value.
struct FieldOverride
{
    FieldMatcher matcher;
    QList<FieldProperty> properties;
};

/// A panel's `fieldConfig`: its defaults as parsed and its overrides as written, applied to a
/// series by resolveFieldConfig(). A plain value.
struct PanelFieldConfig
{
    FieldConfig defaults;
    QList<FieldOverride> overrides;

    /// Reads `fieldConfig` (defaults and overrides). Never fails: what it does not know is
    /// listed in the result's `approximated`. Pure.
    static PanelFieldConfig parse(const QJsonObject &fieldConfig);
    /// Sentences for the fidelity report: the properties of the defaults and overrides that
    /// are not drawn as Grafana would, and the overrides whose matcher is not known. Pure.
    QStringList approximations() const;
};

/// Whether fieldMatcherMatches() knows a matcher id. Pure.
bool isKnownMatcher(const QString &id);

/// Sets one property on `config`, as Grafana's field config registry does: `unit`,
/// `decimals`, `min`, `max`, `thresholds`, `mappings`, `displayName`, `color`, and
/// `custom.drawStyle`, `custom.lineWidth`, `custom.fillOpacity`, `custom.stacking`,
/// `custom.transform`, `custom.axisSoftMin`/`Max`, `custom.thresholdsStyle`,
/// `custom.hideFrom`. Properties that change nothing drawn (`custom.axisPlacement`, …) are
/// ignored; others unknown are listed in `approximated`. Pure.
void applyFieldProperty(FieldConfig *config, const FieldProperty &property);

/// Whether an override's matcher picks the series named `displayName` (its legend) that
/// answers the target `refId`. byName: equal; byRegexp: the pattern (JavaScript's `/…/i`
/// form too) found in the name; byFrameRefID: the refId; byType "number": every series;
/// byNames: one of the names. Unknown matchers pick nothing. Pure.
bool fieldMatcherMatches(const FieldMatcher &matcher, const QString &displayName,
                         const QString &refId);

/// The field config of one series: the defaults, then every override that matches it, in the
/// panel's order, later ones winning, as Grafana resolves it before drawing. Pure.
FieldConfig resolveFieldConfig(const PanelFieldConfig &panel, const QString &seriesName,
                               const QString &refId);

/// What the first matching mapping makes of a value, in the mappings' order; nullopt for a
/// number none maps. `value` nullopt is a null (no data). Pure.
std::optional<MappedValue> mapValue(const QList<ValueMapping> &mappings,
                                    std::optional<double> value);

/// A field's `displayName` for one series: `${__field.labels.x}` becomes label x,
/// `${__field.labels}` the label set, `${__field.name}`, `${__field.displayName}` and
/// `${__series.name}` the series' name. An empty `displayName` gives `seriesName`. Pure.
QString expandDisplayName(const QString &displayName, const QMap<QString, QString> &labels,
                          const QString &seriesName);

/// A value as a field shows it: its mapping's text if one maps it, else the number in the
/// field's unit (scaled) with its `decimals` if set. Pure; the locale is a parameter.
QString formatFieldValue(const FieldConfig &config, std::optional<double> value,
                         const QLocale &locale = QLocale());

}  // namespace pc
