#pragma once

#include "chart/chartseries.h"
#include "load/loadplan.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace pc {
class LoadGenerator;
class PromClient;
class RangePoller;
class ScrapeTargetWatcher;
class TimeRange;
}  // namespace pc

namespace pc::app {

class ChartWidget;

/// Client and server on one time axis: the load generator's p50 and p99 of each second
/// (corrected, as the client saw them) beside Prometheus's histogram_quantile of the demo's
/// http_request_duration_seconds over the last minute (what the server measured). Owns its
/// time range and poller; uses a PromClient, a LoadGenerator and a ScrapeTargetWatcher it does
/// not own. GUI thread.
class LatencyView : public QWidget
{
    Q_OBJECT
public:
    /// `watcher` (may be null) names this app's own series, as the live chart's default views
    /// do; without it the server's line is every instance's.
    LatencyView(pc::PromClient *client, pc::LoadGenerator *generator,
                pc::ScrapeTargetWatcher *watcher = nullptr, QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }
    /// Asks Prometheus only while one is usable and the view is shown.
    void setPrometheusEnabled(bool enabled);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addSecond(const pc::LoadSecond &second);
    void redraw();
    void updateActive();
    void applyQueries();

    pc::TimeRange *m_range;
    pc::RangePoller *m_poller;
    pc::ScrapeTargetWatcher *m_watcher;
    ChartWidget *m_chart;
    QList<pc::ChartSeries> m_server;
    QList<QPointF> m_clientP50;
    QList<QPointF> m_clientP99;
    bool m_prometheusEnabled = false;
};

}  // namespace pc::app
