#include "chartview.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>

#include <cmath>

namespace pc::app {

namespace {
// A drag narrower than this is a click, not a zoom.
constexpr int MinimumDragPixels = 6;
}  // namespace

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent),
      m_crosshair(new QGraphicsLineItem),
      m_band(new QRubberBand(QRubberBand::Rectangle, this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    m_crosshair->setZValue(1000);
    m_crosshair->hide();
    chart->scene()->addItem(m_crosshair);
    // Not a tooltip: the hover tooltip lists the values under the mouse.
    setAccessibleDescription(
        tr("Drag across to zoom into a time range; double-click or Esc to go back to live; "
           "Left and Right pan"));
    setStatusTip(accessibleDescription());
}

void ChartView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = std::max(toMs, fromMs + 1);
}

std::optional<qint64> ChartView::timeAt(const QPoint &viewPos) const
{
    const QRectF plot = chart()->plotArea();
    const QPointF scenePos = mapToScene(viewPos);
    if (!plot.contains(scenePos) || plot.width() <= 0)
        return std::nullopt;
    const double share = (scenePos.x() - plot.left()) / plot.width();
    return m_fromMs + qint64(std::llround(share * double(m_toMs - m_fromMs)));
}

double ChartView::xFor(qint64 timeMs) const
{
    const QRectF plot = chart()->plotArea();
    return plot.left() + plot.width() * double(timeMs - m_fromMs) / double(m_toMs - m_fromMs);
}

void ChartView::moveCrosshair(const QPoint &viewPos)
{
    const QRectF plot = chart()->plotArea();
    const double x = mapToScene(viewPos).x();
    m_crosshair->setPen(QPen(palette().color(QPalette::WindowText), 0, Qt::DashLine));
    m_crosshair->setLine(x, plot.top(), x, plot.bottom());
    m_crosshair->show();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragStart) {
        m_band->setGeometry(QRect(QPoint(m_dragStart->x(), int(chart()->plotArea().top())),
                                  QPoint(pos.x(), int(chart()->plotArea().bottom())))
                                .normalized());
    }
    if (const auto time = timeAt(pos)) {
        moveCrosshair(pos);
        emit hovered(*time, event->globalPosition().toPoint());
    } else {
        m_crosshair->hide();
        emit left();
    }
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && timeAt(event->position().toPoint())) {
        m_dragStart = event->position().toPoint();
        m_band->setGeometry(QRect(*m_dragStart, QSize()));
        m_band->show();
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart && event->button() == Qt::LeftButton) {
        m_band->hide();
        const QPoint start = *m_dragStart;
        m_dragStart.reset();
        QPoint end = event->position().toPoint();
        const QRectF plot = chart()->plotArea();
        end.setX(std::clamp(end.x(), int(plot.left()), int(plot.right())));
        end.setY(start.y());
        if (std::abs(end.x() - start.x()) >= MinimumDragPixels) {
            const auto a = timeAt(start);
            const auto b = timeAt(end - QPoint(end.x() >= start.x() ? 1 : -1, 0));
            if (a && b)
                emit zoomRequested(std::min(*a, *b), std::max(*a, *b));
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit liveRequested();
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    m_crosshair->hide();
    emit left();
    QChartView::leaveEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        emit panRequested(-1);
        return;
    case Qt::Key_Right:
        emit panRequested(+1);
        return;
    case Qt::Key_Escape:
        emit liveRequested();
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

}  // namespace pc::app
