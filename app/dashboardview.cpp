#include "dashboardview.h"

#include "annotation/annotationquerypoller.h"
#include "annotationsfeed.h"

#include "chart/compareoffset.h"
#include "chart/querypoller.h"
#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "comparepicker.h"
#include "dashboard/builtinvariables.h"
#include "dashboard/panelfidelity.h"
#include "dashboard/panelrepeats.h"
#include "dashboard/panelstep.h"
#include "dashboard/variableresolver.h"
#include "dashboardgrid.h"
#include "dashboardtoolbar.h"
#include "fittedlabel.h"
#include "heatmappanel.h"
#include "prometheus/promclient.h"
#include "statpanel.h"
#include "tablepanel.h"
#include "textpanel.h"
#include "timeseriespanel.h"
#include "variablebar.h"

#include <QAction>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::app {
namespace {

using namespace std::chrono_literals;

// A mark beside a panel's title when it is not drawn as Grafana would: its tooltip says how.
QLabel *fidelityMark(const PanelFidelity &fidelity)
{
    auto *mark =
        new QLabel(fidelity.state == PanelFidelity::State::NotDrawn ? QStringLiteral("\u2716")
                                                                    : QStringLiteral("\u26a0"));
    mark->setObjectName(QStringLiteral("panelFidelity"));
    mark->setToolTip(fidelity.text());
    mark->setAccessibleName(fidelity.text());
    return mark;
}

// Beside the title, as Grafana's panel header says it: "Last 1 h, 1 d ago".
QLabel *timeOverrideMark(const GrafanaPanel &panel)
{
    QStringList parts;
    if (const auto from = panel.timeFromDuration())
        parts.append(DashboardToolbar::windowText(*from));
    if (const auto shift = panel.timeShiftDuration())
        parts.append(compareOffsetText(*shift));
    if (parts.isEmpty())
        return nullptr;
    auto *mark = new QLabel(parts.join(QStringLiteral(", ")));
    mark->setObjectName(QStringLiteral("panelTimeOverride"));
    mark->setToolTip(QCoreApplication::translate(
        "pc::app::DashboardView", "This panel shows its own time range, not the dashboard's"));
    return mark;
}

QFrame *panelFrame(const GrafanaPanel &panel, QWidget *content)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("dashboardPanel"));
    frame->setAccessibleName(panel.title);
    frame->setToolTip(panel.description);
    // Grafana's titles shrink to fit their panel before they are cut.
    auto *title = new FittedLabel(panel.title);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setBaseFont(bold);
    auto *heading = new QHBoxLayout;
    heading->addWidget(title, 1);
    if (QLabel *mark = timeOverrideMark(panel))
        heading->addWidget(mark);
    const PanelFidelity fidelity = PanelFidelity::of(panel);
    if (fidelity.state != PanelFidelity::State::Drawn)
        heading->addWidget(fidelityMark(fidelity));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(heading);
    layout->addWidget(content, 1);
    return frame;
}

QList<PanelQuery> panelQueries(const GrafanaPanel &panel)
{
    QList<PanelQuery> queries;
    for (const GrafanaQuery &query : panel.queries) {
        if (!query.hidden && !query.expr.trimmed().isEmpty())
            queries.append({query.expr, query.legendFormat, query.refId});
    }
    return queries;
}

bool isStatLike(GrafanaPanel::Kind kind)
{
    using Kind = GrafanaPanel::Kind;
    return kind == Kind::Stat || kind == Kind::Gauge || kind == Kind::BarGauge;
}

}  // namespace

DashboardView::DashboardView(PromClient *client, const GrafanaDashboardOutcome &dashboard,
                             QWidget *parent)
    : DashboardView(client, dashboard, Options(), parent)
{
}

DashboardView::DashboardView(PromClient *client, const GrafanaDashboardOutcome &dashboard,
                             const Options &options, QWidget *parent)
    : QWidget(parent), m_client(client), m_options(options), m_timeRange(new TimeRange(15min, this))
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (const auto *error = std::get_if<GrafanaDashboardError>(&dashboard)) {
        showError(error->message);
        return;
    }
    m_dashboard = std::get<GrafanaDashboard>(dashboard);
    const auto window =
        std::chrono::duration_cast<std::chrono::seconds>(m_dashboard.timeRange().value_or(15min));
    m_timeRange->setWindow(window);
    m_toolbar =
        new DashboardToolbar(m_dashboard.title, window, m_dashboard.refreshInterval().value_or(5s));
    m_resolver = new VariableResolver(client, m_dashboard.variables, this);
    m_resolver->setInitialSelections(options.variables);
    m_resolver->setRange(std::chrono::duration_cast<std::chrono::milliseconds>(window));
    m_variableBar = new VariableBar(m_resolver);
    m_layout = expandRepeats(m_dashboard.panels, m_resolver->selections());
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dashboardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_problem->hide();
    createAnnotationPoller();
    layout->addWidget(m_toolbar);
    layout->addWidget(m_variableBar);
    layout->addWidget(m_problem);
    layout->addWidget(createBody(), 1);

    connect(m_toolbar, &DashboardToolbar::windowChosen, this, &DashboardView::setWindow);
    connect(m_toolbar, &DashboardToolbar::refreshChosen, this,
            [this](std::chrono::milliseconds interval) {
                for (const DataPanel &panel : std::as_const(m_panels)) {
                    panel.poller->setRefreshInterval(interval);
                    if (panel.compare)
                        panel.compare->setRefreshInterval(interval);
                }
            });
    connect(m_toolbar, &DashboardToolbar::liveRequested, this, &DashboardView::backToLive);
    connect(m_toolbar->comparePicker(), &ComparePicker::offsetChanged, this,
            &DashboardView::applyCompare);
    connect(m_toolbar, &DashboardToolbar::openGrafanaRequested, this,
            &DashboardView::openGrafanaRequested);
    connect(m_timeRange, &TimeRange::changed, this,
            [this] { m_toolbar->setLive(m_timeRange->isLive()); });
    connect(m_resolver, &VariableResolver::resolved, this, [this] {
        relayout();
        updateActive();
    });
    connect(m_resolver, &VariableResolver::selectionChanged, this, [this] {
        relayout();
        refreshAll();
    });
    connect(m_resolver, &VariableResolver::failed, this,
            [this](const QString &name, const QString &why) {
                m_problem->setText(
                    tr("The variable $%1 has no options from Prometheus: %2").arg(name, why));
                m_problem->show();
            });
}

void DashboardView::showError(const QString &message)
{
    auto *label = new QLabel(tr("The dashboard cannot be shown: %1").arg(message));
    label->setObjectName(QStringLiteral("dashboardError"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout()->addWidget(label);
}

QWidget *DashboardView::createBody(const QHash<QString, bool> &expandedRows)
{
    splitIntoSections();
    for (Section &section : m_sections) {
        if (section.row >= 0)
            section.expanded = expandedRows.value(m_layout[section.row].title, section.expanded);
    }
    auto *body = new QWidget;
    m_column = new QVBoxLayout(body);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(0);
    m_column->addStretch(1);
    for (int s = 0; s < int(m_sections.size()); ++s) {
        if (m_sections[s].row >= 0)
            m_column->insertWidget(m_column->count() - 1, createRowHeader(s));
        if (m_sections[s].expanded)
            buildSection(s);
    }
    m_scroll = new QScrollArea;
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DashboardView::updateActive);
    return m_scroll;
}

void DashboardView::relayout()
{
    QList<GrafanaPanel> next = expandRepeats(m_dashboard.panels, m_resolver->selections());
    const auto sameAs = [](const GrafanaPanel &a, const GrafanaPanel &b) {
        return a.title == b.title && a.scopedVars == b.scopedVars && a.gridPos.x == b.gridPos.x
               && a.gridPos.y == b.gridPos.y && a.gridPos.w == b.gridPos.w
               && a.gridPos.h == b.gridPos.h;
    };
    if (!m_scroll
        || std::equal(next.cbegin(), next.cend(), m_layout.cbegin(), m_layout.cend(), sameAs))
        return;
    // The rows keep what the user made of them, by title.
    QHash<QString, bool> expandedRows;
    for (const Section &section : std::as_const(m_sections)) {
        if (section.row >= 0)
            expandedRows.insert(m_layout[section.row].title, section.expanded);
    }
    for (const DataPanel &panel : std::as_const(m_panels)) {
        delete panel.poller;
        delete panel.compare;
    }
    m_panels.clear();
    m_answered.clear();
    m_panelsByTitle.clear();
    m_placeholderTypes.clear();
    m_layout = std::move(next);
    QScrollArea *old = m_scroll;
    QWidget *body = createBody(expandedRows);
    delete layout()->replaceWidget(old, body);
    delete old;
    updateActive();
}

void DashboardView::splitIntoSections()
{
    m_sections = {Section()};
    for (int i = 0; i < int(m_layout.size()); ++i) {
        const GrafanaPanel &panel = m_layout[i];
        if (panel.kind == GrafanaPanel::Kind::Row) {
            Section row;
            row.row = i;
            row.expanded = !panel.collapsed;
            m_sections.append(row);
        } else {
            m_sections.last().panels.append(i);
        }
    }
}

QToolButton *DashboardView::createRowHeader(int section)
{
    const GrafanaPanel &row = m_layout[m_sections[section].row];
    auto *header = new QToolButton;
    header->setObjectName(QStringLiteral("dashboardRow"));
    header->setText(row.title);
    header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->setAutoRaise(true);
    header->setCheckable(true);
    header->setChecked(m_sections[section].expanded);
    header->setArrowType(header->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    header->setToolTip(tr("Expand or collapse this row; a collapsed row asks Prometheus nothing"));
    QFont bold = header->font();
    bold.setBold(true);
    header->setFont(bold);
    connect(header, &QToolButton::toggled, this, [this, section, header](bool expanded) {
        header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_sections[section].expanded = expanded;
        if (expanded && !m_sections[section].grid)
            buildSection(section);
        if (m_sections[section].grid)
            m_sections[section].grid->setVisible(expanded);
        updateActive();
    });
    m_sections[section].header = header;
    return header;
}

void DashboardView::buildSection(int section)
{
    Section &s = m_sections[section];
    // A row's panels sit below its own line of the grid: positions restart under the header.
    const int top = s.row >= 0 ? m_layout[s.row].gridPos.y + 1 : 0;
    s.grid = new DashboardGrid;
    for (int index : std::as_const(s.panels)) {
        const GrafanaPanel &panel = m_layout[index];
        GrafanaGridPos pos = panel.gridPos;
        pos.y = std::max(0, pos.y - top);
        s.grid->add(createPanel(panel, section), pos);
    }
    // After its header, or first for the leading panels.
    m_column->insertWidget(s.header ? m_column->indexOf(s.header) + 1 : 0, s.grid);
}

QWidget *DashboardView::createPlaceholder(const GrafanaPanel &panel, const QString &text)
{
    auto *placeholder = new QLabel(text);
    placeholder->setObjectName(QStringLiteral("panelPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_placeholderTypes.append(panel.type);
    m_panelsByTitle.insert(panel.title, placeholder);
    return panelFrame(panel, placeholder);
}

QWidget *DashboardView::createPanel(const GrafanaPanel &panel, int section)
{
    if (panel.kind == GrafanaPanel::Kind::Text)
        return createTextPanel(panel);
    if (!panel.datasource.isPrometheus()) {
        return createPlaceholder(
            panel, tr("This panel's data source is \u201c%1\u201d, of type %2: Prom Companion "
                      "asks Prometheus only.")
                       .arg(panel.datasource.name, panel.datasource.type));
    }
    if (panel.kind == GrafanaPanel::Kind::Table)
        return createTablePanel(panel, section);
    if (panel.kind != GrafanaPanel::Kind::TimeSeries && panel.kind != GrafanaPanel::Kind::Heatmap
        && !isStatLike(panel.kind)) {
        return createPlaceholder(
            panel, tr("Prom Companion does not draw \u201c%1\u201d panels.\nOpen the dashboard "
                      "in Grafana to see this one.")
                       .arg(panel.type));
    }
    TimeRange *range = panelRange(panel);
    RangePoller *poller = createPoller(panel, range);
    RangePoller *compare = nullptr;
    ChartWidget *chartWidget = nullptr;
    QWidget *content = nullptr;
    if (isStatLike(panel.kind)) {
        auto *view = new StatPanel(panel);
        connect(poller, &RangePoller::updated, view, &StatPanel::setSeries);
        content = view;
    } else if (panel.kind == GrafanaPanel::Kind::Heatmap) {
        auto *heatmap = new HeatmapPanel(panel, range);
        connect(poller, &RangePoller::updated, heatmap, &HeatmapPanel::setSeries);
        connect(heatmap, &HeatmapPanel::plotWidthChanged, poller, &RangePoller::setPlotWidth);
        content = heatmap;
    } else {
        auto *chart = new ChartWidget(range);
        configureTimeSeriesPanel(chart, panel);
        chart->setNoDataText(tr("No data"));
        chart->setAccessibleName(panel.title);
        connect(poller, &RangePoller::updated, chart,
                [chart, poller, panel](const QList<ChartSeries> &series) {
                    showTimeSeries(chart, panel, series, poller->step());
                });
        connect(chart, &ChartWidget::plotWidthChanged, poller, &RangePoller::setPlotWidth);
        addAnnotatedChart(chart);
        compare = createComparePoller(panel, range, chart);
        chartWidget = chart;
        addAlertAction(chart, panel, poller);
        content = chart;
    }
    m_panelsByTitle.insert(panel.title, content);
    QWidget *frame = panelFrame(panel, content);
    if (range != m_timeRange)
        range->setParent(frame);  // a panel's own range goes with it
    m_panels.append({frame, poller, section, compare, chartWidget});
    return frame;
}

void DashboardView::addAlertAction(QWidget *chart, const GrafanaPanel &panel, RangePoller *poller)
{
    QString expr;
    for (const GrafanaQuery &query : panel.queries) {
        if (!query.hidden && !query.expr.trimmed().isEmpty() && expr.isEmpty())
            expr = query.expr;
    }
    if (expr.isEmpty())
        return;
    auto *alert = new QAction(tr("&Alert on this\u2026"), chart);
    alert->setObjectName(QStringLiteral("alertOnThis"));
    const pc::DisplayFormat::Unit unit = panel.unit.unit;
    const QString title = panel.title;
    // A rule has no dashboard variables: they are filled in as the panel asks now.
    connect(alert, &QAction::triggered, this,
            [this, expr, unit, title, poller, scoped = panel.scopedVars] {
                emit alertRequested(
                    expandQuery(expr, scoped, poller->step(), poller->timeRange()->range()), unit,
                    title);
            });
    chart->addAction(alert);
    chart->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void DashboardView::createAnnotationPoller()
{
    if (m_dashboard.annotations.isEmpty())
        return;
    m_annotationPoller =
        new AnnotationQueryPoller(m_client, m_timeRange, m_dashboard.annotations, this);
    m_annotationPoller->setRefreshInterval(m_toolbar->refresh());
    m_annotationPoller->setQueryExpander(
        [this](const QString &promql, std::chrono::seconds step, std::pair<qint64, qint64> range) {
            return expandQuery(promql, {}, step, range);
        });
    connect(m_annotationPoller, &AnnotationQueryPoller::updated, this,
            [this](const QList<Annotation> &annotations) {
                for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
                    if (chart)
                        chart->setAnnotations(QStringLiteral("dashboard"), annotations);
                }
            });
    connect(m_annotationPoller, &AnnotationQueryPoller::failed, this,
            [this](const QString &name, const QString &message) {
                //: %1 the name of a dashboard's annotation query, %2 why it failed
                m_problem->setText(
                    tr("The annotations \u201c%1\u201d cannot be shown: %2").arg(name, message));
                m_problem->show();
            });
}

void DashboardView::addAnnotatedChart(ChartWidget *chart)
{
    m_charts.append(chart);
    if (m_annotationPoller)
        chart->setAnnotations(QStringLiteral("dashboard"), m_annotationPoller->annotations());
    if (m_feed)
        m_feed->addChart(chart);
}

void DashboardView::setAnnotationsFeed(AnnotationsFeed *feed)
{
    m_feed = feed;
    for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
        if (chart)
            feed->addChart(chart);
    }
}

TimeRange *DashboardView::panelRange(const GrafanaPanel &panel)
{
    const std::optional<std::chrono::seconds> from = panel.timeFromDuration();
    const std::optional<std::chrono::seconds> shift = panel.timeShiftDuration();
    if (!from && !shift)
        return m_timeRange;
    // As Grafana: `timeFrom` is the panel's own last N, `timeShift` moves it back; without
    // `timeFrom` the panel follows the dashboard's range, zoomed or not, moved back.
    auto *range = new TimeRange(from.value_or(m_timeRange->window()), this);
    const qint64 shiftMs = shift ? qint64(shift->count()) * 1000 : 0;
    range->setClock([this, shiftMs] { return m_timeRange->now() - shiftMs; });
    auto follow = [this, range, from, shiftMs] {
        if (from || m_timeRange->isLive()) {
            range->setWindow(from.value_or(m_timeRange->window()));
            return;
        }
        const auto [start, end] = m_timeRange->range();
        range->setFixed(start - shiftMs, end - shiftMs);
    };
    follow();
    connect(m_timeRange, &TimeRange::changed, range, follow);
    return range;
}

RangePoller *DashboardView::createComparePoller(const GrafanaPanel &panel, TimeRange *range,
                                                ChartWidget *chart)
{
    auto *compare = new RangePoller(m_client, range, this);
    compare->setTimeShift(m_toolbar->comparePicker()->offset());
    configurePoller(compare, panel);
    connect(chart, &ChartWidget::plotWidthChanged, compare, &RangePoller::setPlotWidth);
    connect(compare, &RangePoller::updated, chart, [this, chart](const QList<ChartSeries> &series) {
        chart->setCompareSeries(series, m_toolbar->comparePicker()->offset());
    });
    return compare;
}

void DashboardView::applyCompare()
{
    const std::chrono::seconds offset = m_toolbar->comparePicker()->offset();
    for (const DataPanel &panel : std::as_const(m_panels)) {
        if (!panel.compare)
            continue;
        panel.chart->setCompareSeries({}, offset);
        panel.compare->setTimeShift(offset);
    }
    updateActive();
}

RangePoller *DashboardView::createPoller(const GrafanaPanel &panel, TimeRange *range)
{
    auto *poller = new RangePoller(m_client, range, this);
    configurePoller(poller, panel);
    connect(poller, &RangePoller::updated, this, [this, poller] {
        m_answered.insert(poller);
        m_problem->hide();
    });
    watchPoller(poller, panel.title);
    return poller;
}

void DashboardView::watchPoller(PanelPoller *poller, const QString &title)
{
    connect(poller, &PanelPoller::failed, this, [this](const PromError &error) {
        m_problem->setText(tr("The panels cannot be updated: %1").arg(error.message));
        m_problem->show();
    });
    connect(poller, &PanelPoller::rejected, this, [this, title](const QString &message) {
        m_problem->setText(
            tr("Prometheus rejected a query of \u201c%1\u201d: %2").arg(title, message));
        m_problem->show();
    });
}

QWidget *DashboardView::createTablePanel(const GrafanaPanel &panel, int section)
{
    QList<GrafanaQuery> asked;
    QList<QueryPoller::Query> queries;
    for (const GrafanaQuery &query : panel.queries) {
        if (!query.hidden && !query.expr.trimmed().isEmpty()) {
            asked.append(query);
            queries.append({query.expr, query.instant});
        }
    }
    auto *poller = new QueryPoller(m_client, m_timeRange, this);
    poller->setRefreshInterval(m_toolbar->refresh());
    const PanelStep step =
        PanelStep::of(panel, withScopedVars(m_resolver->selections(), panel.scopedVars));
    poller->setResolution(step.maxPoints > 0 ? step.maxPoints : 1000, step.minimum);
    poller->setQueryExpander([this, scoped = panel.scopedVars](const QString &promql,
                                                               std::chrono::seconds step,
                                                               std::pair<qint64, qint64> range) {
        return expandQuery(promql, scoped, step, range);
    });
    poller->setQueries(queries);
    auto *table = new TablePanel(panel, asked);
    connect(poller, &QueryPoller::answered, table, &TablePanel::setResults);
    connect(poller, &QueryPoller::answered, this, [this, poller] {
        m_answered.insert(poller);
        m_problem->hide();
    });
    watchPoller(poller, panel.title);
    m_panelsByTitle.insert(panel.title, table);
    QWidget *frame = panelFrame(panel, table);
    m_panels.append({frame, poller, section});
    return frame;
}

QWidget *DashboardView::createTextPanel(const GrafanaPanel &panel)
{
    auto *text = new TextPanel(panel);
    // The content shows the variables' values as soon as they are known, and again on a change.
    const auto update = [this, text, scoped = panel.scopedVars] {
        text->setVariables(withScopedVars(m_resolver->selections(), scoped));
    };
    connect(m_resolver, &VariableResolver::resolved, text, update);
    connect(m_resolver, &VariableResolver::selectionChanged, text, update);
    update();
    m_panelsByTitle.insert(panel.title, text);
    return panelFrame(panel, text);
}

void DashboardView::configurePoller(RangePoller *poller, const GrafanaPanel &panel)
{
    poller->setRefreshInterval(m_toolbar->refresh());
    poller->setQueryExpander([this, scoped = panel.scopedVars](const QString &promql,
                                                               std::chrono::seconds step,
                                                               std::pair<qint64, qint64> range) {
        return expandQuery(promql, scoped, step, range);
    });
    const PanelStep step =
        PanelStep::of(panel, withScopedVars(m_resolver->selections(), panel.scopedVars));
    poller->setMinimumStep(step.minimum);
    poller->setMaxPoints(step.maxPoints);
    poller->setStepFactor(step.factor);
    poller->setQueries(panelQueries(panel));
}

QString DashboardView::expandQuery(const QString &promql, const QHash<QString, QString> &scopedVars,
                                   std::chrono::seconds step, std::pair<qint64, qint64> range) const
{
    VariableSelections selections = withScopedVars(m_resolver->selections(), scopedVars);
    selections.insert(builtinVariables(step, std::chrono::milliseconds(range.second - range.first),
                                       m_options.scrapeInterval));
    return interpolateVariables(promql, selections);
}

void DashboardView::setPrometheusEnabled(bool enabled)
{
    m_prometheusEnabled = enabled;
    if (m_problem && !enabled && !m_panels.isEmpty()) {
        // Every panel is a Prometheus query: say why they stay empty.
        m_problem->setText(
            tr("No Prometheus to ask yet: the panels fill in once one answers "
               "(see Status)."));
        m_problem->show();
    }
    updateActive();
}

void DashboardView::setWindow(std::chrono::seconds window)
{
    if (m_toolbar && m_toolbar->window() != window) {
        m_toolbar->setWindow(window);  // comes back here through the toolbar
        return;
    }
    m_timeRange->setWindow(window);
    if (m_resolver)
        m_resolver->setRange(std::chrono::duration_cast<std::chrono::milliseconds>(window));
}

void DashboardView::backToLive()
{
    m_timeRange->followLive();
}

bool DashboardView::isInView(const QWidget *frame) const
{
    if (!m_scroll || !frame->isVisibleTo(m_scroll->widget()))
        return false;
    const QWidget *viewport = m_scroll->viewport();
    const QRect rect(frame->mapTo(viewport, QPoint(0, 0)), frame->size());
    return rect.intersects(viewport->rect());
}

void DashboardView::updateActive()
{
    const bool usable = m_prometheusEnabled && isVisible();
    if (usable && m_resolver && !m_resolverStarted) {
        m_resolverStarted = true;
        m_resolver->start();  // the variables first: the panels' queries use them
        m_config = m_client->config();
        connect(m_config.get(), &PromReply::finished, this, [this] {
            const PromReplyPtr reply = std::move(m_config);
            if (reply->error())
                return;
            if (const auto interval = globalScrapeInterval(reply->configYaml())) {
                m_options.scrapeInterval = *interval;
                refreshAll();
            }
        });
    }
    const bool resolved = m_resolver && m_resolver->isResolved();
    if (m_annotationPoller)
        m_annotationPoller->setEnabled(usable && resolved);
    for (const DataPanel &panel : std::as_const(m_panels)) {
        const bool active =
            usable && resolved && m_sections[panel.section].expanded && isInView(panel.frame);
        panel.poller->setEnabled(active);
        if (panel.compare)
            panel.compare->setEnabled(active && m_toolbar->comparePicker()->offset().count() > 0);
    }
}

void DashboardView::refreshAll()
{
    // While a variable that others use is asked again, the panels wait for all of them: a
    // query with the new job and the old instances would ask for nothing. Those enabled now
    // ask at once; those that were already asking ask again with the new values.
    QSet<PanelPoller *> asking;
    for (const DataPanel &panel : std::as_const(m_panels)) {
        if (panel.poller->isEnabled())
            asking.insert(panel.poller);
    }
    updateActive();
    for (const DataPanel &panel : std::as_const(m_panels)) {
        if (asking.contains(panel.poller) && panel.poller->isEnabled())
            panel.poller->refreshNow();
        if (panel.compare && panel.compare->isEnabled())
            panel.compare->refreshNow();
    }
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActive();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActive();
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateActive();
}

int DashboardView::activePanelCount() const
{
    return int(std::count_if(m_panels.cbegin(), m_panels.cend(),
                             [](const DataPanel &panel) { return panel.poller->isEnabled(); }));
}

bool DashboardView::inViewPanelsAnswered() const
{
    return activePanelCount() > 0
           && std::all_of(m_panels.cbegin(), m_panels.cend(), [this](const DataPanel &panel) {
                  return !panel.poller->isEnabled() || m_answered.contains(panel.poller);
              });
}

QStringList DashboardView::panelTitles() const
{
    QStringList titles;
    for (const GrafanaPanel &panel : m_layout) {
        if (panel.kind != GrafanaPanel::Kind::Row)
            titles.append(panel.title);
    }
    return titles;
}

QStringList DashboardView::rowTitles() const
{
    QStringList titles;
    for (const Section &section : m_sections) {
        if (section.row >= 0)
            titles.append(m_layout[section.row].title);
    }
    return titles;
}

bool DashboardView::isRowExpanded(const QString &title) const
{
    for (const Section &section : m_sections) {
        if (section.row >= 0 && m_layout[section.row].title == title)
            return section.expanded;
    }
    return false;
}

void DashboardView::setRowExpanded(const QString &title, bool expanded)
{
    for (const Section &section : std::as_const(m_sections)) {
        if (section.header && m_layout[section.row].title == title)
            section.header->setChecked(expanded);
    }
}

ChartWidget *DashboardView::chartWidget(const QString &title) const
{
    return qobject_cast<ChartWidget *>(m_panelsByTitle.value(title));
}

StatPanel *DashboardView::statPanel(const QString &title) const
{
    return qobject_cast<StatPanel *>(m_panelsByTitle.value(title));
}

TablePanel *DashboardView::tablePanel(const QString &title) const
{
    return qobject_cast<TablePanel *>(m_panelsByTitle.value(title));
}

TextPanel *DashboardView::textPanel(const QString &title) const
{
    return qobject_cast<TextPanel *>(m_panelsByTitle.value(title));
}

HeatmapPanel *DashboardView::heatmapPanel(const QString &title) const
{
    return qobject_cast<HeatmapPanel *>(m_panelsByTitle.value(title));
}

QString DashboardView::problemText() const
{
    return m_problem && !m_problem->isHidden() ? m_problem->text() : QString();
}

QStringList DashboardView::fidelityReport() const
{
    QStringList lines;
    for (const GrafanaPanel &panel : m_layout) {
        const PanelFidelity fidelity = PanelFidelity::of(panel);
        if (fidelity.state != PanelFidelity::State::Drawn)
            //: %1 is a panel's title, %2 how it is drawn
            lines.append(tr("%1: %2").arg(panel.title, fidelity.text()));
    }
    return lines;
}

QList<std::pair<qint64, qint64>> DashboardView::panelRanges() const
{
    QList<std::pair<qint64, qint64>> ranges;
    for (const DataPanel &panel : m_panels)
        ranges.append(panel.poller->timeRange()->range());
    return ranges;
}

bool DashboardView::isLive() const
{
    return m_timeRange->isLive();
}

}  // namespace pc::app
