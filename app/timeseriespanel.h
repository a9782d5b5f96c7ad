#pragma once

#include "chart/chartseries.h"
#include "dashboard/grafanapanel.h"

#include <QList>

#include <chrono>

namespace pc::app {

class ChartWidget;

/// Sets a chart up as a Grafana time series panel says: its legend (list, table or hidden, at
/// the bottom or right, calcs as columns, sorted), unit, axis bounds (min, max, soft ones) and
/// threshold lines or areas (`custom.thresholdsStyle`). GUI thread.
void configureTimeSeriesPanel(ChartWidget *chart, const pc::GrafanaPanel &panel);

/// Gives the chart a panel's answer with the field config resolved per series: renamed by
/// displayName, drawn with its draw style, fill, stacking, negative-Y and colour. GUI thread.
void showTimeSeries(ChartWidget *chart, const pc::GrafanaPanel &panel,
                    const QList<pc::ChartSeries> &series, std::chrono::seconds step);

}  // namespace pc::app
