#pragma once

#include "dashboard/grafanapanel.h"
#include "prometheus/promresponse.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace pc {

/// One column of a TableFrame, as a field of Grafana's data frames: its name, its type, the
/// labels of the series it came from, and one value a row. A number or a time is a double (a
/// time in ms since the epoch), a string a QString, a missing value an invalid QVariant. A
/// plain value.
struct TableField
{
    enum class Type { Time, Number, String };

    QString name;  // "Time", "instance", "Value #A"
    Type type = Type::String;
    QMap<QString, QString> labels;  // a time series' value field: the series' labels
    QString displayName;            // set by a legend, a rename or an override; else name
    QList<QVariant> values;

    double number(qsizetype row) const;  // NaN when missing or not a number
};

/// A table as Grafana's transformations and table panel see it: the fields of one query's
/// answer (or of a join), every field as long as the others. A plain value.
struct TableFrame
{
    QString refId;  // the query it came from; empty after a join or merge
    QList<TableField> fields;

    qsizetype rowCount() const { return fields.isEmpty() ? 0 : fields.first().values.size(); }
    /// What the table's header says for field `index`: its displayName, else its name, with a
    /// number after a name that several fields share ("Time 1", "Time 2"), as Grafana does.
    QString displayName(qsizetype index) const;
    /// The index of the field whose displayName() is `name`, or -1.
    qsizetype indexOf(const QString &name) const;
};

/// The frames of a panel's answers, as Grafana's Prometheus data source makes them. A query of
/// `format: "table"` gives one frame: Time, then each label in name order, then `Value` (or
/// `Value #<refId>` when the panel has several table queries), one row a sample, sorted by the
/// labels. Any other query gives a frame per series: Time and a Value field that carries the
/// series' labels and its legend (legendFormat) as displayName. `results[i]` answers
/// `queries[i]`. Pure.
QList<TableFrame> framesFromResults(const QList<PromQueryResult> &results,
                                    const QList<GrafanaQuery> &queries);

}  // namespace pc
