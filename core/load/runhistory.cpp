#include "runhistory.h"

#include "loadreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

namespace pc {

namespace {

std::optional<QList<LoadRunSummary>> parseHistory(const QByteArray &bytes, QString *why)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = error.errorString();
        return std::nullopt;
    }
    const QJsonValue runs = document.object().value(QLatin1String("runs"));
    if (!runs.isArray()) {
        *why = QCoreApplication::translate("pc::RunHistory", "no list of runs");
        return std::nullopt;
    }
    QList<LoadRunSummary> parsed;
    for (const QJsonValue &value : runs.toArray()) {
        const auto run = LoadReport::fromJson(value.toObject());
        if (!run) {
            //: %1 is a position in a list, from 1
            *why = QCoreApplication::translate("pc::RunHistory", "run %1 is not a run")
                       .arg(parsed.size() + 1);
            return std::nullopt;
        }
        parsed.append(*run);
    }
    return parsed;
}

}  // namespace

RunHistory::RunHistory(QString path) : m_path(std::move(path)) {}

bool RunHistory::load()
{
    m_runs.clear();
    m_error.clear();
    m_readOnly = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    QString why;
    std::optional<QList<LoadRunSummary>> runs;
    if (file.open(QIODevice::ReadOnly))
        runs = parseHistory(file.readAll(), &why);
    else
        why = file.errorString();
    if (!runs) {
        m_readOnly = true;
        //: %1 is a file path, %2 why it cannot be read
        m_error = QCoreApplication::translate("pc::RunHistory",
                                              "The run history %1 cannot be read (%2). It is left "
                                              "as it is; runs of this session are not saved.")
                      .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    m_runs = *runs;
    while (m_runs.size() > Capacity)
        m_runs.removeFirst();
    return true;
}

bool RunHistory::add(const LoadRunSummary &run)
{
    m_runs.append(run);
    while (m_runs.size() > Capacity)
        m_runs.removeFirst();
    return m_readOnly ? false : save();
}

bool RunHistory::save()
{
    QJsonArray runs;
    for (const LoadRunSummary &run : std::as_const(m_runs))
        runs.append(LoadReport::toJson(run));
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("runs"), runs}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Written whole beside the old file and renamed over it: a crash never leaves half a file.
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) >= 0
        && file.commit()) {
        m_error.clear();
        return true;
    }
    //: %1 is a file path, %2 the system's reason
    m_error = QCoreApplication::translate("pc::RunHistory", "Cannot save the run history to %1: %2")
                  .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return false;
}

}  // namespace pc
