#include "fakeprometheus.h"
#include "statusbox.h"
#include "windowtests.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace std::chrono_literals;

// The window's side of the kept history, and the left column under long status lines.
class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clearHistoryIsOnlyForTheAppsOwnPrometheus();
    void aLongStatusLineWrapsWithinTheLeftColumn();

private:
    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<pc::app::Companion> m_companion;
    pc::app::MainWindow *m_window = nullptr;
};

void TestHistoryWindow::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respondWithFile("/-/ready", "ready.txt");
    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    m_fake->respondWithFile("/api/v1/targets", "targets.json");
    m_companion = pc::test::companionAsking(m_fake->baseUrl());
    QVERIFY2(m_companion->start(), qPrintable(m_companion->errorString()));
    m_window = &m_companion->window();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestHistoryWindow::cleanup()
{
    m_companion.reset();
    m_fake.reset();
}

void TestHistoryWindow::clearHistoryIsOnlyForTheAppsOwnPrometheus()
{
    auto *clear = m_window->findChild<QAction *>("clearHistory");
    QVERIFY(clear);
    // Once the source has settled on the fake, which is not the app's own.
    QTRY_VERIFY(!m_window->findChild<QLabel *>("prometheusSource")->text().contains("Looking"));
    QVERIFY(!clear->isEnabled());
    QVERIFY2(clear->toolTip().contains("Only the Prometheus started by Prom Companion"),
             qPrintable(clear->toolTip()));
    QVERIFY(!m_window->findChild<QPushButton *>("moveStoreAside")->isVisibleTo(m_window));
}

void TestHistoryWindow::aLongStatusLineWrapsWithinTheLeftColumn()
{
    m_window->resize(m_window->minimumSizeHint());
    QTRY_COMPARE(m_window->size(), m_window->minimumSizeHint());
    auto *column = m_window->findChild<QScrollArea *>();
    QVERIFY(column);
    QTest::qWait(200);
    const int width = column->width();
    QVERIFY(column->widget()->width() <= column->viewport()->width());

    // A gateway's 401 on every request, and a status line of 500 characters with words too
    // long to break, as the credentials sentence has ($PROM_COMPANION_PROMETHEUS_PASSWORD).
    const pc::HttpResponse refusal = pc::HttpResponse::text(401, "Unauthorized\n");
    for (const char *path : {"/api/v1/query_range", "/api/v1/targets", "/api/v1/alerts"})
        m_fake->respond(path, refusal);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->findChild<QLabel *>("alertsHeadline")->text().contains("401"), 15000);
    QString message;
    while (message.size() < 500)
        message += "$PROM_COMPANION_PROMETHEUS_PASSWORD_TOO_LONG_TO_BREAK no org id ";
    m_window->findChild<pc::app::StatusBox *>()->setPrometheusFailure(message, 5s);
    QTRY_VERIFY(m_window->findChild<QLabel *>("prometheusHealth")->text().contains("no org id"));
    QTest::qWait(200);

    QCOMPARE(column->width(), width);
    const int viewport = column->viewport()->width();
    QVERIFY2(
        column->widget()->width() <= viewport,
        qPrintable(
            QString("%1 px wide in a %2 px column").arg(column->widget()->width()).arg(viewport)));
    auto *burst = m_window->findChild<QPushButton *>("sendBurst");
    const QRect inColumn(burst->mapTo(column->viewport(), QPoint(0, 0)), burst->size());
    QVERIFY2(
        inColumn.right() < viewport,
        qPrintable(QString("Send burst ends at %1 px of %2").arg(inColumn.right()).arg(viewport)));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
