#pragma once

#include "dashboard/grafanadashboard.h"
#include "prometheus/promreply.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <chrono>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;
namespace pc {
class PanelPoller;
class PromClient;
class QueryPoller;
class AnnotationQueryPoller;
class RangePoller;
class TimeRange;
class VariableResolver;
struct ChartSeries;
}  // namespace pc

namespace pc::app {

class ChartWidget;
class DashboardGrid;
class AnnotationsFeed;
class DashboardToolbar;
class HeatmapPanel;
class StatPanel;
class TablePanel;
class TextPanel;
class VariableBar;

/// A Grafana dashboard drawn in the window, from its JSON: the variable bar across the top,
/// rows that collapse and expand on a click, each panel on Grafana's 24-column grid with its
/// title, time series panels as chart widgets (hover, legend, zoom), stat panels as a big
/// number coloured by thresholds, tables (instant queries, transformations), text and heatmaps,
/// and a placeholder that names any other type or a data source that is not Prometheus. Each
/// data panel has its own poller (a RangePoller, or a table's QueryPoller); one TimeRange and one
/// refresh serve all panels, so a zoom in one panel zooms them all. Variables are interpolated
/// into every query just before it leaves. A panel asks Prometheus only while the view is
/// shown, Prometheus is usable, the variables are resolved, its row is expanded and it is
/// scrolled into view; a collapsed row's panels are not even made until it is expanded.
/// GUI thread.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QHash<QString, QStringList> variables;    // `--var NAME=VALUE`, in place of `current`
        std::chrono::seconds scrapeInterval{15};  // for $__rate_interval, till Prometheus says
    };

    DashboardView(pc::PromClient *client, const pc::GrafanaDashboardOutcome &dashboard,
                  const Options &options, QWidget *parent = nullptr);
    DashboardView(pc::PromClient *client, const pc::GrafanaDashboardOutcome &dashboard,
                  QWidget *parent = nullptr);

    /// Shows the app's annotations on every time series panel, and hides them with it.
    void setAnnotationsFeed(AnnotationsFeed *feed);
    /// The dashboard's own annotation queries (`annotations.list`), or null when it has none.
    pc::AnnotationQueryPoller *annotationPoller() const { return m_annotationPoller; }
    /// The toolbar: range, refresh, Compare, back to live.
    DashboardToolbar *toolbar() const { return m_toolbar; }

    /// Whether the Prometheus in use can be asked (PromSource::isUsable()).
    void setPrometheusEnabled(bool enabled);
    void setWindow(std::chrono::seconds window);
    void backToLive();

    QString title() const { return m_dashboard.title; }
    pc::VariableResolver *variables() const { return m_resolver; }
    VariableBar *variableBar() const { return m_variableBar; }
    /// The panels' titles, in the dashboard's order, rows left out.
    QStringList panelTitles() const;
    /// The rows' titles, and whether each is expanded.
    QStringList rowTitles() const;
    bool isRowExpanded(const QString &title) const;
    void setRowExpanded(const QString &title, bool expanded);
    /// The types drawn as a placeholder (not supported), in the order they were made.
    QStringList placeholderTypes() const { return m_placeholderTypes; }
    ChartWidget *chartWidget(const QString &title) const;
    StatPanel *statPanel(const QString &title) const;
    TablePanel *tablePanel(const QString &title) const;
    TextPanel *textPanel(const QString &title) const;
    HeatmapPanel *heatmapPanel(const QString &title) const;
    /// How many data panels have had an answer from Prometheus since the view was made.
    int answeredPanelCount() const { return int(m_answered.size()); }
    /// Data panels made so far (a collapsed row's wait for it to open).
    int dataPanelCount() const { return int(m_panels.size()); }
    /// Data panels asking Prometheus now: shown, resolved, expanded and in view.
    int activePanelCount() const;
    /// Every panel asking now has answered at least once (and at least one asks).
    bool inViewPanelsAnswered() const;
    /// The range each data panel shows now (ms since the epoch), and whether it follows the
    /// present: one range for all.
    QList<std::pair<qint64, qint64>> panelRanges() const;
    bool isLive() const;
    /// Why the panels are empty, or empty when they are not.
    QString problemText() const;
    /// Each panel drawn only approximately or not at all, with what it lacks: "Title:
    /// approximated: …" (PanelFidelity), in the dashboard's order. Empty when all are drawn.
    QStringList fidelityReport() const;

signals:
    /// The "Open in Grafana" button: the window checks Grafana first.
    void openGrafanaRequested();
    /// "Alert on this…" of a time series panel: a rule on its first query, variables
    /// interpolated, in the panel's unit.
    void alertRequested(const QString &expr, pc::DisplayFormat::Unit unit, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// The panels before the first row, or a row and the panels under it.
    struct Section
    {
        int row = -1;  // index in m_dashboard.panels, -1 for the leading panels
        QList<int> panels;
        QToolButton *header = nullptr;
        DashboardGrid *grid = nullptr;  // made when first expanded
        bool expanded = true;
    };
    struct DataPanel
    {
        QWidget *frame = nullptr;
        pc::PanelPoller *poller = nullptr;
        int section = 0;
        pc::RangePoller *compare = nullptr;  // a time series' queries at Compare's offset
        ChartWidget *chart = nullptr;        // a time series' chart
    };

    void showError(const QString &message);
    /// The rows and panels of m_layout; rows in `expandedRows` as they say, the others as the
    /// dashboard has them.
    QWidget *createBody(const QHash<QString, bool> &expandedRows = {});
    void splitIntoSections();
    QToolButton *createRowHeader(int section);
    void buildSection(int section);
    QWidget *createPanel(const pc::GrafanaPanel &panel, int section);
    QWidget *createPlaceholder(const pc::GrafanaPanel &panel, const QString &text);
    pc::RangePoller *createPoller(const pc::GrafanaPanel &panel, pc::TimeRange *range);
    /// The panel's queries, variables, step and refresh, on its poller or its Compare's.
    void configurePoller(pc::RangePoller *poller, const pc::GrafanaPanel &panel);
    pc::RangePoller *createComparePoller(const pc::GrafanaPanel &panel, pc::TimeRange *range,
                                         ChartWidget *chart);
    /// The dashboard's range, or the panel's own when it has `timeFrom` or `timeShift`.
    pc::TimeRange *panelRange(const pc::GrafanaPanel &panel);
    void applyCompare();
    void createAnnotationPoller();
    void addAnnotatedChart(ChartWidget *chart);
    /// "Alert on this…" in the chart's context menu.
    void addAlertAction(QWidget *chart, const pc::GrafanaPanel &panel, pc::RangePoller *poller);
    QWidget *createTablePanel(const pc::GrafanaPanel &panel, int section);
    QWidget *createTextPanel(const pc::GrafanaPanel &panel);
    void watchPoller(pc::PanelPoller *poller, const QString &title);
    QString expandQuery(const QString &promql, const QHash<QString, QString> &scopedVars,
                        std::chrono::seconds step, std::pair<qint64, qint64> range) const;
    /// Makes the repeats again for the variables' selections, and the panels with them when
    /// they changed.
    void relayout();
    bool isInView(const QWidget *frame) const;
    void updateActive();
    void refreshAll();

    pc::PromClient *m_client;
    Options m_options;
    pc::GrafanaDashboard m_dashboard;
    QList<pc::GrafanaPanel> m_layout;  // the dashboard's panels with their repeats made
    pc::TimeRange *m_timeRange;
    pc::VariableResolver *m_resolver = nullptr;
    DashboardToolbar *m_toolbar = nullptr;
    VariableBar *m_variableBar = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_column = nullptr;  // the sections, one under the other
    QList<Section> m_sections;
    QList<DataPanel> m_panels;
    QHash<QString, QWidget *> m_panelsByTitle;
    QStringList m_placeholderTypes;
    QSet<pc::PanelPoller *> m_answered;
    QLabel *m_problem = nullptr;
    bool m_prometheusEnabled = false;
    bool m_resolverStarted = false;
    pc::PromReplyPtr m_config;  // asked once, for the scrape interval
    pc::AnnotationQueryPoller *m_annotationPoller = nullptr;
    AnnotationsFeed *m_feed = nullptr;
    QList<QPointer<ChartWidget>> m_charts;
};

}  // namespace pc::app
