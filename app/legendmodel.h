#pragma once

#include "chart/chartseries.h"
#include "format/displayformat.h"

#include <QAbstractTableModel>
#include <QColor>

namespace pc::app {

/// The chart's legend as a table, as Grafana's legend table shows it: one row per line with
/// its colour, name, and a column per calculation over the range shown (last, min, max and
/// mean unless setCalcs() says otherwise: Grafana's `legend.calcs`), in the chart's unit.
/// A row can be hidden (its line too). The full label set is the name's tooltip. GUI thread.
class LegendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The columns with the default calcs; with others, Name and then one per calc.
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
        QList<QPointF> points = {};  // what calcs other than last, min, max and mean reduce
    };

    explicit LegendModel(QObject *parent = nullptr);

    /// Replaces the rows, keeping each key's visibility.
    void setRows(QList<Row> rows);
    void setUnit(pc::DisplayFormat::Unit unit);
    /// The calculations shown as columns, by Grafana's ids ("mean", "lastNotNull", "sum",
    /// …); empty: last, min, max and mean.
    void setCalcs(const QStringList &calcs);
    const QStringList &calcs() const { return m_calcs; }
    /// The column whose title, in Grafana's English, is `title` ("Name", "Max", "Last *"),
    /// as `legend.sortBy` names it; -1 when none is.
    int columnForTitle(const QString &title) const;
    /// A calculation's value for a row, NaN when there is none. Pure.
    static double calcValue(const Row &row, const QString &calc);
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
    QStringList m_calcs;
    QHash<QString, bool> m_hidden;  // by key, kept across refreshes
    pc::DisplayFormat::Unit m_unit = pc::DisplayFormat::Unit::Count;
};

}  // namespace pc::app
