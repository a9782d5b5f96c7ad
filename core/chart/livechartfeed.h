#pragma once

#include "prometheus/promerror.h"
#include "prometheus/prometheusresponse.h"
#include "series/timeseriesbuffer.h"

#include <QObject>
#include <QPointF>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace pc {

class PrometheusClient;

/// One line of the chart: its legend and its points (x in ms since the epoch).
struct ChartSeries
{
    QString name;
    QList<QPointF> points;
};

/// What the chart shows from Prometheus.
enum class ChartQuery {
    Total,   // the tutorial's `http_requests_total`, one line per series
    Rate,    // requests per second by status code
    Custom,  // any PromQL the user types
};

/// Feeds the live chart. Samples the app's own request counter every second into a bounded
/// buffer (so the chart moves from the first click, with or without Prometheus), and asks
/// Prometheus for the chosen query over the chosen window every few seconds, backing off while
/// Prometheus fails and recovering by itself. Also follows the health of the target that
/// scrapes this app. Lives on the GUI thread; all I/O is asynchronous.
class LiveChartFeed : public QObject
{
    Q_OBJECT
public:
    using Counter = std::function<quint64()>;

    LiveChartFeed(PrometheusClient *client, Counter localCounter, QObject *parent = nullptr);

    void setQuery(ChartQuery query, const QString &customPromql = {});
    void setWindow(std::chrono::seconds window);
    void setMetricsUrl(const QUrl &metricsUrl) { m_metricsUrl = metricsUrl; }
    void setRefreshInterval(std::chrono::milliseconds interval);
    void setSampleInterval(std::chrono::milliseconds interval);
    /// Queries go out only while Prometheus is usable; the local line runs regardless.
    void setPrometheusEnabled(bool enabled);

    void start();
    void refreshNow();

    ChartQuery query() const { return m_query; }
    QString promql() const { return promqlFor(m_query, m_customPromql); }
    std::chrono::seconds window() const { return m_window; }
    /// The local line over the window: the counter, or its per-second rate in Rate mode.
    QList<QPointF> localPoints() const;
    QString localName() const;

    static QString promqlFor(ChartQuery query, const QString &customPromql);
    /// A legend from a series' labels: `GET / 200` style for the request metrics, else
    /// `name{label="value", ...}` without job and instance.
    static QString legendFor(const QMap<QString, QString> &labels);
    /// Retry delay after `failures` failures in a row: doubles from `base`, at most 30 s.
    static std::chrono::milliseconds backoff(std::chrono::milliseconds base, int failures);

signals:
    void localUpdated();
    void prometheusUpdated(const QList<pc::ChartSeries> &series);
    /// Prometheus could not be asked; the next try is in `retryIn`.
    void prometheusFailed(const pc::PromError &error, std::chrono::milliseconds retryIn);
    /// Prometheus answered but refused the query (a PromQL error): shown beside the query.
    void queryRejected(const QString &message);
    /// The target that scrapes this app, if any, among the `targetCount` Prometheus has.
    void targetUpdated(const std::optional<pc::PromTarget> &target, int targetCount);

private:
    void sample();
    void scheduleRefresh(std::chrono::milliseconds delay);
    void onQueryFinished(quint64 id, const PromQueryResult &result);
    void onTargetsFinished(quint64 id, const QList<PromTarget> &targets);
    void onRequestFailed(quint64 id, const PromError &error);

    PrometheusClient *m_client;
    Counter m_localCounter;
    TimeSeriesBuffer m_local;
    ChartQuery m_query = ChartQuery::Total;
    QString m_customPromql;
    std::chrono::seconds m_window{300};
    std::chrono::milliseconds m_refreshInterval{5000};
    QUrl m_metricsUrl;
    QTimer m_sampleTimer;
    QTimer m_refreshTimer;
    bool m_prometheusEnabled = false;
    quint64 m_queryId = 0;
    quint64 m_targetsId = 0;
    int m_failures = 0;
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::ChartSeries)
