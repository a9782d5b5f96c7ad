#pragma once

#include "grafanavariable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// A query variable's query, as Grafana's Prometheus data source reads it:
/// `label_values(metric, label)`, `label_values(label)`, `label_names()`, `metrics(regex)` or
/// `query_result(expr)`. A plain value.
struct VariableQuery
{
    enum class Kind { LabelValues, LabelNames, Metrics, QueryResult };
    Kind kind = Kind::LabelValues;
    QString selector;  // label_values' series selector (`up{job="x"}`), or empty for all series
    QString label;     // label_values' label
    QString regex;     // metrics()' regex
    QString expr;      // query_result()'s PromQL

    /// Reads one of the five forms (also Grafana's object form `{"query": "…"}` once its text
    /// is taken out); empty for anything else. Pure.
    static std::optional<VariableQuery> parse(const QString &text);
};

/// A variable's options from the values its query returned: filtered by its `/regex/` (the
/// first capture group, or the named groups `text` and `value`, becomes the option), deduplicated
/// in order, then sorted by its `sort`. An invalid regex keeps every value. Pure.
QList<GrafanaVariableOption> variableOptions(const QStringList &values, const QString &regex,
                                             int sort);

/// An instant query's series as query_result() shows them to a variable's regex:
/// `name{label="value", …} value timestamp_ms`. Pure.
QString queryResultLine(const QString &metric, const QList<std::pair<QString, QString>> &labels,
                        double value, qint64 timestampMs);

}  // namespace pc
