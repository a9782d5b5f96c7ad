#include "transformations.h"

#include "dashboard/statreducer.h"

#include <QHash>
#include <QPointF>
#include <QRegularExpression>
#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <climits>
#include <numeric>

namespace pc {
namespace {

using Type = TableField::Type;

// Names numbered because several fields share them ("Time 1") keep their number once fields
// are removed or moved, as Grafana caches a field's display name.
void freezeDisplayNames(TableFrame &frame)
{
    QStringList names;
    for (qsizetype i = 0; i < frame.fields.size(); ++i)
        names.append(frame.displayName(i));
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        if (names[i] != frame.fields[i].name)
            frame.fields[i].displayName = names[i];
    }
}

TableFrame organize(TableFrame frame, const QJsonObject &options)
{
    freezeDisplayNames(frame);
    const QJsonObject exclude = options.value(QLatin1String("excludeByName")).toObject();
    const QJsonObject index = options.value(QLatin1String("indexByName")).toObject();
    const QJsonObject rename = options.value(QLatin1String("renameByName")).toObject();
    QList<std::pair<QString, TableField>> kept;
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        const QString name = frame.displayName(i);
        if (!exclude.value(name).toBool())
            kept.append({name, frame.fields[i]});
    }
    // Fields without an index go after those with one, in their order.
    std::stable_sort(kept.begin(), kept.end(), [&index](const auto &a, const auto &b) {
        return index.value(a.first).toInt(INT_MAX) < index.value(b.first).toInt(INT_MAX);
    });
    frame.fields.clear();
    for (auto &[name, field] : kept) {
        if (const QString to = rename.value(name).toString(); !to.isEmpty())
            field.displayName = to;
        frame.fields.append(std::move(field));
    }
    return frame;
}

// Grafana's stringToJsRegex(): "/x/i" is a regex with flags, anything else a plain pattern.
QRegularExpression jsRegex(const QString &pattern)
{
    static const QRegularExpression slashed(QStringLiteral("^/(.*)/([a-z]*)$"));
    const QRegularExpressionMatch m = slashed.match(pattern);
    if (!m.hasMatch())
        return QRegularExpression(pattern);
    return QRegularExpression(m.captured(1), m.captured(2).contains(u'i')
                                                 ? QRegularExpression::CaseInsensitiveOption
                                                 : QRegularExpression::NoPatternOption);
}

bool matchesNames(const QString &name, const QJsonObject &matcher)
{
    if (matcher.value(QLatin1String("names")).toArray().contains(name))
        return true;
    const QString pattern = matcher.value(QLatin1String("pattern")).toString();
    return !pattern.isEmpty() && jsRegex(pattern).match(name).hasMatch();
}

TableFrame filterFieldsByName(TableFrame frame, const QJsonObject &options)
{
    freezeDisplayNames(frame);
    const QJsonObject include = options.value(QLatin1String("include")).toObject();
    const QJsonObject exclude = options.value(QLatin1String("exclude")).toObject();
    QList<TableField> kept;
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        const QString name = frame.displayName(i);
        if (!include.isEmpty() && !matchesNames(name, include))
            continue;
        if (!exclude.isEmpty() && matchesNames(name, exclude))
            continue;
        kept.append(frame.fields[i]);
    }
    frame.fields = kept;
    return frame;
}

// Join keys in Grafana's order: numbers by value, anything else as text.
bool keyLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return a.toString() < b.toString();
}

QString keyText(const QVariant &value)
{
    return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17)
                                               : value.toString();
}

qsizetype joinFieldOf(const TableFrame &frame, const QString &byField)
{
    if (!byField.isEmpty())
        return frame.indexOf(byField);
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        if (frame.fields[i].type == Type::Time)
            return i;
    }
    return -1;
}

// The keys of the joined frame: every key (outer) or those every frame has (inner), sorted.
QList<QVariant> joinKeys(const QList<QHash<QString, qsizetype>> &rowsByKey,
                         const QHash<QString, QVariant> &keys, bool inner)
{
    QList<QVariant> result;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const bool everywhere =
            std::all_of(rowsByKey.cbegin(), rowsByKey.cend(),
                        [&it](const auto &rows) { return rows.contains(it.key()); });
        if (!inner || everywhere)
            result.append(it.value());
    }
    std::sort(result.begin(), result.end(), keyLess);
    return result;
}

QList<TableFrame> joinByField(const QList<TableFrame> &frames, const QJsonObject &options)
{
    const QString byField = options.value(QLatin1String("byField")).toString();
    const bool inner = options.value(QLatin1String("mode")).toString() == u"inner";
    QList<std::pair<const TableFrame *, qsizetype>> joined;  // a frame and its join field
    QList<QHash<QString, qsizetype>> rowsByKey;
    QHash<QString, QVariant> keys;
    for (const TableFrame &frame : frames) {
        const qsizetype key = joinFieldOf(frame, byField);
        if (key < 0)
            continue;  // as Grafana, a frame without the field takes no part
        joined.append({&frame, key});
        QHash<QString, qsizetype> &rows = rowsByKey.emplace_back();
        for (qsizetype row = 0; row < frame.rowCount(); ++row) {
            const QVariant value = frame.fields[key].values[row];
            if (value.isValid() && !rows.contains(keyText(value))) {
                rows.insert(keyText(value), row);
                keys.insert(keyText(value), value);
            }
        }
    }
    if (joined.isEmpty())
        return frames;
    TableFrame out;
    TableField keyField = joined.first().first->fields[joined.first().second];
    keyField.values = joinKeys(rowsByKey, keys, inner);
    out.fields.append(keyField);
    for (qsizetype f = 0; f < joined.size(); ++f) {
        const auto &[frame, key] = joined[f];
        for (qsizetype i = 0; i < frame->fields.size(); ++i) {
            if (i == key)
                continue;
            TableField field = frame->fields[i];
            field.values.clear();
            for (const QVariant &k : std::as_const(keyField.values)) {
                const qsizetype row = rowsByKey[f].value(keyText(k), -1);
                field.values.append(row < 0 ? QVariant() : frame->fields[i].values[row]);
            }
            out.fields.append(std::move(field));
        }
    }
    return {out};
}

using Row = QHash<QString, QVariant>;

// Grafana's merge: a row joins an earlier one of the same key when no value differs.
void mergeOrAdd(const QString &key, const Row &row, QHash<QString, QList<qsizetype>> &byKey,
                QList<Row> &rows)
{
    for (qsizetype index : byKey.value(key)) {
        Row &existing = rows[index];
        const bool mergeable = std::all_of(row.keyBegin(), row.keyEnd(), [&](const QString &name) {
            const QVariant value = existing.value(name);
            return !value.isValid() || value == row.value(name);
        });
        if (mergeable) {
            existing.insert(row);
            return;
        }
    }
    byKey[key].append(rows.size());
    rows.append(row);
}

QList<TableFrame> merge(const QList<TableFrame> &frames)
{
    QList<TableField> columns;  // by name, as first seen, without values
    QHash<QString, int> framesHaving;
    for (const TableFrame &frame : frames) {
        QSet<QString> seen;
        for (const TableField &field : frame.fields) {
            if (seen.contains(field.name))
                continue;
            seen.insert(field.name);
            if (++framesHaving[field.name] == 1) {
                columns.append(field);
                columns.last().values.clear();
            }
        }
    }
    QStringList keyNames;
    for (const TableField &column : std::as_const(columns)) {
        if (framesHaving.value(column.name) == frames.size())
            keyNames.append(column.name);
    }
    if (keyNames.isEmpty() || frames.size() < 2)
        return frames;
    QHash<QString, QList<qsizetype>> byKey;
    QList<Row> rows;
    for (const TableFrame &frame : frames) {
        for (qsizetype r = 0; r < frame.rowCount(); ++r) {
            Row row;
            for (const TableField &field : frame.fields)
                row.insert(field.name, field.values[r]);
            QStringList key;
            for (const QString &name : std::as_const(keyNames))
                key.append(keyText(row.value(name)));
            mergeOrAdd(key.join(QChar(0x1f)), row, byKey, rows);
        }
    }
    TableFrame out;
    out.fields = columns;
    for (const Row &row : std::as_const(rows)) {
        for (TableField &field : out.fields)
            field.values.append(row.value(field.name));
    }
    return {out};
}

double reduceField(const TableFrame &frame, const TableField &field, const QString &reducer)
{
    const qsizetype time = joinFieldOf(frame, {});
    QList<QPointF> points;
    for (qsizetype row = 0; row < field.values.size(); ++row)
        points.append(
            {time >= 0 ? frame.fields[time].number(row) : double(row), field.number(row)});
    return reduceStat(points, reducer);
}

QStringList reducersOf(const QJsonObject &options)
{
    QStringList reducers = options.value(QLatin1String("reducers")).toVariant().toStringList();
    if (reducers.isEmpty())
        reducers.append(QStringLiteral("lastNotNull"));  // what Grafana's editor starts with
    return reducers;
}

bool reducible(const TableField &field, bool includeTime)
{
    return field.type == Type::Number || (includeTime && field.type == Type::Time);
}

QList<TableFrame> reduceToRows(const QList<TableFrame> &frames, const QJsonObject &options)
{
    const QStringList reducers = reducersOf(options);
    const bool includeTime = options.value(QLatin1String("includeTimeField")).toBool();
    const bool labelsToFields = options.value(QLatin1String("labelsToFields")).toBool();
    QStringList labelNames;
    for (const TableFrame &frame : frames) {
        for (const TableField &field : frame.fields) {
            for (auto it = field.labels.cbegin(); labelsToFields && it != field.labels.cend();
                 ++it) {
                if (!labelNames.contains(it.key()))
                    labelNames.append(it.key());
            }
        }
    }
    labelNames.sort();
    TableFrame out;
    out.fields.append({QStringLiteral("Field"), Type::String, {}, {}, {}});
    for (const QString &label : std::as_const(labelNames))
        out.fields.append({label, Type::String, {}, {}, {}});
    for (const QString &reducer : reducers)
        out.fields.append({reducerTitle(reducer), Type::Number, {}, {}, {}});
    for (const TableFrame &frame : frames) {
        for (qsizetype i = 0; i < frame.fields.size(); ++i) {
            const TableField &field = frame.fields[i];
            if (!reducible(field, includeTime))
                continue;
            out.fields[0].values.append(labelsToFields ? field.name : frame.displayName(i));
            for (qsizetype l = 0; l < labelNames.size(); ++l) {
                const auto value = field.labels.constFind(labelNames[l]);
                out.fields[l + 1].values.append(value == field.labels.cend() ? QVariant() : *value);
            }
            for (qsizetype r = 0; r < reducers.size(); ++r)
                out.fields[labelNames.size() + 1 + r].values.append(
                    reduceField(frame, field, reducers[r]));
        }
    }
    return {out};
}

TableFrame reduceFields(TableFrame frame, const QJsonObject &options)
{
    const QStringList reducers = reducersOf(options);
    const bool includeTime = options.value(QLatin1String("includeTimeField")).toBool();
    freezeDisplayNames(frame);
    QList<TableField> fields;
    for (qsizetype i = 0; i < frame.fields.size(); ++i) {
        const TableField &field = frame.fields[i];
        if (field.type == Type::Time && !includeTime)
            continue;
        for (const QString &reducer : reducers) {
            TableField reduced = field;
            reduced.values.clear();
            if (reducible(field, includeTime)) {
                reduced.values.append(reduceField(frame, field, reducer));
                if (reducers.size() > 1)
                    reduced.displayName = frame.displayName(i) % u' ' % reducerTitle(reducer);
            } else {
                reduced.values.append(field.values.value(0));
            }
            fields.append(reduced);
            if (!reducible(field, includeTime))
                break;
        }
    }
    frame.fields = fields;
    return frame;
}

TableFrame sortRows(TableFrame frame, const QJsonObject &options)
{
    const QJsonObject sort = options.value(QLatin1String("sort")).toArray().first().toObject();
    const qsizetype column = frame.indexOf(sort.value(QLatin1String("field")).toString());
    if (column < 0)
        return frame;
    QList<qsizetype> order(frame.rowCount());
    std::iota(order.begin(), order.end(), 0);
    const TableField &by = frame.fields[column];
    std::stable_sort(order.begin(), order.end(), [&by](qsizetype a, qsizetype b) {
        return keyLess(by.values[a], by.values[b]);
    });
    if (sort.value(QLatin1String("desc")).toBool())
        std::reverse(order.begin(), order.end());
    for (TableField &field : frame.fields) {
        QList<QVariant> values;
        for (qsizetype row : std::as_const(order))
            values.append(field.values[row]);
        field.values = values;
    }
    return frame;
}

TableFrame limitRows(TableFrame frame, const QJsonObject &options)
{
    const int limit = options.value(QLatin1String("limitField")).toInt(10);
    for (TableField &field : frame.fields) {
        if (field.values.size() > limit)
            field.values.resize(std::max(0, limit));
    }
    return frame;
}

template <typename Each>
QList<TableFrame> eachFrame(QList<TableFrame> frames, const QJsonObject &options, Each each)
{
    for (TableFrame &frame : frames)
        frame = each(std::move(frame), options);
    return frames;
}

}  // namespace

QList<GrafanaTransformation> GrafanaTransformation::listFrom(const QJsonArray &items)
{
    QList<GrafanaTransformation> list;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        const QJsonObject object = item.toObject();
        list.append({object.value(QLatin1String("id")).toString(),
                     object.value(QLatin1String("options")).toObject(),
                     object.value(QLatin1String("disabled")).toBool()});
    }
    return list;
}

bool isKnownTransformation(const QString &id)
{
    static const QStringList known = {
        QStringLiteral("organize"),        QStringLiteral("joinByField"),
        QStringLiteral("seriesToColumns"), QStringLiteral("merge"),
        QStringLiteral("reduce"),          QStringLiteral("filterFieldsByName"),
        QStringLiteral("sortBy"),          QStringLiteral("limit"),
    };
    return known.contains(id);
}

bool isKnownTableReducer(const QString &reducer)
{
    return isKnownStatReducer(reducer);
}

QString reducerTitle(const QString &reducer)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("lastNotNull"), QStringLiteral("Last *")},
        {QStringLiteral("last"), QStringLiteral("Last")},
        {QStringLiteral("firstNotNull"), QStringLiteral("First *")},
        {QStringLiteral("first"), QStringLiteral("First")},
        {QStringLiteral("mean"), QStringLiteral("Mean")},
        {QStringLiteral("min"), QStringLiteral("Min")},
        {QStringLiteral("max"), QStringLiteral("Max")},
        {QStringLiteral("sum"), QStringLiteral("Total")},
        {QStringLiteral("count"), QStringLiteral("Count")},
        {QStringLiteral("range"), QStringLiteral("Range")},
        {QStringLiteral("delta"), QStringLiteral("Delta")},
        {QStringLiteral("diff"), QStringLiteral("Difference")},
    };
    return titles.value(reducer, reducer);
}

QList<TableFrame> applyTransformations(QList<TableFrame> frames,
                                       const QList<GrafanaTransformation> &transformations)
{
    for (const GrafanaTransformation &t : transformations) {
        if (t.disabled)
            continue;
        if (t.id == u"organize")
            frames = eachFrame(std::move(frames), t.options, organize);
        else if (t.id == u"filterFieldsByName")
            frames = eachFrame(std::move(frames), t.options, filterFieldsByName);
        else if (t.id == u"joinByField" || t.id == u"seriesToColumns")
            frames = joinByField(frames, t.options);
        else if (t.id == u"merge")
            frames = merge(frames);
        else if (t.id == u"reduce"
                 && t.options.value(QLatin1String("mode")).toString() == u"reduceFields")
            frames = eachFrame(std::move(frames), t.options, reduceFields);
        else if (t.id == u"reduce")
            frames = reduceToRows(frames, t.options);
        else if (t.id == u"sortBy")
            frames = eachFrame(std::move(frames), t.options, sortRows);
        else if (t.id == u"limit")
            frames = eachFrame(std::move(frames), t.options, limitRows);
    }
    return frames;
}

}  // namespace pc
