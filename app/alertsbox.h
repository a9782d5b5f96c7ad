#pragma once

#include "prometheus/alertwatcher.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pc::app {

/// The alerts Prometheus has pending or firing, as its /alerts page lists them: state, name,
/// summary and since when, firing first; a double click opens the alert's chart. Shows what an
/// AlertWatcher (not owned) delivers, and says so when the alerts cannot be had. GUI thread.
class AlertsBox : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsBox(pc::AlertWatcher *watcher, QWidget *parent = nullptr);

    /// One line per alert: "firing  HighErrorRatio  summary".
    QStringList rows() const;
    QString headline() const;
    /// As a double click on the alert's row does: chartRequested() for the alert of `row`.
    void requestChart(int row);

signals:
    /// A double click (or Enter) on an alert: its rule's chart, from `activeAt` (null when
    /// Prometheus did not say) to now.
    void chartRequested(const QString &alertName, const QDateTime &activeAt);

private:
    void showAlerts(const QList<pc::PromAlert> &alerts);
    void showFailure(const pc::PromError &error);

    pc::AlertWatcher *m_watcher;
    QLabel *m_headline;
    QTreeWidget *m_list;
};

/// The colour of a state, as Prometheus's alerts page uses: firing red, pending amber.
QColor alertStateColor(pc::PromAlert::State state);
/// A round icon of the health colour, for the tray: grey unknown, green ok, amber pending,
/// red firing.
QIcon alertHealthIcon(pc::AlertWatcher::Health health);

}  // namespace pc::app
