#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace pc::app {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");

}  // namespace

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent), m_tray(tray)
{
}

bool DesktopNotifier::notify(const QString &title, const QString &body, Urgency urgency)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(
            title, body,
            urgency == Urgency::Critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
            10000);
        m_lastChannel = QStringLiteral("tray");
        return true;
    }
    if (notifyOverDBus(title, body, urgency)) {
        m_lastChannel = QStringLiteral("freedesktop");
        return true;
    }
    m_lastChannel = QStringLiteral("none");
    return false;
}

bool DesktopNotifier::notifyOverDBus(const QString &title, const QString &body, Urgency urgency)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()
        || !bus.interface()->isServiceRegistered(Service).value())
        return false;
    // The Desktop Notifications Specification's Notify(app_name, replaces_id, app_icon,
    // summary, body, actions, hints, expire_timeout), sent without waiting for the answer.
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop/Notifications"),
                                       Service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(uchar(urgency == Urgency::Critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("prom-companion"));
    call << QStringLiteral("Prom Companion") << uint(0) << QStringLiteral("prom-companion") << title
         << body << QStringList() << hints << int(10000);
    return bus.send(call);
}

}  // namespace pc::app
