#include "dashboardview.h"

#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "statpanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::app {

namespace {

using namespace std::chrono_literals;

/// Lays its children out on Grafana's grid: 24 columns as wide as the widget, rows of a fixed
/// height, a gap between panels.
class DashboardGrid : public QWidget
{
public:
    static constexpr int RowHeight = 30;  // Grafana's GRID_CELL_HEIGHT
    static constexpr int Gap = 8;         // and GRID_CELL_VMARGIN

    void add(QWidget *panel, const pc::GrafanaGridPos &pos)
    {
        panel->setParent(this);
        m_cells.append({panel, pos});
        m_rows = std::max(m_rows, pos.y + pos.h);
        setMinimumHeight(m_rows * RowHeight + Gap);
    }

    QSize sizeHint() const override { return {900, m_rows * RowHeight + Gap}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        const double column = double(width() - Gap) / 24.0;
        for (const auto &[panel, pos] : std::as_const(m_cells)) {
            const int x = Gap + int(pos.x * column);
            const int right = Gap + int((pos.x + pos.w) * column) - Gap;
            panel->setGeometry(x, Gap + pos.y * RowHeight, std::max(20, right - x),
                               pos.h * RowHeight - Gap);
        }
    }

private:
    QList<std::pair<QWidget *, pc::GrafanaGridPos>> m_cells;
    int m_rows = 0;
};

QFrame *panelFrame(const pc::GrafanaPanel &panel, QWidget *content)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("dashboardPanel"));
    frame->setAccessibleName(panel.title);
    frame->setToolTip(panel.description);
    auto *title = new QLabel(panel.title);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return frame;
}

}  // namespace

DashboardView::DashboardView(pc::PromClient *client, const pc::GrafanaDashboardOutcome &dashboard,
                             QWidget *parent)
    : QWidget(parent), m_client(client), m_timeRange(new pc::TimeRange(15min, this))
{
    setObjectName(QStringLiteral("dashboardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (const auto *error = std::get_if<pc::GrafanaDashboardError>(&dashboard)) {
        auto *message = new QLabel(tr("The dashboard cannot be shown: %1").arg(error->message));
        message->setWordWrap(true);
        message->setAlignment(Qt::AlignCenter);
        layout->addWidget(message);
        return;
    }
    m_dashboard = std::get<pc::GrafanaDashboard>(dashboard);
    layout->addWidget(createToolbar(m_dashboard.title));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("dashboardProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *grid = new DashboardGrid;
    for (const pc::GrafanaPanel &panel : std::as_const(m_dashboard.panels)) {
        if (panel.kind == pc::GrafanaPanel::Kind::Row)
            continue;  // rows only group panels; their panels follow them in the list
        QWidget *frame = createPanel(panel);
        grid->add(frame, panel.gridPos);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
}

QWidget *DashboardView::createToolbar(const QString &title)
{
    auto *name = new QLabel(title);
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    name->setFont(big);

    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->setAccessibleName(tr("Time range of every panel"));
    m_range->setToolTip(tr("How far back every panel reaches"));
    for (const auto &[label, seconds] :
         {std::pair{QT_TR_NOOP("Last 5 min"), 300}, std::pair{QT_TR_NOOP("Last 15 min"), 900},
          std::pair{QT_TR_NOOP("Last 1 h"), 3600}, std::pair{QT_TR_NOOP("Last 6 h"), 21600}})
        m_range->addItem(tr(label), seconds);
    const int window = int(
        std::chrono::duration_cast<std::chrono::seconds>(m_dashboard.timeRange().value_or(15min))
            .count());
    int index = m_range->findData(window);
    if (index < 0) {
        m_range->addItem(tr("Last %1 s").arg(window), window);
        index = m_range->count() - 1;
    }
    m_range->setCurrentIndex(index);
    m_timeRange->setWindow(std::chrono::seconds(window));

    m_refresh = new QComboBox;
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setAccessibleName(tr("Refresh every"));
    m_refresh->setToolTip(tr("How often every panel asks Prometheus again"));
    m_refresh->addItem(tr("Refresh 5 s"), 5000);
    m_refresh->addItem(tr("Refresh 10 s"), 10000);
    m_refresh->addItem(tr("Refresh 30 s"), 30000);
    m_refresh->addItem(tr("Refresh 1 min"), 60000);
    const auto refresh = m_dashboard.refreshInterval().value_or(5s);
    index = m_refresh->findData(int(refresh.count()));
    if (index < 0) {
        m_refresh->addItem(tr("Refresh %1 s").arg(refresh.count() / 1000.0), int(refresh.count()));
        index = m_refresh->count() - 1;
    }
    m_refresh->setCurrentIndex(index);

    m_live = new QPushButton(tr("&Live"));
    m_live->setObjectName(QStringLiteral("dashboardLive"));
    m_live->setToolTip(tr("Follow the present again after a zoom (double-click a chart, or Esc)"));
    m_live->setEnabled(false);
    auto *grafana = new QPushButton(tr("Open &in Grafana"));
    grafana->setObjectName(QStringLiteral("dashboardOpenGrafana"));
    grafana->setToolTip(tr("Open the same dashboard in Grafana, once it is there"));

    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setWindow(std::chrono::seconds(m_range->currentData().toInt())); });
    connect(m_refresh, &QComboBox::currentIndexChanged, this, [this] {
        const std::chrono::milliseconds interval(m_refresh->currentData().toInt());
        for (pc::RangePoller *poller : std::as_const(m_pollers))
            poller->setRefreshInterval(interval);
    });
    connect(m_live, &QPushButton::clicked, this, &DashboardView::backToLive);
    connect(m_timeRange, &pc::TimeRange::changed, this,
            [this] { m_live->setEnabled(!m_timeRange->isLive()); });
    connect(grafana, &QPushButton::clicked, this, &DashboardView::openGrafanaRequested);

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(name, 1);
    row->addWidget(m_range);
    row->addWidget(m_refresh);
    row->addWidget(m_live);
    row->addWidget(grafana);
    return bar;
}

QWidget *DashboardView::createPanel(const pc::GrafanaPanel &panel)
{
    using Kind = pc::GrafanaPanel::Kind;
    const bool stat =
        panel.kind == Kind::Stat || panel.kind == Kind::Gauge || panel.kind == Kind::BarGauge;
    if (panel.kind != Kind::TimeSeries && !stat) {
        auto *placeholder = new QLabel(
            tr("Prom Companion does not draw “%1” panels.\nOpen the dashboard in Grafana to "
               "see this one.")
                .arg(panel.type));
        placeholder->setObjectName(QStringLiteral("panelPlaceholder"));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        m_placeholderTypes.append(panel.type);
        QWidget *frame = panelFrame(panel, placeholder);
        m_panelsByTitle.insert(panel.title, placeholder);
        return frame;
    }

    QList<pc::PanelQuery> queries;
    for (const pc::GrafanaQuery &query : panel.queries) {
        if (!query.hidden && !query.expr.trimmed().isEmpty())
            queries.append({query.expr, query.legendFormat});
    }
    auto *poller = new pc::RangePoller(m_client, m_timeRange, this);
    poller->setRefreshInterval(std::chrono::milliseconds(m_refresh->currentData().toInt()));
    poller->setQueries(queries);
    m_pollers.append(poller);
    connect(poller, &pc::RangePoller::updated, this, [this, poller] {
        m_answered.insert(poller);
        m_problem->hide();
    });
    connect(poller, &pc::RangePoller::failed, this, [this](const pc::PromError &error) {
        m_problem->setText(tr("The panels cannot be updated: %1").arg(error.message));
        m_problem->show();
    });
    connect(poller, &pc::RangePoller::rejected, this, [this, panel](const QString &message) {
        m_problem->setText(tr("Prometheus rejected a query of “%1”: %2").arg(panel.title, message));
        m_problem->show();
    });

    QWidget *content = nullptr;
    if (stat) {
        auto *view = new StatPanel(panel);
        connect(poller, &pc::RangePoller::updated, view, &StatPanel::setSeries);
        content = view;
    } else {
        auto *chart = new ChartWidget(m_timeRange);
        chart->setLegendMode(ChartWidget::LegendMode::List);
        chart->setUnit(panel.unit.unit, panel.unit.scale);
        chart->setNoDataText(tr("No data"));
        chart->setAccessibleName(panel.title);
        connect(poller, &pc::RangePoller::updated, chart,
                [chart, poller](const QList<pc::ChartSeries> &series) {
                    chart->setSeries(series, poller->step());
                });
        connect(chart, &ChartWidget::plotWidthChanged, poller, &pc::RangePoller::setPlotWidth);
        content = chart;
    }
    m_panelsByTitle.insert(panel.title, content);
    return panelFrame(panel, content);
}

void DashboardView::setPrometheusEnabled(bool enabled)
{
    m_prometheusEnabled = enabled;
    if (m_problem && !enabled && !m_pollers.isEmpty()) {
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
    const int index = m_range ? m_range->findData(int(window.count())) : -1;
    if (index >= 0 && index != m_range->currentIndex()) {
        m_range->setCurrentIndex(index);  // comes back here through the combo
        return;
    }
    m_timeRange->setWindow(window);
}

void DashboardView::backToLive()
{
    m_timeRange->followLive();
}

void DashboardView::updateActive()
{
    // Twelve panels asking every few seconds are worth it only while someone looks.
    const bool active = m_prometheusEnabled && isVisible();
    for (pc::RangePoller *poller : std::as_const(m_pollers))
        poller->setEnabled(active);
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

QStringList DashboardView::panelTitles() const
{
    QStringList titles;
    for (const pc::GrafanaPanel &panel : m_dashboard.panels) {
        if (panel.kind != pc::GrafanaPanel::Kind::Row)
            titles.append(panel.title);
    }
    return titles;
}

ChartWidget *DashboardView::chartWidget(const QString &title) const
{
    return qobject_cast<ChartWidget *>(m_panelsByTitle.value(title));
}

StatPanel *DashboardView::statPanel(const QString &title) const
{
    return qobject_cast<StatPanel *>(m_panelsByTitle.value(title));
}

QString DashboardView::problemText() const
{
    return m_problem && !m_problem->isHidden() ? m_problem->text() : QString();
}

QList<std::pair<qint64, qint64>> DashboardView::panelRanges() const
{
    QList<std::pair<qint64, qint64>> ranges;
    for (const pc::RangePoller *poller : m_pollers)
        ranges.append(poller->timeRange()->range());
    return ranges;
}

bool DashboardView::isLive() const
{
    return m_timeRange->isLive();
}

}  // namespace pc::app
