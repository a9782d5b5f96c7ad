#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace pc::app {

/// Turns Unix signals (SIGINT, SIGTERM) into a Qt signal on the thread that created it, through
/// a socket pair written by an async-signal-safe handler. One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    UnixSignalWatcher(std::initializer_list<int> signalNumbers, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void signalReceived(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace pc::app
