#pragma once

#include <QStringList>

class QSettings;

namespace pc {

/// The PromQL queries the user ran, newest first, at most capacity(), kept in the app's
/// settings so that completion offers them after a restart. Reads and writes the QSettings it
/// is given (not owned), or the application's default settings. The thread of that QSettings.
class QueryHistory
{
public:
    explicit QueryHistory(QSettings *store = nullptr);

    QStringList entries() const;
    /// Puts `promql` first, dropping an earlier copy and the oldest past capacity(). An empty
    /// query is not remembered.
    void remember(const QString &promql);

    static constexpr int capacity() { return 20; }

private:
    QSettings *m_store;
};

}  // namespace pc
