#pragma once

#include "prometheus/promresponse.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QUrl>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QLineEdit;
class QTimer;

namespace pc::app {

/// The status area: the service and metrics addresses, which Prometheus is in use, whether it
/// answers (and if not, why and when the next try is), and the health of the target that
/// scrapes this app. Every failure ends here as one line, never as a dialog.
class StatusBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit StatusBox(QWidget *parent = nullptr);

    void setAddresses(const QUrl &service, const QUrl &metrics);
    void setSource(const QString &description);
    void setPrometheusOk();
    /// Shows `message` with a live countdown to the next try, and the target as unknown.
    void setPrometheusFailure(const QString &message, std::chrono::milliseconds retryIn);
    /// Prometheus is not being asked (it is starting or restarting; the source line says
    /// why): no health line, and the target is unknown rather than its last known state.
    void setPrometheusNotAsked();
    /// The target that scrapes this app, if any, among the `targetCount` Prometheus has.
    void setTarget(const std::optional<pc::ScrapeTarget> &target, int targetCount);
    /// Shown when no browser could open a URL, so the user can copy it.
    void showUrlToCopy(const QString &why, const QUrl &url);
    /// Shows or hides the button that moves a store Prometheus refused aside.
    void offerMoveStoreAside(bool offer);

signals:
    /// The user asked for a Prometheus of this app's own: the one in use does not scrape it.
    void startOwnPrometheusRequested();
    /// The user asked to move the refused store aside and start with an empty one.
    void moveStoreAsideRequested();

private:
    void tick();
    void refreshHealth();
    void refreshTarget();
    void showUnknownTarget(const QString &why);

    QLabel *m_addresses;
    QLabel *m_source;
    QLabel *m_health;
    QLabel *m_target;
    QLabel *m_copyWhy;
    QLineEdit *m_copyUrl;
    QPushButton *m_startOwn;
    QPushButton *m_moveStoreAside;
    QTimer *m_ageTimer;
    std::optional<pc::ScrapeTarget> m_lastTarget;
    int m_targetCount = 0;
    bool m_targetKnown = false;
    bool m_prometheusAnswers = false;
    bool m_asking = true;  // false while the source has Prometheus not asked at all
    QString m_failure;     // empty while Prometheus answers
    QDeadlineTimer m_retryAt;
    QElapsedTimer m_noTargetsSince;  // invalid unless the last targets list was empty
};

}  // namespace pc::app
