#pragma once

#include "alertrule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// The folder of alerting rules the user made (`rules/` in the app's data directory), which
/// the managed Prometheus loads as `<folder>/*.yml`. Each rule is two files named after its
/// id: `<id>.yml`, what Prometheus reads, and `<id>.json`, the app's own record it is written
/// from. A disabled rule keeps its record and loses its YAML. Files the app did not write are
/// left alone, except a rule file promtool rejects: setAsideBroken() renames it to
/// `*.broken` (never deletes it), so Prometheus starts with the rest.
///
/// Saving runs `promtool check rules` first and writes nothing when it fails. promtool runs
/// synchronously (a few tens of milliseconds). Not thread-safe; any one thread.
class RulesFolder
{
public:
    /// `promtool` empty: findPromtool().
    explicit RulesFolder(QString directory, QString promtool = {});

    QString directory() const { return m_directory; }
    QString promtool() const { return m_promtool; }
    QString yamlPath(const QString &id) const;
    QString recordPath(const QString &id) const;
    /// The glob Prometheus's rule_files gets for the folder `directory`, glob characters in
    /// its path escaped. Pure.
    static QString ruleFilesGlob(const QString &directory);

    struct Listing
    {
        QList<AlertRule> rules;  // sorted by name
        QStringList problems;    // a sentence per record the app cannot read (left as is)
    };
    Listing load() const;

    /// Checks the rule (AlertRule::problem(), then promtool on the file it would write) and
    /// writes it. Gives a new rule (empty id) an id of its own. Returns an empty string, or
    /// why nothing was written: for promtool, its message.
    QString save(AlertRule &rule) const;
    /// Deletes the rule's YAML and record, the app's own files. Returns why not, or empty.
    QString remove(const QString &id) const;

    struct SetAside
    {
        QString file;     // the path it had
        QString movedTo;  // the path it has now
        QString reason;   // promtool's message
    };
    /// Checks every `*.yml` in the folder with promtool and renames each one it rejects to
    /// `<name>.broken` (`<name>.broken-2`, ... when taken). Returns what it moved; nothing when
    /// promtool is missing (then Prometheus itself would say).
    QList<SetAside> setAsideBroken() const;
    /// One sentence per moved file, for the window and stderr.
    static QString describe(const SetAside &moved);

    /// Writes `rule` as a rule file at `path`, for a Prometheus the app does not manage, after
    /// promtool has checked it. Returns why not, or empty. Nothing says that server loads it.
    QString exportRule(const AlertRule &rule, const QString &path) const;
    /// The lines to add to that server's prometheus.yml to load the file at `path`: a
    /// `rule_files:` entry with the absolute path, quoted. Pure.
    static QString ruleFilesLines(const QString &path);

    /// promtool on PATH, or an empty string.
    static QString findPromtool();
    /// Runs `promtool check rules` on `files`: nullopt when it accepts them, otherwise its
    /// message (or why it could not run).
    std::optional<QString> check(const QStringList &files) const;

private:
    QString newId(const QString &name) const;

    QString m_directory;
    QString m_promtool;
};

}  // namespace pc
