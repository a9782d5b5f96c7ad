#include "scrapetargetwatcher.h"

#include "prometheus/promclient.h"

#include <QHostAddress>

namespace pc {
namespace {

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

}  // namespace

ScrapeTargetWatcher::ScrapeTargetWatcher(PromClient *client, const QUrl &metricsUrl,
                                         QObject *parent)
    : QObject(parent), m_client(client), m_metricsUrl(metricsUrl), m_timer(this)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &ScrapeTargetWatcher::checkNow);
}

void ScrapeTargetWatcher::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_timer.start();
        checkNow();
    } else {
        m_timer.stop();
        m_reply.reset();
    }
}

void ScrapeTargetWatcher::checkNow()
{
    if (!m_enabled || m_reply)
        return;
    m_reply = m_client->targets();
    connect(m_reply.get(), &PromReply::finished, this, &ScrapeTargetWatcher::onFinished);
}

void ScrapeTargetWatcher::onFinished()
{
    const PromReplyPtr reply = std::move(m_reply);
    if (reply->error())
        return;  // the queries' failures tell the same story
    const QList<ScrapeTarget> targets = reply->targets();
    const std::optional<ScrapeTarget> found = targetScraping(targets, m_metricsUrl);
    // Points finer than the scrape interval only repeat one another.
    if (found && found->scrapeInterval.count() > 0) {
        const auto interval =
            std::max(std::chrono::seconds(1),
                     std::chrono::ceil<std::chrono::seconds>(found->scrapeInterval));
        if (interval != m_scrapeInterval) {
            m_scrapeInterval = interval;
            emit scrapeIntervalChanged(interval);
        }
    }
    if (found && found->instance != m_ownInstance) {
        m_ownInstance = found->instance;
        emit ownInstanceChanged(m_ownInstance);
    }
    emit targetUpdated(found, int(targets.size()));
}

QString ScrapeTargetWatcher::ownSeriesSelector() const
{
    if (!m_ownInstance.isEmpty()) {
        QString value = m_ownInstance;
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return QStringLiteral("instance=\"%1\"").arg(value);
    }
    if (m_metricsUrl.port() <= 0)
        return {};
    return QStringLiteral("instance=~\".+:%1\"").arg(m_metricsUrl.port());
}

std::optional<ScrapeTarget> ScrapeTargetWatcher::targetScraping(const QList<ScrapeTarget> &targets,
                                                                const QUrl &metricsUrl)
{
    for (const ScrapeTarget &target : targets) {
        const QUrl scrape(target.scrapeUrl);
        if (scrape.port() == metricsUrl.port() && scrape.path() == metricsUrl.path()
            && (scrape.host() == metricsUrl.host()
                || (isLoopbackHost(scrape.host()) && isLoopbackHost(metricsUrl.host()))))
            return target;
    }
    return std::nullopt;
}

}  // namespace pc
