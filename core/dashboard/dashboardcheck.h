#pragma once

#include "dashboard/grafanadashboard.h"
#include "dashboard/panelfidelity.h"
#include "prometheus/promreply.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <vector>

namespace pc {

class PromClient;
class VariableResolver;

/// What `--check-dashboard` found for one panel: how it is drawn, the queries run (after
/// interpolation), the series each returned, and the errors. A plain value.
struct PanelCheck
{
    int id = 0;
    QString type;
    QString title;
    PanelFidelity fidelity;
    struct Query
    {
        QString promql;
        int series = 0;
        QString error;  // empty when Prometheus answered
    };
    QList<Query> queries;

    /// `12 timeseries "CPU": drawn; up → 3 series; rate(x[1m]) → error: …`
    QString line() const;
};

/// The whole check: a line per panel and the counts of the summary line. A plain value.
struct DashboardCheckReport
{
    QList<PanelCheck> panels;
    QStringList variableErrors;

    int count(PanelFidelity::State state) const;
    int queriesRun() const;
    int queriesFailed() const;
    int queriesEmpty() const;
    /// `N panels: D drawn, A approximated, U not drawn; Q queries ran, F failed, E returned no
    /// data`
    QString summary() const;
    /// 0 when every panel is drawn or approximated and no query failed, else 1.
    int exitCode() const;
};

/// Checks a dashboard against a Prometheus, headless, as a dashboard author's CI would: resolves
/// its variables (their current or first values, or `--var`), takes every panel (rows expanded,
/// collapsed ones too, repeats made), runs each query over the dashboard's default range, and
/// reports.
/// `$__rate_interval` builds on the scrape interval of Prometheus's configuration, or 15 s.
/// finished() is emitted once. The client is not owned. GUI (main) thread.
class DashboardCheck : public QObject
{
    Q_OBJECT
public:
    DashboardCheck(PromClient *client, const GrafanaDashboard &dashboard,
                   const QHash<QString, QStringList> &variables, QObject *parent = nullptr);

    void start();
    const DashboardCheckReport &report() const { return m_report; }

signals:
    void finished(const pc::DashboardCheckReport &report);

private:
    void resolveVariables();
    void runQueries();
    void onAnswer(std::size_t index);
    void finishIfDone();

    PromClient *m_client;
    GrafanaDashboard m_dashboard;
    VariableResolver *m_resolver;
    PromReplyPtr m_config;
    std::chrono::seconds m_scrapeInterval{15};
    DashboardCheckReport m_report;
    struct Pending
    {
        int panel;
        int query;
        PromReplyPtr reply;
    };
    std::vector<Pending> m_pending;
    int m_unanswered = 0;
    bool m_finished = false;
};

}  // namespace pc
