#include "tablepanel.h"

#include "dashboard/transformations.h"
#include "tableframemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::app {

TablePanel::TablePanel(const pc::GrafanaPanel &panel, const QList<pc::GrafanaQuery> &queries,
                       QWidget *parent)
    : QWidget(parent),
      m_panel(panel),
      m_options(pc::TablePanelOptions::fromPanel(panel)),
      m_queries(queries),
      m_model(new TableFrameModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView),
      m_frameChoice(new QComboBox),
      m_noData(new QLabel(tr("No data")))
{
    setAccessibleName(panel.title);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setObjectName(QStringLiteral("tablePanelView"));
    m_view->setAccessibleName(panel.title);
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setVisible(m_options.showHeader);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the frame's order
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setWordWrap(false);
    m_frameChoice->setObjectName(QStringLiteral("tablePanelFrames"));
    m_frameChoice->setAccessibleName(tr("Table shown"));
    m_frameChoice->hide();
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noData, 1);
    layout->addWidget(m_frameChoice);
    connect(m_frameChoice, &QComboBox::activated, this, &TablePanel::showFrame);
}

void TablePanel::setResults(const QList<pc::PromQueryResult> &results)
{
    m_frames =
        pc::applyTransformations(pc::framesFromResults(results, m_queries),
                                 pc::GrafanaTransformation::listFrom(m_panel.transformations));
    const int previous = m_frameChoice->currentIndex();
    m_frameChoice->clear();
    for (int i = 0; i < m_frames.size(); ++i) {
        const pc::TableFrame &frame = m_frames[i];
        // Grafana names a frame by its query and, for a series, its legend.
        const QString name = frame.fields.size() == 2 && !frame.fields.last().displayName.isEmpty()
                                 ? frame.fields.last().displayName
                                 : frame.refId;
        m_frameChoice->addItem(name.isEmpty() ? tr("Table %1").arg(i + 1) : name);
    }
    m_frameChoice->setVisible(m_frames.size() > 1);
    showFrame(std::clamp(previous, 0, std::max(0, int(m_frames.size()) - 1)));
}

int TablePanel::currentFrame() const
{
    return m_frameChoice->currentIndex();
}

void TablePanel::showFrame(int index)
{
    const pc::TableFrame frame = m_frames.value(index);
    QList<pc::TableColumnConfig> configs;
    for (qsizetype i = 0; i < frame.fields.size(); ++i)
        configs.append(m_options.column(frame, i));
    m_model->setFrame(frame, configs);
    if (index >= 0 && index < m_frameChoice->count())
        m_frameChoice->setCurrentIndex(index);
    const bool empty = frame.rowCount() == 0;
    m_view->setVisible(!empty);
    m_noData->setVisible(empty);
    // Fitted again when the columns change, not on every answer: a width the user dragged stays.
    if (headers() != m_fitted)
        fitColumns();
    // options.sortBy once, on the first answer: the user's clicks win after that.
    if (!m_sortApplied && !m_options.sortBy.isEmpty() && m_model->columnCount() > 0) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            if (m_model->headerData(column, Qt::Horizontal).toString() == m_options.sortBy) {
                m_view->sortByColumn(
                    column, m_options.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
                m_sortApplied = true;
            }
        }
    }
    setAccessibleDescription(tr("%n rows", nullptr, int(frame.rowCount())));
}

void TablePanel::fitColumns()
{
    // Each column as wide as its widest cell or its custom.width, the room left shared out, as
    // Grafana fills the panel's width; a table wider than the panel scrolls.
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemView *view = m_view;  // where sizeHintForColumn() is public
    QList<int> widths;
    int total = 0;
    int flexible = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const std::optional<int> width = m_model->columnConfig(column).width;
        widths.append(
            width ? *width
                  : std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
        total += widths.last();
        flexible += width ? 0 : 1;
    }
    const int room = m_view->viewport()->width() - total;
    m_fitted = headers();
    for (int column = 0; column < widths.size(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const bool grows = room > 0 && !m_model->columnConfig(column).width;
        header->resizeSection(column, widths[column] + (grows ? room / flexible : 0));
    }
}

void TablePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

QStringList TablePanel::headers() const
{
    QStringList texts;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        texts.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    return texts;
}

QStringList TablePanel::rowTexts(int row) const
{
    QStringList texts;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        texts.append(m_proxy->index(row, column).data().toString());
    return texts;
}

}  // namespace pc::app
