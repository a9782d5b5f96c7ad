#pragma once

#include <QObject>

class QSocketNotifier;

namespace pc {

/// Fires once at a time of the steady clock given in microseconds, on a Linux timerfd: a few
/// tens of µs late, where a QTimer may be up to a millisecond late. Paces a Rate run, so that
/// the wait between a request's due time and its sending stays out of the corrected latency.
/// Lives on the thread that uses it (the load generator's); not thread-safe.
class DueTimer : public QObject
{
    Q_OBJECT
public:
    explicit DueTimer(QObject *parent = nullptr);
    ~DueTimer() override;

    /// False when the system gave no timerfd: the caller then paces with a QTimer.
    bool isValid() const { return m_fd >= 0; }
    /// Fires due() once at `steadyMicros` (steadyClockUs()'s clock), at once if it is past.
    /// Replaces any earlier time.
    void arm(qint64 steadyMicros);
    void disarm();

signals:
    void due();

private:
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace pc
