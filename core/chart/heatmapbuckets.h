#pragma once

#include "chart/chartseries.h"

#include <QList>
#include <QString>

namespace pc {

/// A heatmap's cells: per time step (a column) and bucket (a row, lowest first), how many
/// observations fell in the bucket, as Grafana's heatmap draws Prometheus's classic histograms.
/// A plain value.
struct HeatmapBuckets
{
    QList<double> times;          // ms since the epoch, ascending: the columns
    QList<QString> upperBounds;   // each row's `le`, or a series' name when there is none
    QList<double> bounds;         // each row's upper bound as a number (NaN without `le`)
    QList<QList<double>> counts;  // counts[column][row]; NaN where no series had a point
    double maxCount = 0;          // the largest finite count, for the colour scale
    bool cumulative = false;      // the input was `le` buckets, de-cumulated here

    bool isEmpty() const { return times.isEmpty() || upperBounds.isEmpty(); }
};

/// Cells from a query's lines. Lines with an `le` label are a classic histogram: those of one
/// bound are summed (several instances), the bounds sorted (`+Inf` last), and each time step
/// de-cumulated, a bucket's count being its line's value less the one below it (never below
/// zero: a counter reset or a scrape between two answers). Without `le`, each line is a row as
/// it is, in the given order, as Grafana's heatmap takes pre-bucketed series. Pure.
HeatmapBuckets heatmapBuckets(const QList<ChartSeries> &series);

}  // namespace pc
