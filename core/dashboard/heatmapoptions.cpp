#include "heatmapoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace pc {
namespace {

void readColor(const QJsonObject &color, HeatmapOptions *options)
{
    const QString mode = color.value(QLatin1String("mode")).toString();
    options->colorMode =
        mode == u"opacity" ? HeatmapOptions::ColorMode::Opacity : HeatmapOptions::ColorMode::Scheme;
    QString scheme = color.value(QLatin1String("scheme"))
                         .toString(color.value(QLatin1String("colorScheme")).toString());
    if (scheme.startsWith(QLatin1String("interpolate")))
        scheme = scheme.mid(11);
    if (!scheme.isEmpty())
        options->scheme = scheme;
    options->color =
        color.value(QLatin1String("fill"))
            .toString(color.value(QLatin1String("cardColor")).toString(options->color));
    options->reverseColors = color.value(QLatin1String("reverse")).toBool();
    const QString scale = color.value(QLatin1String("scale"))
                              .toString(color.value(QLatin1String("colorScale")).toString());
    if (scale == u"linear")
        options->exponent = 1;
    else if (scale == u"sqrt")
        options->exponent = 0.5;
    else
        options->exponent = color.value(QLatin1String("exponent")).toDouble(options->exponent);
    if (options->colorMode == HeatmapOptions::ColorMode::Scheme
        && heatmapSchemeStops(options->scheme).isEmpty()) {
        //: %1 is a colour scheme's name, such as Turbo
        options->unsupported.append(
            QCoreApplication::translate("pc::PanelFidelity",
                                        "the %1 colour scheme is drawn as Oranges")
                .arg(options->scheme));
        options->scheme = QStringLiteral("Oranges");
    }
}

}  // namespace

HeatmapOptions HeatmapOptions::fromPanel(const GrafanaPanel &panel)
{
    HeatmapOptions options;
    options.exponent = 0.5;  // Grafana's default: an exponential scale of exponent 0.5
    const QJsonObject &o = panel.options;
    readColor(o.value(QLatin1String("color")).toObject(), &options);
    const QJsonObject yAxis = o.value(QLatin1String("yAxis")).toObject();
    options.unit =
        GrafanaUnit::fromName(yAxis.value(QLatin1String("unit")).toString(panel.unit.name));
    if (const QJsonValue decimals = yAxis.value(QLatin1String("decimals")); decimals.isDouble())
        options.decimals = decimals.toInt();
    options.reverseY = yAxis.value(QLatin1String("reverse")).toBool();
    options.showLegend =
        o.value(QLatin1String("legend")).toObject().value(QLatin1String("show")).toBool(true);
    options.showTooltip =
        o.value(QLatin1String("tooltip")).toObject().value(QLatin1String("show")).toBool(true);
    if (o.value(QLatin1String("calculate")).toBool())
        options.unsupported.append(QCoreApplication::translate(
            "pc::PanelFidelity",
            "buckets are not calculated from raw values: each series is a row"));
    const QString layout =
        o.value(QLatin1String("rowsFrame")).toObject().value(QLatin1String("layout")).toString();
    if (layout == u"ge" || layout == u"unknown")
        //: %1 is a heatmap's bucket layout: ge or unknown
        options.unsupported.append(
            QCoreApplication::translate("pc::PanelFidelity", "the bucket layout %1 is drawn as le")
                .arg(layout));
    if (!options.unit.recognized)
        //: %1 is a Grafana unit's name
        options.unsupported.append(
            QCoreApplication::translate("pc::PanelFidelity",
                                        "the unit %1 is shown as a plain number")
                .arg(options.unit.name));
    return options;
}

QStringList heatmapSchemeStops(const QString &scheme)
{
    static const QHash<QString, QString> stops = {
        {QStringLiteral("Oranges"), QStringLiteral("#fff5eb #fdd0a2 #fd8d3c #d94801 #7f2704")},
        {QStringLiteral("Reds"), QStringLiteral("#fff5f0 #fcbba1 #fb6a4a #cb181d #67000d")},
        {QStringLiteral("Greens"), QStringLiteral("#f7fcf5 #c7e9c0 #74c476 #238b45 #00441b")},
        {QStringLiteral("Blues"), QStringLiteral("#f7fbff #c6dbef #6baed6 #2171b5 #08306b")},
        {QStringLiteral("Purples"), QStringLiteral("#fcfbfd #dadaeb #9e9ac8 #6a51a3 #3f007d")},
        {QStringLiteral("Greys"), QStringLiteral("#ffffff #d9d9d9 #969696 #525252 #000000")},
        {QStringLiteral("YlOrRd"), QStringLiteral("#ffffcc #fed976 #fd8d3c #e31a1c #800026")},
        {QStringLiteral("YlGnBu"), QStringLiteral("#ffffd9 #c7e9b4 #41b6c4 #225ea8 #081d58")},
        {QStringLiteral("RdYlGn"), QStringLiteral("#a50026 #f46d43 #fee08b #a6d96a #006837")},
        {QStringLiteral("Spectral"), QStringLiteral("#9e0142 #f46d43 #fee08b #abdda4 #5e4fa2")},
        {QStringLiteral("Viridis"), QStringLiteral("#440154 #3b528b #21918c #5ec962 #fde725")},
        {QStringLiteral("Inferno"), QStringLiteral("#000004 #57106e #bc3754 #f98e09 #fcffa4")},
        {QStringLiteral("Magma"), QStringLiteral("#000004 #51127c #b73779 #fc8961 #fcfdbf")},
        {QStringLiteral("Plasma"), QStringLiteral("#0d0887 #7e03a8 #cc4778 #f89540 #f0f921")},
    };
    const QString found = stops.value(scheme);
    return found.isEmpty() ? QStringList() : found.split(u' ');
}

}  // namespace pc
