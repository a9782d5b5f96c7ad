#include "dashboardcheck.h"

#include "dashboard/builtinvariables.h"
#include "dashboard/panelrepeats.h"
#include "dashboard/panelstep.h"
#include "dashboard/variableresolver.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace pc {
namespace {

using namespace std::chrono_literals;

// Grafana asks for about one point per pixel of a panel: a thousand, give or take.
constexpr int PointsPerPanel = 1000;

}  // namespace

QString PanelCheck::line() const
{
    QStringList parts{
        QStringLiteral("%1 %2 \"%3\": %4").arg(QString::number(id), type, title, fidelity.text())};
    for (const Query &query : queries) {
        parts.append(query.error.isEmpty()
                         //: %1 is a PromQL query, %2 how many series it returned
                         ? QCoreApplication::translate("pc::DashboardCheck", "%1 \u2192 %n series",
                                                       nullptr, query.series)
                               .arg(query.promql)
                         //: %1 is a PromQL query, %2 Prometheus's error
                         : QCoreApplication::translate("pc::DashboardCheck", "%1 \u2192 error: %2")
                               .arg(query.promql, query.error));
    }
    return parts.join(QStringLiteral("; "));
}

int DashboardCheckReport::count(PanelFidelity::State state) const
{
    return int(std::count_if(panels.cbegin(), panels.cend(), [state](const PanelCheck &panel) {
        return panel.fidelity.state == state;
    }));
}

int DashboardCheckReport::queriesRun() const
{
    int total = 0;
    for (const PanelCheck &panel : panels)
        total += int(panel.queries.size());
    return total;
}

int DashboardCheckReport::queriesFailed() const
{
    int failed = 0;
    for (const PanelCheck &panel : panels)
        failed += int(std::count_if(panel.queries.cbegin(), panel.queries.cend(),
                                    [](const PanelCheck::Query &q) { return !q.error.isEmpty(); }));
    return failed;
}

int DashboardCheckReport::queriesEmpty() const
{
    int empty = 0;
    for (const PanelCheck &panel : panels)
        empty += int(std::count_if(
            panel.queries.cbegin(), panel.queries.cend(),
            [](const PanelCheck::Query &q) { return q.error.isEmpty() && q.series == 0; }));
    return empty;
}

QString DashboardCheckReport::summary() const
{
    return QStringLiteral(
               "%1 panels: %2 drawn, %3 approximated, %4 not drawn; %5 queries ran, "
               "%6 failed, %7 returned no data")
        .arg(panels.size())
        .arg(count(PanelFidelity::State::Drawn))
        .arg(count(PanelFidelity::State::Approximated))
        .arg(count(PanelFidelity::State::NotDrawn))
        .arg(queriesRun())
        .arg(queriesFailed())
        .arg(queriesEmpty());
}

int DashboardCheckReport::exitCode() const
{
    return count(PanelFidelity::State::NotDrawn) == 0 && queriesFailed() == 0 ? 0 : 1;
}

DashboardCheck::DashboardCheck(PromClient *client, const GrafanaDashboard &dashboard,
                               const QHash<QString, QStringList> &variables, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_dashboard(dashboard),
      m_resolver(new VariableResolver(client, dashboard.variables, this))
{
    m_resolver->setInitialSelections(variables);
    m_resolver->setRange(m_dashboard.timeRange().value_or(6h));
    connect(m_resolver, &VariableResolver::failed, this,
            [this](const QString &name, const QString &why) {
                m_report.variableErrors.append(QStringLiteral("$%1: %2").arg(name, why));
            });
}

void DashboardCheck::start()
{
    m_config = m_client->config();
    connect(m_config.get(), &PromReply::finished, this, [this] {
        const PromReplyPtr reply = std::move(m_config);
        if (!reply->error())
            m_scrapeInterval = globalScrapeInterval(reply->configYaml()).value_or(m_scrapeInterval);
        resolveVariables();
    });
}

void DashboardCheck::resolveVariables()
{
    // Once: the resolver says it again after each later selection, which this never makes.
    connect(m_resolver, &VariableResolver::resolved, this, &DashboardCheck::runQueries,
            Qt::SingleShotConnection);
    m_resolver->start();
}

void DashboardCheck::runQueries()
{
    const auto range =
        std::chrono::duration_cast<std::chrono::seconds>(m_dashboard.timeRange().value_or(6h));
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-range.count());
    const VariableSelections selections = m_resolver->selections();
    for (const GrafanaPanel &panel : expandRepeats(m_dashboard.panels, selections)) {
        if (panel.kind == GrafanaPanel::Kind::Row)
            continue;
        const VariableSelections own = withScopedVars(selections, panel.scopedVars);
        const PanelStep options = PanelStep::of(panel, own);
        const int points =
            options.maxPoints > 0 ? std::min(PointsPerPanel, options.maxPoints) : PointsPerPanel;
        const std::chrono::seconds step =
            std::max(chooseStep(range, points), options.minimum) * options.factor;
        VariableSelections interpolated = own;
        interpolated.insert(builtinVariables(step, range, m_scrapeInterval));
        PanelCheck check{panel.id, panel.type, panel.title, PanelFidelity::of(panel), {}};
        if (check.fidelity.state != PanelFidelity::State::NotDrawn) {
            for (const GrafanaQuery &query : panel.queries) {
                if (query.hidden || query.expr.trimmed().isEmpty())
                    continue;
                const QString promql = interpolateVariables(query.expr.trimmed(), interpolated);
                check.queries.append({promql, 0, {}});
                m_pending.push_back({int(m_report.panels.size()), int(check.queries.size()) - 1,
                                     m_client->queryRange(promql, start, end, step)});
            }
        }
        m_report.panels.append(check);
    }
    m_unanswered = int(m_pending.size());
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        connect(m_pending[i].reply.get(), &PromReply::finished, this, [this, i] { onAnswer(i); });
    finishIfDone();
}

void DashboardCheck::onAnswer(std::size_t index)
{
    Pending &pending = m_pending[index];
    PanelCheck::Query &query = m_report.panels[pending.panel].queries[pending.query];
    if (const auto &error = pending.reply->error())
        query.error = error->message;
    else
        query.series = int(pending.reply->queryResult().series.size());
    pending.reply.reset();
    --m_unanswered;
    finishIfDone();
}

void DashboardCheck::finishIfDone()
{
    if (m_unanswered > 0 || m_finished)
        return;
    m_finished = true;
    emit finished(m_report);
}

}  // namespace pc
