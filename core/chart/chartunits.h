#pragma once

#include "format/displayformat.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace pc {

/// The unit of what a PromQL query returns, read from the metric names in it as Grafana's
/// units are picked by hand: `histogram_quantile` over `_seconds_bucket` and any `_seconds`
/// gauge give seconds, `_bytes` gives bytes, a rate of a `_total` gives `/s` (req/s for
/// requests), a rate of `_seconds_total` gives a share of a core (%), `_ratio` gives %.
/// Anything else is a plain number. Pure.
DisplayFormat::Unit unitForQuery(const QString &promql);

/// unitForQuery(), then one look at the values: a quotient (`a / b`) whose values all lie in
/// 0 to 1 is a ratio, shown as %. Pure.
DisplayFormat::Unit unitForSeries(const QString &promql, const QList<QList<QPointF>> &series);

}  // namespace pc
