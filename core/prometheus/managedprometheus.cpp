#include "managedprometheus.h"

#include "rulesfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

namespace pc {
namespace {

constexpr int PollIntervalMs = 200;
constexpr int PollTransferTimeoutMs = 1000;
// Prometheus closes its TSDB on SIGTERM; on a small head block that takes well under a second.
constexpr int TerminateGraceMs = 5000;
// When the app quits or restarts it, a clean shutdown spares the next start a replay of the
// write-ahead log; a small store closes in well under a second. A SIGKILL after this grace
// still loses nothing that reached the log.
constexpr int ResetGraceMs = 2000;
constexpr int LogLinesKept = 20;
constexpr int LogLinesReported = 4;
// prometheus.yml's rule_files, relative to it. The derived config keeps those lines, so each
// embedded file is written at the same relative path beside it.
const QLatin1String RuleFiles[] = {QLatin1String("resources/prometheus/rules.yml")};

QString durationText(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    return QString::number(ms) + u"ms";
}

QString listenAddress(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return host + u':' + QString::number(port);
}

// Prometheus's default 5 min lookback paints the last value over the minutes the app (or
// Prometheus) was away, so a restart never shows as the gap it is. Three scrapes, and three of
// the rules' evaluations (prometheus.yml: every 5 s), bridge a late scrape or rule and no more.
std::chrono::milliseconds lookbackDelta(const ManagedPrometheus::Options &options)
{
    constexpr std::chrono::milliseconds EvaluationInterval{5000};
    return 3 * std::max(options.scrapeInterval, EvaluationInterval);
}

quint16 pickFreePort(const QHostAddress &address)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

ManagedPrometheus::ManagedPrometheus(QObject *parent) : QObject(parent)
{
    m_pollTimer.setInterval(PollIntervalMs);
    m_readyTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(TerminateGraceMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ManagedPrometheus::pollReady);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        //: %1 is a URL, %2 a number of seconds, %3 the sentence that quotes Prometheus's last
        //: log lines, or nothing
        fail(tr("Prometheus did not become ready at %1 within %2 s.%3")
                 .arg(m_baseUrl.toString(),
                      QStringLiteral("%1").arg(double(m_options.readyTimeout.count()) / 1000.0),
                      lastLogLines()));
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

ManagedPrometheus::~ManagedPrometheus()
{
    resetProcess();
}

QString ManagedPrometheus::findBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("prometheus"));
}

QByteArray ManagedPrometheus::configTemplate()
{
    QFile file(QStringLiteral(":/prometheus.yml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<QByteArray> ManagedPrometheus::configFromTemplate(
    const QByteArray &templateYaml, const QString &metricsTarget,
    std::chrono::milliseconds scrapeInterval)
{
    // The target lands inside a quoted YAML string: allow nothing that could end it.
    static const QRegularExpression targetPattern(QStringLiteral(
        R"(^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):([0-9]{1,5})$)"));
    const QRegularExpressionMatch target = targetPattern.match(metricsTarget);
    if (!target.hasMatch())
        return std::nullopt;
    const int port = target.captured(1).toInt();
    if (port < 1 || port > 65535 || scrapeInterval.count() <= 0)
        return std::nullopt;

    static const QRegularExpression targetsLine(
        QStringLiteral(R"((-\s*targets:\s*\[\s*)'[^'\n]*'(\s*\]))"));
    static const QRegularExpression intervalLine(
        QStringLiteral(R"(^(\s*scrape_interval:[ \t]*)\S+)"), QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(templateYaml);
    auto countOf = [&text](const QRegularExpression &re) {
        int n = 0;
        for (auto it = re.globalMatch(text); it.hasNext(); it.next())
            ++n;
        return n;
    };
    // Exactly one of each, or the template changed shape and a blind edit could scrape the
    // wrong thing.
    if (countOf(targetsLine) != 1 || countOf(intervalLine) != 1)
        return std::nullopt;
    text.replace(targetsLine, QStringLiteral("\\1'") + metricsTarget + QStringLiteral("'\\2"));
    text.replace(intervalLine, QStringLiteral("\\1") + durationText(scrapeInterval));
    return QByteArrayLiteral(
               "# Written by Prom Companion from its prometheus.yml at every start of the managed "
               "Prometheus: edits here are lost.\n")
           + text.toUtf8();
}

QString ManagedPrometheus::writeRuleFiles(const QString &directory)
{
    for (const QLatin1String relative : RuleFiles) {
        QFile embedded(QStringLiteral(":/") + relative);
        if (!embedded.open(QIODevice::ReadOnly))
            //: %1 is a file name
            return tr("The alerting rules %1 embedded in the app are missing.").arg(relative);
        const QByteArray rules = embedded.readAll();
        const QString path = QDir(directory).filePath(relative);
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly)
            || file.write(rules) != rules.size() || !file.commit()) {
            //: %1 is a file path, %2 the system's reason
            return tr("Cannot write the alerting rules %1: %2.").arg(path, file.errorString());
        }
    }
    return {};
}

std::optional<QByteArray> ManagedPrometheus::configWithRuleFiles(const QByteArray &config,
                                                                 const QString &glob)
{
    static const QRegularExpression ruleFiles(QStringLiteral("^rule_files:[ \\t]*\\n"),
                                              QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(config);
    const QRegularExpressionMatch match = ruleFiles.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    // Single-quoted YAML: a quote is written twice, and nothing else is special.
    QString quoted = glob;
    quoted.replace(u'\'', QStringLiteral("''"));
    text.insert(match.capturedEnd(), QStringLiteral("  - '") + quoted + QStringLiteral("'\n"));
    return text.toUtf8();
}

bool ManagedPrometheus::reload()
{
    const qint64 pid = processId();
    if (pid <= 0 || m_state != State::Ready)
        return false;
    setAsideBrokenRules(m_process->program());
#ifdef Q_OS_LINUX
    return ::kill(pid_t(pid), SIGHUP) == 0;
#else
    return false;
#endif
}

void ManagedPrometheus::setAsideBrokenRules(const QString &binary)
{
    if (m_options.rulesDirectory.isEmpty())
        return;
    // promtool comes with prometheus: prefer the one beside the binary in use.
    QString promtool = QFileInfo(binary).dir().filePath(QStringLiteral("promtool"));
    if (!QFileInfo(promtool).isExecutable())
        promtool.clear();
    QStringList sentences;
    for (const RulesFolder::SetAside &moved :
         RulesFolder(m_options.rulesDirectory, promtool).setAsideBroken())
        sentences.append(RulesFolder::describe(moved));
    if (sentences.isEmpty())
        return;
    m_setAside += sentences;
    QMetaObject::invokeMethod(
        this, [this, sentences] { emit ruleFilesSetAside(sentences); }, Qt::QueuedConnection);
}

qint64 ManagedPrometheus::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

void ManagedPrometheus::start(const Options &options)
{
    resetProcess();
    m_options = options;
    m_baseUrl.clear();
    m_configPath.clear();
    m_stderrLines.clear();
    m_stderrPartial.clear();
    m_setAside.clear();
    m_storeProblem = PrometheusStore::Problem::None;

    const QString binary = options.binary.isEmpty() ? findBinary() : options.binary;
    QString error = checkBinaryAndAddress(binary);
    if (error.isEmpty())
        error = prepareDataDirectory();
    if (error.isEmpty())
        setAsideBrokenRules(binary);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    const quint16 port = options.port != 0 ? options.port : pickFreePort(options.address);
    if (port == 0) {
        //: %1 is an IP address
        fail(tr("Cannot find a free port for Prometheus on %1.").arg(options.address.toString()));
        return;
    }
    launch(binary, port);
}

QString ManagedPrometheus::checkBinaryAndAddress(const QString &binary) const
{
    if (binary.isEmpty()) {
        return tr(
            "Prometheus is not installed (no prometheus on PATH). Install it with "
            "`apt-get install prometheus`.");
    }
    if (!QFileInfo(binary).isExecutable()) {
        //: %1 is a file path
        return tr("Prometheus was not found at %1. Install it with `apt-get install "
                  "prometheus`, or give the path of its binary.")
            .arg(binary);
    }
    if (!m_options.address.isLoopback()) {
        //: %1 is an IP address
        return tr("The managed Prometheus listens on loopback only, not on %1.")
            .arg(m_options.address.toString());
    }
    return {};
}

QString ManagedPrometheus::prepareDataDirectory()
{
    const QByteArray templateYaml = configTemplate();
    std::optional<QByteArray> config =
        configFromTemplate(templateYaml, m_options.metricsTarget, m_options.scrapeInterval);
    if (config && !m_options.rulesDirectory.isEmpty()) {
        if (!QDir().mkpath(m_options.rulesDirectory)) {
            //: %1 is a directory path
            return tr("Cannot create the rules folder %1.")
                .arg(QDir::toNativeSeparators(m_options.rulesDirectory));
        }
        config = configWithRuleFiles(*config, RulesFolder::ruleFilesGlob(m_options.rulesDirectory));
    }
    if (!config) {
        return templateYaml.isEmpty()
                   ? tr("The prometheus.yml embedded in the app is missing.")
                   //: %1 is the scrape target as given
                   : tr("Cannot write a Prometheus config to scrape \"%1\": expected "
                        "host:port and a positive scrape interval.")
                         .arg(m_options.metricsTarget);
    }
    const QString directory = m_options.dataDirectory;
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        //: %1 is a directory path
        return tr("Cannot create the Prometheus data directory \"%1\".").arg(directory);
    }
    // The store is kept: the app's counters restart at zero with each run, which rate() and
    // increase() read as the counter resets they are.
    const QDir dataDir(directory);
    QSaveFile configFile(dataDir.filePath(QStringLiteral("prometheus.yml")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(*config) != config->size()
        || !configFile.commit()) {
        //: %1 is a file path, %2 the system's reason
        return tr("Cannot write the Prometheus config %1: %2.")
            .arg(configFile.fileName(), configFile.errorString());
    }
    m_configPath = configFile.fileName();
    return writeRuleFiles(directory);
}

void ManagedPrometheus::launch(const QString &binary, quint16 port)
{
    const Options &options = m_options;
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(options.address.toString());
    m_baseUrl.setPort(port);
    PromEndpoint endpoint;
    endpoint.baseUrl = m_baseUrl;
    endpoint.timeout = std::chrono::milliseconds(PollTransferTimeoutMs);
    m_client.setEndpoint(endpoint);

    m_process = new QProcess(this);
    m_process->setProgram(binary);
    m_process->setArguments({
        QStringLiteral("--config.file=") + m_configPath,
        QStringLiteral("--storage.tsdb.path=") + PrometheusStore::path(options.dataDirectory),
        QStringLiteral("--web.listen-address=") + listenAddress(options.address, port),
        QStringLiteral("--storage.tsdb.retention.time=")
            + QString::number(std::max<qint64>(1, options.retentionTime.count())) + u's',
        QStringLiteral("--storage.tsdb.retention.size=")
            + QString::number(std::max<qint64>(1, options.retentionSizeBytes)) + u'B',
        // Off by default in Prometheus 2.42: without it a second copy of the app would write
        // into the same store.
        QStringLiteral("--storage.tsdb.use-lockfile"),
        QStringLiteral("--query.lookback-delta=") + durationText(lookbackDelta(options)),
    });
    m_process->setWorkingDirectory(options.dataDirectory);
    m_process->setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Should the app die without running its destructors, the kernel still ends Prometheus.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardError, this,
            &ManagedPrometheus::readStandardError);
    connect(m_process, &QProcess::finished, this, &ManagedPrometheus::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ManagedPrometheus::onErrorOccurred);

    m_state = State::Starting;
    m_process->start();
    if (m_state == State::Starting) {
        m_pollTimer.start();
        m_readyTimer.start(options.readyTimeout);
    }
}

void ManagedPrometheus::stop()
{
    m_pollTimer.stop();
    m_readyTimer.stop();
    m_pending.reset();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        resetProcess();
        return;
    }
    m_state = State::Stopping;
    m_process->terminate();
    m_killTimer.start();
}

void ManagedPrometheus::fail(const QString &reason)
{
    m_state = State::Failed;
    m_baseUrl.clear();
    m_pollTimer.stop();
    m_readyTimer.stop();
    m_pending.reset();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_killTimer.start();
    }
    // Queued, so a failure found inside start() still reaches a slot connected after it.
    QMetaObject::invokeMethod(
        this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
}

void ManagedPrometheus::pollReady()
{
    if (m_pending || m_state != State::Starting)
        return;
    // Until it is ready, Prometheus refuses connections or answers 503: keep polling.
    ask(m_client.ready(), [this](const PromReply &reply) {
        if (reply.error() || !reply.isReady())
            return;
        // Something else on the port (the system's own Prometheus on 9090, say) may answer
        // before our child has died of "address in use": make sure the server runs with our
        // config.
        ask(m_client.flags(), [this](const PromReply &flags) {
            if (flags.error())
                return;
            if (flags.flags().value(QStringLiteral("config.file")) != m_configPath) {
                //: %1 is address:port
                fail(tr("Another server already answers on %1, so Prometheus cannot listen "
                        "there. Choose another port, or 0 to pick a free one.")
                         .arg(listenAddress(m_options.address, quint16(m_baseUrl.port()))));
                return;
            }
            m_state = State::Ready;
            m_pollTimer.stop();
            m_readyTimer.stop();
            emit ready(m_baseUrl);
        });
    });
}

void ManagedPrometheus::ask(PromReplyPtr reply, std::function<void(const PromReply &)> handler)
{
    m_pending = std::move(reply);
    connect(m_pending.get(), &PromReply::finished, this, [this, handler = std::move(handler)] {
        const PromReplyPtr reply = std::move(m_pending);
        if (m_state == State::Starting)
            handler(*reply);
    });
}

void ManagedPrometheus::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readStandardError();
    m_killTimer.stop();
    const State was = m_state;
    m_process->deleteLater();
    m_process = nullptr;
    if (was == State::Stopping || was == State::NotRunning) {
        m_state = State::NotRunning;
        m_baseUrl.clear();
        emit stopped();
        return;
    }
    if (was == State::Failed)
        return;

    const bool crashed = status == QProcess::CrashExit;
    const bool inUse = m_stderrLines.join(u'\n').contains(QLatin1String("address already in use"),
                                                          Qt::CaseInsensitive);
    if (was == State::Ready) {
        m_state = State::NotRunning;
        m_baseUrl.clear();
        //: How Prometheus stopped, put in brackets in a longer sentence
        emit stoppedUnexpectedly(crashed ? tr("crashed")
                                         //: How Prometheus stopped, put in brackets in a longer
                                         //: sentence; %1 is an exit code
                                         : tr("exited with code %1").arg(exitCode));
        return;
    }
    if (was == State::Starting && inUse) {
        //: %1 is address:port, %2 the sentence that quotes Prometheus's last log lines, or
        //: nothing
        fail(tr("Prometheus could not listen on %1: the port is already in use. Choose "
                "another port, or 0 to pick a free one.%2")
                 .arg(listenAddress(m_options.address, quint16(m_baseUrl.port())), lastLogLines()));
        return;
    }
    fail(earlyExitReason(exitCode, crashed));
}

QString ManagedPrometheus::earlyExitReason(int exitCode, bool crashed)
{
    m_storeProblem = PrometheusStore::classify(m_stderrLines);
    const QString store = QDir::toNativeSeparators(PrometheusStore::path(m_options.dataDirectory));
    QString why;
    if (m_storeProblem == PrometheusStore::Problem::Locked) {
        //: Follows "Prometheus exited … before it was ready"; %1 is a directory path
        why = tr(": its store %1 is locked by another Prometheus (another copy of Prom "
                 "Companion?). Nothing was deleted: quit the other copy, or move the store "
                 "aside to start with an empty one.")
                  .arg(store);
    } else if (m_storeProblem == PrometheusStore::Problem::Broken) {
        //: Follows "Prometheus exited … before it was ready"; %1 is a directory path
        why = tr(": it cannot open its store %1. Nothing was deleted: move the store aside to "
                 "start with an empty one.")
                  .arg(store);
    } else {
        why = QStringLiteral(".");
    }
    if (crashed) {
        //: %1 says why (": it cannot open its store …", or a full stop), %2 the sentence that
        //: quotes Prometheus's last log lines, or nothing
        return tr("Prometheus crashed before it was ready%1%2").arg(why, lastLogLines());
    }
    //: %1 is an exit code, %2 says why (": it cannot open its store …", or a full stop), %3
    //: the sentence that quotes Prometheus's last log lines, or nothing
    return tr("Prometheus exited with code %1 before it was ready%2%3")
        .arg(QString::number(exitCode), why, lastLogLines());
}

void ManagedPrometheus::onErrorOccurred(QProcess::ProcessError error)
{
    // Every other error is followed by finished(), which reports it with the log lines.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    //: %1 is a file path, %2 the system's reason
    const QString reason = tr("Cannot run Prometheus (%1): %2. Install it with `apt-get install "
                              "prometheus`, or give the path of its binary.")
                               .arg(m_process->program(), m_process->errorString());
    m_process->deleteLater();
    m_process = nullptr;
    fail(reason);
}

void ManagedPrometheus::readStandardError()
{
    if (!m_process)
        return;
    m_stderrPartial += m_process->readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrPartial.indexOf('\n')) >= 0) {
        const QByteArray line = m_stderrPartial.left(newline).trimmed();
        m_stderrPartial.remove(0, newline + 1);
        if (!line.isEmpty())
            m_stderrLines.append(QString::fromUtf8(line));
    }
    while (m_stderrLines.size() > LogLinesKept)
        m_stderrLines.removeFirst();
}

QString ManagedPrometheus::lastLogLines() const
{
    QStringList lines = m_stderrLines;
    if (!m_stderrPartial.trimmed().isEmpty())
        lines.append(QString::fromUtf8(m_stderrPartial.trimmed()));
    if (lines.isEmpty())
        return {};
    //: Follows a sentence about Prometheus failing; %1 is its log lines, one per line
    return u' '
           + tr("Its last log lines:\n%1")
                 .arg(lines.mid(std::max<qsizetype>(0, lines.size() - LogLinesReported))
                          .join(u'\n'));
}

void ManagedPrometheus::resetProcess()
{
    m_pollTimer.stop();
    m_readyTimer.stop();
    m_killTimer.stop();
    m_pending.reset();
    if (m_process) {
        // Synchronous on purpose: this runs from the destructor and from a restart, where the
        // old process must be gone before anything else uses its port and its data directory.
        disconnect(m_process, nullptr, this, nullptr);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(ResetGraceMs)) {
                m_process->kill();
                m_process->waitForFinished(1000);
            }
        }
        delete m_process;
        m_process = nullptr;
    }
    m_state = State::NotRunning;
}

}  // namespace pc
