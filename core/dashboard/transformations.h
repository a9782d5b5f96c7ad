#pragma once

#include "dashboard/tableframe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

/// One of a panel's `transformations`, as written: its id and options. A plain value.
struct GrafanaTransformation
{
    QString id;  // "organize", "joinByField", "merge", "reduce", "filterFieldsByName", …
    QJsonObject options;
    bool disabled = false;  // Grafana 10's switch: listed, not applied

    /// The panel's `transformations` list; entries that are not objects are left out. Pure.
    static QList<GrafanaTransformation> listFrom(const QJsonArray &items);
};

/// Whether applyTransformations() knows the transformation `id`. Pure.
bool isKnownTransformation(const QString &id);

/// The reducers (`calcs`) the `reduce` transformation and the table know. Pure.
bool isKnownTableReducer(const QString &reducer);

/// Grafana's transformations, in order, as its table panel applies them before drawing:
/// - `organize`: `excludeByName`, `indexByName` (the new order), `renameByName`;
/// - `joinByField` (and its older id `seriesToColumns`): one frame joined on `byField` (the
///   first time field when absent), `outer` (every key, sorted) or `inner` (keys every frame
///   has); a name that several frames share is numbered ("Time 1", "Time 2");
/// - `merge`: one frame; rows whose fields present in every frame are equal become one row;
/// - `reduce`: `seriesToRows` (a row per number field: Field, then a column per reducer) or
///   `reduceFields` (each field to one value), with `includeTimeField` and `labelsToFields`;
/// - `filterFieldsByName`: the fields whose display name is in `include.names` or matches
///   `include.pattern`, then without those of `exclude`;
/// - `sortBy`: the rows by `sort[0].field`, `desc` or not;
/// - `limit`: the first `limitField` rows.
/// Unknown ids are skipped, and PanelFidelity names them; disabled ones are skipped quietly, as
/// Grafana does. Pure.
QList<TableFrame> applyTransformations(QList<TableFrame> frames,
                                       const QList<GrafanaTransformation> &transformations);

/// The header Grafana's `reduce` gives a reducer's column: lastNotNull → "Last *", sum →
/// "Total", mean → "Mean". Pure.
QString reducerTitle(const QString &reducer);

}  // namespace pc
