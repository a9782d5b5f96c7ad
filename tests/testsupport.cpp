#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace pc::test {

bool staysTrue(const std::function<bool()> &condition, std::chrono::milliseconds duration)
{
    QElapsedTimer clock;
    clock.start();
    while (condition()) {
        if (clock.elapsed() >= duration.count())
            return true;
        QTest::qWait(10);
    }
    return false;
}

QByteArray rawExchange(quint16 port, const QByteArray &request, std::chrono::milliseconds timeout)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(int(timeout.count())))
        return {};
    socket.write(request);
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeout.count()) {
        const int left = int(timeout.count() - clock.elapsed());
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(std::max(1, left))) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

double sumSamples(const QByteArray &exposition, const QByteArray &name)
{
    double sum = 0;
    for (const QByteArray &line : exposition.split('\n')) {
        if (!line.startsWith(name))
            continue;
        const char next = line.size() > name.size() ? line.at(name.size()) : '\0';
        if (next != '{' && next != ' ')
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        sum += line.mid(space + 1).toDouble();
    }
    return sum;
}

static QString findTool(const char *configured, const char *name)
{
    QString path = QString::fromUtf8(configured);
    if (!path.isEmpty() && QFileInfo(path).isExecutable())
        return path;
    return QStandardPaths::findExecutable(QString::fromUtf8(name));
}

QString promtoolPath()
{
    return findTool(PC_PROMTOOL, "promtool");
}

QString prometheusPath()
{
    return findTool(PC_PROMETHEUS, "prometheus");
}

QString victoriaMetricsPath()
{
    return findTool(PC_VICTORIA_METRICS, "victoria-metrics");
}

QString installHint()
{
    return QStringLiteral("promtool/prometheus not found: apt-get install prometheus");
}

ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QByteArray &input, std::chrono::milliseconds timeout)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-1, process.errorString().toUtf8()};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAll() + "\n(timed out)"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

ManagedPrometheus::Options managedPrometheusOptions(const QString &metricsTarget,
                                                    const QString &dataDirectory)
{
    ManagedPrometheus::Options options;
    options.binary = prometheusPath();
    options.metricsTarget = metricsTarget;
    options.scrapeInterval = std::chrono::seconds(1);
    options.dataDirectory = dataDirectory;
    return options;
}

static QString stateName(ManagedPrometheus::State state)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<ManagedPrometheus::State>().valueToKey(int(state)));
}

QString startManagedPrometheus(ManagedPrometheus &prometheus,
                               const ManagedPrometheus::Options &options,
                               std::chrono::milliseconds timeout)
{
    QSignalSpy ready(&prometheus, &ManagedPrometheus::ready);
    QSignalSpy failed(&prometheus, &ManagedPrometheus::failed);
    prometheus.start(options);
    const ManagedPrometheus::State afterStart = prometheus.state();
    const bool answered = QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); },
                                          int(timeout.count()));
    if (!failed.isEmpty())
        return failed.at(0).at(0).toString();
    if (!answered) {
        return QStringLiteral("Prometheus was neither ready nor failed after %1 ms")
            .arg(timeout.count());
    }
    if (afterStart != ManagedPrometheus::State::Starting)
        return QStringLiteral("start() left it %1, not Starting").arg(stateName(afterStart));
    if (prometheus.state() != ManagedPrometheus::State::Ready)
        return QStringLiteral("ready() came, but it is %1").arg(stateName(prometheus.state()));
    return {};
}

VictoriaMetrics::~VictoriaMetrics()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

bool VictoriaMetrics::start(const QString &target, const Options &options, QString *error)
{
    const QString binary = victoriaMetricsPath();
    if (binary.isEmpty()) {
        *error = QStringLiteral("victoria-metrics not found: apt-get install victoria-metrics");
        return false;
    }
    QFile config(m_dir.filePath(QStringLiteral("scrape.yml")));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = config.errorString();
        return false;
    }
    config.write(
        "global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: my_app\n"
        "    static_configs:\n      - targets: ['"
        + target.toUtf8() + "']\n");
    config.close();
    m_port = freePort();
    m_prefix = options.pathPrefix;
    QStringList arguments = {
        QStringLiteral("-storageDataPath=") + m_dir.filePath(QStringLiteral("data")),
        QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_port),
        QStringLiteral("-promscrape.config=") + config.fileName(),
        // Its default 30 s would hold back the newest samples the tests wait for.
        QStringLiteral("-search.latencyOffset=0s"),
        QStringLiteral("-search.disableCache"),
    };
    if (!m_prefix.isEmpty())
        arguments.append(QStringLiteral("-http.pathPrefix=") + m_prefix);
    if (!options.username.isEmpty()) {
        arguments.append(QStringLiteral("-httpAuth.username=") + options.username);
        arguments.append(QStringLiteral("-httpAuth.password=") + options.password);
    }
    m_process.setProgram(binary);
    m_process.setArguments(arguments);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return true;
}

QUrl VictoriaMetrics::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + m_prefix);
}

}  // namespace pc::test
