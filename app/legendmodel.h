#pragma once

#include "chart/chartseries.h"
#include "format/displayformat.h"

#include <QAbstractTableModel>
#include <QColor>

namespace pc::app {

/// The chart's legend as a table, as Grafana's legend table shows it: one row per line with
/// its colour, name, and last, min, max and mean over the range shown, in the chart's unit.
/// A row can be hidden (its line too). The full label set is the name's tooltip. GUI thread.
class LegendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Last, Min, Max, Mean, ColumnCount };
    /// The raw number of a statistic column, for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;
    struct Row
    {
        QString key;
        QString name;
        QString tooltip;
        QColor colour;
        pc::SeriesStats stats;
        bool visible = true;
    };

    explicit LegendModel(QObject *parent = nullptr);

    /// Replaces the rows, keeping each key's visibility.
    void setRows(QList<Row> rows);
    void setUnit(pc::DisplayFormat::Unit unit);
    const QList<Row> &rows() const { return m_rows; }
    bool isVisible(const QString &key) const;

    /// A click: shows or hides one line.
    void toggle(int row);
    /// A Ctrl-click: shows only this line, or everything again when it is the only one shown.
    void isolate(int row);
    void showAll();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// Visibility changed for some rows: the chart shows or hides their lines.
    void visibilityChanged();

private:
    QVariant statistic(const Row &row, int column, int role) const;

    QList<Row> m_rows;
    QHash<QString, bool> m_hidden;  // by key, kept across refreshes
    pc::DisplayFormat::Unit m_unit = pc::DisplayFormat::Unit::Count;
};

}  // namespace pc::app
