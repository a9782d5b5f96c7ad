#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

using namespace pc::app;

// A notification server on the private session bus dbus-run-session gives this test, as GNOME
// or KDE has one: it records what it is asked to show.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;
    QList<int> urgencies;
    QList<QStringList> actions;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(timeout);
        summaries.append(summary);
        bodies.append(body);
        urgencies.append(hints.value("urgency").toInt());
        this->actions.append(actions);
        return uint(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void notifiesThroughTheSessionBusWithoutATray();
    void saysWhenNothingCanShowANotification();
    void showActionSaysWhichAlertToShow();
};

void TestDesktopNotifier::notifiesThroughTheSessionBusWithoutATray()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "no session bus: CTest runs this under dbus-run-session");
    FakeNotificationServer server;
    QVERIFY(bus.registerObject("/org/freedesktop/Notifications", &server,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService("org.freedesktop.Notifications"));
    auto unregister = qScopeGuard([&bus] {
        bus.unregisterService("org.freedesktop.Notifications");
        bus.unregisterObject("/org/freedesktop/Notifications");
    });

    DesktopNotifier notifier(nullptr);
    QVERIFY(notifier.notify("Alert firing: PromCompanionHighErrorRatio",
                            "High error ratio on 127.0.0.1:8000",
                            DesktopNotifier::Urgency::Critical));
    QCOMPARE(notifier.lastChannel(), QString("freedesktop"));
    QTRY_COMPARE(server.summaries, QStringList({"Alert firing: PromCompanionHighErrorRatio"}));
    QCOMPARE(server.bodies, QStringList({"High error ratio on 127.0.0.1:8000"}));
    QCOMPARE(server.urgencies, QList<int>({2}));
}

void TestDesktopNotifier::saysWhenNothingCanShowANotification()
{
    // No tray and no notification service on this bus.
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
        "org.freedesktop.Notifications"));
    DesktopNotifier notifier(nullptr);
    QVERIFY(!notifier.notify("Alert resolved: X", {}, DesktopNotifier::Urgency::Normal));
    QCOMPARE(notifier.lastChannel(), QString("none"));
}

void TestDesktopNotifier::showActionSaysWhichAlertToShow()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    FakeNotificationServer server;
    QVERIFY(bus.registerObject("/org/freedesktop/Notifications", &server,
                               QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService("org.freedesktop.Notifications"));
    auto unregister = qScopeGuard([&bus] {
        bus.unregisterService("org.freedesktop.Notifications");
        bus.unregisterObject("/org/freedesktop/Notifications");
    });
    // The desktop's signal when the user picks an action of notification `id`.
    const auto invoke = [&bus](uint id, const QString &key) {
        QDBusMessage signal = QDBusMessage::createSignal(
            "/org/freedesktop/Notifications", "org.freedesktop.Notifications", "ActionInvoked");
        signal << id << key;
        bus.send(signal);
    };

    DesktopNotifier notifier(nullptr);
    QSignalSpy shown(&notifier, &DesktopNotifier::showRequested);
    QVERIFY(notifier.notify("Alert resolved: Slow", {}, DesktopNotifier::Urgency::Normal));
    QVERIFY(notifier.notify("Alert firing: Slow", "p95 above 400 ms",
                            DesktopNotifier::Urgency::Critical, "Slow"));
    QTRY_COMPARE(server.actions.size(), 2);
    // Only a notification with a tag has the Show button. The server numbers them as they
    // come, in whichever order.
    const qsizetype firing = server.summaries.indexOf("Alert firing: Slow");
    const qsizetype resolved = server.summaries.indexOf("Alert resolved: Slow");
    QCOMPARE(server.actions.at(firing), QStringList({"show", "Show"}));
    QCOMPARE(server.actions.at(resolved), QStringList());
    const uint firingId = uint(firing + 1);
    const uint resolvedId = uint(resolved + 1);

    // Another application's notification, another action, and ours without a Show: ignored.
    invoke(77, "show");
    invoke(firingId, "default");
    invoke(resolvedId, "show");
    QTest::qWait(50);
    QVERIFY(shown.isEmpty());
    // Sent until it comes through: the server's answer naming the id may still be on its way.
    QTRY_VERIFY([&] {
        invoke(firingId, "show");
        return !shown.isEmpty();
    }());
    for (const QList<QVariant> &arguments : std::as_const(shown))
        QCOMPARE(arguments.first().toString(), QString("Slow"));
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
