#include "statreducer.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pc {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

bool isKnownStatReducer(const QString &reducer)
{
    static const QStringList known = {
        QStringLiteral("lastNotNull"), QStringLiteral("last"),  QStringLiteral("firstNotNull"),
        QStringLiteral("first"),       QStringLiteral("mean"),  QStringLiteral("min"),
        QStringLiteral("max"),         QStringLiteral("sum"),   QStringLiteral("count"),
        QStringLiteral("range"),       QStringLiteral("delta"), QStringLiteral("diff"),
    };
    return known.contains(reducer);
}

double reduceStat(const QList<QPointF> &points, const QString &reducer)
{
    if (reducer == u"last")
        return points.isEmpty() ? NaN : points.last().y();
    if (reducer == u"first")
        return points.isEmpty() ? NaN : points.first().y();
    QList<double> values;
    values.reserve(points.size());
    for (const QPointF &point : points) {
        if (std::isfinite(point.y()))
            values.append(point.y());
    }
    if (reducer == u"count")
        return double(values.size());
    if (values.isEmpty())
        return NaN;
    if (reducer == u"lastNotNull")
        return values.last();
    if (reducer == u"firstNotNull")
        return values.first();
    const auto [min, max] = std::minmax_element(values.cbegin(), values.cend());
    if (reducer == u"min")
        return *min;
    if (reducer == u"max")
        return *max;
    if (reducer == u"range")
        return *max - *min;
    if (reducer == u"diff")
        return values.last() - values.first();
    double sum = 0;
    for (double value : values)
        sum += value;
    if (reducer == u"sum")
        return sum;
    if (reducer == u"mean")
        return sum / double(values.size());
    if (reducer == u"delta") {
        // Grafana's delta: the increase over the range, counter resets counted as restarts.
        double delta = 0;
        for (qsizetype i = 1; i < values.size(); ++i)
            delta += values[i] >= values[i - 1] ? values[i] - values[i - 1] : values[i];
        return delta;
    }
    return NaN;
}

}  // namespace pc
