#pragma once

#include "dashboard/tablecolumns.h"
#include "dashboard/tableframe.h"

#include <QAbstractTableModel>
#include <QList>

namespace pc::app {

/// One TableFrame as a Qt table model: a column per field that its config does not hide, the
/// header from the config's displayName or the field's, cells formatted in the column's unit
/// (formatTableCell()), aligned as Grafana aligns them (numbers right by default), coloured by
/// thresholds in the color-text and color-background cell modes. Qt::UserRole holds the raw
/// value (a double or a string) for sorting. Holds a copy of the frame; GUI thread.
class TableFrameModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TableFrameModel(QObject *parent = nullptr);

    /// A new frame and its columns' configs (one per field of `frame`).
    void setFrame(const pc::TableFrame &frame, const QList<pc::TableColumnConfig> &configs);
    /// The config of a column of the model.
    const pc::TableColumnConfig &columnConfig(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        QString title;
        qsizetype field = 0;
        pc::TableColumnConfig config;
    };
    QVariant colorFor(const Column &column, int row, int role) const;

    pc::TableFrame m_frame;
    QList<Column> m_columns;
};

}  // namespace pc::app
