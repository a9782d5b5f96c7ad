#include "timeseriespanel.h"

#include "chartview.h"
#include "chartwidget.h"
#include "dashboard/panelseries.h"

namespace pc::app {

namespace {

ChartWidget::LegendMode legendModeOf(const pc::PanelLegend &legend)
{
    switch (legend.mode) {
    case pc::PanelLegend::Mode::Table:
        return ChartWidget::LegendMode::Table;
    case pc::PanelLegend::Mode::Hidden:
        return ChartWidget::LegendMode::Hidden;
    case pc::PanelLegend::Mode::List:
        break;
    }
    return ChartWidget::LegendMode::List;
}

PlotItem::ThresholdStyle thresholdStyleOf(const QString &mode)
{
    PlotItem::ThresholdStyle style;
    style.lines =
        mode == u"line" || mode == u"line+area" || mode == u"dashed" || mode == u"dashed+area";
    style.areas = mode == u"area" || mode == u"line+area" || mode == u"dashed+area";
    style.dashed = mode.startsWith(u"dashed");
    return style;
}

}  // namespace

void configureTimeSeriesPanel(ChartWidget *chart, const pc::GrafanaPanel &panel)
{
    const pc::FieldConfig &defaults = panel.fields.defaults;
    chart->setLegendMode(legendModeOf(panel.legend));
    // A panel is as tall as its gridPos says: the live chart's 200 px floor does not apply.
    chart->view()->setMinimumHeight(60);
    chart->setLegendOptions({panel.legend.calcs,
                             panel.legend.placement == pc::PanelLegend::Placement::Right,
                             panel.legend.sortBy, panel.legend.sortDesc});
    chart->setUnit(panel.unit.unit, panel.unit.scale);
    chart->setValueBounds({defaults.axisSoftMin, defaults.axisSoftMax, defaults.min, defaults.max});
    QList<PlotItem::Threshold> steps;
    for (const pc::GrafanaThresholds::Step &step : defaults.thresholds.steps)
        steps.append({step.value, QColor(pc::grafanaColorToCss(step.color))});
    // Percentage thresholds are drawn against the axis' bounds when the panel sets them.
    if (defaults.thresholds.mode == pc::GrafanaThresholds::Mode::Percentage) {
        const double min = defaults.min.value_or(0);
        const double max = defaults.max.value_or(100);
        for (PlotItem::Threshold &step : steps)
            step.value = min + (max - min) * step.value / 100.0;
    }
    chart->setThresholds(steps, thresholdStyleOf(defaults.thresholdsStyle));
}

void showTimeSeries(ChartWidget *chart, const pc::GrafanaPanel &panel,
                    const QList<pc::ChartSeries> &series, std::chrono::seconds step)
{
    const pc::PanelSeries styled = pc::applyFieldConfig(panel.fields, series);
    chart->setSeries(styled.series, styled.styles, step);
}

}  // namespace pc::app
