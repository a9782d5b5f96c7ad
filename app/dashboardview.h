#pragma once

#include "dashboard/grafanadashboard.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <chrono>

class QComboBox;
class QLabel;
class QPushButton;
namespace pc {
class PromClient;
class RangePoller;
class TimeRange;
struct ChartSeries;
}  // namespace pc

namespace pc::app {

class ChartWidget;
class StatPanel;

/// The shipped Grafana dashboard drawn in the window, from the same JSON Grafana provisions:
/// each panel on Grafana's 24-column grid with its title, time series panels as the live chart
/// (hover, legend, zoom), stat panels as a big number coloured by thresholds, and a placeholder
/// that names any other type. Each data panel has its own RangePoller; one TimeRange and one
/// refresh serve all panels, so a zoom in one panel zooms them all. Asks Prometheus only while shown and while Prometheus is usable.
/// GUI thread.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(pc::PromClient *client, const pc::GrafanaDashboardOutcome &dashboard,
                  QWidget *parent = nullptr);

    /// Whether the Prometheus in use can be asked (PromSource::isUsable()).
    void setPrometheusEnabled(bool enabled);
    void setWindow(std::chrono::seconds window);
    void backToLive();

    /// The panels' titles, in the dashboard's order.
    QStringList panelTitles() const;
    /// The types drawn as a placeholder (not supported), in the dashboard's order.
    QStringList placeholderTypes() const { return m_placeholderTypes; }
    ChartWidget *chartWidget(const QString &title) const;
    StatPanel *statPanel(const QString &title) const;
    /// How many data panels have had an answer from Prometheus since the view was made.
    int answeredPanelCount() const { return int(m_answered.size()); }
    int dataPanelCount() const { return int(m_pollers.size()); }
    /// The range each data panel shows now (ms since the epoch), and whether it follows the
    /// present: one range for all.
    QList<std::pair<qint64, qint64>> panelRanges() const;
    bool isLive() const;
    /// Why the panels are empty, or empty when they are not.
    QString problemText() const;

signals:
    /// The "Open in Grafana" button: the window checks Grafana first.
    void openGrafanaRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolbar(const QString &title);
    QWidget *createPanel(const pc::GrafanaPanel &panel);
    void updateActive();

    pc::PromClient *m_client;
    pc::GrafanaDashboard m_dashboard;
    pc::TimeRange *m_timeRange;
    QList<pc::RangePoller *> m_pollers;
    QHash<QString, QWidget *> m_panelsByTitle;
    QStringList m_placeholderTypes;
    QSet<pc::RangePoller *> m_answered;
    QComboBox *m_range = nullptr;
    QComboBox *m_refresh = nullptr;
    QPushButton *m_live = nullptr;
    QLabel *m_problem = nullptr;
    bool m_prometheusEnabled = false;
};

}  // namespace pc::app
