#include "heatmapbuckets.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pc {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

double boundOf(const QString &le)
{
    if (le == u"+Inf" || le == u"Inf" || le == u"inf")
        return std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = le.toDouble(&ok);
    return ok ? value : NaN;
}

struct Row
{
    QString name;
    double bound = NaN;
    QMap<double, double> values;  // time → value, summed over the lines of one bound
};

QList<Row> rowsOf(const QList<ChartSeries> &series, bool cumulative)
{
    QList<Row> rows;
    QHash<QString, qsizetype> byName;
    for (const ChartSeries &line : series) {
        const QString le = line.labels.value(QStringLiteral("le"));
        const QString name = cumulative ? le : line.name;
        qsizetype index = byName.value(name, -1);
        if (index < 0 || !cumulative) {
            index = rows.size();
            rows.append({name, cumulative ? boundOf(le) : NaN, {}});
            byName.insert(name, index);
        }
        for (const QPointF &point : line.points)
            rows[index].values[point.x()] += point.y();
    }
    if (cumulative) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Row &a, const Row &b) { return a.bound < b.bound; });
    }
    return rows;
}

}  // namespace

HeatmapBuckets heatmapBuckets(const QList<ChartSeries> &series)
{
    HeatmapBuckets buckets;
    buckets.cumulative =
        !series.isEmpty() && std::all_of(series.cbegin(), series.cend(), [](const ChartSeries &s) {
            return !std::isnan(boundOf(s.labels.value(QStringLiteral("le"))));
        });
    const QList<Row> rows = rowsOf(series, buckets.cumulative);
    QSet<double> times;
    for (const Row &row : rows) {
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            times.insert(it.key());
    }
    buckets.times = QList<double>(times.cbegin(), times.cend());
    std::sort(buckets.times.begin(), buckets.times.end());
    for (const Row &row : rows) {
        buckets.upperBounds.append(row.name);
        buckets.bounds.append(row.bound);
    }
    for (const double time : std::as_const(buckets.times)) {
        QList<double> column;
        double below = 0;
        for (const Row &row : rows) {
            const auto it = row.values.constFind(time);
            const double value = it == row.values.cend() ? NaN : *it;
            double count = value;
            if (buckets.cumulative && !std::isnan(value)) {
                count = std::max(0.0, value - below);
                below = value;
            }
            column.append(count);
            if (std::isfinite(count))
                buckets.maxCount = std::max(buckets.maxCount, count);
        }
        buckets.counts.append(column);
    }
    return buckets;
}

}  // namespace pc
