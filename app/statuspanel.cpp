#include "statuspanel.h"

#include "displayformat.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {

QLabel *makeLine(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

const QString Good = QStringLiteral("color: #1b7f3b");
const QString Bad = QStringLiteral("color: #b00020");

}  // namespace

StatusPanel::StatusPanel(QWidget *parent) : QGroupBox(tr("Status"), parent)
{
    m_addresses = makeLine("addresses");
    m_source = makeLine("prometheusSource");
    m_health = makeLine("prometheusHealth");
    m_target = makeLine("scrapeTarget");
    m_target->setText(tr("waiting for Prometheus…"));
    m_copyWhy = makeLine("copyWhy");
    m_copyUrl = new QLineEdit;
    m_copyUrl->setObjectName(QStringLiteral("copyUrl"));
    m_copyUrl->setReadOnly(true);
    m_copyWhy->hide();
    m_copyUrl->hide();

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("Serving:"), m_addresses);
    layout->addRow(tr("Prometheus:"), m_source);
    layout->addRow(QString(), m_health);
    layout->addRow(tr("Scrape target:"), m_target);
    layout->addRow(m_copyWhy);
    layout->addRow(m_copyUrl);

    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &StatusPanel::refreshTarget);
    m_ageTimer->start();
}

void StatusPanel::setAddresses(const QUrl &service, const QUrl &metrics)
{
    m_addresses->setText(
        tr("demo service %1  ·  metrics %2").arg(service.toString(), metrics.toString()));
}

void StatusPanel::setSource(const QString &description)
{
    m_source->setText(description);
}

void StatusPanel::setPrometheusOk()
{
    m_health->setStyleSheet(Good);
    m_health->setText(tr("answering"));
}

void StatusPanel::setPrometheusFailure(const QString &message, std::chrono::milliseconds retryIn)
{
    m_health->setStyleSheet(Bad);
    m_health->setText(tr("%1 Retrying in %2 s; the local line keeps going.")
                          .arg(message)
                          .arg((retryIn.count() + 999) / 1000));
}

void StatusPanel::setTarget(const std::optional<pc::PromTarget> &target, int targetCount)
{
    m_lastTarget = target;
    m_targetCount = targetCount;
    m_targetKnown = true;
    refreshTarget();
}

void StatusPanel::refreshTarget()
{
    if (!m_targetKnown)
        return;
    if (!m_lastTarget && m_targetCount == 0) {
        m_target->setStyleSheet(QString());
        m_target->setText(
            tr("Prometheus lists no targets yet (it loads them a few seconds "
               "after it starts)."));
        return;
    }
    if (!m_lastTarget) {
        m_target->setStyleSheet(Bad);
        m_target->setText(
            tr("Prometheus has no target scraping this app's metrics address; "
               "add it to prometheus.yml (job my_app)."));
        return;
    }
    const pc::PromTarget &t = *m_lastTarget;
    const bool up = t.health == u"up";
    m_target->setStyleSheet(up ? Good : Bad);
    QString text = tr("%1 (job %2), last scrape %3")
                       .arg(t.health, t.job,
                            pc::DisplayFormat::age(t.lastScrape, QDateTime::currentDateTimeUtc()));
    if (!t.lastError.isEmpty())
        text += tr(": %1").arg(t.lastError);
    m_target->setText(text);
}

void StatusPanel::showUrlToCopy(const QString &why, const QUrl &url)
{
    m_copyWhy->setText(why);
    m_copyUrl->setText(url.toString());
    m_copyWhy->show();
    m_copyUrl->show();
    m_copyUrl->selectAll();
}
