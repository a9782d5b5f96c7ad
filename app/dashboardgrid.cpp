#include "dashboardgrid.h"

#include <QResizeEvent>

#include <algorithm>

namespace pc::app {

void DashboardGrid::add(QWidget *panel, const pc::GrafanaGridPos &pos)
{
    panel->setParent(this);
    m_cells.append({panel, pos});
    m_rows = std::max(m_rows, pos.y + pos.h);
    setMinimumHeight(m_rows * RowHeight + Gap);
    updateGeometry();
}

void DashboardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double column = double(width() - Gap) / 24.0;
    for (const auto &[panel, pos] : std::as_const(m_cells)) {
        const int x = Gap + int(pos.x * column);
        const int right = Gap + int((pos.x + pos.w) * column) - Gap;
        panel->setGeometry(x, Gap + pos.y * RowHeight, std::max(20, right - x),
                           pos.h * RowHeight - Gap);
    }
}

}  // namespace pc::app
