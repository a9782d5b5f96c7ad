#include "mainwindow.h"

#include "chart/livechartfeed.h"
#include "chartpanel.h"
#include "grafana/grafanalinks.h"
#include "loadpanel.h"
#include "prometheus/prometheussource.h"
#include "settingsdialog.h"
#include "statuspanel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const Parts &parts, QWidget *parent) : QMainWindow(parent), m_parts(parts)
{
    setWindowTitle(tr("Prom Companion"));
    setWindowIcon(QIcon(QStringLiteral(":/resources/icons/prom-companion.svg")));

    m_load = new LoadPanel(parts.load);
    m_status = new StatusPanel;
    m_status->setAddresses(parts.serviceUrl, parts.metricsUrl);
    m_chart = new ChartPanel(parts.feed);

    m_grafana = new QPushButton(tr("Open &Grafana dashboard"));
    m_grafana->setObjectName(QStringLiteral("openGrafana"));
    m_grafana->setToolTip(pc::grafanaDashboardUrl(parts.grafanaUrl).toString());

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_load);
    leftLayout->addWidget(m_status, 1);
    leftLayout->addWidget(m_grafana);
    // At small heights the controls scroll rather than squash into unreadable slivers.
    auto *leftScroll = new QScrollArea;
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + 20);

    auto *splitter = new QSplitter;
    splitter->addWidget(leftScroll);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({340, 680});
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Serving %1").arg(parts.serviceUrl.toString()));
    resize(1100, 760);
    createMenus();
    connect(m_chart, &ChartPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    connect(m_grafana, &QPushButton::clicked, this, &MainWindow::openGrafana);
    connect(parts.source, &pc::PrometheusSource::changed, this, &MainWindow::showSource);
    connect(parts.feed, &pc::LiveChartFeed::prometheusUpdated, m_status,
            &StatusPanel::setPrometheusOk);
    // A rejected query is an answer: the server is fine, the query is shown as wrong.
    connect(parts.feed, &pc::LiveChartFeed::queryRejected, m_status, &StatusPanel::setPrometheusOk);
    connect(parts.feed, &pc::LiveChartFeed::prometheusFailed, this,
            [this](const pc::PromError &error, std::chrono::milliseconds retryIn) {
                m_status->setPrometheusFailure(error.message, retryIn);
            });
    connect(parts.feed, &pc::LiveChartFeed::targetUpdated, m_status, &StatusPanel::setTarget);
    connect(m_status, &StatusPanel::startOwnPrometheusRequested, parts.source,
            &pc::PrometheusSource::startOwn);
    showSource();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setObjectName(QStringLiteral("openSettings"));
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
    QAction *live = view->addAction(tr("Back to &live"), m_chart, &ChartPanel::backToLive);
    live->setShortcut(QKeySequence(tr("Ctrl+L")));
    view->addAction(tr("Pan &earlier"), m_chart, [this] { m_chart->pan(-1); })
        ->setShortcut(QKeySequence(tr("Ctrl+Left")));
    view->addAction(tr("Pan la&ter"), m_chart, [this] { m_chart->pan(+1); })
        ->setShortcut(QKeySequence(tr("Ctrl+Right")));
    view->addAction(tr("Time &range…"), m_chart, &ChartPanel::chooseTimeRange);
    view->addSeparator();
    view->addAction(tr("Open query in &Prometheus"), m_chart, &ChartPanel::openInPrometheus);
    view->addAction(tr("Open &Grafana dashboard"), this, &MainWindow::openGrafana);

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
    const bool ok = csv ? m_chart->exportCsv(path, &error) : m_chart->exportPng(path, &error);
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
    using Kind = pc::PrometheusSource::Kind;
    const Kind kind = m_parts.source->kind();
    const bool ownPrometheus = kind == Kind::StartingManaged || kind == Kind::Managed;
    m_status->setSource(m_parts.urlOrigin.isEmpty() || ownPrometheus
                            ? m_parts.source->description()
                            : tr("%1 (%2)").arg(m_parts.source->description(), m_parts.urlOrigin));
    if (!m_parts.source->isUsable())
        m_status->setPrometheusNotAsked();
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
    if (QDesktopServices::openUrl(url)) {
        statusBar()->showMessage(tr("Opened %1").arg(url.toString()), 5000);
        return;
    }
    m_status->showUrlToCopy(tr("No browser could be opened. Copy the dashboard address:"), url);
}
