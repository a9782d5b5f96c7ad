#pragma once

#include <QList>
#include <QLocale>
#include <QMap>
#include <QMetaType>
#include <QPointF>
#include <QString>

#include <optional>

namespace pc {

/// One line of the chart: who it is (its full label set), what its legend says, and its points
/// (x in ms since the epoch). A plain value.
struct ChartSeries
{
    QString key;                    // the full label set, `__name__` included: its identity
    QMap<QString, QString> labels;  // shown in full on hover
    QString name;                   // the legend: the labels that vary between series
    QList<QPointF> points;
    QString refId = {};  // the query it answers, as a Grafana panel names its targets; may be empty
    /// Where the line breaks: indices i (ascending, 0 < i < points.size()) such that
    /// points[i - 1] and points[i] are not joined, because Prometheus had no sample between
    /// them (gapStarts()).
    QList<qsizetype> breaks = {};
};

/// A line cut into pieces that are drawn apart: its points and where each piece begins (as
/// ChartSeries::breaks). A plain value.
struct BrokenLine
{
    QList<QPointF> points;
    QList<qsizetype> breaks = {};
};

/// Last, min, max and mean of a series' points, as Grafana's legend table shows them.
struct SeriesStats
{
    double last = 0;
    double min = 0;
    double max = 0;
    double mean = 0;
    int count = 0;  // 0: the other fields mean nothing
};

/// The identity of a series: `name{a="1", b="2"}` with every label, in label order, values
/// escaped as PromQL writes them. Two series are one line only when this is equal. Pure.
QString seriesKey(const QMap<QString, QString> &labels);

/// Legends for series shown together, as Grafana's and Prometheus's auto-legends make them:
/// the labels whose values vary between the series (`{code="200", instance="a:1"}`), the
/// request metrics' `GET / 200` when only method, path and code vary, or the metric name
/// alone when nothing does. Labels common to every series are left out. Pure.
QStringList legendNames(const QList<QMap<QString, QString>> &labelSets);

SeriesStats seriesStats(const QList<QPointF> &points);

/// Where a line of points `step` apart breaks, as Grafana breaks a Prometheus line: before
/// each point that is more than 1.5 steps after the one before it, that is where at least one
/// step has no sample (missed scrapes, the app or Prometheus not running, a NaN left out).
/// A zero step breaks nothing. Counter resets are not gaps: their drop is drawn as it is. Pure.
QList<qsizetype> gapStarts(const QList<QPointF> &points, double stepMs);

/// `points` cut at `breaks` (ChartSeries::breaks): one list per piece, in order. Pure.
QList<QList<QPointF>> splitAtBreaks(const QList<QPointF> &points, const QList<qsizetype> &breaks);

/// decimate() applied to each piece of a broken line on its own, with buckets shared in
/// proportion to the time each piece spans, so that no column joins points across a gap. Pure.
BrokenLine decimateBroken(const QList<QPointF> &points, const QList<qsizetype> &breaks,
                          int buckets);

/// At most about `2 * buckets` points that draw like `points` at `buckets` pixels wide: the
/// first, minimum, maximum and last point of each column, in time order. Pure.
QList<QPointF> decimate(const QList<QPointF> &points, int buckets);

/// The point of `points` (sorted by x) nearest to `x`, if one lies within `tolerance`.
std::optional<QPointF> pointNear(const QList<QPointF> &points, double x, double tolerance);

/// The series as CSV: `time,<name>,...` with one row per timestamp (ISO 8601, UTC) and an
/// empty cell where a series has no point. Numbers in the C locale, names quoted. Pure.
QByteArray seriesCsv(const QList<ChartSeries> &series);

}  // namespace pc

Q_DECLARE_METATYPE(pc::ChartSeries)
