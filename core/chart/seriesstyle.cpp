#include "seriesstyle.h"

#include <QHash>

#include <algorithm>

namespace pc {

namespace {

using Sums = QHash<qint64, double>;

// Each percent group's total at each timestamp: what its series are a share of.
QHash<QString, Sums> percentTotals(const QList<QList<QPointF>> &series,
                                   const QList<SeriesStyle> &styles)
{
    QHash<QString, Sums> totals;
    for (qsizetype i = 0; i < series.size() && i < styles.size(); ++i) {
        if (styles[i].stacking != SeriesStyle::Stacking::Percent)
            continue;
        Sums &sums = totals[styles[i].stackGroup];
        for (const QPointF &p : series[i])
            sums[qint64(p.x())] += p.y();
    }
    return totals;
}

}  // namespace

QList<SeriesLayout> layoutSeries(const QList<QList<QPointF>> &series,
                                 const QList<SeriesStyle> &styles)
{
    const QHash<QString, Sums> totals = percentTotals(series, styles);
    QHash<QString, Sums> below;  // per stack group, the running top at each timestamp
    QList<SeriesLayout> layouts;
    layouts.reserve(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const SeriesStyle style = i < styles.size() ? styles[i] : SeriesStyle();
        const double sign = style.negativeY ? -1.0 : 1.0;
        SeriesLayout layout;
        layout.upper.reserve(series[i].size());
        if (style.stacking == SeriesStyle::Stacking::None) {
            for (const QPointF &p : series[i])
                layout.upper.append({p.x(), sign * p.y()});
            if (style.fillOpacity > 0) {
                for (const QPointF &p : series[i])
                    layout.lower.append({p.x(), 0.0});
            }
            layouts.append(std::move(layout));
            continue;
        }
        const bool percent = style.stacking == SeriesStyle::Stacking::Percent;
        const Sums groupTotals = percent ? totals.value(style.stackGroup) : Sums();
        Sums &base = below[style.stackGroup];
        layout.lower.reserve(series[i].size());
        for (const QPointF &p : series[i]) {
            const auto x = qint64(p.x());
            double y = p.y();
            if (percent) {
                const double total = groupTotals.value(x);
                y = total != 0 ? y / total : 0.0;
            }
            double &top = base[x];
            layout.lower.append({p.x(), top});
            top += sign * y;
            layout.upper.append({p.x(), top});
        }
        layouts.append(std::move(layout));
    }
    return layouts;
}

bool stacksAsPercent(const QList<SeriesStyle> &styles)
{
    return std::any_of(styles.cbegin(), styles.cend(), [](const SeriesStyle &style) {
        return style.stacking == SeriesStyle::Stacking::Percent;
    });
}

}  // namespace pc
