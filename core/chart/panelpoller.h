#pragma once

#include "prometheus/promerror.h"

#include <QObject>
#include <QString>

#include <chrono>

namespace pc {

class TimeRange;

/// What a dashboard asks of every panel's poller, whatever it delivers: charts' lines
/// (RangePoller) or a table's answers (QueryPoller). GUI thread.
class PanelPoller : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Queries go out only while enabled (Prometheus usable, the panel shown).
    virtual void setEnabled(bool enabled) = 0;
    virtual bool isEnabled() const = 0;
    virtual void setRefreshInterval(std::chrono::milliseconds interval) = 0;
    /// Asks now, cancelling the round in flight.
    virtual void refreshNow() = 0;
    virtual const TimeRange *timeRange() const = 0;

signals:
    /// Prometheus could not be asked; the next try is in `retryIn`.
    void failed(const pc::PromError &error, std::chrono::milliseconds retryIn);
    /// Prometheus answered but refused a query (a PromQL error).
    void rejected(const QString &message);
};

}  // namespace pc
