#include "chartseries.h"

#include <QDateTime>
#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <map>

namespace pc {
namespace {

QString escapeLabelValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return escaped;
}

QString labelList(const QMap<QString, QString> &labels, const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names)
        parts.append(name % u"=\"" % escapeLabelValue(labels.value(name)) % u'"');
    return u'{' % parts.join(QStringLiteral(", ")) % u'}';
}

const QString kName = QStringLiteral("__name__");

bool isRequestLabel(const QString &name)
{
    return name == u"method" || name == u"path" || name == u"code";
}

QString quoteCsv(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' % quoted % u'"';
}

}  // namespace

QString seriesKey(const QMap<QString, QString> &labels)
{
    QStringList names = labels.keys();
    names.removeAll(kName);
    return labels.value(kName) % labelList(labels, names);
}

QStringList legendNames(const QList<QMap<QString, QString>> &labelSets)
{
    // A label varies when some series lacks it or has another value.
    QSet<QString> all;
    for (const auto &labels : labelSets)
        all.unite(QSet<QString>(labels.keyBegin(), labels.keyEnd()));
    QStringList varying;
    for (const QString &name : std::as_const(all)) {
        const std::optional<QString> first =
            labelSets.isEmpty() || !labelSets.first().contains(name)
                ? std::nullopt
                : std::optional<QString>(labelSets.first().value(name));
        for (const auto &labels : labelSets) {
            const auto value =
                labels.contains(name) ? std::optional<QString>(labels.value(name)) : std::nullopt;
            if (value != first) {
                varying.append(name);
                break;
            }
        }
    }
    std::sort(varying.begin(), varying.end());
    const bool nameVaries = varying.removeAll(kName) > 0;
    // `GET /error 500` when the request labels tell the series apart; a lone `code` keeps its
    // name, as in `sum by (code)`.
    const bool requestStyle =
        (varying.contains(QStringLiteral("method")) || varying.contains(QStringLiteral("path")))
        && std::all_of(varying.begin(), varying.end(), isRequestLabel);

    QStringList names;
    names.reserve(labelSets.size());
    for (const auto &labels : labelSets) {
        const QString metric = labels.value(kName);
        if (varying.isEmpty()) {
            // Nothing but the name tells them apart, or there is one series: say all of it.
            names.append(metric.isEmpty() ? labelList(labels, labels.keys()) : metric);
        } else if (requestStyle) {
            QStringList parts;
            for (const char *label : {"method", "path", "code"}) {
                const QString value = labels.value(QLatin1String(label));
                if (!value.isEmpty())
                    parts.append(value);
            }
            names.append((nameVaries ? metric % u' ' : QString()) % parts.join(u' '));
        } else {
            // Only the varying labels this series has: `type=""` for an absent one is noise.
            QStringList own;
            for (const QString &name : std::as_const(varying)) {
                if (labels.contains(name))
                    own.append(name);
            }
            if (own.isEmpty() && nameVaries)
                names.append(metric);
            else
                names.append((nameVaries ? metric : QString()) % labelList(labels, own));
        }
    }
    return names;
}

SeriesStats seriesStats(const QList<QPointF> &points)
{
    SeriesStats stats;
    if (points.isEmpty())
        return stats;
    stats.min = stats.max = points.first().y();
    double sum = 0;
    for (const QPointF &p : points) {
        stats.min = std::min(stats.min, p.y());
        stats.max = std::max(stats.max, p.y());
        sum += p.y();
    }
    stats.count = int(points.size());
    stats.last = points.last().y();
    stats.mean = sum / stats.count;
    return stats;
}

QList<QPointF> decimate(const QList<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 4 * qsizetype(buckets))
        return points;
    const double start = points.first().x();
    const double width = (points.last().x() - start) / buckets;
    if (width <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(4 * buckets + 2);
    qsizetype i = 0;
    while (i < points.size()) {
        const int bucket = std::min(buckets - 1, int((points[i].x() - start) / width));
        const double end = start + (bucket + 1) * width;
        qsizetype first = i, low = i, high = i, last = i;
        for (; i < points.size() && (points[i].x() < end || bucket == buckets - 1); ++i) {
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
            last = i;
        }
        // Keep the column's extremes and ends in time order, each once.
        std::array<qsizetype, 4> keep{first, std::min(low, high), std::max(low, high), last};
        for (qsizetype k = 0; k < 4; ++k) {
            if (k == 0 || keep[k] != keep[k - 1])
                out.append(points[keep[k]]);
        }
    }
    return out;
}

QList<qsizetype> gapStarts(const QList<QPointF> &points, double stepMs)
{
    QList<qsizetype> starts;
    if (stepMs <= 0)
        return starts;
    // A range query's points sit exactly on its steps: one missing step already leaves two
    // steps between neighbours, so anything past one and a half is a hole.
    const double limit = stepMs * 1.5;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].x() - points[i - 1].x() > limit)
            starts.append(i);
    }
    return starts;
}

QList<QList<QPointF>> splitAtBreaks(const QList<QPointF> &points, const QList<qsizetype> &breaks)
{
    QList<QList<QPointF>> pieces;
    qsizetype begin = 0;
    for (qsizetype at : breaks) {
        if (at <= begin || at >= points.size())
            continue;
        pieces.append(points.mid(begin, at - begin));
        begin = at;
    }
    if (begin < points.size())
        pieces.append(points.mid(begin));
    return pieces;
}

BrokenLine decimateBroken(const QList<QPointF> &points, const QList<qsizetype> &breaks, int buckets)
{
    if (breaks.isEmpty())
        return {decimate(points, buckets), {}};
    const QList<QList<QPointF>> pieces = splitAtBreaks(points, breaks);
    const double span = points.last().x() - points.first().x();
    BrokenLine line;
    for (const QList<QPointF> &piece : pieces) {
        const double share = span > 0 ? (piece.last().x() - piece.first().x()) / span : 1.0;
        if (!line.points.isEmpty())
            line.breaks.append(line.points.size());
        line.points.append(decimate(piece, std::max(1, int(std::lround(buckets * share)))));
    }
    return line;
}

std::optional<QPointF> pointNear(const QList<QPointF> &points, double x, double tolerance)
{
    const auto after = std::lower_bound(points.begin(), points.end(), x,
                                        [](const QPointF &p, double at) { return p.x() < at; });
    std::optional<QPointF> best;
    for (auto it : {after, after == points.begin() ? points.end() : std::prev(after)}) {
        if (it == points.end() || std::abs(it->x() - x) > tolerance)
            continue;
        if (!best || std::abs(it->x() - x) < std::abs(best->x() - x))
            best = *it;
    }
    return best;
}

QByteArray seriesCsv(const QList<ChartSeries> &series)
{
    std::map<qint64, QList<std::optional<double>>> rows;
    for (qsizetype s = 0; s < series.size(); ++s) {
        for (const QPointF &p : series[s].points) {
            auto &row = rows[qint64(p.x())];
            row.resize(series.size());
            row[s] = p.y();
        }
    }
    QStringList header{QStringLiteral("time")};
    for (const ChartSeries &s : series)
        header.append(quoteCsv(s.key.isEmpty() ? s.name : s.key));
    QString csv = header.join(u',') % u'\n';
    const QLocale c = QLocale::c();
    for (const auto &[time, values] : rows) {
        csv += QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
        for (qsizetype s = 0; s < series.size(); ++s) {
            csv += u',';
            if (s < values.size() && values[s])
                csv += c.toString(*values[s], 'g', 17);
        }
        csv += u'\n';
    }
    return csv.toUtf8();
}

}  // namespace pc
