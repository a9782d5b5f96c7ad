#include "mainwindow.h"

#include "annotation/annotationstore.h"
#include "annotationsfeed.h"

#include "alertchartwindow.h"
#include "alertsbox.h"
#include "announce.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chartwidget.h"
#include "dashboardview.h"
#include "desktopnotifier.h"
#include "format/displayformat.h"
#include "grafana/grafanalinks.h"
#include "grafana/grafanaprobe.h"
#include "latencyview.h"
#include "loadbox.h"
#include "prometheus/promsource.h"
#include "rulesview.h"
#include "runhistorybox.h"
#include "settingsdialog.h"
#include "statusbox.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pc::app {

MainWindow::MainWindow(const Parts &parts, QWidget *parent) : QMainWindow(parent), m_parts(parts)
{
    setWindowTitle(tr("Prom Companion"));
    setWindowIcon(QIcon(QStringLiteral(":/resources/icons/prom-companion.svg")));

    m_load = new LoadBox(parts.load);
    if (parts.history)
        m_runs = new RunHistoryBox(parts.load, parts.history);
    m_status = new StatusBox;
    m_status->setAddresses(parts.serviceUrl, parts.metricsUrl);
    auto *splitter = new QSplitter;
    splitter->addWidget(createLeftColumn());
    splitter->addWidget(createViews());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({340, 680});
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Serving %1").arg(parts.serviceUrl.toString()));
    // Room for the dashboard's grid where the screen has it.
    const QSize preferred(1280, 860);
    const QSize available = screen() ? screen()->availableSize() : preferred;
    // No larger than the screen; a screen under 1024 px (offscreen's) gets the old default.
    resize(available.width() >= 1024 ? preferred.boundedTo(available) : QSize(1100, 760));
    createMenus();
    createTray();
    connectParts();
    showSource();
}

QWidget *MainWindow::createViews()
{
    m_chart = new LiveChartView(m_parts.live);
    m_dashboard = new DashboardView(m_parts.client, pc::GrafanaDashboard::shipped());
    createAnnotationsFeed();
    setAcceptDrops(true);
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->tabBar()->setAccessibleDescription(
        tr("Switch between the live chart and the Grafana dashboard"));
    m_views->addTab(m_chart, tr("Live &chart"));
    m_views->addTab(m_dashboard, tr("&Dashboard"));
    m_latency = new LatencyView(m_parts.client, m_parts.load, m_parts.live.watcher);
    m_views->addTab(m_latency, tr("Client latenc&y"));
    m_views->setTabToolTip(0, tr("What Prometheus answers for a query, beside the app's own "
                                 "counter"));
    m_views->setTabToolTip(1, tr("The shipped Grafana dashboard, drawn in this window"));
    m_views->setTabToolTip(2, tr("The load generator's latency of each second beside the "
                                 "server's histogram_quantile"));
    return m_views;
}

QWidget *MainWindow::createLeftColumn()
{
    m_alerts = new AlertsBox(m_parts.alerts);

    m_grafana = new QPushButton(tr("Open &Grafana dashboard"));
    m_grafana->setObjectName(QStringLiteral("openGrafana"));
    m_grafana->setToolTip(pc::grafanaDashboardUrl(m_parts.grafanaUrl).toString());
    m_grafanaProbe = new pc::GrafanaProbe(this);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_load);
    if (m_runs)
        leftLayout->addWidget(m_runs);
    leftLayout->addWidget(m_status, 1);
    leftLayout->addWidget(m_alerts);
    leftLayout->addWidget(m_grafana);
    // At small heights the controls scroll rather than squash into unreadable slivers.
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setFocusPolicy(Qt::NoFocus);  // its controls take the focus, not the area
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + 20);

    return leftScroll;
}

void MainWindow::createTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(alertHealthIcon(m_parts.alerts->health()), this);
        m_tray->setToolTip(tr("Prom Companion"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    m_notifier = new DesktopNotifier(m_tray, this);
    connect(m_notifier, &DesktopNotifier::showRequested, this, &MainWindow::showNotifiedAlert);
    connect(m_parts.alerts, &pc::AlertWatcher::healthChanged, this,
            [this](pc::AlertWatcher::Health health) {
                if (m_tray)
                    m_tray->setIcon(alertHealthIcon(health));
            });
}

void MainWindow::connectParts()
{
    const Parts &parts = m_parts;
    connect(m_chart, &LiveChartView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    connect(m_grafana, &QPushButton::clicked, this, &MainWindow::openGrafana);
    connect(parts.alerts, &pc::AlertWatcher::transitioned, this, &MainWindow::notifyAlerts);
    connect(parts.source, &pc::PromSource::changed, this, &MainWindow::showSource);
    connect(m_dashboard, &DashboardView::openGrafanaRequested, this, &MainWindow::openGrafana);
    connect(parts.source, &pc::PromSource::changed, this,
            [this] { m_dashboard->setPrometheusEnabled(m_parts.source->isUsable()); });
    connect(parts.source, &pc::PromSource::changed, m_latency,
            [this] { m_latency->setPrometheusEnabled(m_parts.source->isUsable()); });
    connect(parts.live.poller, &pc::RangePoller::updated, m_status, &StatusBox::setPrometheusOk);
    // A rejected query is an answer: the server is fine, the query is shown as wrong.
    connect(parts.live.poller, &pc::RangePoller::rejected, m_status, &StatusBox::setPrometheusOk);
    connect(parts.live.poller, &pc::RangePoller::failed, this,
            [this](const pc::PromError &error, std::chrono::milliseconds retryIn) {
                m_status->setPrometheusFailure(error.message, retryIn);
            });
    connect(parts.live.watcher, &pc::ScrapeTargetWatcher::targetUpdated, m_status,
            &StatusBox::setTarget);
    connect(m_status, &StatusBox::startOwnPrometheusRequested, parts.source,
            &pc::PromSource::startOwn);
    connectAlertHooks();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open dashboard…"), this, &MainWindow::chooseDashboard);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openDashboard"));
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentDashboards"));
    fillRecentMenu();
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("openSettings"));
    addHistoryActions(file);
    file->addSeparator();
    QAction *png =
        file->addAction(tr("Export chart as &PNG…"), this, [this] { exportChart(false); });
    png->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addAction(tr("Export visible series as &CSV…"), this, [this] { exportChart(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *chartView = view->addAction(tr("Live c&hart"), this, [this] { setView(View::Chart); });
    chartView->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *dashboardView =
        view->addAction(tr("&Dashboard"), this, [this] { setView(View::Dashboard); });
    dashboardView->setShortcut(QKeySequence(tr("Ctrl+2")));
    view->addSeparator();
    QAction *live = view->addAction(tr("Back to &live"), m_chart, &LiveChartView::backToLive);
    live->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(tr("Pan &earlier"), m_chart, [this] { m_chart->pan(-1); })
        ->setShortcut(QKeySequence(tr("Ctrl+Left")));
    view->addAction(tr("Pan la&ter"), m_chart, [this] { m_chart->pan(+1); })
        ->setShortcut(QKeySequence(tr("Ctrl+Right")));
    view->addAction(tr("Time &range…"), m_chart, &LiveChartView::chooseTimeRange);
    QAction *annotations = view->addAction(tr("&Annotations"));
    annotations->setObjectName(QStringLiteral("showAnnotations"));
    annotations->setToolTip(tr("Show the app's and the dashboard's annotations on every chart"));
    annotations->setCheckable(true);
    annotations->setChecked(m_annotationsFeed->isVisible());
    connect(annotations, &QAction::toggled, m_annotationsFeed, &AnnotationsFeed::setVisible);
    view->addSeparator();
    view->addAction(tr("Open query in &Prometheus"), m_chart, &LiveChartView::openInPrometheus);
    view->addAction(tr("Open &Grafana dashboard"), this, &MainWindow::openGrafana);

    QMenu *dashboard = menuBar()->addMenu(tr("D&ashboard"));
    dashboard->addAction(tr("&What was drawn…"), this, &MainWindow::showWhatWasDrawn)
        ->setObjectName(QStringLiteral("whatWasDrawn"));

    addAlertsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Prom Companion"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openSettings()
{
    QSettings store;
    SettingsDialog dialog(&store, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Settings saved; they apply the next time Prom Companion "
                                    "starts."),
                                 8000);
}

void MainWindow::addHistoryActions(QMenu *file)
{
    pc::PromSource *source = m_parts.source;
    QAction *clear = file->addAction(tr("Clear &history…"));
    clear->setObjectName(QStringLiteral("clearHistory"));
    file->setToolTipsVisible(true);
    const auto refresh = [this, source, clear] {
        const bool own = source->hasManagedStore();
        clear->setEnabled(own);
        clear->setToolTip(own ? tr("Delete every sample the Prometheus started by Prom Companion "
                                   "keeps, and start it again")
                              : tr("Only the Prometheus started by Prom Companion keeps a "
                                   "history this app may clear; the one in use is another."));
        m_status->offerMoveStoreAside(source->storeProblem() != pc::PrometheusStore::Problem::None);
    };
    connect(source, &pc::PromSource::changed, clear, refresh);
    refresh();
    connect(clear, &QAction::triggered, this, [this, source] {
        if (!source->hasManagedStore())
            return;
        QMessageBox question(QMessageBox::Warning, tr("Clear history"),
                             tr("Delete the whole history of the Prometheus started by Prom "
                                "Companion, %1 in %2? It stops, its store is emptied, and it "
                                "starts again. This cannot be undone.")
                                 .arg(pc::DisplayFormat::value(double(source->storeSize()),
                                                               pc::DisplayFormat::Unit::Bytes),
                                      QDir::toNativeSeparators(source->storePath())),
                             QMessageBox::Cancel, this);
        question.setObjectName(QStringLiteral("clearHistoryQuestion"));
        QPushButton *yes = question.addButton(tr("&Clear history"), QMessageBox::DestructiveRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != yes)
            return;
        source->clearHistory();
    });
    connect(m_status, &StatusBox::moveStoreAsideRequested, source, [this, source] {
        source->moveStoreAside();
        if (!source->movedAsideTo().isEmpty())
            statusBar()->showMessage(tr("The refused store was moved to %1.")
                                         .arg(QDir::toNativeSeparators(source->movedAsideTo())),
                                     15000);
    });
}

void MainWindow::exportChart(bool csv)
{
    const QString path = csv ? QFileDialog::getSaveFileName(this, tr("Export visible series"),
                                                            QStringLiteral("prom-companion.csv"),
                                                            tr("CSV files (*.csv)"))
                             : QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                            QStringLiteral("prom-companion.png"),
                                                            tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const ChartWidget *chart = m_chart->chart();
    const bool ok = csv ? chart->exportCsv(path, &error) : chart->exportPng(path, &error);
    statusBar()->showMessage(ok ? tr("Saved %1").arg(path) : error, 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Prom Companion"),
        tr("<h3>Prom Companion %1</h3><p>The classic Prometheus tutorial as one desktop "
           "program: a demo HTTP service with its /metrics, a load generator, and a live "
           "chart of what Prometheus scrapes.</p><p>Serving %2, metrics at %3.</p>")
            .arg(QApplication::applicationVersion(), m_parts.serviceUrl.toString(),
                 m_parts.metricsUrl.toString()));
}

void MainWindow::showSource()
{
    // Where the URL came from matters when it is the URL in use, not our own Prometheus.
    using Kind = pc::PromSource::Kind;
    const Kind kind = m_parts.source->kind();
    const bool ownPrometheus = kind == Kind::StartingManaged || kind == Kind::Managed;
    m_status->setSource(m_parts.urlOrigin.isEmpty() || ownPrometheus
                            ? m_parts.source->description()
                            : tr("%1 (%2)").arg(m_parts.source->description(), m_parts.urlOrigin));
    if (!m_parts.source->isUsable())
        m_status->setPrometheusNotAsked();
}

MainWindow::View MainWindow::view() const
{
    return m_views->currentWidget() == m_dashboard ? View::Dashboard : View::Chart;
}

void MainWindow::setView(View view)
{
    m_views->setCurrentWidget(view == View::Dashboard ? static_cast<QWidget *>(m_dashboard)
                                                      : m_chart);
}

void MainWindow::openGrafana()
{
    const QUrl url = pc::grafanaDashboardUrl(m_parts.grafanaUrl);
    if (!pc::isBrowsableUrl(url)) {
        m_status->showUrlToCopy(tr("The Grafana URL '%1' is not an http or https address; "
                                   "set it with --grafana-url.")
                                    .arg(m_parts.grafanaUrl.toString(QUrl::RemoveUserInfo)),
                                QUrl());
        return;
    }
    if (!m_grafana->isEnabled())
        return;  // a check is under way
    // Ask first: a browser opened on a URL where nothing answers helps no one.
    m_grafana->setEnabled(false);
    m_grafana->setText(tr("Checking Grafana…"));
    statusBar()->showMessage(tr("Asking %1 whether Grafana runs there…")
                                 .arg(m_parts.grafanaUrl.toString(QUrl::RemoveUserInfo)));
    m_grafanaReply = m_grafanaProbe->probe(m_parts.grafanaUrl);
    connect(m_grafanaReply.get(), &pc::GrafanaProbeReply::finished, this,
            [this](const pc::GrafanaProbeResult &result) {
                m_grafanaReply.reset();
                m_grafana->setEnabled(true);
                m_grafana->setText(tr("Open &Grafana dashboard"));
                statusBar()->clearMessage();
                onGrafanaProbed(result);
            });
}

void MainWindow::onGrafanaProbed(const pc::GrafanaProbeResult &result)
{
    if (result.status != pc::GrafanaProbeResult::Status::Available) {
        showGrafanaHelp(result);
        return;
    }
    if (QDesktopServices::openUrl(result.dashboardUrl)) {
        statusBar()->showMessage(tr("Opened %1").arg(result.dashboardUrl.toString()), 5000);
        return;
    }
    m_status->showUrlToCopy(tr("No browser could be opened. Copy the dashboard address:"),
                            result.dashboardUrl);
}

void MainWindow::showGrafanaHelp(const pc::GrafanaProbeResult &result)
{
    const bool running = result.status == pc::GrafanaProbeResult::Status::DashboardMissing;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("grafanaHelp"));
    dialog.setWindowTitle(running ? tr("Dashboard not provisioned") : tr("Grafana is not running"));
    auto *message = new QLabel(
        running ? tr("<p>%1</p><p>Grafana runs at %2, but the Prom Companion dashboard is not "
                     "provisioned there. These commands provision it (as root):</p>")
                      .arg(result.message.toHtmlEscaped(),
                           result.grafanaUrl.toString(QUrl::RemoveUserInfo).toHtmlEscaped())
                : tr("<p>%1</p><p>Grafana has no Debian package. Once Grafana is installed "
                     "(from grafana.com, or its Docker image), these commands provision the "
                     "data source and the dashboard:</p>")
                      .arg(result.message.toHtmlEscaped()));
    message->setObjectName(QStringLiteral("grafanaHelpMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *commands = new QPlainTextEdit(result.provisioningCommands);
    commands->setObjectName(QStringLiteral("provisioningCommands"));
    commands->setReadOnly(true);
    commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    commands->setAccessibleName(tr("Provisioning commands"));
    commands->setMinimumWidth(commands->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 70);
    auto *hint =
        new QLabel(tr("Meanwhile, the Dashboard view shows the same panels in this "
                      "window."));
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy commands"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCommands"));
    QPushButton *show =
        buttons->addButton(tr("Show the &Dashboard view"), QDialogButtonBox::AcceptRole);
    show->setObjectName(QStringLiteral("showDashboardView"));
    show->setDefault(true);
    connect(copy, &QPushButton::clicked, &dialog, [commands, copy] {
        QGuiApplication::clipboard()->setText(commands->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(message);
    layout->addWidget(commands, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setView(View::Dashboard);
}

void MainWindow::notifyAlerts(const pc::AlertTransitions &transitions)
{
    for (const pc::PromAlert &alert : transitions.startedFiring) {
        const QString title = tr("Alert firing: %1").arg(alert.name);
        const QString body = alert.summary().isEmpty() ? alert.description() : alert.summary();
        m_firedActiveAt.insert(alert.name, alert.activeAt);
        m_notifier->notify(title, body, DesktopNotifier::Urgency::Critical, alert.name);
        const QString sentence = body.isEmpty() ? title : tr("%1 — %2").arg(title, body);
        statusBar()->showMessage(sentence, 15000);
        announce(m_alerts, sentence);
        QApplication::alert(this);
        emit alertNotified(title, body);
    }
    for (const pc::PromAlert &alert : transitions.resolved) {
        const QString title = tr("Alert resolved: %1").arg(alert.name);
        m_notifier->notify(title, alert.summary(), DesktopNotifier::Urgency::Normal);
        statusBar()->showMessage(title, 8000);
        emit alertNotified(title, alert.summary());
    }
}

void MainWindow::showNotifiedAlert(const QString &name)
{
    const std::chrono::seconds window = AlertChartWindow::windowAround(
        m_firedActiveAt.value(name), QDateTime::currentDateTimeUtc());
    openAlertChart(name, std::nullopt, {}, window);
}

AlertChartWindow *MainWindow::openAlertChart(const QString &name,
                                             const std::optional<pc::AlertCondition> &condition,
                                             std::chrono::seconds forDuration,
                                             std::chrono::seconds window)
{
    AlertChartWindow *chart = m_alertCharts.value(name);
    if (chart) {
        chart->showRecent(window);
    } else {
        AlertChartWindow::Options options;
        options.client = m_parts.client;
        options.alertName = name;
        options.condition = condition;
        options.forDuration = forDuration;
        options.window = window;
        chart = new AlertChartWindow(options, this);
        chart->setAttribute(Qt::WA_DeleteOnClose);
        m_alertCharts.insert(name, chart);
    }
    chart->showNormal();
    chart->raise();
    chart->activateWindow();
    return chart;
}

AlertChartWindow *MainWindow::alertChart(const QString &name) const
{
    return m_alertCharts.value(name);
}

namespace {

const QString RecentKey = QStringLiteral("dashboard/recent");
constexpr int RecentCount = 10;

}  // namespace

bool MainWindow::openDashboard(const QString &path, const QHash<QString, QStringList> &variables,
                               QString *error)
{
    const pc::GrafanaDashboardOutcome outcome = pc::GrafanaDashboard::fromFile(path);
    if (const auto *failure = std::get_if<pc::GrafanaDashboardError>(&outcome)) {
        statusBar()->showMessage(failure->message, 15000);
        if (error)
            *error = failure->message;
        return false;
    }
    DashboardView::Options options;
    options.variables = variables;
    setDashboard(new DashboardView(m_parts.client, outcome, options),
                 QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    QSettings store;
    QStringList recent = store.value(RecentKey).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    store.setValue(RecentKey, recent.mid(0, RecentCount));
    fillRecentMenu();
    statusBar()->showMessage(tr("Opened the dashboard \u201c%1\u201d").arg(m_dashboard->title()),
                             8000);
    return true;
}

void MainWindow::openShippedDashboard()
{
    setDashboard(new DashboardView(m_parts.client, pc::GrafanaDashboard::shipped()),
                 tr("The shipped Grafana dashboard, drawn in this window"));
}

void MainWindow::setDashboard(DashboardView *dashboard, const QString &tooltip)
{
    const int index = m_views->indexOf(m_dashboard);
    m_views->removeTab(index);
    m_dashboard->deleteLater();
    m_dashboard = dashboard;
    m_views->insertTab(index, m_dashboard, tr("&Dashboard"));
    m_views->setTabToolTip(index, tooltip);
    connect(m_dashboard, &DashboardView::openGrafanaRequested, this, &MainWindow::openGrafana);
    m_dashboard->setAnnotationsFeed(m_annotationsFeed);
    connect(m_dashboard, &DashboardView::alertRequested, this,
            [this](const QString &expr, pc::DisplayFormat::Unit unit, const QString &title) {
                rulesView()->newRule(expr, unit, title);
            });
    m_dashboard->setPrometheusEnabled(m_parts.source->isUsable());
    m_views->setCurrentIndex(index);  // what was just opened is what the user wants to see
}

const QString AnnotationsKey = QStringLiteral("chart/annotations");

void MainWindow::createAnnotationsFeed()
{
    m_annotationsFeed = new AnnotationsFeed(m_parts.annotations, this);
    m_annotationsFeed->setVisible(QSettings().value(AnnotationsKey, true).toBool());
    connect(m_annotationsFeed, &AnnotationsFeed::visibleChanged, this,
            [](bool visible) { QSettings().setValue(AnnotationsKey, visible); });
    m_annotationsFeed->addChart(m_chart->chart());
    m_dashboard->setAnnotationsFeed(m_annotationsFeed);
    if (m_parts.load)
        m_annotationsFeed->watchLoad(m_parts.load);
    if (!m_parts.annotations)
        return;
    // A damaged file was set aside at load, before the window: say so now.
    if (!m_parts.annotations->problem().isEmpty())
        QTimer::singleShot(
            0, this, [this] { statusBar()->showMessage(m_parts.annotations->problem(), 15000); });
    connect(m_parts.annotations, &pc::AnnotationStore::failed, this,
            [this](const QString &problem) { statusBar()->showMessage(problem, 15000); });
}

QStringList MainWindow::recentDashboards() const
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::showWhatWasDrawn()
{
    const QStringList lines = m_dashboard->fidelityReport();
    QMessageBox box(QMessageBox::Information, tr("What was drawn"),
                    lines.isEmpty()
                        ? tr("Every panel of \u201c%1\u201d is drawn as Grafana draws it.")
                              .arg(m_dashboard->title())
                        : tr("%n panel(s) of \u201c%1\u201d are not drawn as Grafana draws them:",
                             nullptr, int(lines.size()))
                              .arg(m_dashboard->title()),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("whatWasDrawnDialog"));
    box.setDetailedText(lines.join(u'\n'));
    if (!lines.isEmpty())
        box.setInformativeText(lines.mid(0, 8).join(u'\n'));
    box.exec();
}

void MainWindow::chooseDashboard()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Grafana dashboard"), QString(),
                                     tr("Grafana dashboards (*.json);;All files (*)"));
    if (!path.isEmpty())
        openDashboard(path);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    m_recent->addAction(tr("The shipped dashboard"), this, &MainWindow::openShippedDashboard);
    const QStringList recent = recentDashboards();
    if (!recent.isEmpty())
        m_recent->addSeparator();
    for (const QString &path : recent) {
        m_recent->addAction(QDir::toNativeSeparators(path), this,
                            [this, path] { openDashboard(path); });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && urls.first().toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && openDashboard(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::addAlertsMenu()
{
    // Without a mnemonic: every letter of "Alerts" (and of "Alertes") already opens a control
    // on screen. F10 reaches it.
    //: A menu title: keep it without an &, whose letters are all taken by other controls
    QMenu *alerts = menuBar()->addMenu(tr("Alerts"));
    alerts->addAction(tr("&New rule\u2026"), this, [this] {
        rulesView()->newRule(m_chart->promql(), m_chart->chart()->unit());
    });
    alerts->addAction(tr("&Rules\u2026"), this, [this] {
        rulesView()->show();
        rulesView()->raise();
    });
}

void MainWindow::connectAlertHooks()
{
    connect(m_chart, &LiveChartView::alertRequested, this,
            [this](const QString &expr, pc::DisplayFormat::Unit unit) {
                rulesView()->newRule(expr, unit);
            });
    connect(m_dashboard, &DashboardView::alertRequested, this,
            [this](const QString &expr, pc::DisplayFormat::Unit unit, const QString &title) {
                rulesView()->newRule(expr, unit, title);
            });
    connect(m_alerts, &AlertsBox::chartRequested, this,
            [this](const QString &name, const QDateTime &activeAt) {
                openAlertChart(
                    name, std::nullopt, {},
                    AlertChartWindow::windowAround(activeAt, QDateTime::currentDateTimeUtc()));
            });
    // Named in the window as well as on stderr (main.cpp): a broken file of the rules folder
    // was set aside.
    connect(
        m_parts.source->managed(), &pc::ManagedPrometheus::ruleFilesSetAside, this,
        [this](const QStringList &sentences) { statusBar()->showMessage(sentences.join(u' ')); });
}

RulesView *MainWindow::rulesView()
{
    if (!m_rules) {
        RulesView::Options options;
        options.client = m_parts.client;
        options.managed = m_parts.source->managed();
        options.rulesDirectory =
            m_rulesDirectory.isEmpty() ? defaultRulesDirectory() : m_rulesDirectory;
        m_rules = new RulesView(options, this);
        connect(m_rules, &RulesView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 15000); });
        connect(m_rules, &RulesView::chartRequested, this,
                [this](const QString &name, const pc::AlertCondition &condition,
                       std::chrono::seconds forDuration) {
                    openAlertChart(name, condition, forDuration, std::chrono::hours(1));
                });
    }
    return m_rules;
}

}  // namespace pc::app
