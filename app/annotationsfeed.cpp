#include "annotationsfeed.h"

#include "annotation/annotationsources.h"
#include "annotation/annotationstore.h"
#include "chartwidget.h"
#include "load/loadgenerator.h"

#include <QDateTime>

namespace pc::app {

AnnotationsFeed::AnnotationsFeed(AnnotationStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &AnnotationStore::changed, this, [this] {
            for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
                if (chart)
                    feed(chart);
            }
        });
    }
}

void AnnotationsFeed::addChart(ChartWidget *chart)
{
    m_charts.removeIf([](const QPointer<ChartWidget> &c) { return c.isNull(); });
    m_charts.append(chart);
    chart->setAnnotationsVisible(m_visible);
    feed(chart);
}

void AnnotationsFeed::watchLoad(LoadGenerator *load)
{
    m_load = load;
    connect(load, &LoadGenerator::statsChanged, this, &AnnotationsFeed::onLoadStats);
    // The store has the finished run from now on (AnnotationRecorder): the span in progress
    // gives way to it.
    connect(load, &LoadGenerator::runFinished, this, [this] {
        m_run.reset();
        feedRun();
    });
}

void AnnotationsFeed::onLoadStats(const LoadStats &stats)
{
    if (!stats.running)
        return;  // over: the span stays until the run's last answer is in
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 started = m_load->startedMsecsSinceEpoch();
    // A second at a time: a chart's pixel is seconds wide, and each change redraws every chart.
    if (m_run && m_run->startMs == started && now - m_run->endMs.value_or(0) < 1000)
        return;
    m_run = AnnotationSources::loadRunInProgress(m_load->plan(), started, now, stats);
    feedRun();
}

void AnnotationsFeed::feedRun() const
{
    const QList<Annotation> run = m_run ? QList<Annotation>{*m_run} : QList<Annotation>();
    for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
        if (chart)
            chart->setAnnotations(QString::fromLatin1(RunLayer), run);
    }
}

void AnnotationsFeed::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
        if (chart)
            chart->setAnnotationsVisible(visible);
    }
    emit visibleChanged(visible);
}

void AnnotationsFeed::feed(ChartWidget *chart) const
{
    if (m_store)
        chart->setAnnotations(QString::fromLatin1(Layer), m_store->annotations());
    if (m_run)
        chart->setAnnotations(QString::fromLatin1(RunLayer), {*m_run});
}

}  // namespace pc::app
