#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// The managed Prometheus's store (its TSDB, `<dataDirectory>/tsdb`) seen from outside
/// Prometheus: why Prometheus refused it, how large it is, emptying it and moving it aside.
/// Pure functions on paths and log lines; none of them runs while Prometheus holds the store
/// unless the caller says so. Thread-safe (no state).
class PrometheusStore
{
public:
    /// Why Prometheus gave up on its store, read from its last log lines.
    enum class Problem {
        None,    // it gave up for another reason, or not at all
        Locked,  // another Prometheus holds the store's lock
        Broken,  // the store cannot be opened: damaged, unreadable, or not a TSDB
    };

    /// `<dataDirectory>/tsdb`.
    static QString path(const QString &dataDirectory);
    /// What Prometheus's stderr says about its store. Looks for the fatal "opening storage
    /// failed" line, and the lock error within it.
    static Problem classify(const QStringList &logLines);
    /// Bytes of every file under the store, 0 when it does not exist.
    static qint64 sizeOnDisk(const QString &dataDirectory);
    /// Deletes the store. Only for Clear history, with Prometheus stopped. An empty string, or
    /// a sentence saying what could not be deleted.
    static QString clear(const QString &dataDirectory);
    /// Renames the store to `tsdb.broken-<now, UTC, yyyyMMddTHHmmssZ>` (with `-2`, `-3`, ...
    /// when taken), never deleting anything. The new path, or std::nullopt with `error` set.
    static std::optional<QString> moveAside(const QString &dataDirectory, const QDateTime &now,
                                            QString *error);
};

}  // namespace pc
