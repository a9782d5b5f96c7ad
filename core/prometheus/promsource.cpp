#include "promsource.h"

#include "format/redactedurl.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QDateTime>

#include <utility>

namespace pc {
namespace {

// A Prometheus that ran this long before it stopped counts as a fresh start, not a crash loop.
constexpr qint64 StableRunMs = 60'000;

}  // namespace

PromSource::PromSource(PromClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_managed(new ManagedPrometheus(this))
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] {
        ++m_starts;
        startManaged(m_managedPort);
    });
    connect(m_managed, &ManagedPrometheus::stoppedUnexpectedly, this,
            &PromSource::onManagedStopped);
    connect(m_managed, &ManagedPrometheus::ready, this, [this](const QUrl &baseUrl) {
        PromEndpoint endpoint = m_options.endpoint;
        endpoint.baseUrl = baseUrl;
        m_client->setEndpoint(endpoint);
        m_managedPort = quint16(baseUrl.port());
        m_upSince.start();
        //: %1 is a URL, %2 a process id
        set(Kind::Managed, tr("Prometheus started by Prom Companion at %1 (pid %2)")
                               .arg(baseUrl.toString(), QString::number(m_managed->processId())));
    });
    connect(m_managed, &ManagedPrometheus::stopped, this, [this] {
        if (auto then = std::exchange(m_afterStop, nullptr))
            then();
    });
    connect(m_managed, &ManagedPrometheus::failed, this, [this](const QString &reason) {
        // Port 9090 may be held by something that is not Prometheus: try any free port once.
        // A refused store is refused on any port.
        if (m_kind == Kind::StartingManaged && !m_triedFreePort && m_options.managedPort != 0
            && m_managed->storeProblem() == PrometheusStore::Problem::None) {
            m_triedFreePort = true;
            startManaged(0);
            return;
        }
        //: %1 is a sentence that says why, ending with a full stop
        set(Kind::Unavailable,
            (m_starts > 1 ? tr("Could not restart the Prometheus started by Prom Companion: %1 "
                               "Charting the local counter only.")
                          //: %1 is a sentence that says why, ending with a full stop
                          : tr("Could not start a Prometheus: %1 Charting the local counter "
                               "only."))
                .arg(reason));
    });
}

bool PromSource::isDefaultUrl(const QUrl &url)
{
    return url.scheme() == u"http" && url.host() == u"localhost" && url.port() == 9090
           && (url.path().isEmpty() || url.path() == u"/") && url.userInfo().isEmpty();
}

void PromSource::start(const Options &options)
{
    m_options = options;
    m_triedFreePort = false;
    m_starts = 0;
    m_restartTimer.stop();
    m_client->setEndpoint(options.endpoint);
    set(Kind::Probing,
        //: %1 is a URL
        tr("Looking for Prometheus at %1\u2026").arg(redactedUrl(options.endpoint.baseUrl)));
    m_probe = m_client->ready();
    connect(m_probe.get(), &PromReply::finished, this, &PromSource::onProbed);
}

void PromSource::onProbed()
{
    const PromReplyPtr probe = std::move(m_probe);
    if (!probe->error()) {
        // Answering at all, even "not ready yet", means a Prometheus is there.
        //: Which Prometheus the chart uses; %1 is a URL
        set(Kind::External, tr("Prometheus at %1").arg(redactedUrl(m_options.endpoint.baseUrl)));
        return;
    }
    const bool canManage =
        m_options.allowManaged && probe->error()->kind == PromError::Kind::Unreachable;
    if (!canManage) {
        // The chart feed goes on asking, and its health line says why it fails: the sentence
        // is not repeated here.
        //: Which Prometheus the chart uses; %1 is a URL
        set(Kind::Unavailable, tr("Prometheus at %1").arg(redactedUrl(m_options.endpoint.baseUrl)));
        return;
    }
    if (m_options.binary.isEmpty() && ManagedPrometheus::findBinary().isEmpty()) {
        set(Kind::Unavailable,
            //: %1 is a URL
            tr("Nothing answers at %1, and no Prometheus is installed to start (apt-get install "
               "prometheus). Charting the local counter only.")
                .arg(redactedUrl(m_options.endpoint.baseUrl)));
        return;
    }
    m_starts = 1;
    startManaged(m_options.managedPort);
}

void PromSource::onManagedStopped(const QString &how)
{
    if (m_upSince.isValid() && m_upSince.elapsed() >= StableRunMs)
        m_starts = 1;
    if (m_starts >= MaxManagedStarts) {
        set(Kind::Unavailable,
            //: %1 says how it stopped ("crashed", "exited with code 2"), %2 is a count
            tr("Prometheus (started by Prom Companion) stopped unexpectedly (%1) %2 times in a "
               "row; it is not restarted again. Charting the local counter only.")
                .arg(how, QString::number(m_starts)));
        return;
    }
    const int delayMs = 1000 << (m_starts - 1);
    set(Kind::StartingManaged,
        //: %1 says how it stopped ("crashed", "exited with code 2"), %2 and %3 are counts
        tr("Prometheus (started by Prom Companion) stopped unexpectedly (%1); restarting it "
           "(attempt %2 of %3)")
            .arg(how, QString::number(m_starts + 1), QString::number(MaxManagedStarts)));
    m_restartTimer.start(delayMs);
}

void PromSource::startOwn()
{
    if (m_kind == Kind::StartingManaged || m_kind == Kind::Managed)
        return;
    if (m_options.binary.isEmpty() && ManagedPrometheus::findBinary().isEmpty()) {
        //: Follows the sentence that says which Prometheus is in use
        set(m_kind, m_description % u' '
                        % tr("No Prometheus is installed to start one of this app's own (apt-get "
                             "install prometheus)."));
        return;
    }
    // The Prometheus in use keeps its port: ours takes any free one.
    m_triedFreePort = true;
    m_starts = 1;
    set(Kind::StartingManaged,
        //: %1 is a URL
        tr("Starting a Prometheus of this app's own on a free port, since the one at %1 does "
           "not scrape it\u2026")
            .arg(redactedUrl(m_options.endpoint.baseUrl)));
    startManaged(0);
}

void PromSource::startManaged(quint16 port)
{
    ManagedPrometheus::Options managed;
    managed.binary = m_options.binary;
    managed.port = port;
    managed.metricsTarget = m_options.metricsTarget;
    managed.scrapeInterval = m_options.scrapeInterval;
    managed.dataDirectory = m_options.dataDirectory;
    managed.retentionTime = m_options.retentionTime;
    managed.retentionSizeBytes = m_options.retentionSizeBytes;
    managed.rulesDirectory = m_options.rulesDirectory;
    // A restart, or a start asked for by the user, keeps the sentence that says why.
    if (m_starts <= 1 && m_kind != Kind::StartingManaged) {
        set(Kind::StartingManaged,
            //: %1 is a URL
            tr("Nothing answers at %1: starting a Prometheus of our own\u2026")
                .arg(redactedUrl(m_options.endpoint.baseUrl)));
    }
    m_managed->start(managed);
}

bool PromSource::hasManagedStore() const
{
    return !m_options.dataDirectory.isEmpty()
           && (m_kind == Kind::Managed
               || m_kind == Kind::StartingManaged
               // A locked store is another copy's, live: never delete it under it.
               || storeProblem() == PrometheusStore::Problem::Broken);
}

QString PromSource::storePath() const
{
    return PrometheusStore::path(m_options.dataDirectory);
}

qint64 PromSource::storeSize() const
{
    return PrometheusStore::sizeOnDisk(m_options.dataDirectory);
}

PrometheusStore::Problem PromSource::storeProblem() const
{
    return m_kind == Kind::Unavailable ? m_managed->storeProblem() : PrometheusStore::Problem::None;
}

void PromSource::clearHistory()
{
    if (!hasManagedStore())
        return;
    const QString directory = m_options.dataDirectory;
    restartWithStore(tr("Clearing the history of the Prometheus started by Prom Companion\u2026"),
                     [directory] { return PrometheusStore::clear(directory); });
}

void PromSource::moveStoreAside()
{
    if (storeProblem() == PrometheusStore::Problem::None)
        return;
    const QString directory = m_options.dataDirectory;
    restartWithStore(tr("Moving the refused Prometheus store aside and starting with an empty "
                        "one\u2026"),
                     [this, directory] {
                         QString error;
                         const auto movedTo = PrometheusStore::moveAside(
                             directory, QDateTime::currentDateTimeUtc(), &error);
                         if (movedTo)
                             m_movedAsideTo = *movedTo;
                         return error;
                     });
}

void PromSource::restartWithStore(const QString &doing, std::function<QString()> change)
{
    m_restartTimer.stop();
    set(Kind::StartingManaged, doing);
    m_afterStop = [this, change = std::move(change)] {
        const QString error = change();
        if (!error.isEmpty()) {
            set(Kind::Unavailable, error);
            return;
        }
        m_starts = 1;
        // The port it last had, or the first choice when it never got that far.
        const quint16 port = m_managedPort != 0 ? m_managedPort : m_options.managedPort;
        m_triedFreePort = port == 0;
        startManaged(port);
    };
    const ManagedPrometheus::State state = m_managed->state();
    if (state == ManagedPrometheus::State::Ready || state == ManagedPrometheus::State::Starting
        || state == ManagedPrometheus::State::Stopping) {
        m_managed->stop();
        // stopped() runs the change once the process is gone, unless it was gone already.
        if (m_managed->state() == ManagedPrometheus::State::Stopping)
            return;
    }
    std::exchange(m_afterStop, nullptr)();
}

void PromSource::set(Kind kind, const QString &description)
{
    m_kind = kind;
    m_description = description;
    emit changed();
}

}  // namespace pc
