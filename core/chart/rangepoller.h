#pragma once

#include "chart/chartseries.h"
#include "chart/panelpoller.h"
#include "chart/panelquery.h"
#include "prometheus/promerror.h"
#include "prometheus/promreply.h"

#include <QList>
#include <QObject>

#include <chrono>
#include <functional>

namespace pc {

class PromClient;
class TimeRange;

/// Asks Prometheus for a chart's queries over a TimeRange, again every refresh interval while
/// the range reaches the present, and delivers their series together: what any chart needs,
/// the live chart's single query and a dashboard panel's several. The step gives at most one
/// point per pixel of the plot and never finer than the data. Refreshing, backing off while
/// Prometheus fails and cancelling are PanelPoller's. Neither the client nor the range is
/// owned. GUI thread.
class RangePoller : public PanelPoller
{
    Q_OBJECT
public:
    /// Turns a query's PromQL into what is sent, for the step and range of this round: a
    /// dashboard interpolates its variables here, in one place, just before a query leaves.
    using QueryExpander = std::function<QString(const QString &promql, std::chrono::seconds step,
                                                std::pair<qint64, qint64> range)>;

    RangePoller(PromClient *client, TimeRange *range, QObject *parent = nullptr);

    void setQueryExpander(QueryExpander expander) { m_expander = std::move(expander); }

    /// The queries to ask, asked at once. Queries whose labels collide (`sum(…)` each) keep
    /// separate lines.
    void setQueries(const QList<PanelQuery> &queries);
    const QList<PanelQuery> &queries() const { return m_queries; }
    /// The plot's width in pixels: the step asked for gives at most one point per pixel.
    void setPlotWidth(int pixels) { m_plotWidth = std::max(1, pixels); }
    /// The finest step worth asking for: the scrape interval of the data.
    void setMinimumStep(std::chrono::seconds step) { m_minimumStep = step; }
    /// At most this many points a series (a panel's maxDataPoints); 0: one per pixel.
    void setMaxPoints(int points) { m_maxPoints = std::max(0, points); }
    /// A step this many times coarser than it would be (a query's legacy intervalFactor).
    void setStepFactor(int factor) { m_stepFactor = std::max(1, factor); }
    /// Asks for the range `shift` earlier and moves the answer's points forward by as much, so
    /// that the past lies under the present (Compare: 1 d ago), or a dashboard panel's
    /// `timeShift` over its own range. Zero: the range as it is.
    void setTimeShift(std::chrono::milliseconds shift);
    std::chrono::milliseconds timeShift() const { return m_timeShift; }
    /// The step the next round asks for, for the current range and plot width.
    std::chrono::seconds step() const;

    /// How many series the last answer had; past maxSeries() only the first are delivered.
    int lastSeriesTotal() const { return m_lastSeriesTotal; }
    static constexpr int maxSeries() { return 500; }

    /// Chart lines from a query's answer asked at `step`: one per full label set, legends
    /// from the labels that vary, sorted by legend. A line breaks where Prometheus has no
    /// sample for more than a step (gapStarts()) and where NaN or an infinity was left out.
    /// Pure.
    static QList<ChartSeries> chartSeriesFor(const PromQueryResult &result,
                                             std::chrono::seconds step = {});
    /// Lines of one query among `queryCount`: named by its legendFormat, kept apart from the
    /// other queries' lines, a lone unlabelled series named by its PromQL. Pure.
    static QList<ChartSeries> namedSeries(const PromQueryResult &result, const PanelQuery &query,
                                          int index, int queryCount,
                                          std::chrono::seconds step = {});
    /// `series` with every point moved `shiftMs` later (x in ms). Pure.
    static QList<ChartSeries> shifted(QList<ChartSeries> series, qint64 shiftMs);

signals:
    /// Every query answered: their lines, at most maxSeries().
    void updated(const QList<pc::ChartSeries> &series);
    // failed() and rejected(): PanelPoller's.

private:
    void sendRound() override;
    void takeAnswer(int index, const PromReply &reply) override;
    void deliverRound() override;

    QList<PanelQuery> m_queries;
    QueryExpander m_expander;
    int m_plotWidth = 1000;
    int m_maxPoints = 0;
    int m_stepFactor = 1;
    std::chrono::seconds m_minimumStep{1};
    int m_lastSeriesTotal = 0;
    std::chrono::seconds m_roundStep{0};  // the step the round in flight asked at
    std::chrono::milliseconds m_timeShift{0};
    QList<QList<ChartSeries>> m_answers;  // per query, as they come
};

}  // namespace pc
