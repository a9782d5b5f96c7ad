#include "localcountersampler.h"

#include <QDateTime>

namespace pc {
namespace {

// An hour of one sample a second, the longest window, and a margin.
constexpr std::size_t Capacity = 3600 + 60;

}  // namespace

LocalCounterSampler::LocalCounterSampler(Counter counter, QObject *parent)
    : QObject(parent), m_counter(std::move(counter)), m_samples(Capacity), m_timer(this)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LocalCounterSampler::sampleNow);
}

void LocalCounterSampler::start()
{
    sampleNow();
    m_timer.start();
}

void LocalCounterSampler::sampleNow()
{
    m_samples.append(QDateTime::currentMSecsSinceEpoch(), double(m_counter()));
    emit sampled();
}

QList<QPointF> LocalCounterSampler::counterPoints(qint64 fromMs, qint64 toMs) const
{
    QList<QPointF> points = m_samples.points(fromMs);
    while (!points.isEmpty() && points.last().x() > toMs)
        points.removeLast();
    return points;
}

QList<QPointF> LocalCounterSampler::ratePoints(qint64 fromMs, qint64 toMs,
                                               qint64 rateWindowMs) const
{
    const QList<QPointF> points = m_samples.points(fromMs - rateWindowMs);
    QList<QPointF> rates;
    rates.reserve(points.size());
    qsizetype older = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].x() < fromMs || points[i].x() > toMs)
            continue;
        while (older + 1 < i && points[older + 1].x() <= points[i].x() - rateWindowMs)
            ++older;
        const double seconds = (points[i].x() - points[older].x()) / 1000.0;
        if (seconds > 0)
            rates.append({points[i].x(), (points[i].y() - points[older].y()) / seconds});
    }
    return rates;
}

}  // namespace pc
