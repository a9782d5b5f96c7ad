#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace pc::app {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");

}  // namespace

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent), m_tray(tray)
{
    // The tray says only that its last message was clicked: that message's Show.
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayTag.isEmpty())
                emit showRequested(m_trayTag);
        });
    }
}

bool DesktopNotifier::notify(const QString &title, const QString &body, Urgency urgency,
                             const QString &showTag)
{
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_trayTag = showTag;
        m_tray->showMessage(
            title, body,
            urgency == Urgency::Critical ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
            10000);
        m_lastChannel = QStringLiteral("tray");
        return true;
    }
    if (notifyOverDBus(title, body, urgency, showTag)) {
        m_lastChannel = QStringLiteral("freedesktop");
        return true;
    }
    m_lastChannel = QStringLiteral("none");
    return false;
}

bool DesktopNotifier::notifyOverDBus(const QString &title, const QString &body, Urgency urgency,
                                     const QString &showTag)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()
        || !bus.interface()->isServiceRegistered(Service).value())
        return false;
    // The Desktop Notifications Specification's Notify(app_name, replaces_id, app_icon,
    // summary, body, actions, hints, expire_timeout); its answer, the notification's id, comes
    // later and names it in ActionInvoked.
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(uchar(urgency == Urgency::Critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("prom-companion"));
    QStringList actions;
    if (!showTag.isEmpty()) {
        //: The button on a desktop notification of a firing alert: opens its chart
        actions = {QLatin1String(ShowAction), tr("Show")};
        listenToTheServer();
    }
    call << QStringLiteral("Prom Companion") << uint(0) << QStringLiteral("prom-companion") << title
         << body << actions << hints << int(10000);
    if (showTag.isEmpty())
        return bus.send(call);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, showTag](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isValid())
                    m_dbusTags.insert(reply.value(), showTag);
            });
    return true;
}

void DesktopNotifier::listenToTheServer()
{
    if (m_listening)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_listening = bus.connect(Service, Path, Service, QStringLiteral("ActionInvoked"), this,
                              SLOT(onActionInvoked(uint, QString)))
                  && bus.connect(Service, Path, Service, QStringLiteral("NotificationClosed"), this,
                                 SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Every application's notifications come through this signal: only ours have a tag.
    const auto it = m_dbusTags.constFind(id);
    if (it != m_dbusTags.cend() && actionKey == QLatin1String(ShowAction))
        emit showRequested(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_dbusTags.remove(id);
}

}  // namespace pc::app
