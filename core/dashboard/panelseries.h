#pragma once

#include "chart/chartseries.h"
#include "chart/seriesstyle.h"
#include "dashboard/fieldconfig.h"

#include <QList>

namespace pc {

/// A time series or stat panel's answer with its field config resolved per series, before
/// anything is drawn, as Grafana's panel plugins get it: each series renamed by its
/// `displayName`, with its own field config and the style the chart draws it with. The
/// lists are parallel. A plain value.
struct PanelSeries
{
    QList<ChartSeries> series;
    QList<FieldConfig> configs;
    QList<SeriesStyle> styles;
};

/// Resolves `fieldConfig` for each series (matched by its legend name and its query's refId)
/// and applies its `displayName`. Pure.
PanelSeries applyFieldConfig(const PanelFieldConfig &fieldConfig, QList<ChartSeries> series);

/// How a series with this field config is drawn: draw style, line width, fill opacity (0 to
/// 1), stacking, negative-Y, a fixed colour (Grafana's palette names as CSS), hideFrom. Pure.
SeriesStyle seriesStyleOf(const FieldConfig &config);

}  // namespace pc
