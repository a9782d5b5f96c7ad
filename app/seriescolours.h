#pragma once

#include <QColor>
#include <QHash>
#include <QSet>
#include <QString>

namespace pc::app {

/// Which colour each line of a chart gets, from Grafana's classic palette: a key keeps its
/// colour while it lasts, and a new key gets the least used colour, so that 28 series get 28
/// colours before any repeats. A plain value; GUI thread.
class SeriesColours
{
public:
    QColor colourFor(const QString &key);
    /// Frees the colours of the keys no longer drawn.
    void keepOnly(const QSet<QString> &keys);

private:
    QHash<QString, QColor> m_colours;
};

}  // namespace pc::app
