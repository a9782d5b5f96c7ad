#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/grafanaunit.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// What a heatmap panel's renderer reads of its options, from Grafana's heatmap panel (7.x's
/// `heatmap` with `dataFormat`, `cards` and `color.colorScheme` as well as the newer one with
/// `calculate`, `color.scheme` and `yAxis`), and the options it does not honour. A plain value.
struct HeatmapOptions
{
    enum class ColorMode { Scheme, Opacity };

    ColorMode colorMode = ColorMode::Scheme;
    QString scheme = QStringLiteral("Oranges");  // a d3 scheme name, without "interpolate"
    QString color = QStringLiteral("#b4ff00");   // the opacity mode's colour (Grafana's)
    bool reverseColors = false;
    double exponent = 1;  // the colour scale: 1 linear, else count^exponent (Grafana's 0.5)
    bool reverseY = false;
    bool showLegend = true;
    bool showTooltip = true;
    GrafanaUnit unit;  // of the bucket bounds (yAxis.unit, else the field's)
    std::optional<int> decimals;
    QStringList unsupported;  // what is drawn otherwise than Grafana would, in words

    /// Reads the panel's options and field config. Pure.
    static HeatmapOptions fromPanel(const GrafanaPanel &panel);
};

/// The colour stops, "#rrggbb" from low to high, of the d3 schemes Grafana's heatmap offers
/// that the app draws (Oranges, Reds, Greens, Blues, Purples, Greys, YlOrRd, RdYlGn, Spectral,
/// Viridis, Inferno, Plasma, …); empty for a scheme it does not know. Pure.
QStringList heatmapSchemeStops(const QString &scheme);

}  // namespace pc
