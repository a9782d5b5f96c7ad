#include "annotationrecorder.h"

#include "annotationsources.h"
#include "annotationstore.h"
#include "load/loadgenerator.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promsource.h"

#include <QDateTime>

namespace pc {

AnnotationRecorder::AnnotationRecorder(AnnotationStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void AnnotationRecorder::recordAppStart(const QString &version)
{
    m_store->put(AnnotationSources::appStarted(m_clock(), version));
}

void AnnotationRecorder::watchLoad(LoadGenerator *load)
{
    connect(load, &LoadGenerator::runFinished, this,
            [this](const LoadRunSummary &run) { m_store->put(AnnotationSources::loadRun(run)); });
}

void AnnotationRecorder::watchAlerts(AlertWatcher *alerts)
{
    connect(alerts, &AlertWatcher::alertsUpdated, this, &AnnotationRecorder::onAlerts);
}

void AnnotationRecorder::onAlerts(const QList<PromAlert> &alerts)
{
    // The first answer is where comparing starts: what fires already fired before.
    if (m_alertsSeen) {
        for (const Annotation &change :
             AnnotationSources::alertChanges(m_lastAlerts, alerts, m_clock()))
            m_store->put(change);
    }
    m_alertsSeen = true;
    m_lastAlerts = alerts;
}

void AnnotationRecorder::watchPrometheus(PromSource *source)
{
    ManagedPrometheus *managed = source->managed();
    connect(managed, &ManagedPrometheus::stoppedUnexpectedly, this,
            [this](const QString &how) { m_prometheusStoppedHow = how; });
    connect(managed, &ManagedPrometheus::ready, this, [this, source](const QUrl &) {
        const bool restart = m_prometheusStarted;
        m_store->put(AnnotationSources::prometheusStarted(
            m_clock(), restart, m_prometheusStoppedHow, source->description()));
        m_prometheusStarted = true;
        m_prometheusStoppedHow.clear();
    });
}

}  // namespace pc
