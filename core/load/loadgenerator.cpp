#include "loadgenerator.h"

#include "loadworker.h"

#include <QDateTime>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <utility>

namespace pc {
namespace {

/// Starts `thread` on Qt's own poll loop rather than GLib's. Where GLib is there, Qt runs every
/// thread's events through GLib's main loop, so that GLib-based code works in it; that loop
/// adds a tail of its own to the requests' latencies (a closed loop of 32 connections: p99.9
/// 1.6-1.9 ms against 0.9-1.5 ms, bench/load_peers), and nothing in the requests' thread uses
/// GLib. Qt picks the loop as the thread starts, from QT_NO_THREADED_GLIB (which leaves the
/// main thread alone): set for that moment only, so that other threads keep GLib's.
void startWithoutGlib(QThread *thread)
{
    static QMutex environment;
    const QMutexLocker locker(&environment);
    const bool wasSet = qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB");
    const QByteArray was = qgetenv("QT_NO_THREADED_GLIB");
    qputenv("QT_NO_THREADED_GLIB", "1");
    // started() comes from the new thread once its event loop's dispatcher is made.
    QSemaphore made;
    const auto connection = QObject::connect(
        thread, &QThread::started, thread, [&made] { made.release(); }, Qt::DirectConnection);
    thread->start();
    made.acquire();
    QObject::disconnect(connection);
    if (wasSet)
        qputenv("QT_NO_THREADED_GLIB", was);
    else
        qunsetenv("QT_NO_THREADED_GLIB");
}

}  // namespace

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
    startWithoutGlib(m_thread);
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
