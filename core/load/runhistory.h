#pragma once

#include "loadplan.h"

#include <QList>
#include <QString>

namespace pc {

/// The last runs of the load generator, kept in a JSON file so that they outlive the app
/// (`{"version": 1, "runs": [LoadReport::toJson(run), …]}`, oldest first). Holds at most
/// `Capacity` runs: a new one pushes the oldest out, as the window says. A file that cannot be
/// read is reported by errorString() and left as it is: the history then lives in memory only,
/// and is never written over it. A plain object; use it from one thread (the GUI thread).
class RunHistory
{
public:
    static constexpr int Capacity = 50;

    explicit RunHistory(QString path);

    /// Reads the file. A missing file is an empty history; a file that is not a history
    /// returns false, and errorString() says so.
    bool load();
    /// Appends `run` and saves. Returns false when it cannot be saved (errorString() says why);
    /// the run is kept in memory either way.
    bool add(const LoadRunSummary &run);
    const QList<LoadRunSummary> &runs() const { return m_runs; }
    QString path() const { return m_path; }
    /// Why the file could not be read or written; empty when all is well.
    QString errorString() const { return m_error; }

private:
    bool save();

    QString m_path;
    QList<LoadRunSummary> m_runs;
    QString m_error;
    bool m_readOnly = false;  // the file is there but is no history: never write over it
};

}  // namespace pc
