#pragma once

#include <QList>

namespace pc {

/// A value axis with round ticks: from `min` to `max` every `step`, where step is 1, 2, 2.5
/// or 5 times a power of ten, as Grafana and Prometheus's graph page draw theirs.
struct AxisScale
{
    double min = 0;
    double max = 1;
    double step = 0.2;

    QList<double> ticks() const;

    /// The scale that shows `low` to `high` with at most `maxTicks` ticks. An empty or flat
    /// range gets a unit around its value; a range of non-negative values starts at 0. Pure.
    static AxisScale nice(double low, double high, int maxTicks = 6);
};

}  // namespace pc
