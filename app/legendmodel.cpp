#include "legendmodel.h"

#include "dashboard/statreducer.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace pc::app {

namespace {

struct CalcTitle
{
    const char16_t *id;
    const char *title;  // Grafana's, in English: what `legend.sortBy` names
};

// Grafana's reducer names (packages/grafana-data/src/transformations/fieldReducer.ts).
const CalcTitle kCalcTitles[] = {
    {u"last", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Last")},
    {u"lastNotNull", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Last *")},
    {u"first", QT_TRANSLATE_NOOP("pc::app::LegendModel", "First")},
    {u"firstNotNull", QT_TRANSLATE_NOOP("pc::app::LegendModel", "First *")},
    {u"min", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Min")},
    {u"max", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Max")},
    {u"mean", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Mean")},
    {u"sum", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Total")},
    {u"count", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Count")},
    {u"range", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Range")},
    {u"delta", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Delta")},
    {u"diff", QT_TRANSLATE_NOOP("pc::app::LegendModel", "Difference")},
};

const CalcTitle *calcTitle(const QString &calc)
{
    for (const CalcTitle &entry : kCalcTitles) {
        if (calc == QStringView(entry.id))
            return &entry;
    }
    return nullptr;
}

QStringList defaultCalcs()
{
    return {QStringLiteral("last"), QStringLiteral("min"), QStringLiteral("max"),
            QStringLiteral("mean")};
}

}  // namespace

LegendModel::LegendModel(QObject *parent) : QAbstractTableModel(parent), m_calcs(defaultCalcs()) {}

void LegendModel::setCalcs(const QStringList &calcs)
{
    const QStringList wanted = calcs.isEmpty() ? defaultCalcs() : calcs;
    if (wanted == m_calcs)
        return;
    beginResetModel();
    m_calcs = wanted;
    endResetModel();
}

int LegendModel::columnForTitle(const QString &title) const
{
    if (title == u"Name")
        return Name;
    for (qsizetype i = 0; i < m_calcs.size(); ++i) {
        const CalcTitle *entry = calcTitle(m_calcs[i]);
        if (title == QLatin1String(entry ? entry->title : "") || title == m_calcs[i])
            return int(i) + 1;
    }
    return -1;
}

double LegendModel::calcValue(const Row &row, const QString &calc)
{
    // The live chart's four come from the stats it already has.
    if (row.stats.count > 0 && row.points.isEmpty()) {
        if (calc == u"last" || calc == u"lastNotNull")
            return row.stats.last;
        if (calc == u"min")
            return row.stats.min;
        if (calc == u"max")
            return row.stats.max;
        if (calc == u"mean")
            return row.stats.mean;
    }
    return pc::reduceStat(row.points, calc);
}

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
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
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
        emit dataChanged(index(0, 1), index(int(m_rows.size()) - 1, columnCount() - 1));
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
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
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
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    emit visibilityChanged();
}

void LegendModel::showAll()
{
    m_hidden.clear();
    for (Row &r : m_rows)
        r.visible = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    emit visibilityChanged();
}

int LegendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LegendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calcs.size()) + 1;
}

QVariant LegendModel::statistic(const Row &row, int column, int role) const
{
    const QString &calc = m_calcs[column - 1];
    const double value = row.stats.count == 0 && calc != u"count" ? qQNaN() : calcValue(row, calc);
    if (std::isnan(value))
        return role == SortRole ? QVariant(qQNaN()) : QVariant(QStringLiteral("–"));
    if (role == SortRole)
        return value;
    if (calc == u"count")
        return QString::number(value, 'f', 0);
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
    if (section == Name)
        return tr("Series");
    if (section < 1 || section > m_calcs.size())
        return {};
    const CalcTitle *entry = calcTitle(m_calcs[section - 1]);
    return entry ? tr(entry->title) : m_calcs[section - 1];
}

}  // namespace pc::app
