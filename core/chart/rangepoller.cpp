#include "rangepoller.h"

#include "chart/legendformat.h"
#include "chart/timerange.h"
#include "prometheus/promclient.h"
#include "prometheus/promurls.h"

#include <QDateTime>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace pc {
namespace {

void sortByName(QList<ChartSeries> &series)
{
    std::sort(series.begin(), series.end(), [](const ChartSeries &a, const ChartSeries &b) {
        return a.name != b.name ? a.name < b.name : a.key < b.key;
    });
}

}  // namespace

RangePoller::RangePoller(PromClient *client, TimeRange *range, QObject *parent)
    : PanelPoller(client, range, parent)
{
    qRegisterMetaType<pc::ChartSeries>();
}

void RangePoller::setQueries(const QList<PanelQuery> &queries)
{
    m_queries = queries;
    refreshNow();
}

std::chrono::seconds RangePoller::step() const
{
    const auto [from, to] = timeRange()->range();
    const auto span = std::chrono::seconds((to - from + 999) / 1000);
    // At most a point a pixel (or the panel's maximum), never finer than the data, never over
    // Prometheus's cap.
    int points = std::min(kPromMaxPoints, m_plotWidth + 1);
    if (m_maxPoints > 0)
        points = std::min(points, m_maxPoints);
    return std::max({chooseStep(span, points), m_minimumStep, chooseStep(span)}) * m_stepFactor;
}

void RangePoller::sendRound()
{
    if (m_queries.isEmpty() || m_queries.first().promql.trimmed().isEmpty()) {
        emit rejected(tr("Type a PromQL query to chart."));
        return;
    }
    const auto shown = timeRange()->range();
    const qint64 shift = m_timeShift.count();
    const std::pair<qint64, qint64> range{shown.first - shift, shown.second - shift};
    const auto [from, to] = range;
    m_roundStep = step();
    m_answers = QList<QList<ChartSeries>>(m_queries.size());
    for (const PanelQuery &query : std::as_const(m_queries)) {
        const QString promql = query.promql.trimmed();
        ask(client()->queryRange(m_expander ? m_expander(promql, m_roundStep, range) : promql,
                                 QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                 QDateTime::fromMSecsSinceEpoch(to, Qt::UTC), m_roundStep));
    }
}

void RangePoller::takeAnswer(int index, const PromReply &reply)
{
    m_answers[index] = shifted(namedSeries(reply.queryResult(), m_queries[index], index,
                                           int(m_queries.size()), m_roundStep),
                               m_timeShift.count());
}

void RangePoller::deliverRound()
{
    QList<ChartSeries> all;
    for (QList<ChartSeries> &answer : m_answers)
        all.append(std::move(answer));
    m_answers.clear();
    m_lastSeriesTotal = int(all.size());
    if (all.size() > maxSeries())
        all.resize(maxSeries());
    emit updated(all);
}

QList<ChartSeries> RangePoller::namedSeries(const PromQueryResult &result, const PanelQuery &query,
                                            int index, int queryCount, std::chrono::seconds step)
{
    QList<ChartSeries> series = chartSeriesFor(result, step);
    for (ChartSeries &line : series)
        line.refId = query.refId;
    if (queryCount > 1) {
        // Queries may answer with the same label set (`sum(…)` each): keep their lines apart.
        for (ChartSeries &line : series)
            line.key = QString::number(index) % u'#' % line.key;
    }
    if (!isAutoLegendFormat(query.legendFormat)) {
        for (ChartSeries &line : series)
            line.name = expandLegendFormat(query.legendFormat, line.labels, query.promql);
        sortByName(series);
    } else if (series.size() == 1 && series.first().labels.isEmpty()) {
        // A lone series without labels (`sum(...)`) is best named by its query, as Grafana
        // does.
        series.first().name = query.promql.trimmed();
    }
    return series;
}

QList<ChartSeries> RangePoller::chartSeriesFor(const PromQueryResult &result,
                                               std::chrono::seconds step)
{
    QList<QMap<QString, QString>> labelSets;
    labelSets.reserve(result.series.size());
    for (const PromSeries &s : result.series)
        labelSets.append(s.labels);
    const QStringList names = legendNames(labelSets);
    QList<ChartSeries> series;
    series.reserve(result.series.size());
    for (qsizetype i = 0; i < result.series.size(); ++i) {
        const PromSeries &s = result.series[i];
        ChartSeries line{seriesKey(s.labels), s.labels, names[i], {}};
        line.points.reserve(s.samples.size());
        bool skipped = false;
        for (const PromSample &sample : s.samples) {
            // NaN and infinities have no place on a line: leave a gap, as Grafana does.
            if (!std::isfinite(sample.value)) {
                skipped = true;
                continue;
            }
            if (skipped && !line.points.isEmpty())
                line.breaks.append(line.points.size());
            skipped = false;
            line.points.append({double(sample.timestampMs), sample.value});
        }
        QList<qsizetype> holes = gapStarts(line.points, double(step.count()) * 1000.0);
        if (!holes.isEmpty()) {
            holes.append(line.breaks);
            std::sort(holes.begin(), holes.end());
            holes.erase(std::unique(holes.begin(), holes.end()), holes.end());
            line.breaks = std::move(holes);
        }
        series.append(std::move(line));
    }
    sortByName(series);
    return series;
}

void RangePoller::setTimeShift(std::chrono::milliseconds shift)
{
    if (shift == m_timeShift)
        return;
    m_timeShift = shift;
    refreshNow();
}

QList<ChartSeries> RangePoller::shifted(QList<ChartSeries> series, qint64 shiftMs)
{
    if (shiftMs == 0)
        return series;
    for (ChartSeries &line : series) {
        for (QPointF &point : line.points)
            point.setX(point.x() + double(shiftMs));
    }
    return series;
}

}  // namespace pc
