#include "legendmodel.h"

#include <QGuiApplication>
#include <QPalette>

namespace pc::app {

LegendModel::LegendModel(QObject *parent) : QAbstractTableModel(parent) {}

void LegendModel::setRows(QList<Row> rows)
{
    for (Row &row : rows)
        row.visible = !m_hidden.value(row.key);
    const bool sameKeys = rows.size() == m_rows.size()
                          && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                        [](const Row &a, const Row &b) { return a.key == b.key; });
    if (sameKeys) {
        // Only the numbers moved: no reset, so the selection and scroll position stay.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LegendModel::setUnit(pc::DisplayFormat::Unit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Last), index(int(m_rows.size()) - 1, Mean));
}

bool LegendModel::isVisible(const QString &key) const
{
    return !m_hidden.value(key);
}

void LegendModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.visible = !r.visible;
    m_hidden[r.key] = !r.visible;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit visibilityChanged();
}

void LegendModel::isolate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const bool alone =
        m_rows[row].visible
        && std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.visible; }) == 1;
    if (alone) {
        showAll();
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows[i].visible = i == row;
        m_hidden[m_rows[i].key] = i != row;
    }
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit visibilityChanged();
}

void LegendModel::showAll()
{
    m_hidden.clear();
    for (Row &r : m_rows)
        r.visible = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit visibilityChanged();
}

int LegendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LegendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LegendModel::statistic(const Row &row, int column, int role) const
{
    if (row.stats.count == 0)
        return role == SortRole ? QVariant(qQNaN()) : QVariant(QStringLiteral("–"));
    const double value = column == Last  ? row.stats.last
                         : column == Min ? row.stats.min
                         : column == Max ? row.stats.max
                                         : row.stats.mean;
    if (role == SortRole)
        return value;
    return pc::DisplayFormat::compact(value, m_unit);
}

QVariant LegendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() == Name) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.name;
        case Qt::DecorationRole:
            return row.visible ? row.colour : QColor(Qt::transparent);
        case Qt::ToolTipRole:
            return row.tooltip;
        default:
            break;
        }
    } else if (role == Qt::DisplayRole || role == SortRole) {
        return statistic(row, index.column(), role);
    } else if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && !row.visible)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::AccessibleDescriptionRole)
        return row.visible ? tr("shown") : tr("hidden");
    return {};
}

QVariant LegendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Series");
    case Last:
        return tr("Last");
    case Min:
        return tr("Min");
    case Max:
        return tr("Max");
    case Mean:
        return tr("Mean");
    }
    return {};
}

}  // namespace pc::app
