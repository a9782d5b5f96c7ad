#include "rulesfolder.h"

#include "ruleyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <utility>

namespace pc {

namespace {

constexpr int PromtoolTimeoutMs = 30000;
constexpr int IdMaxLength = 40;

QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return {};
    //: %1 is a file path, %2 the system's reason
    return QCoreApplication::translate("pc::RulesFolder", "Cannot write %1: %2.")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

// The part of promtool's output that says what is wrong, without its "Checking <file>" lines.
QString promtoolMessage(const QByteArray &output)
{
    QStringList kept;
    for (const QString &line : QString::fromUtf8(output).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("Checking "))
            && trimmed != QLatin1String("FAILED:"))
            kept.append(trimmed);
    }
    return kept.join(u'\n');
}

}  // namespace

RulesFolder::RulesFolder(QString directory, QString promtool)
    : m_directory(std::move(directory)),
      m_promtool(promtool.isEmpty() ? findPromtool() : std::move(promtool))
{
}

QString RulesFolder::findPromtool()
{
    return QStandardPaths::findExecutable(QStringLiteral("promtool"));
}

QString RulesFolder::yamlPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".yml"));
}

QString RulesFolder::recordPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

QString RulesFolder::ruleFilesGlob(const QString &directory)
{
    // Prometheus expands rule_files with Go's filepath.Glob, where a backslash escapes.
    QString escaped;
    for (const QChar c : QDir(directory).absolutePath()) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return escaped + QStringLiteral("/*.yml");
}

RulesFolder::Listing RulesFolder::load() const
{
    Listing listing;
    const QDir dir(m_directory);
    const QStringList records = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &entry : records) {
        QFile file(dir.filePath(entry));
        QString why;
        std::optional<AlertRule> rule;
        if (!file.open(QIODevice::ReadOnly)) {
            why = file.errorString();
        } else {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
            if (!document.isObject())
                why = error.errorString();
            else
                rule = AlertRule::fromJson(document.object(), &why);
        }
        if (!rule) {
            //: %1 is a file path, %2 why it cannot be read
            listing.problems.append(
                QCoreApplication::translate("pc::RulesFolder",
                                            "The rule record %1 cannot be read (%2); it is "
                                            "left as it is.")
                    .arg(QDir::toNativeSeparators(file.fileName()), why));
            continue;
        }
        rule->id = QFileInfo(entry).completeBaseName();
        listing.rules.append(*rule);
    }
    std::sort(listing.rules.begin(), listing.rules.end(),
              [](const AlertRule &a, const AlertRule &b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return listing;
}

std::optional<QString> RulesFolder::check(const QStringList &files) const
{
    if (m_promtool.isEmpty())
        return QCoreApplication::translate(
            "pc::RulesFolder",
            "promtool is not installed, so the rule cannot be checked. Install it "
            "with `apt-get install prometheus`.");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_promtool,
                  QStringList{QStringLiteral("check"), QStringLiteral("rules")} + files);
    if (!process.waitForFinished(PromtoolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        //: %1 is the path of promtool, %2 the system's reason
        return QCoreApplication::translate("pc::RulesFolder", "promtool (%1) did not finish: %2.")
            .arg(m_promtool, process.errorString());
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return std::nullopt;
    const QString message = promtoolMessage(process.readAll());
    return message.isEmpty() ? QCoreApplication::translate(
               "pc::RulesFolder", "promtool rejected the rule without saying why.")
                             : message;
}

QString RulesFolder::save(AlertRule &rule) const
{
    if (QString problem = rule.problem(); !problem.isEmpty())
        return problem;
    if (!QDir().mkpath(m_directory)) {
        //: %1 is a directory path
        return QCoreApplication::translate("pc::RulesFolder", "Cannot create the rules folder %1.")
            .arg(QDir::toNativeSeparators(m_directory));
    }
    AlertRule saved = rule;
    if (saved.id.isEmpty())
        saved.id = newId(saved.name);
    const QByteArray yaml = ruleFileYaml(saved);

    // Checked where Prometheus cannot see it, so a rule promtool rejects is never loaded.
    QTemporaryDir scratch;
    const QString candidate = scratch.filePath(saved.id + QStringLiteral(".yml"));
    if (!scratch.isValid())
        return QCoreApplication::translate(
            "pc::RulesFolder", "Cannot create a temporary folder to check the rule in.");
    if (QString error = writeFile(candidate, yaml); !error.isEmpty())
        return error;
    if (std::optional<QString> rejected = check({candidate}))
        return rejected->replace(candidate, QFileInfo(candidate).fileName());

    if (saved.enabled) {
        if (QString error = writeFile(yamlPath(saved.id), yaml); !error.isEmpty())
            return error;
    } else if (QFile::exists(yamlPath(saved.id)) && !QFile::remove(yamlPath(saved.id))) {
        //: %1 is a file path
        return QCoreApplication::translate("pc::RulesFolder",
                                           "Cannot remove %1 to disable the rule.")
            .arg(QDir::toNativeSeparators(yamlPath(saved.id)));
    }
    const QByteArray record = QJsonDocument(saved.toJson()).toJson();
    if (QString error = writeFile(recordPath(saved.id), record); !error.isEmpty())
        return error;
    rule = saved;
    return {};
}

QString RulesFolder::exportRule(const AlertRule &rule, const QString &path) const
{
    if (QString problem = rule.problem(); !problem.isEmpty())
        return problem;
    const QByteArray yaml = ruleFileYaml(rule, RuleFileKind::Export);
    QTemporaryDir scratch;
    const QString candidate = scratch.filePath(QFileInfo(path).fileName());
    if (!scratch.isValid())
        return QCoreApplication::translate(
            "pc::RulesFolder", "Cannot create a temporary folder to check the rule in.");
    if (QString error = writeFile(candidate, yaml); !error.isEmpty())
        return error;
    if (std::optional<QString> rejected = check({candidate}))
        return rejected->replace(candidate, QFileInfo(candidate).fileName());
    return writeFile(path, yaml);
}

QString RulesFolder::ruleFilesLines(const QString &path)
{
    QString quoted = QFileInfo(path).absoluteFilePath();
    quoted.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral("rule_files:\n  - '") + quoted + QStringLiteral("'\n");
}

QString RulesFolder::remove(const QString &id) const
{
    for (const QString &path : {yamlPath(id), recordPath(id)}) {
        if (QFile::exists(path) && !QFile::remove(path))
            //: %1 is a file path
            return QCoreApplication::translate("pc::RulesFolder", "Cannot delete %1.")
                .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

QString RulesFolder::newId(const QString &name) const
{
    QString stem;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    stem = stem.left(IdMaxLength);
    if (stem.isEmpty())
        stem = QStringLiteral("rule");
    const QDir dir(m_directory);
    QString id = stem;
    // Any file of that stem, a set-aside one included, keeps the name taken.
    for (int n = 2; !dir.entryList({id + QStringLiteral(".*")}, QDir::Files).isEmpty(); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

QList<RulesFolder::SetAside> RulesFolder::setAsideBroken() const
{
    QList<SetAside> moved;
    const QDir dir(m_directory);
    if (m_promtool.isEmpty() || !dir.exists())
        return moved;
    QStringList files;
    for (const QString &entry : dir.entryList({QStringLiteral("*.yml")}, QDir::Files))
        files.append(dir.filePath(entry));
    if (files.isEmpty() || !check(files))
        return moved;
    for (const QString &file : files) {
        const std::optional<QString> rejected = check({file});
        if (!rejected)
            continue;
        QString target = file + QStringLiteral(".broken");
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = file + QStringLiteral(".broken-") + QString::number(n);
        if (!QFile::rename(file, target))
            target.clear();
        moved.append({file, target, *rejected});
    }
    return moved;
}

QString RulesFolder::describe(const SetAside &moved)
{
    if (moved.movedTo.isEmpty()) {
        //: %1 is a file path, %2 promtool's message
        return QCoreApplication::translate(
                   "pc::RulesFolder",
                   "The rule file %1 is broken and could not be moved aside; Prometheus "
                   "may refuse to start. promtool says: %2")
            .arg(QDir::toNativeSeparators(moved.file), moved.reason);
    }
    //: %1 and %2 are file paths, %3 promtool's message
    return QCoreApplication::translate(
               "pc::RulesFolder",
               "The rule file %1 is broken, so it was renamed to %2 and Prometheus "
               "runs without it. Fix it and rename it back to load it. promtool says: %3")
        .arg(QDir::toNativeSeparators(moved.file), QDir::toNativeSeparators(moved.movedTo),
             moved.reason);
}

}  // namespace pc
