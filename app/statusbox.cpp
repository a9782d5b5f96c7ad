#include "statusbox.h"

#include "announce.h"
#include "format/displayformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace pc::app {

namespace {

QLabel *makeLine(const char *name, const QString &description)
{
    auto *label = new QLabel;
    label->setAccessibleDescription(description);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    // A long message wraps within the column; a word too long to break (an environment
    // variable's name) must not widen the column past its scroll area and clip its neighbours.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

const QString Good = QStringLiteral("color: #1b7f3b");
const QString Bad = QStringLiteral("color: #b00020");
const QString Unknown = QStringLiteral("color: #6b6b6b");
// An empty targets list this long after the first one is not a Prometheus still loading its
// config: the server has no scrape targets at all (VictoriaMetrics fed by remote write, say).
constexpr qint64 NoTargetsForGoodMs = 20'000;

}  // namespace

StatusBox::StatusBox(QWidget *parent) : QGroupBox(tr("Status"), parent)
{
    m_addresses = makeLine("addresses", tr("Where the demo service and its metrics are served"));
    m_source = makeLine("prometheusSource", tr("Which Prometheus the app asks, and why"));
    m_health = makeLine("prometheusHealth", tr("Whether Prometheus answers"));
    m_target = makeLine("scrapeTarget", tr("The Prometheus target that scrapes this app"));
    m_target->setText(tr("waiting for Prometheus…"));
    m_copyWhy = makeLine("copyWhy", tr("Why an address is shown to copy"));
    m_copyUrl = new QLineEdit;
    m_copyUrl->setAccessibleName(tr("Address to copy"));
    m_copyUrl->setAccessibleDescription(tr("Select it and copy it into a browser"));
    m_copyUrl->setObjectName(QStringLiteral("copyUrl"));
    m_copyUrl->setReadOnly(true);
    m_copyWhy->hide();
    m_copyUrl->hide();
    m_startOwn = new QPushButton(tr("Start a Prometheus for this &app"));
    m_startOwn->setObjectName(QStringLiteral("startOwnPrometheus"));
    m_startOwn->setToolTip(
        tr("The Prometheus in use does not scrape this app: start one of its "
           "own, on a free port, that does"));
    m_startOwn->hide();
    connect(m_startOwn, &QPushButton::clicked, this, [this] {
        m_startOwn->hide();
        emit startOwnPrometheusRequested();
    });

    m_moveStoreAside = new QPushButton(tr("&Move the store aside"));
    m_moveStoreAside->setObjectName(QStringLiteral("moveStoreAside"));
    m_moveStoreAside->setToolTip(
        tr("Rename the store Prometheus refused (nothing is deleted) and start it again with "
           "an empty one"));
    m_moveStoreAside->hide();
    connect(m_moveStoreAside, &QPushButton::clicked, this, [this] {
        m_moveStoreAside->hide();
        emit moveStoreAsideRequested();
    });

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Serving:"), m_addresses);
    layout->addRow(tr("Prometheus:"), m_source);
    layout->addRow(QString(), m_health);
    layout->addRow(tr("Scrape target:"), m_target);
    layout->addRow(QString(), m_startOwn);
    layout->addRow(QString(), m_moveStoreAside);
    layout->addRow(m_copyWhy);
    layout->addRow(m_copyUrl);

    m_ageTimer = new QTimer(this);
    // Half a second, so the countdown never skips a number.
    m_ageTimer->setInterval(500);
    connect(m_ageTimer, &QTimer::timeout, this, &StatusBox::tick);
    m_ageTimer->start();
}

void StatusBox::setAddresses(const QUrl &service, const QUrl &metrics)
{
    m_addresses->setText(
        tr("demo service %1  ·  metrics %2").arg(service.toString(), metrics.toString()));
}

void StatusBox::setSource(const QString &description)
{
    m_source->setText(description);
}

void StatusBox::setPrometheusOk()
{
    if (!m_prometheusAnswers && !m_failure.isEmpty())
        announce(m_health, tr("Prometheus answers again."));
    m_prometheusAnswers = true;
    m_asking = true;
    m_failure.clear();
    m_health->setStyleSheet(Good);
    m_health->setText(tr("answering"));
    m_health->show();
    refreshTarget();
}

void StatusBox::setPrometheusFailure(const QString &message, std::chrono::milliseconds retryIn)
{
    if (m_failure.isEmpty())
        announce(m_health, tr("Prometheus lost: %1").arg(message));
    m_prometheusAnswers = false;
    m_asking = true;
    m_failure = message;
    m_retryAt = QDeadlineTimer(retryIn);
    m_health->show();
    refreshHealth();
    refreshTarget();
}

void StatusBox::setPrometheusNotAsked()
{
    m_prometheusAnswers = false;
    m_asking = false;
    m_failure.clear();
    m_health->clear();
    m_health->hide();
    refreshTarget();
}

void StatusBox::tick()
{
    refreshHealth();
    refreshTarget();
}

void StatusBox::refreshHealth()
{
    if (m_failure.isEmpty())
        return;
    m_health->setStyleSheet(Bad);
    const qint64 seconds = (m_retryAt.remainingTime() + 999) / 1000;
    const QString retry =
        seconds > 0 ? tr("Retrying in %n s", nullptr, int(seconds)) : tr("Retrying now");
    const bool sentence = m_failure.endsWith(u'.') || m_failure.endsWith(u'?');
    m_health->setText(tr("%1%2 %3; the local line keeps going.")
                          .arg(m_failure, sentence ? QString() : QStringLiteral("."), retry));
}

void StatusBox::setTarget(const std::optional<pc::ScrapeTarget> &target, int targetCount)
{
    m_lastTarget = target;
    m_targetCount = targetCount;
    // Prometheus answers with targets, none of them this app: offer one that scrapes it.
    m_startOwn->setVisible(!target && targetCount > 0);
    m_targetKnown = true;
    if (m_failure.isEmpty() && m_asking)
        m_prometheusAnswers = true;
    if (target || targetCount > 0)
        m_noTargetsSince.invalidate();
    else if (!m_noTargetsSince.isValid())
        m_noTargetsSince.start();
    refreshTarget();
}

void StatusBox::showUnknownTarget(const QString &why)
{
    m_target->setStyleSheet(Unknown);
    m_target->setText(why);
}

void StatusBox::refreshTarget()
{
    if (!m_prometheusAnswers && m_failure.isEmpty() && !m_targetKnown)
        return;  // still "waiting for Prometheus…"
    if (!m_prometheusAnswers) {
        // The last answer may be minutes old: showing it green would claim a health we can't know.
        QString text = tr("unknown while Prometheus is not answering");
        if (m_targetKnown && m_lastTarget && m_lastTarget->lastScrape.isValid()) {
            text += tr(" (last seen %1, %2)")
                        .arg(m_lastTarget->health,
                             pc::DisplayFormat::age(m_lastTarget->lastScrape,
                                                    QDateTime::currentDateTimeUtc()));
        }
        showUnknownTarget(text);
        return;
    }
    if (!m_targetKnown)
        return;
    if (!m_lastTarget && m_targetCount == 0) {
        if (m_noTargetsSince.isValid() && m_noTargetsSince.elapsed() >= NoTargetsForGoodMs) {
            showUnknownTarget(
                tr("unknown: this server lists no scrape targets (it may be fed "
                   "by remote write or an agent)."));
        } else {
            showUnknownTarget(
                tr("Prometheus lists no targets yet (it loads them a few seconds "
                   "after it starts)."));
        }
        return;
    }
    if (!m_lastTarget) {
        m_target->setStyleSheet(Bad);
        m_target->setText(
            tr("Prometheus has no target scraping this app's metrics address; "
               "add it to prometheus.yml (job my_app)."));
        return;
    }
    const pc::ScrapeTarget &t = *m_lastTarget;
    const bool up = t.health == u"up";
    m_target->setStyleSheet(up ? Good : Bad);
    QString text = tr("%1 (job %2), last scrape %3")
                       .arg(t.health, t.job,
                            pc::DisplayFormat::age(t.lastScrape, QDateTime::currentDateTimeUtc()));
    if (!t.lastError.isEmpty())
        text += tr(": %1").arg(t.lastError);
    m_target->setText(text);
}

void StatusBox::offerMoveStoreAside(bool offer)
{
    m_moveStoreAside->setVisible(offer);
}

void StatusBox::showUrlToCopy(const QString &why, const QUrl &url)
{
    m_copyWhy->setText(why);
    m_copyUrl->setText(url.toString());
    m_copyWhy->show();
    m_copyUrl->show();
    m_copyUrl->selectAll();
}

}  // namespace pc::app
