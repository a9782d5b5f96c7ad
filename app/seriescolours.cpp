#include "seriescolours.h"

#include <QList>

#include <climits>

namespace pc::app {
namespace {

// Distinct hues that read on light and dark backgrounds: Grafana's classic palette.
const QList<QColor> &seriesPalette()
{
    static const QList<QColor> colours = [] {
        QList<QColor> list;
        for (const char *name :
             {"#7eb26d", "#eab839", "#6ed0e0", "#ef843c", "#e24d42", "#1f78c1", "#ba43a9",
              "#705da0", "#508642", "#cca300", "#447ebc", "#c15c17", "#890f02", "#0a437c",
              "#6d1f62", "#584477", "#b7dbab", "#f4d598", "#70dbed", "#f9ba8f", "#f29191",
              "#82b5d8", "#e5a8e2", "#aea2e0", "#629e51", "#e5ac0e", "#64b0c8", "#e0752d"})
            list.append(QColor(QLatin1String(name)));
        return list;
    }();
    return colours;
}

}  // namespace

QColor SeriesColours::colourFor(const QString &key)
{
    if (const auto it = m_colours.constFind(key); it != m_colours.cend())
        return *it;
    QHash<QRgb, int> uses;
    for (const QColor &c : std::as_const(m_colours))
        ++uses[c.rgb()];
    QColor best = seriesPalette().first();
    int fewest = INT_MAX;
    for (const QColor &c : seriesPalette()) {
        if (uses.value(c.rgb()) < fewest) {
            fewest = uses.value(c.rgb());
            best = c;
        }
    }
    m_colours.insert(key, best);
    return best;
}

void SeriesColours::keepOnly(const QSet<QString> &keys)
{
    for (auto it = m_colours.begin(); it != m_colours.end();)
        it = keys.contains(it.key()) ? std::next(it) : m_colours.erase(it);
}

}  // namespace pc::app
