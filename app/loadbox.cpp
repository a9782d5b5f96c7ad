#include "loadbox.h"

#include "format/displayformat.h"
#include "load/loadgenerator.h"
#include "loadtargetdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::app {

using pc::DisplayFormat;

LoadBox::LoadBox(pc::LoadGenerator *generator, QWidget *parent)
    : QGroupBox(tr("Generate requests"), parent), m_generator(generator)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createControls());
    layout->addLayout(createTarget());
    layout->addSpacing(8);
    layout->addLayout(createStats());
    layout->addSpacing(4);
    layout->addLayout(createLatency());
    layout->addWidget(m_lastError);
    layout->addStretch();
    connectControls();
}

QLayout *LoadBox::createControls()
{
    m_mix = new QComboBox;
    m_mix->setObjectName(QStringLiteral("routes"));
    m_mix->setAccessibleName(tr("Routes"));
    m_mix->setToolTip(tr("Which routes of the demo service the requests go to"));
    m_mix->addItem(tr("Hello only  (GET /)"), QVariant::fromValue(QList<int>{100, 0, 0}));
    m_mix->addItem(tr("Mixed  (80% /, 10% /slow, 10% /error)"),
                   QVariant::fromValue(QList<int>{80, 10, 10}));
    m_mix->addItem(tr("Slow only  (GET /slow)"), QVariant::fromValue(QList<int>{0, 100, 0}));
    m_mix->addItem(tr("Errors only  (GET /error)"), QVariant::fromValue(QList<int>{0, 0, 100}));

    m_one = new QPushButton(tr("Send &1 request"));
    m_one->setObjectName(QStringLiteral("sendOne"));
    m_one->setToolTip(tr("Send one request to the demo service"));

    m_burstCount = new QSpinBox;
    m_burstCount->setRange(1, 1'000'000);
    m_burstCount->setValue(100);
    m_burstCount->setGroupSeparatorShown(true);
    m_burstCount->setAccessibleName(tr("Burst size"));
    m_burstCount->setToolTip(tr("How many requests Send burst sends"));
    m_burst = new QPushButton(tr("Send &burst"));
    m_burst->setObjectName(QStringLiteral("sendBurst"));
    m_burst->setToolTip(tr("Send that many requests as fast as the service answers them"));

    m_rate = new QSpinBox;
    m_rate->setRange(1, int(pc::LoadLimits::MaxRate));
    m_rate->setValue(50);
    m_rate->setSuffix(tr(" req/s"));
    m_rate->setGroupSeparatorShown(true);
    m_rate->setAccessibleName(tr("Rate"));
    m_rate->setToolTip(tr("Requests per second that Start rate sends, at most %1")
                           .arg(QLocale().toString(pc::LoadLimits::MaxRate, 'f', 0)));
    m_duration = new QSpinBox;
    m_duration->setRange(0, 24 * 3600);
    m_duration->setValue(0);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setToolTip(tr("How long the rate runs; until stopped at 0"));
    m_startRate = new QPushButton(tr("Start &rate"));
    m_startRate->setObjectName(QStringLiteral("startRate"));
    m_startRate->setToolTip(tr("Send requests at a steady rate"));
    m_stop = new QPushButton(tr("S&top"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Stop the burst or the rate now"));
    m_stop->setEnabled(false);

    auto *controls = new QGridLayout;
    // Each label names the control beside it, for screen readers (setBuddy).
    const auto label = [](const QString &text, QWidget *control) {
        auto *label = new QLabel(text);
        label->setBuddy(control);
        return label;
    };
    controls->addWidget(label(tr("Routes:"), m_mix), 0, 0);
    controls->addWidget(m_mix, 0, 1, 1, 3);
    controls->addWidget(m_one, 1, 0, 1, 4);
    controls->addWidget(label(tr("Burst of"), m_burstCount), 2, 0);
    controls->addWidget(m_burstCount, 2, 1);
    controls->addWidget(m_burst, 2, 2, 1, 2);
    controls->addWidget(label(tr("Rate"), m_rate), 3, 0);
    controls->addWidget(m_rate, 3, 1);
    controls->addWidget(label(tr("for"), m_duration), 3, 2);
    controls->addWidget(m_duration, 3, 3);
    controls->addWidget(m_startRate, 4, 0, 1, 2);
    controls->addWidget(m_stop, 4, 2, 1, 2);
    controls->setColumnStretch(1, 1);
    return controls;
}

QLayout *LoadBox::createTarget()
{
    m_targetText = new QLabel;
    m_targetText->setObjectName(QStringLiteral("target"));
    m_targetText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targetButton = new QPushButton(tr("Targ&et…"));
    m_targetButton->setObjectName(QStringLiteral("chooseTarget"));
    m_targetButton->setToolTip(
        tr("Send the requests to another URL, with a method, headers "
           "and a body of your choice"));
    auto *label = new QLabel(tr("Target:"));
    label->setBuddy(m_targetButton);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_targetText, 1);
    row->addWidget(m_targetButton);
    showTarget();
    return row;
}

QLayout *LoadBox::createStats()
{
    auto makeValue = [](const char *name) {
        auto *label = new QLabel(QStringLiteral("0"));
        label->setObjectName(QLatin1String(name));
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_sent = makeValue("sent");
    m_succeeded = makeValue("succeeded");
    m_failed = makeValue("failed");
    m_achieved = makeValue("achievedRate");
    m_achieved->setText(DisplayFormat::value(0, DisplayFormat::Unit::RequestsPerSecond));
    auto *stats = new QFormLayout;
    stats->addRow(tr("Sent:"), m_sent);
    stats->addRow(tr("Succeeded:"), m_succeeded);
    stats->addRow(tr("Failed:"), m_failed);
    stats->addRow(tr("Achieved rate:"), m_achieved);
    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("progress"));
    stats->addRow(tr("Progress:"), m_progress);
    m_lastError = new QLabel;
    m_lastError->setWordWrap(true);
    m_lastError->setStyleSheet(QStringLiteral("color: #b00020"));
    return stats;
}

QLayout *LoadBox::createLatency()
{
    auto *grid = new QGridLayout;
    auto *title = new QLabel(tr("Latency"));
    title->setToolTip(
        tr("Client-side latency of the current or last run. Corrected: from the "
           "time each request was due in a rate run, so a stall of the service "
           "shows as latency (as wrk2 measures); in a finished burst, as wrk "
           "corrects a closed loop, for the mean interval each connection kept. "
           "As measured: from the time it was written."));
    grid->addWidget(title, 0, 0);
    grid->addWidget(new QLabel(tr("corrected")), 0, 1, Qt::AlignRight);
    grid->addWidget(new QLabel(tr("as measured")), 0, 2, Qt::AlignRight);
    const std::array<QString, 5> names = {QStringLiteral("p50"), QStringLiteral("p90"),
                                          QStringLiteral("p99"), QStringLiteral("p99.9"),
                                          tr("max")};
    for (int row = 0; row < 5; ++row) {
        grid->addWidget(new QLabel(names[size_t(row)]), row + 1, 0);
        for (int column = 0; column < 2; ++column) {
            auto *value = new QLabel(QStringLiteral("–"));
            value->setObjectName(
                QStringLiteral("latency_%1_%2")
                    .arg(names[size_t(row)], column == 0 ? u"corrected" : u"measured"));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAccessibleName(
                tr("%1 latency, %2")
                    .arg(names[size_t(row)], column == 0 ? tr("corrected") : tr("as measured")));
            grid->addWidget(value, row + 1, column + 1);
            m_latency[size_t(row)][size_t(column)] = value;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return grid;
}

void LoadBox::showLatency(const pc::LoadStats &stats)
{
    for (int column = 0; column < 2; ++column) {
        const pc::LatencyPercentiles &p = column == 0 ? stats.corrected : stats.uncorrected;
        const std::array<qint64, 5> values = {p.p50, p.p90, p.p99, p.p999, p.max};
        for (size_t row = 0; row < values.size(); ++row) {
            m_latency[row][size_t(column)]->setText(
                p.count == 0 ? QStringLiteral("–")
                             : DisplayFormat::compact(double(values[row]) / 1e6,
                                                      DisplayFormat::Unit::Seconds));
        }
    }
}

void LoadBox::connectControls()
{
    connect(m_one, &QPushButton::clicked, this, [this] { start({}); });
    connect(m_burst, &QPushButton::clicked, this, [this] {
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Burst;
        plan.count = m_burstCount->value();
        start(plan);
    });
    connect(m_startRate, &QPushButton::clicked, this, [this] {
        pc::LoadPlan plan;
        plan.mode = pc::LoadPlan::Mode::Rate;
        plan.rate = m_rate->value();
        plan.duration = std::chrono::seconds(m_duration->value());
        start(plan);
    });
    connect(m_targetButton, &QPushButton::clicked, this, &LoadBox::chooseTarget);
    connect(m_stop, &QPushButton::clicked, m_generator, &pc::LoadGenerator::stop);
    connect(m_stop, &QPushButton::clicked, this, [this] { showStats(m_generator->stats()); });
    connect(m_generator, &pc::LoadGenerator::statsChanged, this, &LoadBox::showStats);
    connect(m_generator, &pc::LoadGenerator::finished, this, &LoadBox::showStats);
    connect(m_generator, &pc::LoadGenerator::runFinished, this, &LoadBox::showRun);
}

pc::RouteMix LoadBox::mix() const
{
    const QList<int> weights = m_mix->currentData().value<QList<int>>();
    return {weights.value(0), weights.value(1), weights.value(2)};
}

void LoadBox::chooseTarget()
{
    LoadTargetDialog dialog(m_target, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_target = dialog.target();
        showTarget();
    }
}

void LoadBox::showTarget()
{
    const bool demo = m_target.url.isEmpty();
    m_targetText->setText(demo ? tr("the demo service")
                               : QString::fromLatin1(m_target.method) + u' '
                                     + m_target.url.toString());
    m_targetText->setToolTip(demo ? QString() : m_targetText->text());
    // The route mix is the demo's: another target gets its one URL.
    m_mix->setEnabled(demo);
}

void LoadBox::start(pc::LoadPlan plan)
{
    plan.mix = mix();
    plan.url = m_target.url;
    plan.method = m_target.method;
    plan.headers = m_target.headers;
    plan.body = m_target.body;
    plan.maxConnections = m_target.maxConnections;
    m_plan = plan;
    m_sentAtStart = m_generator->stats().sent;
    m_lastRate = 0;
    m_runNote.clear();
    const QString refusal = m_generator->start(plan);
    showStats(m_generator->stats());
    if (!refusal.isEmpty())
        m_lastError->setText(refusal);
}

void LoadBox::showRun(const pc::LoadRunSummary &run)
{
    // A rate the machine or the service could not keep up with is said, with what it got.
    // The summary comes once the last answer is in, before or after finished().
    using Unit = DisplayFormat::Unit;
    const bool kept = run.plan.mode != pc::LoadPlan::Mode::Rate || run.stopped
                      || run.achievedRate() >= 0.99 * run.plan.rate;
    m_runNote = kept ? QString()
                     : tr("Could not keep up: %1 of the asked %2")
                           .arg(DisplayFormat::value(run.achievedRate(), Unit::RequestsPerSecond),
                                DisplayFormat::value(run.plan.rate, Unit::RequestsPerSecond));
    // The run's own rate, answers over its duration: not the last second's, which decays as
    // the run ends.
    m_lastRate = run.achievedRate();
    showStats(m_generator->stats());
}

void LoadBox::showStats(const pc::LoadStats &stats)
{
    using Unit = DisplayFormat::Unit;
    m_sent->setText(DisplayFormat::value(double(stats.sent), Unit::Count));
    m_succeeded->setText(DisplayFormat::value(double(stats.succeeded), Unit::Count));
    m_failed->setText(DisplayFormat::value(double(stats.failed), Unit::Count));
    const bool running = m_generator->isRunning();
    if (running && stats.rate > 0)
        m_lastRate = stats.rate;
    // A finished run's rate stays readable: the generator's own drops to 0 when it ends.
    m_achieved->setText(
        running || m_lastRate <= 0
            ? DisplayFormat::value(stats.rate, Unit::RequestsPerSecond)
            : tr("%1 (last run)").arg(DisplayFormat::value(m_lastRate, Unit::RequestsPerSecond)));
    const quint64 sentThisRun = stats.sent - std::min(stats.sent, m_sentAtStart);
    switch (m_plan.mode) {
    case pc::LoadPlan::Mode::Burst:
        m_progress->setText(tr("%1 of %2 sent%3")
                                .arg(DisplayFormat::value(double(sentThisRun), Unit::Count),
                                     DisplayFormat::value(double(m_plan.count), Unit::Count),
                                     running ? QString() : tr(", done")));
        break;
    case pc::LoadPlan::Mode::Rate:
        m_progress->setText(running
                                ? tr("%1 sent in this run")
                                      .arg(DisplayFormat::value(double(sentThisRun), Unit::Count))
                            : !m_runNote.isEmpty()
                                ? m_runNote
                                : tr("%1 sent, run ended")
                                      .arg(DisplayFormat::value(double(sentThisRun), Unit::Count)));
        break;
    case pc::LoadPlan::Mode::Single:
        m_progress->setText(sentThisRun > 0 ? tr("1 request sent") : tr("sending 1 request"));
        break;
    }
    showLatency(stats);
    m_lastError->setText(stats.lastError.isEmpty()
                             ? QString()
                             : tr("Last connection error: %1").arg(stats.lastError));
    m_stop->setEnabled(running);
    m_startRate->setEnabled(!running);
    m_burst->setEnabled(!running);
    m_one->setEnabled(!running);
}

}  // namespace pc::app
