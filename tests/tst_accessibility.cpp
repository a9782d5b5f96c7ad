#include "alertsbox.h"
#include "chart/rangepoller.h"
#include "companion.h"
#include "fakeprometheus.h"
#include "livechartview.h"
#include "mainwindow.h"
#include "prometheus/alertwatcher.h"
#include "statusbox.h"
#include "windowtests.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QTest>

#include <algorithm>

using namespace pc::app;

using namespace std::chrono_literals;

// The window as assistive technology and the keyboard see it, offscreen.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyFocusableControlHasANameAndADescription();
    void tabReachesTheControlsInReadingOrder();
    void theChartHasATextAlternative();
    void announcesPrometheusLostAndBackAndAlertsFiring();

private:
    QList<QWidget *> focusable() const;

    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<Companion> m_companion;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_companion = pc::test::companionAsking(m_fake->baseUrl());
    QVERIFY2(m_companion->start(), qPrintable(m_companion->errorString()));
    m_window = &m_companion->window();
    m_companion->livePoller().setRefreshInterval(100ms);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanup()
{
    m_companion.reset();
    m_fake.reset();
}

QList<QWidget *> TestAccessibility::focusable() const
{
    QList<QWidget *> widgets;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(m_window) && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy())
            widgets.append(widget);
    }
    return widgets;
}

void TestAccessibility::everyFocusableControlHasANameAndADescription()
{
    for (const auto view : {MainWindow::View::Chart, MainWindow::View::Dashboard}) {
        m_window->setView(view);
        QStringList missing;
        for (QWidget *widget : focusable()) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            if (accessible->role() == QAccessible::PageTabList) {
                // A tab bar describes nothing itself: each of its tabs does.
                for (int i = 0; i < accessible->childCount(); ++i) {
                    QAccessibleInterface *tab = accessible->child(i);
                    if (tab->role() != QAccessible::PageTab)
                        continue;  // the scroll buttons, hidden unless the tabs overflow
                    if (tab->text(QAccessible::Name).isEmpty()
                        || tab->text(QAccessible::Description).isEmpty())
                        missing.append("tab " + tab->text(QAccessible::Name));
                }
                continue;
            }
            const QString name = accessible->text(QAccessible::Name);
            const QString description = accessible->text(QAccessible::Description);
            if (name.trimmed().isEmpty() || description.trimmed().isEmpty()) {
                missing.append(QString("%1 \"%2\" (%3)%4%5")
                                   .arg(widget->metaObject()->className(), widget->objectName(),
                                        name, name.isEmpty() ? " no name" : "",
                                        description.isEmpty() ? " no description" : ""));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join("\n")));
    }
}

void TestAccessibility::tabReachesTheControlsInReadingOrder()
{
    // The left column, top to bottom, comes before the views; every control is on the way.
    const QList<QWidget *> controls = focusable();
    QWidget *first = m_window->findChild<QWidget *>("routes");
    QVERIFY(first);
    QList<QWidget *> order;
    for (QWidget *w = first; order.size() < 400; w = w->nextInFocusChain()) {
        if (!order.isEmpty() && w == first)
            break;
        if (controls.contains(w))
            order.append(w);
    }
    for (QWidget *control : controls)
        QVERIFY2(order.contains(control), control->metaObject()->className());
    auto *views = m_window->findChild<QWidget *>("views");
    const auto isLeft = [&](QWidget *w) {
        return w->mapTo(m_window, QPoint()).x() < views->mapTo(m_window, QPoint()).x();
    };
    QPoint last(-1, -1);
    bool inViews = false;
    for (QWidget *w : std::as_const(order)) {
        const QPoint at = w->mapTo(m_window, QPoint());
        if (!isLeft(w)) {
            inViews = true;
            continue;
        }
        QVERIFY2(!inViews, qPrintable(QString("%1 \"%2\" comes after the views")
                                          .arg(w->metaObject()->className(), w->accessibleName())));
        // Down the column, and left to right within a row.
        QVERIFY2(at.y() > last.y() + 4 || (qAbs(at.y() - last.y()) <= 4 && at.x() > last.x()),
                 qPrintable(QString("%1 \"%2\" at %3,%4 after %5,%6")
                                .arg(w->metaObject()->className(), w->accessibleName())
                                .arg(at.x())
                                .arg(at.y())
                                .arg(last.x())
                                .arg(last.y())));
        last = at;
    }
}

void TestAccessibility::theChartHasATextAlternative()
{
    QWidget *chart = m_window->chart()->findChild<QWidget *>("chartView");
    QTRY_VERIFY(chart->accessibleDescription().contains("last values"));
    QVERIFY2(chart->accessibleDescription().contains("this app, local counter: "),
             qPrintable(chart->accessibleDescription()));
}

// announce() sets the widget's accessible description and sends an Alert event. Offscreen
// there is no platform accessibility to deliver the event to (QAccessible::isActive() is
// false), so the test reads what a screen reader would be told: the descriptions.
void TestAccessibility::announcesPrometheusLostAndBackAndAlertsFiring()
{
    auto *health = m_window->findChild<QLabel *>("prometheusHealth");
    QTRY_COMPARE(health->text(), QString("answering"));
    QVERIFY(health->accessibleDescription().isEmpty()
            || !health->accessibleDescription().startsWith("Prometheus lost"));

    m_fake->respondWithFile("/api/v1/query_range", "proxy_502.html", 502);
    QTRY_VERIFY(health->accessibleDescription().startsWith("Prometheus lost: "));
    QVERIFY2(health->accessibleDescription().contains("502"),
             qPrintable(health->accessibleDescription()));

    m_fake->respondWithFile("/api/v1/query_range", "query_matrix.json");
    QTRY_COMPARE_WITH_TIMEOUT(health->accessibleDescription(), QString("Prometheus answers again."),
                              15000);

    m_fake->respondWithFile("/api/v1/alerts", "alerts_prometheus.json");
    m_companion->alerts().refreshNow();
    QTRY_VERIFY2(m_window->alerts()->accessibleDescription().startsWith("Alert firing: "),
                 qPrintable(m_window->alerts()->accessibleDescription()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
