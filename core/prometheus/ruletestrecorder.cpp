#include "ruletestrecorder.h"

#include "promclient.h"
#include "rulesfolder.h"
#include "ruleyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace pc {

namespace {

constexpr int PromtoolTimeoutMs = 60000;
constexpr int MinStableSlots = 3;
constexpr int MaxChecks = 20;

// A series as PromQL writes it, the form promtool's input_series reads.
QString seriesText(const QMap<QString, QString> &labels)
{
    QStringList matchers;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() == QLatin1String("__name__"))
            continue;
        QString value = it.value();
        value.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"));
        matchers.append(it.key() + QStringLiteral("=\"") + value + u'"');
    }
    return labels.value(QStringLiteral("__name__")) + u'{' + matchers.join(QStringLiteral(", "))
           + u'}';
}

// The series' own spacing: the median gap between consecutive samples, whole seconds.
qint64 scrapeIntervalMs(const QList<PromSeries> &series)
{
    QList<qint64> gaps;
    for (const PromSeries &s : series) {
        for (qsizetype i = 1; i < s.samples.size(); ++i)
            gaps.append(s.samples[i].timestampMs - s.samples[i - 1].timestampMs);
    }
    if (gaps.isEmpty())
        return 0;
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    return std::max<qint64>(1, std::llround(double(gaps[gaps.size() / 2]) / 1000.0)) * 1000;
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return {};
    //: %1 is a file path, %2 the system's reason
    return QCoreApplication::translate("pc::RuleTestRecorder", "Cannot write %1: %2.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

}  // namespace

RuleTestRecorder::RuleTestRecorder(PromClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void RuleTestRecorder::start(const Request &request)
{
    m_request = request;
    m_pending.clear();
    m_condition.reset();
    m_series.clear();
    if (const QString problem = request.rule.problem(); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    const QStringList selectors = promqlSelectors(request.rule.expr);
    const qint64 window = request.from.secsTo(request.to);
    if (selectors.isEmpty() || window < 1) {
        fail(QCoreApplication::translate(
            "pc::RuleTestRecorder",
            "Nothing to record: the expression reads no series, or the window is empty."));
        return;
    }
    for (const QString &selector : selectors) {
        m_pending.push_back(m_client->query(
            selector + u'[' + QString::number(window) + QStringLiteral("s]"), request.to));
        PromReply *reply = m_pending.back().get();
        connect(reply, &PromReply::finished, this, [this, reply] {
            if (reply->error()) {
                fail(reply->error()->message);
                return;
            }
            m_series += reply->queryResult().series;
            m_pending.erase(
                std::remove_if(m_pending.begin(), m_pending.end(),
                               [reply](const PromReplyPtr &p) { return p.get() == reply; }),
                m_pending.end());
            if (m_pending.empty())
                askCondition();
        });
    }
}

void RuleTestRecorder::askCondition()
{
    m_intervalMs = scrapeIntervalMs(m_series);
    if (m_intervalMs <= 0) {
        //: %1 is a PromQL expression
        fail(QCoreApplication::translate("pc::RuleTestRecorder",
                                         "Prometheus recorded too few samples of the series "
                                         "%1 reads over the window to make a test of.")
                 .arg(m_request.rule.expr));
        return;
    }
    m_startMs = m_request.to.toMSecsSinceEpoch();
    for (const PromSeries &s : std::as_const(m_series)) {
        if (!s.samples.isEmpty())
            m_startMs = std::min(m_startMs, s.samples.first().timestampMs);
    }
    m_slotCount = int((m_request.to.toMSecsSinceEpoch() - m_startMs) / m_intervalMs) + 1;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
    const QDateTime end = start.addMSecs(qint64(m_slotCount - 1) * m_intervalMs);
    m_condition = m_client->queryRange(m_request.rule.conditionExpr(), start, end,
                                       std::chrono::seconds(m_intervalMs / 1000));
    connect(m_condition.get(), &PromReply::finished, this, [this] {
        const PromReplyPtr reply = std::move(m_condition);
        if (reply->error())
            fail(reply->error()->message);
        else
            write(reply->queryResult());
    });
}

QList<int> RuleTestRecorder::checkSlots(const PromQueryResult &condition,
                                        const QMap<QString, QString> &extra) const
{
    // The middle of each stretch where the alerts stay the same: a check right where they
    // change would depend on where promtool's even grid falls between the real scrapes.
    const std::chrono::seconds interval(m_intervalMs / 1000);
    QList<int> chosen;
    int runStart = 0;
    QList<QMap<QString, QString>> runState;
    for (int slot = 0; slot <= m_slotCount; ++slot) {
        const bool end = slot == m_slotCount;
        const auto state = end ? QList<QMap<QString, QString>>()
                               : firingAt(condition, m_startMs + qint64(slot) * m_intervalMs,
                                          interval, m_request.rule.forDuration, extra);
        if (slot == 0) {
            runState = state;
            continue;
        }
        if (end || state != runState) {
            if (slot - runStart >= MinStableSlots && chosen.size() < MaxChecks)
                chosen.append(runStart + (slot - runStart) / 2);
            runStart = slot;
            runState = state;
        }
    }
    if (chosen.isEmpty())
        chosen.append(m_slotCount - 1);
    return chosen;
}

void RuleTestRecorder::write(const PromQueryResult &condition)
{
    const AlertRule &rule = m_request.rule;
    const QString stem = !m_request.stem.isEmpty() ? m_request.stem
                         : !rule.id.isEmpty()      ? rule.id
                                                   : QStringLiteral("rule");
    const std::chrono::seconds interval(m_intervalMs / 1000);
    RuleTest test;
    test.ruleFile = stem + QStringLiteral(".test-rule.yml");
    test.interval = interval;
    test.alertName = rule.name;
    for (const PromSeries &s : std::as_const(m_series))
        test.inputs.append({seriesText(s.labels),
                            promtoolValues(s.samples, m_startMs, m_intervalMs, m_slotCount)});
    QMap<QString, QString> extra;
    if (!rule.severity.isEmpty())
        extra.insert(QStringLiteral("severity"), rule.severity);
    Result result;
    for (const int slot : checkSlots(condition, extra)) {
        const qint64 evalMs = m_startMs + qint64(slot) * m_intervalMs;
        test.checks.append(
            {slot * interval, firingAt(condition, evalMs, interval, rule.forDuration, extra)});
        result.firingChecks += test.checks.last().firingLabels.isEmpty() ? 0 : 1;
        ++result.checks;
    }
    const QDir dir(m_request.directory);
    result.testFile = dir.filePath(stem + QStringLiteral("_test.yml"));
    for (const auto &[path, data] :
         {std::pair{dir.filePath(stem + QStringLiteral(".yml")),
                    ruleFileYaml(rule, RuleFileKind::Export)},
          std::pair{dir.filePath(test.ruleFile), ruleFileYaml(rule, RuleFileKind::TestCopy)},
          std::pair{result.testFile, ruleTestYaml(test)}}) {
        if (const QString error = writeFile(path, data); !error.isEmpty()) {
            fail(error);
            return;
        }
    }
    const QString promtool =
        m_request.promtool.isEmpty() ? RulesFolder::findPromtool() : m_request.promtool;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_request.directory);
    process.start(promtool, {QStringLiteral("test"), QStringLiteral("rules"), result.testFile});
    if (!process.waitForFinished(PromtoolTimeoutMs))
        process.kill();
    result.output = QString::fromUtf8(process.readAll()).trimmed();
    if (process.error() == QProcess::FailedToStart)
        //: %1 is the system's reason
        result.output =
            QCoreApplication::translate("pc::RuleTestRecorder", "promtool could not run: %1.")
                .arg(process.errorString());
    result.passed = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                    && process.error() != QProcess::FailedToStart;
    emit finished(result);
}

void RuleTestRecorder::fail(const QString &error)
{
    m_pending.clear();
    m_condition.reset();
    Result result;
    result.error = error;
    // Queued: a failure found inside start() still reaches a slot connected after it.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

}  // namespace pc
