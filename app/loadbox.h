#pragma once

#include "load/loadplan.h"

#include <QGroupBox>

#include <array>

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QSpinBox;
namespace pc {
class LoadGenerator;
}

namespace pc::app {

/// The request-generation box: one request, a burst, or a steady rate, with a route mix,
/// and the generator's live counts and latency percentiles (corrected and as measured). Drives a
/// LoadGenerator it does not own.
class LoadBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit LoadBox(pc::LoadGenerator *generator, QWidget *parent = nullptr);

private:
    QLayout *createControls();
    QLayout *createTarget();
    QLayout *createStats();
    QLayout *createLatency();
    void showLatency(const pc::LoadStats &stats);
    void connectControls();
    void chooseTarget();
    void showTarget();
    void start(pc::LoadPlan plan);
    void showStats(const pc::LoadStats &stats);
    void showRun(const pc::LoadRunSummary &run);
    pc::RouteMix mix() const;

    pc::LoadGenerator *m_generator;
    QComboBox *m_mix;
    QPushButton *m_one;
    QSpinBox *m_burstCount;
    QPushButton *m_burst;
    QSpinBox *m_rate;
    QSpinBox *m_duration;
    QPushButton *m_startRate;
    QPushButton *m_stop;
    QLabel *m_targetText;
    QPushButton *m_targetButton;
    pc::LoadPlan m_target;  // its url, method, headers, body and connections
    QLabel *m_sent;
    QLabel *m_succeeded;
    QLabel *m_failed;
    QLabel *m_achieved;
    QLabel *m_progress;
    QLabel *m_lastError;
    // p50, p90, p99, p99.9 and max; corrected, then as measured.
    std::array<std::array<QLabel *, 2>, 5> m_latency{};
    // The run in progress or the last one: its kind, size, where the sent count started, and
    // the last rate it achieved, which stays on screen after it ends.
    pc::LoadPlan m_plan;
    quint64 m_sentAtStart = 0;
    double m_lastRate = 0;
    QString m_runNote;  // what the last run's summary adds: a rate it could not keep
};

}  // namespace pc::app
