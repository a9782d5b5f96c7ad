#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/grafanathresholds.h"
#include "dashboard/grafanaunit.h"
#include "dashboard/tableframe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// How one table column is shown: the panel's `fieldConfig.defaults`, then the properties of
/// each override whose matcher takes the column (byName, byRegexp, byType, byFrameRefID), in
/// order, as Grafana resolves a field's config before drawing. A plain value.
struct TableColumnConfig
{
    QString displayName;  // empty: the field's own display name
    GrafanaUnit unit;
    std::optional<int> decimals;
    std::optional<int> width;  // custom.width, in pixels
    QString align;             // custom.align: "auto", "left", "center", "right"
    QString cellType;          // custom.cellOptions.type or custom.displayMode ("auto", …)
    GrafanaThresholds thresholds;
    bool hidden = false;  // custom.hidden (custom.hideFrom.viz)
};

/// A table panel's options that its renderer reads: the field config and `options.sortBy`. A
/// plain value.
struct TablePanelOptions
{
    QJsonObject defaults;
    QJsonArray overrides;
    QString sortBy;  // a column's display name; empty: rows in the frame's order
    bool sortDescending = false;
    bool showHeader = true;

    /// Reads the panel's `fieldConfig` and `options`. Pure.
    static TablePanelOptions fromPanel(const GrafanaPanel &panel);
    /// The config of field `index` of `frame`. Pure.
    TableColumnConfig column(const TableFrame &frame, qsizetype index) const;
    /// The override properties and cell display modes that the table does not honour, each
    /// once, for the panel's fidelity note. Pure.
    QStringList unsupportedProperties() const;
};

/// A cell as the table shows it: a number in the column's unit, three significant digits
/// with the prefix that suits (DisplayFormat::compact()) or its `decimals` when set, a time as
/// `yyyy-MM-dd HH:mm:ss` in local time, a string as it is, a missing value empty. Pure.
QString formatTableCell(const TableField &field, qsizetype row, const TableColumnConfig &config,
                        const QLocale &locale = QLocale());

}  // namespace pc
