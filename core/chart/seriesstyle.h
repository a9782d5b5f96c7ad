#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace pc {

/// How one line of a chart is drawn, as a Grafana time series panel's field config says
/// (`custom.drawStyle`, `lineWidth`, `fillOpacity`, `stacking`, `transform`, `color`): what
/// the chart is given, already resolved per series. A plain value.
struct SeriesStyle
{
    enum class Draw { Line, Bars, Points };
    enum class Stacking { None, Normal, Percent };

    Draw draw = Draw::Line;
    double lineWidth = 1;
    double fillOpacity = 0;  // 0 to 1: the area under the line, or between stacked lines
    Stacking stacking = Stacking::None;
    QString stackGroup = QStringLiteral("A");  // series stack only with their group
    bool negativeY = false;                    // drawn below zero; its values stay positive
    QString color;                             // a CSS colour, or empty for the chart's palette
    bool inLegend = true;                      // custom.hideFrom.legend: drawn but not listed
    bool drawn = true;                         // custom.hideFrom.viz: listed but not drawn

    friend bool operator==(const SeriesStyle &a, const SeriesStyle &b)
    {
        return a.draw == b.draw && a.lineWidth == b.lineWidth && a.fillOpacity == b.fillOpacity
               && a.stacking == b.stacking && a.stackGroup == b.stackGroup
               && a.negativeY == b.negativeY && a.color == b.color && a.inLegend == b.inLegend
               && a.drawn == b.drawn;
    }
};

/// Where one series lands on the plot: its top edge, and the bottom edge of its fill (a
/// stacked series' fill reaches down to the series below it, a filled one to zero); `lower`
/// is empty when nothing is filled. A plain value.
struct SeriesLayout
{
    QList<QPointF> upper;
    QList<QPointF> lower;
};

/// Places series on the plot as Grafana's time series panel does: a negative-Y series is
/// mirrored below zero; series that stack (normal or percent) and share a group are summed,
/// in order, point by point on shared timestamps (percent: as a share of the group's total at
/// that time, 0 to 1); a series with a fill gets its lower edge. `styles` is parallel to
/// `series`; a missing style is the default. Pure.
QList<SeriesLayout> layoutSeries(const QList<QList<QPointF>> &series,
                                 const QList<SeriesStyle> &styles);

/// Whether any style stacks as percent: the chart's value axis then reads 0 to 100 %. Pure.
bool stacksAsPercent(const QList<SeriesStyle> &styles);

}  // namespace pc
