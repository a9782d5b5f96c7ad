#pragma once

#include "chart/timeseriesbuffer.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QTimer>

#include <chrono>
#include <functional>

namespace pc {

/// Samples the app's own request counter every second into a bounded buffer, so that the live
/// chart moves from the first click, with or without Prometheus. Keeps an hour, the longest
/// window, whatever the app's uptime. GUI thread; the counter is read there.
class LocalCounterSampler : public QObject
{
    Q_OBJECT
public:
    using Counter = std::function<quint64()>;

    explicit LocalCounterSampler(Counter counter, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    /// Takes a sample now, then one every interval.
    void start();
    void sampleNow();

    /// The counter's samples in [fromMs, toMs].
    QList<QPointF> counterPoints(qint64 fromMs, qint64 toMs) const;
    /// Its rate per second over `rateWindowMs` in [fromMs, toMs], as PromQL's rate() over the
    /// same window: each sample against the one `rateWindowMs` older.
    QList<QPointF> ratePoints(qint64 fromMs, qint64 toMs, qint64 rateWindowMs = 60'000) const;

signals:
    void sampled();

private:
    Counter m_counter;
    TimeSeriesBuffer m_samples;
    QTimer m_timer;
};

}  // namespace pc
