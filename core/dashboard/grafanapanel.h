#pragma once

#include "fieldconfig.h"
#include "grafanathresholds.h"
#include "grafanaunit.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace pc {

/// Where a panel sits on Grafana's grid: 24 columns wide, rows of about 30 px, y growing down.
struct GrafanaGridPos
{
    int x = 0;
    int y = 0;
    int w = 12;  // Grafana's defaults for a panel without gridPos
    int h = 8;
};

/// Where a panel or query takes its data from, resolved through the dashboard's `__inputs`
/// and datasource variables: Grafana's plugin type ("prometheus", "loki", …) and the name or
/// uid as written. A plain value.
struct GrafanaDatasource
{
    QString type;  // empty: the dashboard's default, which is the app's Prometheus here
    QString name;  // as written, for sentences

    bool isPrometheus() const { return type.isEmpty() || type == QLatin1String("prometheus"); }
};

/// A time series panel's `options.legend`: how the legend shows, where, with which
/// calculations as columns and sorted by which. A plain value.
struct PanelLegend
{
    enum class Mode { List, Table, Hidden };
    enum class Placement { Bottom, Right };

    Mode mode = Mode::List;
    Placement placement = Placement::Bottom;
    QStringList calcs;  // "mean", "max", "lastNotNull", … as columns, in order
    QString sortBy;     // a calc's display name ("Max", "Last *") or "Name"; empty: unsorted
    bool sortDesc = false;

    /// Reads `options.legend` (`displayMode`, `placement`, `calcs`, `sortBy`, `sortDesc`,
    /// `showLegend`); the older `legend.show` false hides it. Pure.
    static PanelLegend parse(const QJsonObject &legend);
};

/// One query of a panel. A plain value.
struct GrafanaQuery
{
    QString refId;           // "A", "B", …
    QString expr;            // PromQL
    QString legendFormat;    // "{{code}}", "p95", "__auto" or empty: see expandLegendFormat()
    bool hidden = false;     // `hide`: queried by Grafana for other targets' sake, not drawn
    bool instant = false;    // `instant` without `range`: one value per series
    QString format;          // "time_series", "table", "heatmap"
    QString interval;        // the query's minimum step, "1m" or "$__interval"
    int intervalFactor = 1;  // the legacy "Resolution 1/N": a step N times coarser
    GrafanaDatasource datasource;
};

/// One panel of a Grafana dashboard, as plain values the app draws from. The panel's type is
/// kept by name, so a view can name a type it cannot draw. A plain value.
struct GrafanaPanel
{
    enum class Kind { TimeSeries, Stat, Gauge, BarGauge, Table, Text, Heatmap, Row, Unknown };

    int id = 0;
    QString type;  // as written: "timeseries", "stat", "piechart", …
    Kind kind = Kind::Unknown;
    QString title;
    QString description;
    GrafanaGridPos gridPos;
    QList<GrafanaQuery> queries;  // Grafana's `targets`
    PanelFieldConfig fields;      // fieldConfig parsed: resolveFieldConfig() per series
    GrafanaUnit unit;             // fieldConfig.defaults.unit
    std::optional<int> decimals;
    std::optional<double> min;
    std::optional<double> max;
    GrafanaThresholds thresholds;
    QString reducer = QStringLiteral("lastNotNull");  // a stat's options.reduceOptions.calcs[0]
    QString colorMode;    // a stat's options.colorMode: "value", "background", "none"
    QString orientation;  // options.orientation: "auto", "horizontal", "vertical"
    QString displayMode;  // a bar gauge's options.displayMode: "basic", "gradient", "lcd"
    QString textMode;     // a stat's options.textMode: "auto", "value", "value_and_name", …
    QString graphMode;    // a stat's options.graphMode: "area" (a sparkline) or "none"
    PanelLegend legend;   // a time series panel's options.legend
    GrafanaDatasource datasource;
    bool collapsed = false;       // a row's: its panels are hidden, and query nothing
    QString repeat;               // the multi-value variable the panel or row repeats by
    bool repeatVertical = false;  // `repeatDirection: "v"`: copies stacked, not side by side
    int maxPerRow = 4;            // side-by-side copies per line at most
    /// A repeated copy's own value of the variables it repeats by (and of its row's), which
    /// take the place of the dashboard's selection in its queries. Empty for other panels.
    QHash<QString, QString> scopedVars;
    QString interval;       // the panel's minimum step ("30s"), or empty
    int maxDataPoints = 0;  // 0: one point per pixel
    // As written, for the renderers that read more than the members above (tables, text,
    // heatmaps): `options`, `fieldConfig` (defaults and overrides) and `transformations`.
    QJsonObject options;
    QJsonObject fieldConfig;
    QJsonArray transformations;
    QString timeFrom;   // the panel's own relative range ("1h"), or empty: the dashboard's
    QString timeShift;  // how far back the panel's range is moved ("1d"), or empty

    /// `timeFrom` and `timeShift` as durations ("1h", "now-1h", "2d"); nothing when empty or
    /// not a duration. Pure.
    std::optional<std::chrono::seconds> timeFromDuration() const;
    std::optional<std::chrono::seconds> timeShiftDuration() const;

    /// "timeseries" and the older "graph" → TimeSeries, "stat", "gauge", "bargauge", "table",
    /// "text", "heatmap", "row"; anything else → Unknown. Pure.
    static Kind kindOfType(const QString &type);
};

}  // namespace pc
