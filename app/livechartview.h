#pragma once

#include "chart/liveview.h"
#include "format/displayformat.h"
#include "prometheus/promreply.h"

#include <QWidget>

#include <chrono>

class QLabel;

namespace pc {
class AlertBandsPoller;
class LocalCounterSampler;
class PromClient;
class RangePoller;
class ScrapeTargetWatcher;
class TimeRange;
struct ChartSeries;
struct PromRule;
}  // namespace pc

namespace pc::app {

class ChartWidget;
class ExploreBar;

/// The Live chart view: the explore bar over a chart of what it picks, Prometheus's lines from
/// a RangePoller and this app's own dashed line from the local counter sampler where it
/// measures the same thing (the total, or its rate over the same minute). The default views
/// ask for this app's own series once the scrape target watcher knows its instance. When the
/// query charted is the expression of an alerting rule Prometheus has, the times its alert was
/// pending or firing are drawn as bands (one ALERTS query per refresh). None of
/// the sources is owned; the sampler and the watcher may be null. GUI thread.
class LiveChartView : public QWidget
{
    Q_OBJECT
public:
    struct Sources
    {
        pc::PromClient *client = nullptr;
        pc::TimeRange *range = nullptr;
        pc::RangePoller *poller = nullptr;
        pc::LocalCounterSampler *sampler = nullptr;
        pc::ScrapeTargetWatcher *watcher = nullptr;
    };

    explicit LiveChartView(const Sources &sources, QWidget *parent = nullptr);

    ChartWidget *chart() const { return m_chart; }
    /// Asks for the chart's query at Compare's offset while one is chosen.
    pc::RangePoller *comparePoller() const { return m_compare; }
    ExploreBar *exploreBar() const { return m_bar; }
    /// The PromQL charted now: the default views select this app's own series.
    QString promql() const;
    /// Selects the window among the explore bar's choices.
    void setWindow(std::chrono::seconds window);
    /// Starts on a custom PromQL query (`--query`).
    void setCustomQuery(const QString &promql);
    /// This query on Prometheus's graph page, over the same range.
    QUrl prometheusGraphUrl() const;
    /// What the line under the explore bar says about a rejected query, or empty.
    QString queryError() const;
    /// The alerting rules whose expression is the query charted: their bands are drawn.
    QStringList alertNames() const;
    /// The chart's annotation layer of those bands.
    static constexpr const char *BandsLayer = "alerts";

public slots:
    void backToLive();
    void pan(int direction);
    void chooseTimeRange();
    void openInPrometheus();

signals:
    /// One sentence for the status bar: a file written, a URL opened, or why not.
    void message(const QString &text);
    /// "Alert on this…" of the chart's context menu: a rule on the query charted.
    void alertRequested(const QString &expr, pc::DisplayFormat::Unit unit);

private:
    void connectSources();
    void applyView();
    void showAnswer(const QList<pc::ChartSeries> &series);
    void showLocal();
    void requestMetricNames();
    void applyCompare();
    /// Asks for the rules when the query changed or a minute went by, then for the bands.
    void refreshAlertBands();
    void matchRules(const QList<pc::PromRule> &rules);

    Sources m_sources;
    ExploreBar *m_bar;
    QLabel *m_queryError;
    ChartWidget *m_chart;
    pc::RangePoller *m_compare;  // the same query, Compare's offset earlier
    pc::PromReplyPtr m_namesReply;
    pc::AlertBandsPoller *m_alertBands;
    pc::PromReplyPtr m_rulesReply;
    QString m_rulesCheckedFor;  // the query the rules were last matched with
    qint64 m_rulesCheckedAtMs = 0;
};

}  // namespace pc::app
