#include "queryhistory.h"

#include <QSettings>

namespace pc {
namespace {

const QString Key = QStringLiteral("chart/queryHistory");

}  // namespace

QueryHistory::QueryHistory(QSettings *store) : m_store(store) {}

QStringList QueryHistory::entries() const
{
    if (m_store)
        return m_store->value(Key).toStringList();
    return QSettings().value(Key).toStringList();
}

void QueryHistory::remember(const QString &promql)
{
    const QString query = promql.trimmed();
    if (query.isEmpty())
        return;
    QStringList history = entries();
    history.removeAll(query);
    history.prepend(query);
    while (history.size() > capacity())
        history.removeLast();
    if (m_store) {
        m_store->setValue(Key, history);
    } else {
        QSettings().setValue(Key, history);
    }
}

}  // namespace pc
