#include "grafanathresholds.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace pc {

namespace {

struct NamedColor
{
    const char16_t *name;
    const char16_t *hex;
};

// Grafana's named palette (packages/grafana-data/src/themes/colors.ts), five shades per hue.
constexpr NamedColor kPalette[] = {
    {u"super-light-red", u"#FFA6B0"},
    {u"light-red", u"#FF7383"},
    {u"red", u"#F2495C"},
    {u"semi-dark-red", u"#E02F44"},
    {u"dark-red", u"#C4162A"},
    {u"super-light-orange", u"#FFCB7D"},
    {u"light-orange", u"#FFB357"},
    {u"orange", u"#FF9830"},
    {u"semi-dark-orange", u"#FF780A"},
    {u"dark-orange", u"#FA6400"},
    {u"super-light-yellow", u"#FFF899"},
    {u"light-yellow", u"#FFEE52"},
    {u"yellow", u"#FADE2A"},
    {u"semi-dark-yellow", u"#F2CC0C"},
    {u"dark-yellow", u"#E0B400"},
    {u"super-light-green", u"#C8F2C2"},
    {u"light-green", u"#96D98D"},
    {u"green", u"#73BF69"},
    {u"semi-dark-green", u"#56A64B"},
    {u"dark-green", u"#37872D"},
    {u"super-light-blue", u"#C0D8FF"},
    {u"light-blue", u"#8AB8FF"},
    {u"blue", u"#5794F2"},
    {u"semi-dark-blue", u"#3274D9"},
    {u"dark-blue", u"#1F60C4"},
    {u"super-light-purple", u"#DEB6F2"},
    {u"light-purple", u"#CA95E5"},
    {u"purple", u"#B877D9"},
    {u"semi-dark-purple", u"#A352CC"},
    {u"dark-purple", u"#8F3BB8"},
};

}  // namespace

GrafanaThresholds parseThresholds(const QJsonObject &object)
{
    GrafanaThresholds thresholds;
    if (object.value(QLatin1String("mode")).toString() == QLatin1String("percentage"))
        thresholds.mode = GrafanaThresholds::Mode::Percentage;
    for (const QJsonValue &item : object.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = item.toObject();
        GrafanaThresholds::Step parsed;
        parsed.color = step.value(QLatin1String("color")).toString();
        // The base step's value is null; -infinity keeps it first and always reached.
        if (const QJsonValue value = step.value(QLatin1String("value")); value.isDouble())
            parsed.value = value.toDouble();
        thresholds.steps.append(parsed);
    }
    // Grafana sorts the steps when it loads a dashboard; a hand-edited file may not be.
    std::stable_sort(thresholds.steps.begin(), thresholds.steps.end(),
                     [](const auto &a, const auto &b) { return a.value < b.value; });
    return thresholds;
}

QString thresholdColor(const GrafanaThresholds &thresholds, double value, double min, double max)
{
    if (thresholds.steps.isEmpty())
        return {};
    double position = value;
    if (thresholds.mode == GrafanaThresholds::Mode::Percentage)
        position = max > min ? (value - min) / (max - min) * 100.0 : 0.0;
    const GrafanaThresholds::Step *active = &thresholds.steps.front();
    // NaN reaches no step: comparisons with it are false, so the base stays.
    for (const GrafanaThresholds::Step &step : thresholds.steps) {
        if (position >= step.value)
            active = &step;
    }
    return active->color;
}

QString grafanaColorToCss(const QString &color)
{
    for (const NamedColor &named : kPalette) {
        if (color == QStringView(named.name))
            return QString::fromUtf16(named.hex);
    }
    return color;
}

}  // namespace pc
