#include "mainwindow.h"

#include "chart/livechartfeed.h"
#include "chartpanel.h"
#include "grafana/grafanalinks.h"
#include "loadpanel.h"
#include "prometheus/prometheussource.h"
#include "statuspanel.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPushButton>
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
    left->setMinimumWidth(300);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({340, 680});
    setCentralWidget(splitter);
    statusBar()->showMessage(tr("Serving %1").arg(parts.serviceUrl.toString()));
    resize(1024, 700);

    connect(m_grafana, &QPushButton::clicked, this, &MainWindow::openGrafana);
    connect(parts.source, &pc::PrometheusSource::changed, this, &MainWindow::showSource);
    connect(parts.feed, &pc::LiveChartFeed::prometheusUpdated, m_status,
            &StatusPanel::setPrometheusOk);
    connect(parts.feed, &pc::LiveChartFeed::prometheusFailed, this,
            [this](const pc::PromError &error, std::chrono::milliseconds retryIn) {
                m_status->setPrometheusFailure(error.message, retryIn);
            });
    connect(parts.feed, &pc::LiveChartFeed::targetUpdated, m_status, &StatusPanel::setTarget);
    showSource();
}

void MainWindow::showSource()
{
    m_status->setSource(m_parts.source->description());
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
