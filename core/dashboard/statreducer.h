#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace pc {

/// The one number a Grafana stat panel shows for a series: its `reduceOptions.calcs[0]`
/// (`lastNotNull`, `last`, `firstNotNull`, `first`, `mean`, `min`, `max`, `sum`, `count`,
/// `range`, `delta`, `diff`) over the points' values (y). NaN when there is nothing to reduce,
/// or for a reducer it does not know. Pure.
double reduceStat(const QList<QPointF> &points, const QString &reducer);

/// Whether reduceStat() knows the reducer. Pure.
bool isKnownStatReducer(const QString &reducer);

}  // namespace pc
