#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/tablecolumns.h"
#include "dashboard/tableframe.h"
#include "prometheus/promresponse.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pc::app {

class TableFrameModel;

/// A Grafana table panel: its queries' answers made into data frames as Grafana's Prometheus
/// data source makes them, its transformations applied, and the resulting frame in a table
/// whose columns take the field config (units, decimals, names, widths, alignment, threshold
/// colours) and sort on a click of their header, starting as `options.sortBy` says. Several
/// frames left after the transformations are offered one at a time in a list below, as
/// Grafana does. Shows what it is given; GUI thread.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    /// `queries` are the panel's queries that are asked, in the order of the answers.
    TablePanel(const pc::GrafanaPanel &panel, const QList<pc::GrafanaQuery> &queries,
               QWidget *parent = nullptr);

    void setResults(const QList<pc::PromQueryResult> &results);

    /// The frames after the transformations, and the one shown.
    const QList<pc::TableFrame> &frames() const { return m_frames; }
    int currentFrame() const;
    void showFrame(int index);
    QTableView *view() const { return m_view; }
    TableFrameModel *model() const { return m_model; }
    /// The headers and cells as shown, row by row in the view's order.
    QStringList headers() const;
    QStringList rowTexts(int row) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();

    pc::GrafanaPanel m_panel;
    pc::TablePanelOptions m_options;
    QList<pc::GrafanaQuery> m_queries;
    QList<pc::TableFrame> m_frames;
    TableFrameModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_frameChoice;
    QLabel *m_noData;
    bool m_sortApplied = false;
    QStringList m_fitted;  // the headers the columns were last fitted to
};

}  // namespace pc::app
