#pragma once

#include <QMap>
#include <QString>

namespace pc {

/// A target's `legendFormat` applied to one series, as Grafana's Prometheus data source does:
/// each `{{name}}` (spaces inside the braces allowed) becomes that label's value, or nothing
/// when the series lacks it. An empty format, or Grafana's "__auto", names the series by its
/// whole label set, `name{a="1", b="2"}` (seriesKey()), or `fallback` (the query, say) when it
/// has no labels at all. Pure.
QString expandLegendFormat(const QString &format, const QMap<QString, QString> &labels,
                           const QString &fallback = {});

/// True for the formats that ask for an automatic legend ("" and "__auto"): a view that sees
/// all of a target's series may prefer legendNames() of chartseries.h, which keeps only the
/// labels that vary between them, as Grafana's "Auto" does. Pure.
bool isAutoLegendFormat(const QString &format);

}  // namespace pc
