#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace pc::app {

/// Shows desktop notifications the way the desktop can: through the tray icon where there is
/// one, else through the freedesktop notification service on the session bus (GNOME, KDE,
/// XFCE and others have it without a tray), else not at all, which notify() says by
/// returning false. GUI thread.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Urgency { Normal, Critical };

    /// `tray` (not owned) may be null.
    explicit DesktopNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    bool notify(const QString &title, const QString &body, Urgency urgency);
    /// What the last notify() went through: "tray", "freedesktop" or "none".
    QString lastChannel() const { return m_lastChannel; }

private:
    bool notifyOverDBus(const QString &title, const QString &body, Urgency urgency);

    QSystemTrayIcon *m_tray;
    QString m_lastChannel = QStringLiteral("none");
};

}  // namespace pc::app
