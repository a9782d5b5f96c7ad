#pragma once

#include "grafana/grafanaprobereply.h"
#include "livechartview.h"
#include "prometheus/alertcondition.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QMenu;
class QPushButton;
class QSystemTrayIcon;
class QTabWidget;
namespace pc {
class AlertWatcher;
class AnnotationStore;
class GrafanaProbe;
class LoadGenerator;
class PromClient;
class PromSource;
class RunHistory;
struct AlertTransitions;
struct GrafanaProbeResult;
}  // namespace pc

namespace pc::app {

class AlertChartWindow;
class AlertsBox;
class AnnotationsFeed;
class DashboardView;
class DesktopNotifier;
class LatencyView;
class LoadBox;
class RulesView;
class RunHistoryBox;
class StatusBox;

/// The window: the load box, the status and the alerts on the left; on the right the live
/// chart and the Dashboard view, in tabs; the Grafana button, which checks Grafana first; a
/// tray icon coloured by the alerts' health. Only wires the core objects it is given (and does
/// not own) to views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Parts
    {
        pc::LoadGenerator *load;
        LiveChartView::Sources live;
        pc::PromSource *source;
        pc::PromClient *client;  // for the Dashboard view's panels
        pc::AlertWatcher *alerts;
        QUrl serviceUrl;
        QUrl metricsUrl;
        QUrl grafanaUrl;
        QString urlOrigin;                  // where the Prometheus URL came from, said beside it
        pc::RunHistory *history = nullptr;  // the past load runs; none: no run list
        pc::AnnotationStore *annotations = nullptr;  // what happened; none: no annotations
    };

    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);

    enum class View { Chart, Dashboard };

    LiveChartView *chart() const { return m_chart; }
    DashboardView *dashboard() const { return m_dashboard; }
    AlertsBox *alerts() const { return m_alerts; }
    AnnotationsFeed *annotationsFeed() const { return m_annotationsFeed; }
    View view() const;
    void setView(View view);

    /// Opens a Grafana dashboard JSON in the Dashboard view, in place of the one shown, and
    /// remembers it among the recent ones. False, with the reason in the status bar and in
    /// `error`, when the file cannot be read as a dashboard; the view shown stays.
    bool openDashboard(const QString &path, const QHash<QString, QStringList> &variables = {},
                       QString *error = nullptr);
    /// Back to the dashboard the project ships.
    void openShippedDashboard();
    /// The dashboards opened lately, newest first, at most ten.
    QStringList recentDashboards() const;
    /// Alerts → Rules, made on first use, on the rules folder `directory` (the app's data
    /// directory's rules/ unless set before).
    RulesView *rulesView();
    void setRulesDirectory(const QString &directory) { m_rulesDirectory = directory; }
    /// The chart of the alert `name` over the last `window`, raised: the one already open for
    /// it, else a new one, which asks Prometheus for the rule when `condition` is not given.
    AlertChartWindow *openAlertChart(const QString &name,
                                     const std::optional<pc::AlertCondition> &condition,
                                     std::chrono::seconds forDuration, std::chrono::seconds window);
    /// The chart open for the alert `name`, or nullptr.
    AlertChartWindow *alertChart(const QString &name) const;
    DesktopNotifier *notifier() const { return m_notifier; }

public slots:
    /// Asks Grafana whether it runs and has the dashboard, then opens it, or says why not and
    /// how to provision it.
    void openGrafana();

signals:
    /// An alert started firing or resolved: a desktop notification was shown where the desktop
    /// can show one (DesktopNotifier), and the status bar says it in any case.
    void alertNotified(const QString &title, const QString &body);

private:
    QWidget *createViews();
    QWidget *createLeftColumn();
    void createMenus();
    void createAnnotationsFeed();
    /// The tray icon, where the desktop has a tray, and the desktop notifications.
    void createTray();
    /// The core objects' signals to the views.
    void connectParts();
    void openSettings();
    /// File → Clear history…, for the managed Prometheus only, and the offer to move a store
    /// it refused aside.
    void addHistoryActions(QMenu *file);
    void onGrafanaProbed(const pc::GrafanaProbeResult &result);
    void showGrafanaHelp(const pc::GrafanaProbeResult &result);
    void notifyAlerts(const pc::AlertTransitions &transitions);
    /// A notification's Show: the alert's chart over its firing window.
    void showNotifiedAlert(const QString &name);
    void showSource();
    void exportChart(bool csv);
    void showAbout();
    void chooseDashboard();
    void showWhatWasDrawn();
    void setDashboard(DashboardView *dashboard, const QString &tooltip);
    void fillRecentMenu();
    /// The Alerts menu; "Alert on this…" of the charts opens the same dialog.
    void addAlertsMenu();
    void connectAlertHooks();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    Parts m_parts;
    AnnotationsFeed *m_annotationsFeed = nullptr;
    LoadBox *m_load;
    RunHistoryBox *m_runs = nullptr;
    LiveChartView *m_chart;
    StatusBox *m_status;
    AlertsBox *m_alerts;
    DashboardView *m_dashboard;
    LatencyView *m_latency = nullptr;  // the client's latency beside the server's
    QTabWidget *m_views;
    QPushButton *m_grafana;
    pc::GrafanaProbe *m_grafanaProbe;
    pc::GrafanaProbeReplyPtr m_grafanaReply;  // the check under way, if any
    QMenu *m_recent = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifier *m_notifier;
    RulesView *m_rules = nullptr;
    QHash<QString, QPointer<AlertChartWindow>> m_alertCharts;  // by alert name
    QHash<QString, QDateTime> m_firedActiveAt;  // a notified alert's activeAt, by name
    QString m_rulesDirectory;
};

}  // namespace pc::app
