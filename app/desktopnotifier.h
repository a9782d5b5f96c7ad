#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace pc::app {

/// Shows desktop notifications the way the desktop can: through the tray icon where there is
/// one, else through the freedesktop notification service on the session bus (GNOME, KDE,
/// XFCE and others have it without a tray), else not at all, which notify() says by
/// returning false. A notification may carry a Show action (a button on the freedesktop
/// bubble, a click on the tray's): showRequested() says which one was used. GUI thread.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Urgency { Normal, Critical };

    /// `tray` (not owned) may be null.
    explicit DesktopNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    /// `showTag` non-empty: the notification carries a Show action, which emits
    /// showRequested(showTag).
    bool notify(const QString &title, const QString &body, Urgency urgency,
                const QString &showTag = {});
    /// What the last notify() went through: "tray", "freedesktop" or "none".
    QString lastChannel() const { return m_lastChannel; }

    /// The key of the Show action, as the freedesktop Notify call names it.
    static constexpr const char *ShowAction = "show";

signals:
    /// The user chose Show on the notification that was given `tag`.
    void showRequested(const QString &tag);

private slots:
    /// The notification server's ActionInvoked(id, action_key) signal.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    bool notifyOverDBus(const QString &title, const QString &body, Urgency urgency,
                        const QString &showTag);
    void listenToTheServer();

    QSystemTrayIcon *m_tray;
    QString m_lastChannel = QStringLiteral("none");
    QString m_trayTag;                // the Show tag of the tray's last message
    QHash<uint, QString> m_dbusTags;  // a shown freedesktop notification's id: its Show tag
    bool m_listening = false;
};

}  // namespace pc::app
