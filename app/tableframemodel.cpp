#include "tableframemodel.h"

#include "dashboard/grafanathresholds.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace pc::app {

TableFrameModel::TableFrameModel(QObject *parent) : QAbstractTableModel(parent) {}

void TableFrameModel::setFrame(const pc::TableFrame &frame,
                               const QList<pc::TableColumnConfig> &configs)
{
    beginResetModel();
    m_frame = frame;
    m_columns.clear();
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        const pc::TableColumnConfig config = configs.value(i);
        if (config.hidden)
            continue;
        m_columns.append(
            {config.displayName.isEmpty() ? frame.displayName(i) : config.displayName, i, config});
    }
    endResetModel();
}

const pc::TableColumnConfig &TableFrameModel::columnConfig(int column) const
{
    return m_columns.at(column).config;
}

int TableFrameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frame.rowCount());
}

int TableFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TableFrameModel::colorFor(const Column &column, int row, int role) const
{
    const QString &type = column.config.cellType;
    const bool text = type == u"color-text";
    const bool background = type.startsWith(QLatin1String("color-background"));
    if ((!text && !background) || (role == Qt::BackgroundRole && !background))
        return {};
    const double value = m_frame.fields[column.field].number(row);
    const QString name = pc::thresholdColor(column.config.thresholds, value);
    if (name.isEmpty() || std::isnan(value))
        return {};
    const QColor color(pc::grafanaColorToCss(name));
    if (role == Qt::BackgroundRole)
        return QBrush(color);
    // On a coloured background the text takes the contrasting colour, as Grafana's does.
    return QBrush(background ? QColor(color.lightnessF() > 0.6 ? Qt::black : Qt::white) : color);
}

QVariant TableFrameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Column &column = m_columns[index.column()];
    const pc::TableField &field = m_frame.fields[column.field];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return pc::formatTableCell(field, index.row(), column.config);
    case Qt::UserRole:
        return field.values.value(index.row());
    case Qt::TextAlignmentRole: {
        const QString &align = column.config.align;
        const Qt::Alignment horizontal = align == u"center" ? Qt::AlignHCenter
                                         : align == u"right"
                                                 || ((align.isEmpty() || align == u"auto")
                                                     && field.type == pc::TableField::Type::Number)
                                             ? Qt::AlignRight
                                             : Qt::AlignLeft;
        return QVariant::fromValue(horizontal | Qt::AlignVCenter);
    }
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return colorFor(column, index.row(), role);
    default:
        return {};
    }
}

QVariant TableFrameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_columns[section].title;
    return {};
}

}  // namespace pc::app
