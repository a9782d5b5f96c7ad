#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pc {

/// What a variable stands for when a query is interpolated: its selected values, and whether
/// that selection is "All" (then `allValue`, or every option). A plain value.
struct VariableSelection
{
    QStringList values;
    bool multi = false;      // a multi-value or include-All variable: values become a regex
    bool all = false;        // "All" is selected
    QString allValue;        // the variable's custom all value; empty: every option
    QStringList allOptions;  // every option's value, for All without a custom value
};

/// Selections by variable name, built-ins (`__interval`, `__rate_interval`, `__range`, …)
/// included.
using VariableSelections = QHash<QString, VariableSelection>;

/// Replaces the variables of `text` as Grafana's Prometheus data source does: `$name`,
/// `${name}`, `[[name]]`, and `${name:format}` with the formats regex, pipe, csv, raw, text,
/// json, doublequote, singlequote and queryparam. By default a multi-value or All selection
/// becomes a regex alternation `(a|b)` with each value regex-escaped for a PromQL string; a
/// custom all value goes in as it is. Unknown names are left as written. Pure.
QString interpolateVariables(const QString &text, const VariableSelections &selections);

/// The variable names `text` refers to, in order, each once. Pure.
QStringList referencedVariables(const QString &text);

/// A value escaped for a PromQL regex matcher inside a double-quoted string (`a.b` → `a\\.b`),
/// as Grafana escapes multi-value selections. Pure.
QString promRegexEscape(const QString &value);

}  // namespace pc
