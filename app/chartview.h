#pragma once

#include <QChartView>

class QGraphicsLineItem;
class QRubberBand;

namespace pc::app {

/// The chart's view: what the mouse and keyboard do on it, as on Grafana's time series
/// panel. Hovering moves a crosshair and reports the time under it; dragging across selects a
/// time range to zoom into; a double-click asks to go back to live; Left and Right ask to pan.
/// Knows nothing of series: it maps positions to times with the x range it is given.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    /// The time range (ms since the epoch) that the plot area spans, set by the panel.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    /// The time under a point of the view, if it is inside the plot area.
    std::optional<qint64> timeAt(const QPoint &viewPos) const;
    /// The view's x for a time, for placing the crosshair.
    double xFor(qint64 timeMs) const;

signals:
    void hovered(qint64 timeMs, const QPoint &globalPos);
    void left();
    void zoomRequested(qint64 fromMs, qint64 toMs);
    void liveRequested();
    /// -1 for earlier, +1 for later.
    void panRequested(int direction);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveCrosshair(const QPoint &viewPos);

    QGraphicsLineItem *m_crosshair;
    QRubberBand *m_band;
    std::optional<QPoint> m_dragStart;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
};

}  // namespace pc::app
