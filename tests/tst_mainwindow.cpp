#include "chart/livechartfeed.h"
#include "chartpanel.h"
#include "companion.h"
#include "fakeprometheus.h"
#include "grafana/grafanalinks.h"
#include "load/loadgenerator.h"
#include "mainwindow.h"
#include "servicehost.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

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
    void showsARejectedQueryInline();
    void showsWhyPrometheusFailsAndKeepsTheLocalLine();
    void fitsIn1024x768();
    void keepsEveryControlReadableAtItsMinimumSize();
    void showsABurstsProgressAndKeepsTheLastRate();
    void hasUniqueMnemonicsAndAQuitShortcut();
    void offersAPrometheusOfItsOwnWhenNoTargetIsThisApp();

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QSpinBox *spin(const QString &accessibleName) const;

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<Companion> m_companion;
    MainWindow *m_window = nullptr;
    pc::ServiceHost *m_host = nullptr;
    pc::LoadGenerator *m_load = nullptr;
    pc::LiveChartFeed *m_feed = nullptr;
    QList<QUrl> m_opened;
    const QUrl m_grafana{QStringLiteral("http://grafana.test:3000/sub/")};
};

void TestMainWindow::init()
{
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
    settings.grafanaUrl = m_grafana;
    m_companion = std::make_unique<Companion>(settings);
    QVERIFY2(m_companion->start(), qPrintable(m_companion->errorString()));
    m_window = &m_companion->window();
    m_host = &m_companion->host();
    m_load = &m_companion->load();
    m_feed = &m_companion->feed();
    m_feed->setSampleInterval(50ms);
    m_feed->setRefreshInterval(100ms);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    m_companion.reset();
    m_fake.reset();
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
    QTRY_VERIFY(m_window->chart()->localPointCount() > 0);
    QTRY_COMPARE(m_feed->localPoints().last().y(), 1.0);

    QTest::mouseClick(find<QPushButton>("sendOne"), Qt::LeftButton);
    QTRY_COMPARE(m_feed->localPoints().last().y(), 2.0);
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
    QTest::qWait(300);
    QCOMPARE(m_load->stats().sent, sent);
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
    QTest::qWait(300);
    QCOMPARE(m_load->stats().sent, sent);
    QTRY_COMPARE(m_host->metrics().requests().responses(), sent);
    QVERIFY(find<QPushButton>("startRate")->isEnabled());
}

void TestMainWindow::grafanaButtonOpensTheShippedDashboard()
{
    QDesktopServices::setUrlHandler("http", this, "openUrl");
    QTest::mouseClick(find<QPushButton>("openGrafana"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler("http");
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl("http://grafana.test:3000/sub/d/prom-companion/prom-companion"
                                    "?orgId=1&from=now-15m&to=now&refresh=5s"));
    QVERIFY(m_opened.first().path().contains(pc::GrafanaDashboardUid));
}

void TestMainWindow::showsARejectedQueryInline()
{
    m_fake->respondWithFile("/api/v1/query_range", "error_bad_data.json", 400);
    auto *choice = find<QComboBox>("queryChoice");
    choice->setCurrentIndex(choice->findData(int(pc::ChartQuery::Custom)));
    auto *promql = find<QLineEdit>("promql");
    QVERIFY(promql->isEnabled());
    promql->setText("http_requests_total +");
    QTest::keyClick(promql, Qt::Key_Return);
    QTRY_VERIFY(find<QLabel>("queryError")->isVisible());
    QVERIFY(find<QLabel>("queryError")->text().contains("parse error"));
}

void TestMainWindow::showsWhyPrometheusFailsAndKeepsTheLocalLine()
{
    QTRY_VERIFY(m_window->chart()->prometheusPointCount() > 0);
    m_fake->respondWithFile("/api/v1/query_range", "error_unavailable.json", 503);
    QTRY_VERIFY(find<QLabel>("prometheusHealth")->text().contains("Retrying"));
    QTest::mouseClick(find<QPushButton>("sendOne"), Qt::LeftButton);
    QTRY_COMPARE(m_feed->localPoints().last().y(), 1.0);

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

void TestMainWindow::hasUniqueMnemonicsAndAQuitShortcut()
{
    // Alt+letter must reach one control: buttons, check boxes and labels' buddies alike.
    QHash<QChar, QString> seen;
    auto check = [&](const QString &text) {
        const qsizetype amp = text.indexOf('&');
        if (amp < 0 || amp + 1 >= text.size())
            return;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!seen.contains(key),
                 qPrintable(QString("Alt+%1: \"%2\" and \"%3\"").arg(key, seen.value(key), text)));
        seen.insert(key, text);
    };
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        check(button->text());
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->buddy())
            check(label->text());
    }
    for (QAction *menu : m_window->menuBar()->actions())
        check(menu->text());
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
