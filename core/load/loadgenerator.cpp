#include "loadgenerator.h"

#include "loadworker.h"

#include <QDateTime>
#include <QThread>

#include <utility>

namespace pc {

LoadGenerator::LoadGenerator(QObject *parent) : LoadGenerator(steadyClockUs, parent) {}

LoadGenerator::LoadGenerator(LoadClock clock, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new LoadWorker(std::move(clock)))
{
    qRegisterMetaType<pc::LoadStats>();
    qRegisterMetaType<pc::LoadRunSummary>();
    qRegisterMetaType<pc::LoadSecond>();
    m_thread->setObjectName(QStringLiteral("load-generator"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LoadWorker::statsChanged, this, [this](const LoadStats &stats) {
        m_stats = stats;
        emit statsChanged(stats);
    });
    connect(m_worker, &LoadWorker::finished, this, [this](const LoadStats &stats) {
        m_stats = stats;
        emit finished(stats);
    });
    connect(m_worker, &LoadWorker::runFinished, this, &LoadGenerator::runFinished);
    connect(m_worker, &LoadWorker::latencySecond, this, &LoadGenerator::latencySecond);
    m_thread->start();
}

LoadGenerator::~LoadGenerator()
{
    m_thread->quit();
    m_thread->wait();
}

void LoadGenerator::setTarget(const QUrl &serviceUrl)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, serviceUrl] { w->setTarget(serviceUrl); });
}

QString LoadGenerator::start(const LoadPlan &plan)
{
    QString refusal = checkLoadPlan(plan);
    if (!refusal.isEmpty())
        return refusal;
    m_stats.running = true;
    m_plan = plan;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, plan] { w->start(plan); });
    return refusal;
}

void LoadGenerator::stop()
{
    m_stats.running = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
}

}  // namespace pc
