#include "alertsbox.h"
#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chartwidget.h"
#include "companion.h"
#include "dashboardview.h"
#include "fakegrafana.h"
#include "fakeprometheus.h"
#include "grafana/grafanalinks.h"
#include "legendmodel.h"
#include "livechartview.h"
#include "load/loadgenerator.h"
#include "mainwindow.h"
#include "prometheus/alertwatcher.h"
#include "service/servicehost.h"
#include "testsupport.h"
#include "windowtests.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace pc::app;

using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

public slots:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void init();
    void cleanup();

    void sendOneGrowsTheCounterAndTheLocalLine();
    void burstStopsWhenAsked();
    void rateStopsWhenAsked();
    void grafanaButtonOpensTheShippedDashboard();
    void grafanaButtonSaysWhenTheDashboardIsNotProvisioned();
    void grafanaButtonPointsToTheDashboardViewWhenGrafanaIsDown();
    void listsFiringAlertsAndNotifies();
    void viewMenuSwitchesToTheDashboard();
    void showsARejectedQueryInline();
    void showsWhyPrometheusFailsAndKeepsTheLocalLine();
    void fitsIn1024x768();
    void keepsEveryControlReadableAtItsMinimumSize();
    void showsABurstsProgressAndKeepsTheLastRate();
    void keepsTheRunsAverageRateOnceItEnds();
    void hasUniqueMnemonicsAndAQuitShortcut();
    void offersAPrometheusOfItsOwnWhenNoTargetIsThisApp();

private:
    template <typename T>
    T *find(const char *name) const
    {
        // The live chart's controls first: the Dashboard view's panels have their own.
        T *widget = m_window->chart()->findChild<T *>(QLatin1String(name));
        if (!widget)
            widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QSpinBox *spin(const QString &accessibleName) const;
    /// The last value of the live chart's local line, read from its legend.
    double localCount() const
    {
        for (const LegendModel::Row &row : m_window->chart()->chart()->legend()->rows()) {
            if (row.key == QLatin1String(ChartWidget::LocalKey))
                return row.stats.last;
        }
        return -1;
    }

    /// Clicks `button` in the modal dialog the window opens next, once it shows; returns the
    /// dialog's text for checks.
    void answerNextDialog(const char *button, QString *text, QString *commands);

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::test::FakeGrafana> m_fakeGrafana;
    std::unique_ptr<Companion> m_companion;
    MainWindow *m_window = nullptr;
    pc::ServiceHost *m_host = nullptr;
    pc::LoadGenerator *m_load = nullptr;
    pc::LocalCounterSampler *m_sampler = nullptr;
    QList<QUrl> m_opened;
};

void TestMainWindow::init()
{
    m_opened.clear();
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/-/ready", "ready.txt");
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    m_fake->respondWithFile("/api/v1/targets", "targets.json");

    pc::Settings settings;
    settings.servicePort = 0;
    settings.metricsPort = 0;
    settings.serviceThreads = 2;
    settings.prometheus.baseUrl = m_fake->baseUrl();
    settings.managedPrometheus = false;
    m_fakeGrafana = std::make_unique<pc::test::FakeGrafana>("/sub");
    QVERIFY(m_fakeGrafana->listen());
    settings.grafanaUrl = m_fakeGrafana->baseUrl();
    m_companion = std::make_unique<Companion>(settings);
    QVERIFY2(m_companion->start(), qPrintable(m_companion->errorString()));
    m_window = &m_companion->window();
    m_host = &m_companion->host();
    m_load = &m_companion->load();
    m_sampler = &m_companion->sampler();
    m_sampler->setInterval(50ms);
    m_companion->livePoller().setRefreshInterval(100ms);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_companion.reset();
    m_fake.reset();
    m_fakeGrafana.reset();
}

QSpinBox *TestMainWindow::spin(const QString &accessibleName) const
{
    for (QSpinBox *box : m_window->findChildren<QSpinBox *>()) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    qFatal("no spin box %s", qPrintable(accessibleName));
}

void TestMainWindow::sendOneGrowsTheCounterAndTheLocalLine()
{
    QTest::mouseClick(find<QPushButton>("sendOne"), Qt::LeftButton);
    QTRY_COMPARE(m_host->metrics().requests().responses(), 1u);
    QTRY_COMPARE(find<QLabel>("succeeded")->text(), QString("1"));
    QTRY_VERIFY(m_window->chart()->chart()->localPointCount() > 0);
    QTRY_COMPARE(localCount(), 1.0);

    QTest::mouseClick(find<QPushButton>("sendOne"), Qt::LeftButton);
    QTRY_COMPARE(localCount(), 2.0);
}

void TestMainWindow::burstStopsWhenAsked()
{
    spin("Burst size")->setValue(1'000'000);
    QTest::mouseClick(find<QPushButton>("sendBurst"), Qt::LeftButton);
    QTRY_VERIFY(m_load->stats().sent > 100);
    QVERIFY(find<QPushButton>("stop")->isEnabled());
    QVERIFY(!find<QPushButton>("sendBurst")->isEnabled());
    QSignalSpy finished(m_load, &pc::LoadGenerator::finished);
    QTest::mouseClick(find<QPushButton>("stop"), Qt::LeftButton);
    QVERIFY(!m_load->isRunning());
    QVERIFY(finished.wait(2000));
    QVERIFY(!find<QPushButton>("stop")->isEnabled());
    QTRY_COMPARE(m_host->metrics().requests().responses(), m_load->stats().sent);
    const quint64 sent = m_load->stats().sent;
    PC_COMPARE_STAYS(m_load->stats().sent, sent, 300);
    QVERIFY(sent < 1'000'000);
    QVERIFY(find<QPushButton>("sendBurst")->isEnabled());
}

void TestMainWindow::rateStopsWhenAsked()
{
    spin("Rate")->setValue(200);
    QTest::mouseClick(find<QPushButton>("startRate"), Qt::LeftButton);
    QTRY_VERIFY(m_load->stats().sent > 20);
    QTRY_VERIFY(find<QLabel>("achievedRate")->text() != QString("0.0 req/s"));
    QSignalSpy finished(m_load, &pc::LoadGenerator::finished);
    QTest::mouseClick(find<QPushButton>("stop"), Qt::LeftButton);
    QVERIFY(!m_load->isRunning());
    QVERIFY(finished.wait(2000));
    const quint64 sent = m_load->stats().sent;
    PC_COMPARE_STAYS(m_load->stats().sent, sent, 300);
    QTRY_COMPARE(m_host->metrics().requests().responses(), sent);
    QVERIFY(find<QPushButton>("startRate")->isEnabled());
}

void TestMainWindow::grafanaButtonOpensTheShippedDashboard()
{
    QDesktopServices::setUrlHandler("http", this, "openUrl");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler("http"); });
    QTest::mouseClick(find<QPushButton>("openGrafana"), Qt::LeftButton);
    // It asks Grafana first, and opens nothing until Grafana has answered.
    QCOMPARE(m_opened.size(), 0);
    QTRY_COMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl(m_fakeGrafana->baseUrl().toString()
                                    + "d/prom-companion/prom-companion"
                                      "?orgId=1&from=now-15m&to=now&refresh=5s"));
    QCOMPARE(m_fakeGrafana->requestCount(pc::test::FakeGrafana::HealthPath), 1);
    QCOMPARE(m_fakeGrafana->requestCount(pc::test::FakeGrafana::DashboardPath), 1);
    QVERIFY(find<QPushButton>("openGrafana")->isEnabled());
}

void TestMainWindow::answerNextDialog(const char *button, QString *text, QString *commands)
{
    // The dialog runs its own event loop: a timer of this one finds it there.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [=] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        poll->deleteLater();
        poll->stop();
        *text = dialog->findChild<QLabel *>("grafanaHelpMessage")->text();
        *commands = dialog->findChild<QPlainTextEdit *>("provisioningCommands")->toPlainText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->close();
    });
    poll->start(20);
}

void TestMainWindow::grafanaButtonSaysWhenTheDashboardIsNotProvisioned()
{
    m_fakeGrafana->setDashboardProvisioned(false);
    QDesktopServices::setUrlHandler("http", this, "openUrl");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler("http"); });
    QString text;
    QString commands;
    answerNextDialog("copyCommands", &text, &commands);
    QTest::mouseClick(find<QPushButton>("openGrafana"), Qt::LeftButton);
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains("is not provisioned there"), qPrintable(text));
    QVERIFY2(commands.contains("provisioning/dashboards"), qPrintable(commands));
    QCOMPARE(QGuiApplication::clipboard()->text(), commands);
    QCOMPARE(m_opened.size(), 0);
    QCOMPARE(m_window->view(), MainWindow::View::Chart);
}

void TestMainWindow::grafanaButtonPointsToTheDashboardViewWhenGrafanaIsDown()
{
    m_fakeGrafana.reset();  // nothing answers at the Grafana URL any more
    QDesktopServices::setUrlHandler("http", this, "openUrl");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler("http"); });
    QString text;
    QString commands;
    answerNextDialog("showDashboardView", &text, &commands);
    QTest::mouseClick(find<QPushButton>("openGrafana"), Qt::LeftButton);
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains("Grafana has no Debian package"), qPrintable(text));
    QVERIFY2(!commands.isEmpty(), "no provisioning commands to copy");
    QTRY_COMPARE(m_window->view(), MainWindow::View::Dashboard);
    QCOMPARE(m_opened.size(), 0);
}

void TestMainWindow::listsFiringAlertsAndNotifies()
{
    m_fake->respondWithFile("/api/v1/alerts", "alerts_prometheus.json");
    pc::AlertWatcher &alerts = m_companion->alerts();
    alerts.setInterval(100ms);
    QSignalSpy notified(m_window, &MainWindow::alertNotified);
    alerts.refreshNow();
    QTRY_VERIFY(!m_window->alerts()->rows().isEmpty());
    QVERIFY2(m_window->alerts()->rows().first().startsWith("firing"),
             qPrintable(m_window->alerts()->rows().join('\n')));
    QVERIFY2(m_window->alerts()->headline().contains("firing"),
             qPrintable(m_window->alerts()->headline()));
    QTRY_VERIFY(!notified.isEmpty());
    QVERIFY(notified.first().first().toString().startsWith("Alert firing: "));
    QCOMPARE(alerts.health(), pc::AlertWatcher::Health::Firing);

    // Once nothing fires, the alerts resolve and say so.
    m_fake->respondWithFile("/api/v1/alerts", "alerts_empty.json");
    QTRY_VERIFY(m_window->alerts()->rows().isEmpty());
    QCOMPARE(m_window->alerts()->headline(), QString("Alerts: none pending or firing"));
    QTRY_VERIFY(notified.last().first().toString().startsWith("Alert resolved: "));
    QCOMPARE(alerts.health(), pc::AlertWatcher::Health::Ok);
}

void TestMainWindow::viewMenuSwitchesToTheDashboard()
{
    QCOMPARE(m_window->view(), MainWindow::View::Chart);
    QAction *dashboard = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence("Ctrl+2"))
            dashboard = action;
    }
    QVERIFY(dashboard);
    dashboard->trigger();
    QCOMPARE(m_window->view(), MainWindow::View::Dashboard);
    QVERIFY(m_window->dashboard()->isVisible());
    // The dashboard asks Prometheus only while shown: its panels answer now.
    QTRY_VERIFY(m_window->dashboard()->inViewPanelsAnswered());
}

void TestMainWindow::showsARejectedQueryInline()
{
    m_fake->respondWithFile("/api/v1/query_range", "error_bad_data.json", 400);
    auto *choice = find<QComboBox>("queryChoice");
    choice->setCurrentIndex(choice->findData(int(pc::LiveView::Custom)));
    auto *promql = find<QLineEdit>("promql");
    QVERIFY(promql->isEnabled());
    promql->setText("http_requests_total +");
    QTest::keyClick(promql, Qt::Key_Return);
    QTRY_VERIFY(find<QLabel>("queryError")->isVisible());
    QVERIFY(find<QLabel>("queryError")->text().contains("parse error"));
}

void TestMainWindow::showsWhyPrometheusFailsAndKeepsTheLocalLine()
{
    QTRY_VERIFY(m_window->chart()->chart()->prometheusPointCount() > 0);
    m_fake->respondWithFile("/api/v1/query_range", "error_unavailable.json", 503);
    QTRY_VERIFY(find<QLabel>("prometheusHealth")->text().contains("Retrying"));
    QTest::mouseClick(find<QPushButton>("sendOne"), Qt::LeftButton);
    QTRY_COMPARE(localCount(), 1.0);

    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("prometheusHealth")->text(), QString("answering"), 5000);
}

void TestMainWindow::fitsIn1024x768()
{
    const QSize hint = m_window->minimumSizeHint();
    QVERIFY2(hint.width() <= 1024 && hint.height() <= 768,
             qPrintable(QString("%1x%2").arg(hint.width()).arg(hint.height())));
    m_window->resize(1024, 768);
    QTRY_COMPARE(m_window->size(), QSize(1024, 768));
}

void TestMainWindow::keepsEveryControlReadableAtItsMinimumSize()
{
    m_window->resize(m_window->minimumSizeHint());
    QTRY_COMPARE(m_window->size(), m_window->minimumSizeHint());
    // The status text wraps as it changes and lays the window out again: judge it settled.
    auto squeezed = [this] {
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_window) && !button->text().isEmpty()
                && button->height() < button->minimumSizeHint().height())
                return QString("%1: %2 px tall").arg(button->text()).arg(button->height());
        }
        return QString();
    };
    QTRY_VERIFY2(squeezed().isEmpty(), qPrintable(squeezed()));
}

void TestMainWindow::showsABurstsProgressAndKeepsTheLastRate()
{
    spin("Burst size")->setValue(500);
    QTest::mouseClick(find<QPushButton>("sendBurst"), Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>("progress")->text(), QString("500 of 500 sent, done"));
    QVERIFY2(find<QLabel>("achievedRate")->text().endsWith("req/s (last run)"),
             qPrintable(find<QLabel>("achievedRate")->text()));
    QVERIFY(!find<QLabel>("achievedRate")->text().startsWith("0.0"));
}

void TestMainWindow::keepsTheRunsAverageRateOnceItEnds()
{
    // Not the last second's rate, which decays to a few req/s as the run ends.
    spin("Rate")->setValue(50);
    spin("Duration")->setValue(2);
    QTest::mouseClick(find<QPushButton>("startRate"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("achievedRate")->text().endsWith("(last run)"), 10000);
    const QString text = find<QLabel>("achievedRate")->text();
    const double rate = text.section(' ', 0, 0).toDouble();
    QVERIFY2(rate > 45 && rate < 55, qPrintable(text));
}

void TestMainWindow::hasUniqueMnemonicsAndAQuitShortcut()
{
    // Alt+letter must reach one control of those on screen, in either view.
    const QString clash = pc::test::mnemonicClash(m_window);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    const auto actions = m_window->findChildren<QAction *>();
    QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction *a) {
        return a->shortcut() == QKeySequence(QKeySequence::Quit);
    }));
}

void TestMainWindow::offersAPrometheusOfItsOwnWhenNoTargetIsThisApp()
{
    // The stand-in lists three targets, none of them this app's /metrics.
    QTRY_VERIFY(find<QPushButton>("startOwnPrometheus")->isVisible());
    QVERIFY(find<QLabel>("scrapeTarget")->text().contains("no target scraping this app"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
