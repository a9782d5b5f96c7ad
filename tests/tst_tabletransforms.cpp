#include "dashboard/tablecolumns.h"
#include "dashboard/tableframe.h"
#include "dashboard/transformations.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using pc::GrafanaQuery;
using pc::GrafanaTransformation;
using pc::PromQueryResult;
using pc::PromSeries;
using pc::TableField;
using pc::TableFrame;
using Labels = QMap<QString, QString>;

namespace {

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), text.constData());
    return document;
}

// Frames written as the tests read best: [{"refId": "A", "fields": [{"name": "instance",
// "type": "string", "values": ["a", "b"]}, …]}, …]; a null value is a missing one.
QList<TableFrame> frames(const QByteArray &text)
{
    QList<TableFrame> result;
    for (const QJsonValue &item : json(text).array()) {
        TableFrame frame;
        frame.refId = item[QLatin1String("refId")].toString();
        for (const QJsonValue &f : item[QLatin1String("fields")].toArray()) {
            TableField field;
            field.name = f[QLatin1String("name")].toString();
            field.displayName = f[QLatin1String("displayName")].toString();
            const QString type = f[QLatin1String("type")].toString();
            field.type = type == "time"     ? TableField::Type::Time
                         : type == "number" ? TableField::Type::Number
                                            : TableField::Type::String;
            const QVariantMap labels = f[QLatin1String("labels")].toObject().toVariantMap();
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                field.labels.insert(it.key(), it.value().toString());
            for (const QJsonValue &v : f[QLatin1String("values")].toArray())
                field.values.append(v.isNull()     ? QVariant()
                                    : v.isDouble() ? QVariant(v.toDouble())
                                                   : QVariant(v.toString()));
            frame.fields.append(field);
        }
        result.append(frame);
    }
    return result;
}

// A frame as text: its header, then a line a row, cells joined by '|', a missing cell as '-'.
QString text(const TableFrame &frame)
{
    QStringList header;
    for (qsizetype i = 0; i < frame.fields.size(); ++i)
        header.append(frame.displayName(i));
    QStringList lines{header.join('|')};
    for (qsizetype row = 0; row < frame.rowCount(); ++row) {
        QStringList cells;
        for (const TableField &field : frame.fields) {
            const QVariant &value = field.values.value(row);
            cells.append(!value.isValid()                      ? QString("-")
                         : value.typeId() == QMetaType::Double ? QString::number(value.toDouble())
                                                               : value.toString());
        }
        lines.append(cells.join('|'));
    }
    return lines.join('\n');
}

QString text(const QList<TableFrame> &frames)
{
    QStringList parts;
    for (const TableFrame &frame : frames)
        parts.append(text(frame));
    return parts.join("\n--\n");
}

PromSeries series(const Labels &labels, const QList<std::pair<qint64, double>> &samples)
{
    PromSeries s;
    s.labels = labels;
    for (const auto &[time, value] : samples)
        s.samples.append({time, value});
    return s;
}

GrafanaQuery query(const QString &refId, const QString &format, const QString &legend = {})
{
    GrafanaQuery q;
    q.refId = refId;
    q.expr = "up";
    q.format = format;
    q.legendFormat = legend;
    return q;
}

// Two table queries by instance, as a node dashboard's table asks them.
const QByteArray kTwoTables = R"([
  {"refId": "A", "fields": [
    {"name": "Time", "type": "time", "values": [1000, 1000]},
    {"name": "instance", "type": "string", "values": ["b:9100", "a:9100"]},
    {"name": "job", "type": "string", "values": ["node", "node"]},
    {"name": "Value #A", "type": "number", "values": [4, 8]}]},
  {"refId": "B", "fields": [
    {"name": "Time", "type": "time", "values": [1000, 1000]},
    {"name": "instance", "type": "string", "values": ["a:9100", "c:9100"]},
    {"name": "job", "type": "string", "values": ["node", "node"]},
    {"name": "Value #B", "type": "number", "values": [16, 32]}]}])";

// Two time series of one query, as a range query in a table panel gives them.
const QByteArray kTwoSeries = R"([
  {"refId": "A", "fields": [
    {"name": "Time", "type": "time", "values": [1000, 2000, 3000]},
    {"name": "Value", "type": "number", "displayName": "a:9100",
     "labels": {"instance": "a:9100"}, "values": [1, 5, 3]}]},
  {"refId": "A", "fields": [
    {"name": "Time", "type": "time", "values": [1000, 2000, 3000]},
    {"name": "Value", "type": "number", "displayName": "b:9100",
     "labels": {"instance": "b:9100"}, "values": [10, null, 20]}]}])";

}  // namespace

/// The pure side of table panels: Prometheus answers into Grafana's data frames, the
/// transformations organize, joinByField, merge, reduce, filterFieldsByName, sortBy and limit,
/// and the columns' field config and cell text.
class TestTableTransforms : public QObject
{
    Q_OBJECT

private slots:
    void framesFromAnswers_data();
    void framesFromAnswers();
    void combinesFrames_data();
    void combinesFrames();
    void reshapesFrames_data();
    void reshapesFrames();
    void unknownTransformationsAreKnownAsSuch();
    void columnConfigFromDefaultsAndOverrides_data();
    void columnConfigFromDefaultsAndOverrides();
    void formatsCells_data();
    void formatsCells();
    void saysWhichPropertiesItDoesNotHonour();
};

void TestTableTransforms::framesFromAnswers_data()
{
    QTest::addColumn<QList<PromQueryResult>>("results");
    QTest::addColumn<QList<GrafanaQuery>>("queries");
    QTest::addColumn<QString>("expected");

    PromQueryResult cores;
    cores.series = {series({{"instance", "b"}, {"job", "node"}}, {{1000, 4}}),
                    series({{"instance", "a"}}, {{1000, 8}})};
    QTest::addRow("one table query: Time, the labels in name order, Value, sorted by labels")
        << QList<PromQueryResult>{cores} << QList<GrafanaQuery>{query("A", "table")}
        << "Time|instance|job|Value\n1000|a|-|8\n1000|b|node|4";

    PromQueryResult memory;
    memory.series = {series({{"instance", "a"}}, {{1000, 2048}})};
    QTest::addRow("several table queries: Value #refId")
        << QList<PromQueryResult>{cores, memory}
        << QList<GrafanaQuery>{query("A", "table"), query("B", "table")}
        << "Time|instance|job|Value #A\n1000|a|-|8\n1000|b|node|4\n--\n"
           "Time|instance|Value #B\n1000|a|2048";

    PromQueryResult range;
    range.type = PromQueryResult::Type::Matrix;
    range.series = {series({{"instance", "a"}}, {{1000, 1}, {2000, 2}})};
    QTest::addRow("a table query over a range: a row a sample")
        << QList<PromQueryResult>{range} << QList<GrafanaQuery>{query("A", "table")}
        << "Time|instance|Value\n1000|a|1\n2000|a|2";
    QTest::addRow("a time series query: a frame a series, named by its legend")
        << QList<PromQueryResult>{range}
        << QList<GrafanaQuery>{query("A", "time_series", "{{instance}} up")}
        << "Time|a up\n1000|1\n2000|2";

    PromQueryResult scalar;
    scalar.type = PromQueryResult::Type::Scalar;
    scalar.scalar = {5000, 42};
    QTest::addRow("a scalar: one row without labels")
        << QList<PromQueryResult>{scalar} << QList<GrafanaQuery>{query("A", "table")}
        << "Time|Value\n5000|42";
    QTest::addRow("an empty answer: the header alone")
        << QList<PromQueryResult>{PromQueryResult()} << QList<GrafanaQuery>{query("A", "table")}
        << "Time|Value";
}

void TestTableTransforms::framesFromAnswers()
{
    QFETCH(QList<PromQueryResult>, results);
    QFETCH(QList<GrafanaQuery>, queries);
    QFETCH(QString, expected);
    QCOMPARE(text(pc::framesFromResults(results, queries)), expected);
}

namespace {

void addTransformationColumns()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("transformations");
    QTest::addColumn<QString>("expected");
}

void checkTransformations()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, transformations);
    QFETCH(QString, expected);
    const QList<GrafanaTransformation> list =
        GrafanaTransformation::listFrom(json(transformations).array());
    QCOMPARE(text(pc::applyTransformations(frames(input), list)), expected);
}

}  // namespace

void TestTableTransforms::combinesFrames_data()
{
    addTransformationColumns();

    QTest::addRow("joinByField instance, outer: every instance, sorted, names numbered")
        << kTwoTables
        << QByteArray(R"([{"id": "joinByField", "options": {"byField": "instance"}}])")
        << "instance|Time 1|job 1|Value #A|Time 2|job 2|Value #B\n"
           "a:9100|1000|node|8|1000|node|16\n"
           "b:9100|1000|node|4|-|-|-\n"
           "c:9100|-|-|-|1000|node|32";
    QTest::addRow("joinByField inner: the instances both have")
        << kTwoTables
        << QByteArray(
               R"([{"id": "joinByField", "options": {"byField": "instance", "mode": "inner"}}])")
        << "instance|Time 1|job 1|Value #A|Time 2|job 2|Value #B\n"
           "a:9100|1000|node|8|1000|node|16";
    QTest::addRow("seriesToColumns, the older id, without byField: joined on time")
        << kTwoSeries << QByteArray(R"([{"id": "seriesToColumns", "options": {}}])")
        << "Time|a:9100|b:9100\n1000|1|10\n2000|5|-\n3000|3|20";
    QTest::addRow("join then organize: numbered names excluded, renamed, reordered")
        << kTwoTables << QByteArray(R"([{"id": "joinByField", "options": {"byField": "instance"}},
             {"id": "organize", "options": {
               "excludeByName": {"Time 1": true, "Time 2": true, "job 2": true},
               "indexByName": {"Value #B": 0, "instance": 1},
               "renameByName": {"Value #A": "Cores", "Value #B": "Memory", "job 1": "Job"}}}])")
        << "Memory|instance|Job|Cores\n16|a:9100|node|8\n-|b:9100|node|4\n32|c:9100|-|-";
    QTest::addRow("merge: rows of equal keys become one")
        << kTwoTables << QByteArray(R"([{"id": "merge", "options": {}}])")
        << "Time|instance|job|Value #A|Value #B\n1000|b:9100|node|4|-\n"
           "1000|a:9100|node|8|16\n1000|c:9100|node|-|32";
    QTest::addRow("merge of a single frame changes nothing")
        << QByteArray(R"([{"fields": [{"name": "x", "type": "number", "values": [1]}]}])")
        << QByteArray(R"([{"id": "merge", "options": {}}])") << "x\n1";
}

void TestTableTransforms::combinesFrames()
{
    checkTransformations();
}

void TestTableTransforms::reshapesFrames_data()
{
    addTransformationColumns();
    QTest::addRow("organize on each frame, a rename to nothing ignored")
        << kTwoSeries
        << QByteArray(R"([{"id": "organize", "options": {"excludeByName": {"Time": true},
             "renameByName": {"a:9100": "A", "b:9100": ""}}}])")
        << "A\n1\n5\n3\n--\nb:9100\n10\n-\n20";
    QTest::addRow("reduce seriesToRows: a row a series, a column a reducer")
        << kTwoSeries
        << QByteArray(
               R"([{"id": "reduce", "options": {"reducers": ["lastNotNull", "max", "mean", "sum"]}}])")
        << "Field|Last *|Max|Mean|Total\na:9100|3|5|3|9\nb:9100|20|20|15|30";
    QTest::addRow("reduce with labelsToFields: the labels as columns")
        << kTwoSeries
        << QByteArray(
               R"([{"id": "reduce", "options": {"reducers": ["last"], "labelsToFields": true}}])")
        << "Field|instance|Last\nValue|a:9100|3\nValue|b:9100|20";
    QTest::addRow("reduce without reducers: Last *")
        << kTwoSeries << QByteArray(R"([{"id": "reduce", "options": {}}])")
        << "Field|Last *\na:9100|3\nb:9100|20";
    QTest::addRow("reduce reduceFields: each field to one value, time left out")
        << kTwoSeries
        << QByteArray(
               R"([{"id": "reduce", "options": {"mode": "reduceFields", "reducers": ["max"]}}])")
        << "a:9100\n5\n--\nb:9100\n20";
    QTest::addRow("filterFieldsByName include names")
        << kTwoTables << QByteArray(R"([{"id": "filterFieldsByName", "options": {"include": {
               "names": ["instance", "Value #A", "Value #B"]}}}])")
        << "instance|Value #A\nb:9100|4\na:9100|8\n--\ninstance|Value #B\na:9100|16\nc:9100|32";
    QTest::addRow("filterFieldsByName include pattern, slashed with a flag")
        << kTwoTables
        << QByteArray(
               R"([{"id": "filterFieldsByName", "options": {"include": {"pattern": "/^value/i"}}}])")
        << "Value #A\n4\n8\n--\nValue #B\n16\n32";
    QTest::addRow("filterFieldsByName exclude pattern")
        << kTwoTables
        << QByteArray(
               R"([{"id": "filterFieldsByName", "options": {"exclude": {"pattern": "Time|job"}}}])")
        << "instance|Value #A\nb:9100|4\na:9100|8\n--\ninstance|Value #B\na:9100|16\nc:9100|32";
    QTest::addRow("sortBy a column, descending, then limit")
        << kTwoTables << QByteArray(R"([{"id": "merge"}, {"id": "sortBy", "options": {"sort": [
               {"field": "instance", "desc": true}]}}, {"id": "limit", "options": {"limitField": 2}}])")
        << "Time|instance|job|Value #A|Value #B\n1000|c:9100|node|-|32\n1000|b:9100|node|4|-";
    QTest::addRow("a disabled transformation is not applied")
        << kTwoTables << QByteArray(R"([{"id": "merge", "disabled": true}])")
        << "Time|instance|job|Value #A\n1000|b:9100|node|4\n1000|a:9100|node|8\n--\n"
           "Time|instance|job|Value #B\n1000|a:9100|node|16\n1000|c:9100|node|32";
    QTest::addRow("an unknown transformation changes nothing")
        << kTwoSeries << QByteArray(R"([{"id": "calculateField", "options": {}}])")
        << "Time|a:9100\n1000|1\n2000|5\n3000|3\n--\nTime|b:9100\n1000|10\n2000|-\n3000|20";
}

void TestTableTransforms::reshapesFrames()
{
    checkTransformations();
}

void TestTableTransforms::unknownTransformationsAreKnownAsSuch()
{
    for (const char *id : {"organize", "joinByField", "seriesToColumns", "merge", "reduce",
                           "filterFieldsByName", "sortBy", "limit"})
        QVERIFY2(pc::isKnownTransformation(id), id);
    QVERIFY(!pc::isKnownTransformation("calculateField"));
    QVERIFY(!pc::isKnownTransformation(""));
    QVERIFY(pc::isKnownTableReducer("lastNotNull"));
    QVERIFY(!pc::isKnownTableReducer("median"));
    QCOMPARE(pc::reducerTitle("sum"), QString("Total"));
    QCOMPARE(pc::reducerTitle("median"), QString("median"));
}

void TestTableTransforms::columnConfigFromDefaultsAndOverrides_data()
{
    QTest::addColumn<QByteArray>("fieldConfig");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");  // displayName|unit|decimals|width|align|cell

    const QByteArray config = R"({"defaults": {"unit": "bytes", "custom": {"align": "left"}},
        "overrides": [
          {"matcher": {"id": "byName", "options": "Value #A"}, "properties": [
            {"id": "displayName", "value": "Cores"}, {"id": "unit", "value": "short"},
            {"id": "decimals", "value": 0}, {"id": "custom.width", "value": 80}]},
          {"matcher": {"id": "byRegexp", "options": "Value #[BC]"}, "properties": [
            {"id": "custom.cellOptions", "value": {"type": "color-background"}}]},
          {"matcher": {"id": "byType", "options": "string"}, "properties": [
            {"id": "custom.align", "value": "center"}]}]})";
    QTest::addRow("defaults only") << config << "Time"
                                   << "|bytes|-|-|left|";
    QTest::addRow("byName: name, unit, decimals, width") << config << "Value #A"
                                                         << "Cores|short|0|80|left|";
    QTest::addRow("byRegexp, anchored: a cell type") << config << "Value #B"
                                                     << "|bytes|-|-|left|color-background";
    QTest::addRow("byType string") << config << "instance"
                                   << "|bytes|-|-|center|";
}

void TestTableTransforms::columnConfigFromDefaultsAndOverrides()
{
    QFETCH(QByteArray, fieldConfig);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    pc::GrafanaPanel panel;
    panel.fieldConfig = json(fieldConfig).object();
    const pc::TablePanelOptions options = pc::TablePanelOptions::fromPanel(panel);
    const TableFrame frame = frames(kTwoTables).first();
    const QList<TableFrame> both = frames(kTwoTables);
    const TableFrame &holder = frame.indexOf(column) >= 0 ? frame : both.last();
    const qsizetype index = holder.indexOf(column);
    QVERIFY(index >= 0);
    const pc::TableColumnConfig c = options.column(holder, index);
    const QString actual = QStringList{c.displayName,
                                       c.unit.name,
                                       c.decimals ? QString::number(*c.decimals) : "-",
                                       c.width ? QString::number(*c.width) : "-",
                                       c.align,
                                       c.cellType}
                               .join('|');
    QCOMPARE(actual, expected);
}

void TestTableTransforms::formatsCells_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("decimals");  // -1: none
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("bytes") << "bytes" << -1 << QVariant(1536.0) << "1.5 KiB";
    QTest::addRow("bytes, two decimals") << "bytes" << 2 << QVariant(1536.0) << "1.50 KiB";
    QTest::addRow("percent") << "percent" << -1 << QVariant(45.26) << "45.3%";
    QTest::addRow("percent, no decimals") << "percent" << 0 << QVariant(45.26) << "45%";
    QTest::addRow("ms scaled to seconds") << "ms" << -1 << QVariant(250.0) << "250 ms";
    QTest::addRow("short, whole") << "short" << -1 << QVariant(4.0) << "4";
    QTest::addRow("short, a prefix") << "short" << -1 << QVariant(12345.0) << "12.3 k";
    QTest::addRow("seconds, in hours") << "s" << -1 << QVariant(15725.94) << "4.37 h";
    QTest::addRow("short, one decimal, a prefix") << "short" << 1 << QVariant(12345.0) << "12.3 k";
    QTest::addRow("NaN as Prometheus writes it") << "" << 2 << QVariant(std::nan("")) << "NaN";
    QTest::addRow("a string as it is") << "bytes" << -1 << QVariant("a:9100") << "a:9100";
    QTest::addRow("a missing value, empty") << "bytes" << -1 << QVariant() << "";
}

void TestTableTransforms::formatsCells()
{
    QFETCH(QString, unit);
    QFETCH(int, decimals);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    TableField field;
    field.type =
        value.typeId() == QMetaType::QString ? TableField::Type::String : TableField::Type::Number;
    field.values = {value};
    pc::TableColumnConfig config;
    config.unit = pc::GrafanaUnit::fromName(unit);
    if (decimals >= 0)
        config.decimals = decimals;
    QCOMPARE(pc::formatTableCell(field, 0, config, QLocale::c()), expected);

    TableField time;
    time.type = TableField::Type::Time;
    time.values = {1.7e12};
    QCOMPARE(pc::formatTableCell(time, 0, config, QLocale::c()),
             QDateTime::fromMSecsSinceEpoch(qint64(1.7e12)).toString("yyyy-MM-dd HH:mm:ss"));
}

void TestTableTransforms::saysWhichPropertiesItDoesNotHonour()
{
    pc::GrafanaPanel panel;
    panel.fieldConfig = json(R"({"defaults": {"custom": {"displayMode": "gradient-gauge"},
        "mappings": [{"type": "value"}]},
        "overrides": [{"matcher": {"id": "byName", "options": "x"}, "properties": [
          {"id": "custom.cellOptions", "value": {"type": "color-text"}},
          {"id": "links", "value": []}, {"id": "custom.cellOptions", "value": {"type": "json-view"}},
          {"id": "custom.filterable", "value": true}, {"id": "mappings", "value": [{}]}]}]})")
                            .object();
    panel.options = json(R"({"sortBy": [{"displayName": "x", "desc": true}]})").object();
    const pc::TablePanelOptions options = pc::TablePanelOptions::fromPanel(panel);
    QCOMPARE(options.unsupportedProperties(),
             QStringList({"mappings", "gradient-gauge", "json-view"}));
    QCOMPARE(options.sortBy, QString("x"));
    QVERIFY(options.sortDescending);
}

QTEST_GUILESS_MAIN(TestTableTransforms)
#include "tst_tabletransforms.moc"
