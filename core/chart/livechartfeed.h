#pragma once

#include "chart/chartseries.h"
#include "prometheus/promerror.h"
#include "prometheus/promreply.h"
#include "prometheus/promresponse.h"
#include "series/timeseriesbuffer.h"

#include <QObject>
#include <QPointF>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace pc {

class PromClient;

/// What the chart shows from Prometheus.
enum class ChartQuery {
    Total,   // the tutorial's `http_requests_total`, one line per series
    Rate,    // requests per second by status code
    Custom,  // any PromQL the user types
};

/// One query of a chart with several, as a Grafana panel has: its PromQL and how its series
/// are named (`legendFormat`, dashboard/legendformat.h; empty for the varying labels).
struct ChartTarget
{
    QString promql;
    QString legendFormat;
};

/// Feeds the live chart. Samples the app's own request counter every second into a bounded
/// buffer (so the chart moves from the first click, with or without Prometheus), and asks
/// Prometheus for the chosen query over the chosen window every few seconds, backing off while
/// Prometheus fails and recovering by itself. Also follows the health of the target that
/// scrapes this app. Follows the present, or shows a fixed range (after a zoom or pan) until
/// followLive(). Lives on the GUI thread; all I/O is asynchronous, and answers are parsed off
/// it by the client.
class LiveChartFeed : public QObject
{
    Q_OBJECT
public:
    using Counter = std::function<quint64()>;

    /// Without a `localCounter` there is no local line and nothing is sampled.
    LiveChartFeed(PromClient *client, Counter localCounter, QObject *parent = nullptr);

    void setQuery(ChartQuery query, const QString &customPromql = {});
    /// Custom queries drawn together, each series named by its target's legend format, as a
    /// Grafana panel draws its targets.
    void setTargets(const QList<ChartTarget> &targets);
    /// Whether to follow the target that scrapes this app (targetUpdated(), ownInstance()):
    /// on by default; a dashboard panel's feed, which names its series itself, turns it off.
    void setFollowsOwnTarget(bool follows) { m_followsOwnTarget = follows; }
    void setWindow(std::chrono::seconds window);
    void setMetricsUrl(const QUrl &metricsUrl) { m_metricsUrl = metricsUrl; }
    void setRefreshInterval(std::chrono::milliseconds interval);
    void setSampleInterval(std::chrono::milliseconds interval);
    /// Queries go out only while Prometheus is usable; the local line runs regardless.
    void setPrometheusEnabled(bool enabled);
    /// Shows the range [from, to] (ms since the epoch) instead of following the present.
    void setFixedRange(qint64 fromMs, qint64 toMs);
    void followLive();
    bool isLive() const { return !m_fixedRange; }
    /// The range shown now: the last `window()` when live, else the fixed range.
    std::pair<qint64, qint64> range() const;
    /// The plot's width in pixels: the step asked for gives at most one point per pixel.
    void setPlotWidth(int pixels) { m_plotWidth = std::max(1, pixels); }
    /// The finest step worth asking for: the scrape interval of the data.
    void setMinimumStep(std::chrono::seconds step) { m_minimumStep = step; }
    /// The step the next query asks for, for the current range and plot width.
    std::chrono::seconds step() const;

    void start();
    void refreshNow();
    /// Asks Prometheus for every metric name, for completion: answers with metricNamesUpdated().
    void requestMetricNames();
    /// The Prometheus the queries go to, for "Open in Prometheus".
    QUrl prometheusUrl() const;

    ChartQuery query() const { return m_query; }
    /// The PromQL asked now: the default views select this app's own series.
    QString promql() const { return promqlFor(m_query, m_customPromql, ownSeriesSelector()); }
    /// The label matcher that picks this app's series out of everything Prometheus scrapes:
    /// its target's `instance` once the targets list shows it, until then any instance on this
    /// app's metrics port. Empty before setMetricsUrl().
    QString ownSeriesSelector() const;
    /// The `instance` label Prometheus gives this app's own target, once the targets list
    /// shows it; empty before.
    QString ownInstance() const { return m_ownInstance; }
    std::chrono::seconds window() const { return m_window; }
    /// Whether the local line measures what the query does: the counter in Total mode, its
    /// rate over the same 1 min in Rate mode, nothing for custom PromQL.
    bool hasLocalLine() const { return m_query != ChartQuery::Custom && m_localCounter; }
    /// The local line over the range shown: the counter, or its rate in Rate mode.
    QList<QPointF> localPoints() const;
    QString localName() const;
    /// How many series the last answer had; past maxSeries() only the first are charted.
    int lastSeriesTotal() const { return m_lastSeriesTotal; }
    static constexpr int maxSeries() { return 500; }

    /// The PromQL of a view; `selector` (`instance="…"`) narrows the default views.
    static QString promqlFor(ChartQuery query, const QString &customPromql,
                             const QString &selector = {});
    /// Chart lines from a query's answer: one per full label set, legends from the labels
    /// that vary, NaN and infinities left out as gaps, sorted by legend. Pure.
    static QList<ChartSeries> chartSeriesFor(const PromQueryResult &result);
    /// The target among `targets` that scrapes `metricsUrl` (this app's /metrics): the same
    /// port and path, on the same host or on loopback both. Pure.
    static std::optional<PromTarget> targetScraping(const QList<PromTarget> &targets,
                                                    const QUrl &metricsUrl);
    /// Retry delay after `failures` failures in a row: doubles from `base`, at most 30 s.
    static std::chrono::milliseconds backoff(std::chrono::milliseconds base, int failures);

signals:
    void localUpdated();
    /// The range shown changed: a new window, a fixed range, or back to following the present.
    void rangeChanged();
    void prometheusUpdated(const QList<pc::ChartSeries> &series);
    /// Prometheus could not be asked; the next try is in `retryIn`.
    void prometheusFailed(const pc::PromError &error, std::chrono::milliseconds retryIn);
    /// Prometheus answered but refused the query (a PromQL error): shown beside the query.
    void queryRejected(const QString &message);
    /// The target that scrapes this app, if any, among the `targetCount` Prometheus has.
    void targetUpdated(const std::optional<pc::PromTarget> &target, int targetCount);
    void metricNamesUpdated(const QStringList &names);
    /// ownInstance() was learnt or changed (a restarted Prometheus may name it differently).
    void ownInstanceChanged(const QString &instance);

private:
    void sample();
    void scheduleRefresh(std::chrono::milliseconds delay);
    void onQueryFinished(int target);
    void onQueryFailed(const PromError &error);
    void onTargetsFinished();

    PromClient *m_client;
    Counter m_localCounter;
    TimeSeriesBuffer m_local;
    ChartQuery m_query = ChartQuery::Total;
    QString m_customPromql;
    QList<ChartTarget> m_targets;  // setTargets(); empty for the single query of promql()
    std::chrono::seconds m_window{300};
    std::optional<std::pair<qint64, qint64>> m_fixedRange;
    int m_plotWidth = 1000;
    std::chrono::seconds m_minimumStep{1};
    int m_lastSeriesTotal = 0;
    std::chrono::milliseconds m_refreshInterval{5000};
    QUrl m_metricsUrl;
    QString m_ownInstance;  // the `instance` label of the target that scrapes this app
    QTimer m_sampleTimer;
    QTimer m_refreshTimer;
    bool m_prometheusEnabled = false;
    // One per target; replacing them cancels the queries asked before.
    std::vector<PromReplyPtr> m_queryReplies;
    QList<QList<ChartSeries>> m_answers;  // per target, as they come
    bool m_followsOwnTarget = true;
    PromReplyPtr m_targetsReply;
    PromReplyPtr m_namesReply;
    int m_failures = 0;
};

}  // namespace pc
