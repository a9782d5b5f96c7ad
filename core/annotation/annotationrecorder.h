#pragma once

#include "prometheus/promalerts.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace pc {

class AlertWatcher;
class AnnotationStore;
class LoadGenerator;
class PromSource;

/// Puts what happens into an AnnotationStore (not owned) as it happens: the app's start, each
/// time the managed Prometheus becomes ready (a restart after it stopped), each finished load
/// run as a span, and alerts going pending, firing or resolved. Alerts are compared answer to
/// answer from the first one it sees, so restarting the app does not mark alerts already
/// firing again. The sources are not owned. GUI thread.
class AnnotationRecorder : public QObject
{
    Q_OBJECT
public:
    /// Milliseconds since the epoch; tests pass a clock of their own.
    using Clock = std::function<qint64()>;

    explicit AnnotationRecorder(AnnotationStore *store, QObject *parent = nullptr);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void recordAppStart(const QString &version);
    void watchLoad(LoadGenerator *load);
    void watchAlerts(AlertWatcher *alerts);
    void watchPrometheus(PromSource *source);

private:
    void onAlerts(const QList<pc::PromAlert> &alerts);

    AnnotationStore *m_store;
    Clock m_clock;
    QList<PromAlert> m_lastAlerts;
    bool m_alertsSeen = false;
    bool m_prometheusStarted = false;
    QString m_prometheusStoppedHow;
};

}  // namespace pc
