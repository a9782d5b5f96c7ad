#include "panelseries.h"

namespace pc {

SeriesStyle seriesStyleOf(const FieldConfig &config)
{
    SeriesStyle style;
    style.draw = config.drawStyle == FieldConfig::DrawStyle::Bars     ? SeriesStyle::Draw::Bars
                 : config.drawStyle == FieldConfig::DrawStyle::Points ? SeriesStyle::Draw::Points
                                                                      : SeriesStyle::Draw::Line;
    style.lineWidth = config.lineWidth;
    style.fillOpacity = config.fillOpacity / 100.0;
    style.stacking =
        config.stacking == FieldConfig::Stacking::Normal    ? SeriesStyle::Stacking::Normal
        : config.stacking == FieldConfig::Stacking::Percent ? SeriesStyle::Stacking::Percent
                                                            : SeriesStyle::Stacking::None;
    style.stackGroup = config.stackingGroup;
    style.negativeY = config.negativeY;
    if (const QString color = config.seriesColor(); !color.isEmpty())
        style.color = grafanaColorToCss(color);
    else if (config.colorMode == u"thresholds" && !config.thresholds.steps.isEmpty())
        style.color = grafanaColorToCss(config.thresholds.steps.first().color);
    style.inLegend = !config.hideFromLegend;
    style.drawn = !config.hideFromViz;
    return style;
}

PanelSeries applyFieldConfig(const PanelFieldConfig &fieldConfig, QList<ChartSeries> series)
{
    PanelSeries result;
    result.configs.reserve(series.size());
    result.styles.reserve(series.size());
    for (ChartSeries &line : series) {
        const FieldConfig config = resolveFieldConfig(fieldConfig, line.name, line.refId);
        line.name = expandDisplayName(config.displayName, line.labels, line.name);
        result.styles.append(seriesStyleOf(config));
        result.configs.append(config);
    }
    result.series = std::move(series);
    return result;
}

}  // namespace pc
