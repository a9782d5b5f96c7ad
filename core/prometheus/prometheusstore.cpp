#include "prometheusstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace pc {

QString PrometheusStore::path(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("tsdb"));
}

PrometheusStore::Problem PrometheusStore::classify(const QStringList &logLines)
{
    // Prometheus 2.x ends with err="opening storage failed: <why>" when it cannot use the
    // store; a second copy on a store started with --storage.tsdb.use-lockfile says
    // "lock DB directory: resource temporarily unavailable".
    Problem problem = Problem::None;
    for (const QString &line : logLines) {
        if (!line.contains(QLatin1String("opening storage failed"), Qt::CaseInsensitive))
            continue;
        if (line.contains(QLatin1String("lock DB directory"), Qt::CaseInsensitive))
            return Problem::Locked;
        problem = Problem::Broken;
    }
    return problem;
}

qint64 PrometheusStore::sizeOnDisk(const QString &dataDirectory)
{
    qint64 total = 0;
    QDirIterator it(path(dataDirectory), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString PrometheusStore::clear(const QString &dataDirectory)
{
    QDir store(path(dataDirectory));
    if (!store.exists() || store.removeRecursively())
        return {};
    //: %1 is a directory path
    return QCoreApplication::translate("pc::PrometheusStore",
                                       "Cannot delete all of the Prometheus store %1.")
        .arg(store.path());
}

std::optional<QString> PrometheusStore::moveAside(const QString &dataDirectory,
                                                  const QDateTime &now, QString *error)
{
    const QString from = path(dataDirectory);
    if (!QFileInfo(from).exists()) {
        //: %1 is a directory path
        *error = QCoreApplication::translate("pc::PrometheusStore",
                                             "There is no Prometheus store at %1 to move aside.")
                     .arg(from);
        return std::nullopt;
    }
    const QString stem = from + QStringLiteral(".broken-")
                         + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString to = stem;
    for (int n = 2; QFileInfo::exists(to); ++n)
        to = stem + u'-' + QString::number(n);
    if (!QDir().rename(from, to)) {
        //: %1 and %2 are directory paths
        *error = QCoreApplication::translate("pc::PrometheusStore",
                                             "Cannot rename the Prometheus store %1 to %2.")
                     .arg(from, to);
        return std::nullopt;
    }
    return to;
}

}  // namespace pc
