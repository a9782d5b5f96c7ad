#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <limits>

namespace pc {

/// A panel's thresholds (`fieldConfig.defaults.thresholds`): the colour of a value is that of
/// the last step whose value it reaches. The first step is the base, which Grafana writes with
/// `"value": null`: its value here is -infinity. A plain value.
struct GrafanaThresholds
{
    enum class Mode { Absolute, Percentage };

    struct Step
    {
        QString color;  // as written: "green", "semi-dark-red", "#EAB839", "rgb(…)"
        double value = -std::numeric_limits<double>::infinity();
    };

    Mode mode = Mode::Absolute;
    QList<Step> steps;  // sorted by value, the base first
};

/// Reads Grafana's `thresholds` object (`mode`, `steps` with a null base), sorting the
/// steps as Grafana does when it loads a dashboard. Pure.
GrafanaThresholds parseThresholds(const QJsonObject &object);

/// The colour name of the step `value` falls in: the last step whose value is at most `value`,
/// the base for NaN or anything below the second step, and an empty string when there are no
/// steps. In Percentage mode, `value` is first placed between `min` and `max` as 0 to 100, as
/// Grafana does with the field's range. Pure.
QString thresholdColor(const GrafanaThresholds &thresholds, double value, double min = 0,
                       double max = 100);

/// A Grafana colour as a CSS colour QColor reads: Grafana's named palette ("green",
/// "dark-orange", "super-light-blue", …) becomes its hex value; "#…", "rgb(…)" and other
/// names pass through. Pure.
QString grafanaColorToCss(const QString &color);

}  // namespace pc
