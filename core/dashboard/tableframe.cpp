#include "tableframe.h"

#include "chart/legendformat.h"

#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pc {
namespace {

TableField field(const QString &name, TableField::Type type)
{
    TableField result;
    result.name = name;
    result.type = type;
    return result;
}

// A scalar or a string answer is one series without labels: one row.
QList<PromSeries> seriesOf(const PromQueryResult &result)
{
    if (result.type == PromQueryResult::Type::Scalar)
        return {PromSeries{{}, {result.scalar}}};
    return result.series;
}

// In label order, so that rows and frames keep their places from one answer to the next.
QList<PromSeries> sortedSeriesOf(const PromQueryResult &result)
{
    QList<PromSeries> series = seriesOf(result);
    std::stable_sort(series.begin(), series.end(), [](const PromSeries &a, const PromSeries &b) {
        return a.labels.toStdMap() < b.labels.toStdMap();
    });
    return series;
}

TableFrame tableFrame(const PromQueryResult &result, const GrafanaQuery &query,
                      const QString &valueName)
{
    const QList<PromSeries> series = sortedSeriesOf(result);
    QStringList labelNames;
    for (const PromSeries &s : std::as_const(series)) {
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (!labelNames.contains(it.key()))
                labelNames.append(it.key());
        }
    }
    labelNames.sort();
    TableFrame frame;
    frame.refId = query.refId;
    frame.fields.append(field(QStringLiteral("Time"), TableField::Type::Time));
    for (const QString &label : std::as_const(labelNames))
        frame.fields.append(field(label, TableField::Type::String));
    frame.fields.append(field(valueName, TableField::Type::Number));
    for (const PromSeries &s : std::as_const(series)) {
        for (const PromSample &sample : s.samples) {
            frame.fields.first().values.append(double(sample.timestampMs));
            for (qsizetype i = 0; i < labelNames.size(); ++i) {
                const auto label = s.labels.constFind(labelNames[i]);
                frame.fields[i + 1].values.append(label == s.labels.cend() ? QVariant()
                                                                           : QVariant(*label));
            }
            frame.fields.last().values.append(sample.value);
        }
    }
    return frame;
}

QList<TableFrame> seriesFrames(const PromQueryResult &result, const GrafanaQuery &query)
{
    const QList<PromSeries> series = sortedSeriesOf(result);
    QList<TableFrame> frames;
    for (const PromSeries &s : std::as_const(series)) {
        TableFrame frame;
        frame.refId = query.refId;
        TableField time = field(QStringLiteral("Time"), TableField::Type::Time);
        TableField value = field(QStringLiteral("Value"), TableField::Type::Number);
        value.labels = s.labels;
        value.displayName = expandLegendFormat(query.legendFormat, s.labels, query.expr.trimmed());
        for (const PromSample &sample : s.samples) {
            time.values.append(double(sample.timestampMs));
            value.values.append(sample.value);
        }
        frame.fields = {time, value};
        frames.append(frame);
    }
    return frames;
}

}  // namespace

double TableField::number(qsizetype row) const
{
    const QVariant &value = values.value(row);
    bool ok = false;
    const double number = value.typeId() == QMetaType::Double ? value.toDouble(&ok) : 0;
    return ok ? number : std::numeric_limits<double>::quiet_NaN();
}

QString TableFrame::displayName(qsizetype index) const
{
    const TableField &f = fields.at(index);
    if (!f.displayName.isEmpty())
        return f.displayName;
    // Grafana's getUniqueFieldName(): the n-th of several fields of one name is "name n".
    int before = 0;
    int total = 0;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].displayName.isEmpty() && fields[i].name == f.name) {
            ++total;
            if (i < index)
                ++before;
        }
    }
    return total > 1 ? f.name % u' ' % QString::number(before + 1) : f.name;
}

qsizetype TableFrame::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (displayName(i) == name)
            return i;
    }
    return -1;
}

QList<TableFrame> framesFromResults(const QList<PromQueryResult> &results,
                                    const QList<GrafanaQuery> &queries)
{
    const auto isTable = [](const GrafanaQuery &q) {
        return q.format == u"table";
    };
    const bool several = std::count_if(queries.cbegin(), queries.cend(), isTable) > 1;
    QList<TableFrame> frames;
    for (qsizetype i = 0; i < results.size() && i < queries.size(); ++i) {
        const GrafanaQuery &query = queries[i];
        if (isTable(query)) {
            const QString value =
                several ? QStringLiteral("Value #") % query.refId : QStringLiteral("Value");
            frames.append(tableFrame(results[i], query, value));
        } else {
            frames.append(seriesFrames(results[i], query));
        }
    }
    return frames;
}

}  // namespace pc
