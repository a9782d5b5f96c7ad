#pragma once

#include "dashboard/grafanapanel.h"

#include <QList>
#include <QWidget>

namespace pc::app {

/// Lays its children out on Grafana's grid: 24 columns as wide as the widget, rows of 30 px
/// (Grafana's GRID_CELL_HEIGHT), 8 px between panels. Positions are relative to the grid's
/// top: a row's panels start at its first line. GUI thread.
class DashboardGrid : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RowHeight = 30;
    static constexpr int Gap = 8;

    using QWidget::QWidget;

    void add(QWidget *panel, const pc::GrafanaGridPos &pos);
    QSize sizeHint() const override { return {900, m_rows * RowHeight + Gap}; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<std::pair<QWidget *, pc::GrafanaGridPos>> m_cells;
    int m_rows = 0;
};

}  // namespace pc::app
