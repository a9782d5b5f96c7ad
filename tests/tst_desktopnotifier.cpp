#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
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

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName);
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(timeout);
        summaries.append(summary);
        bodies.append(body);
        urgencies.append(hints.value("urgency").toInt());
        return uint(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void notifiesThroughTheSessionBusWithoutATray();
    void saysWhenNothingCanShowANotification();
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

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
