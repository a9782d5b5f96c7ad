#include "dashboard/fieldconfig.h"
#include "dashboard/grafanapanel.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <optional>

using Labels = QMap<QString, QString>;
using DrawStyle = pc::FieldConfig::DrawStyle;
using Stacking = pc::FieldConfig::Stacking;
Q_DECLARE_METATYPE(std::optional<double>)

class TestFieldConfig : public QObject
{
    Q_OBJECT

private slots:
    void resolvesDefaultsAndOverrides_data();
    void resolvesDefaultsAndOverrides();
    void laterOverridesWin();
    void readsDrawOptions();
    void mapsValues_data();
    void mapsValues();
    void expandsDisplayNames_data();
    void expandsDisplayNames();
    void formatsUnits_data();
    void formatsUnits();
    void formatsInTheLocale();
    void saysWhatIsNotDrawn();
    void readsLegendOptions_data();
    void readsLegendOptions();
};

namespace {

const QLocale English(QLocale::English, QLocale::UnitedStates);

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// A network panel as popular node dashboards write it: bytes a second, transmit drawn below
// zero, one series pinned red, a query's series renamed.
const char *const NetworkPanel = R"~({
  "defaults": {"unit": "bps", "decimals": 1, "custom": {"fillOpacity": 10, "lineWidth": 1}},
  "overrides": [
    {"matcher": {"id": "byRegexp", "options": "/.*trans.*/i"},
     "properties": [{"id": "custom.transform", "value": "negative-Y"}]},
    {"matcher": {"id": "byName", "options": "eth0 receive"},
     "properties": [{"id": "color", "value": {"mode": "fixed", "fixedColor": "red"}}]},
    {"matcher": {"id": "byFrameRefID", "options": "B"},
     "properties": [{"id": "unit", "value": "Bps"}, {"id": "displayName",
                     "value": "${__field.labels.device} errors"}]},
    {"matcher": {"id": "byType", "options": "number"},
     "properties": [{"id": "min", "value": 0}]},
    {"matcher": {"id": "byType", "options": "time"},
     "properties": [{"id": "max", "value": 5}]}
  ]})~";

}  // namespace

void TestFieldConfig::resolvesDefaultsAndOverrides_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("refId");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("negativeY");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("displayName");

    QTest::addRow("defaults only") << "lo receive"
                                   << "A"
                                   << "bps" << false << ""
                                   << "";
    QTest::addRow("byRegexp, case-insensitive flag") << "eth0 TRANSMIT"
                                                     << "A"
                                                     << "bps" << true << ""
                                                     << "";
    QTest::addRow("byName, exact") << "eth0 receive"
                                   << "A"
                                   << "bps" << false << "red"
                                   << "";
    QTest::addRow("byName is not a prefix") << "eth0 receive2"
                                            << "A"
                                            << "bps" << false << ""
                                            << "";
    QTest::addRow("byFrameRefID") << "x"
                                  << "B"
                                  << "Bps" << false << ""
                                  << "${__field.labels.device} errors";
    QTest::addRow("two overrides on one series") << "eth0 transmit"
                                                 << "B"
                                                 << "Bps" << true << ""
                                                 << "${__field.labels.device} errors";
}

void TestFieldConfig::resolvesDefaultsAndOverrides()
{
    QFETCH(QString, series);
    QFETCH(QString, refId);
    const auto panel = pc::PanelFieldConfig::parse(object(NetworkPanel));
    const pc::FieldConfig config = pc::resolveFieldConfig(panel, series, refId);
    QTEST(config.unit.name, "unit");
    QTEST(config.negativeY, "negativeY");
    QTEST(config.seriesColor(), "color");
    QTEST(config.displayName, "displayName");
    // The defaults hold on every series; byType number reaches them all, byType time none.
    QCOMPARE(config.decimals, std::optional<int>(1));
    QCOMPARE(config.fillOpacity, 10.0);
    QCOMPARE(config.min, std::optional<double>(0));
    QVERIFY(!config.max);
}

void TestFieldConfig::laterOverridesWin()
{
    const auto panel = pc::PanelFieldConfig::parse(object(R"({
      "defaults": {"unit": "short"},
      "overrides": [
        {"matcher": {"id": "byName", "options": "a"}, "properties": [{"id": "unit", "value": "s"}]},
        {"matcher": {"id": "byRegexp", "options": "^a$"},
         "properties": [{"id": "unit", "value": "ms"}, {"id": "decimals", "value": 3}]},
        {"matcher": {"id": "byNames", "options": {"mode": "include", "names": ["a", "b"]}},
         "properties": [{"id": "decimals", "value": null}]}
      ]})"));
    const pc::FieldConfig a = pc::resolveFieldConfig(panel, QStringLiteral("a"), {});
    QCOMPARE(a.unit.name, QStringLiteral("ms"));
    QVERIFY(!a.decimals);
    const pc::FieldConfig c = pc::resolveFieldConfig(panel, QStringLiteral("c"), {});
    QCOMPARE(c.unit.name, QStringLiteral("short"));
    // The panel's own config is not changed by resolving.
    QCOMPARE(panel.defaults.unit.name, QStringLiteral("short"));
}

void TestFieldConfig::readsDrawOptions()
{
    const auto panel = pc::PanelFieldConfig::parse(object(R"({
      "defaults": {
        "custom": {"drawStyle": "bars", "lineWidth": 2, "fillOpacity": 35,
                   "stacking": {"mode": "percent", "group": "B"},
                   "axisSoftMin": 0, "axisSoftMax": 100,
                   "thresholdsStyle": {"mode": "line+area"},
                   "hideFrom": {"legend": true, "tooltip": false, "viz": false}},
        "thresholds": {"mode": "percentage", "steps": [{"color": "red", "value": 80},
                                                       {"color": "green", "value": null}]},
        "noValue": "n/a"
      },
      "overrides": [{"matcher": {"id": "byName", "options": "p"},
                     "properties": [{"id": "custom.drawStyle", "value": "points"},
                                    {"id": "custom.stacking", "value": {"mode": "none"}}]}]})"));
    const pc::FieldConfig bars = pc::resolveFieldConfig(panel, QStringLiteral("x"), {});
    QCOMPARE(bars.drawStyle, DrawStyle::Bars);
    QCOMPARE(bars.lineWidth, 2.0);
    QCOMPARE(bars.fillOpacity, 35.0);
    QCOMPARE(bars.stacking, Stacking::Percent);
    QCOMPARE(bars.stackingGroup, QStringLiteral("B"));
    QCOMPARE(bars.axisSoftMin, std::optional<double>(0));
    QCOMPARE(bars.axisSoftMax, std::optional<double>(100));
    QCOMPARE(bars.thresholdsStyle, QStringLiteral("line+area"));
    QVERIFY(bars.hideFromLegend);
    QVERIFY(!bars.hideFromViz);
    QCOMPARE(bars.thresholds.mode, pc::GrafanaThresholds::Mode::Percentage);
    QCOMPARE(bars.thresholds.steps.size(), 2);
    QCOMPARE(bars.thresholds.steps.first().color, QStringLiteral("green"));
    QCOMPARE(pc::formatFieldValue(bars, std::nullopt, English), QStringLiteral("n/a"));
    QVERIFY(bars.approximated.isEmpty());
    const pc::FieldConfig points = pc::resolveFieldConfig(panel, QStringLiteral("p"), {});
    QCOMPARE(points.drawStyle, DrawStyle::Points);
    QCOMPARE(points.stacking, Stacking::None);
}

void TestFieldConfig::mapsValues_data()
{
    QTest::addColumn<QString>("mappings");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("color");

    const QString upDown = QStringLiteral(
        R"([{"type": "value", "options": {"0": {"text": "Down", "color": "red", "index": 1},
                                           "1": {"text": "Up", "color": "green", "index": 0}}}])");
    QTest::addRow("a value") << upDown << std::optional<double>(1) << true << "Up"
                             << "green";
    QTest::addRow("another value") << upDown << std::optional<double>(0) << true << "Down"
                                   << "red";
    QTest::addRow("a value written 1 matches 1.0")
        << upDown << std::optional<double>(1.0) << true << "Up"
        << "green";
    QTest::addRow("an unmapped value") << upDown << std::optional<double>(2) << false << ""
                                       << "";
    QTest::addRow("null is no value") << upDown << std::optional<double>() << false << ""
                                      << "";

    const QString ranges = QStringLiteral(
        R"([{"type": "range", "options": {"from": 0, "to": 10,
                                           "result": {"text": "low", "index": 0}}},
            {"type": "range", "options": {"from": 10, "to": null,
                                           "result": {"text": "high", "color": "orange",
                                                      "index": 1}}}])");
    QTest::addRow("range, inclusive low") << ranges << std::optional<double>(0) << true << "low"
                                          << "";
    QTest::addRow("range, inclusive high, first wins")
        << ranges << std::optional<double>(10) << true << "low"
        << "";
    QTest::addRow("open range") << ranges << std::optional<double>(1e9) << true << "high"
                                << "orange";
    QTest::addRow("below every range") << ranges << std::optional<double>(-1) << false << ""
                                       << "";

    const QString specials = QStringLiteral(
        R"([{"type": "special", "options": {"match": "null", "result": {"text": "N/A",
                                                                           "index": 0}}},
            {"type": "special", "options": {"match": "nan", "result": {"text": "not a number",
                                                                          "index": 1}}}])");
    QTest::addRow("special null") << specials << std::optional<double>() << true << "N/A"
                                  << "";
    QTest::addRow("special NaN") << specials << std::optional<double>(std::nan("")) << true
                                 << "not a number"
                                 << "";
    QTest::addRow("special, a number") << specials << std::optional<double>(3) << false << ""
                                       << "";
    const QString nullOrNaN = QStringLiteral(
        R"([{"type": "special", "options": {"match": "null+nan", "result": {"text": "-"}}}])");
    QTest::addRow("null+nan takes NaN")
        << nullOrNaN << std::optional<double>(std::nan("")) << true << "-"
        << "";
    QTest::addRow("true never matches a number")
        << QStringLiteral(R"([{"type": "special", "options": {"match": "true",
                                                               "result": {"text": "yes"}}}])")
        << std::optional<double>(1) << false << ""
        << "";

    QTest::addRow("regex") << QStringLiteral(
        R"([{"type": "regex", "options": {"pattern": "^4\\d\\d$", "result": {"text": "4xx"}}}])")
                           << std::optional<double>(404) << true << "4xx"
                           << "";
    QTest::addRow("Grafana 7 value mapping")
        << QStringLiteral(R"([{"id": 0, "op": "=", "text": "Up", "type": 1, "value": "1"}])")
        << std::optional<double>(1) << true << "Up"
        << "";
    QTest::addRow("Grafana 7 null mapping")
        << QStringLiteral(R"([{"id": 0, "op": "=", "text": "N/A", "type": 1, "value": "null"}])")
        << std::optional<double>() << true << "N/A"
        << "";
    QTest::addRow("Grafana 7 range mapping")
        << QStringLiteral(R"([{"from": "0", "to": "5", "text": "few", "type": 2}])")
        << std::optional<double>(3) << true << "few"
        << "";
}

void TestFieldConfig::mapsValues()
{
    QFETCH(QString, mappings);
    QFETCH(std::optional<double>, value);
    const QByteArray json = "{\"defaults\": {\"mappings\": " + mappings.toUtf8() + "}}";
    const auto panel = pc::PanelFieldConfig::parse(QJsonDocument::fromJson(json).object());
    const std::optional<pc::MappedValue> mapped = pc::mapValue(panel.defaults.mappings, value);
    QTEST(mapped.has_value(), "mapped");
    if (mapped) {
        QTEST(mapped->text, "text");
        QTEST(mapped->color, "color");
        QTEST(pc::formatFieldValue(panel.defaults, value, English), "text");
    }
}

void TestFieldConfig::expandsDisplayNames_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty keeps the series' name") << ""
                                                  << "eth0 rx";
    QTest::addRow("plain text") << "Received"
                                << "Received";
    QTest::addRow("a label") << "${__field.labels.device} in"
                             << "eth0 in";
    QTest::addRow("a missing label is empty") << "[${__field.labels.nope}]"
                                              << "[]";
    QTest::addRow("the field's name") << "${__field.name} (bytes)"
                                      << "eth0 rx (bytes)";
    QTest::addRow("the series' name") << "${__series.name}!"
                                      << "eth0 rx!";
    QTest::addRow("all labels") << "${__field.labels}"
                                << "{device=\"eth0\", instance=\"host:9100\"}";
    QTest::addRow("two variables") << "${__field.labels.instance}/${__field.labels.device}"
                                   << "host:9100/eth0";
}

void TestFieldConfig::expandsDisplayNames()
{
    QFETCH(QString, displayName);
    const Labels labels{{"__name__", "node_network_receive_bytes_total"},
                        {"device", "eth0"},
                        {"instance", "host:9100"}};
    QTEST(pc::expandDisplayName(displayName, labels, QStringLiteral("eth0 rx")), "expected");
}

void TestFieldConfig::formatsUnits_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");  // -1: none set
    QTest::addColumn<QString>("expected");

    QTest::addRow("bytes are IEC") << "bytes" << 1536.0 << -1 << "1.5 KiB";
    QTest::addRow("decbytes are SI") << "decbytes" << 1500.0 << -1 << "1.5 kB";
    QTest::addRow("bits are IEC") << "bits" << 2048.0 << -1 << "2 Kib";
    QTest::addRow("decbits are SI") << "decbits" << 1500.0 << -1 << "1.5 kb";
    QTest::addRow("bps") << "bps" << 12.3e6 << -1 << "12.3 Mb/s";
    QTest::addRow("Bps") << "Bps" << 1500.0 << -1 << "1.5 kB/s";
    QTest::addRow("binBps") << "binBps" << 1048576.0 << -1 << "1 MiB/s";
    QTest::addRow("kbytes scale") << "kbytes" << 2048.0 << -1 << "2.0 MiB";
    QTest::addRow("percent") << "percent" << 45.26 << -1 << "45.3%";
    QTest::addRow("percentunit") << "percentunit" << 0.452 << -1 << "45.2%";
    QTest::addRow("s") << "s" << 1.5 << -1 << "1.50 s";
    QTest::addRow("ms") << "ms" << 350.0 << -1 << "350 ms";
    QTest::addRow("µs") << "µs" << 12.0 << -1 << "12 µs";
    QTest::addRow("ns") << "ns" << 500.0 << -1 << "500 ns";
    QTest::addRow("dtdurations") << "dtdurations" << 93784.0 << -1 << "1 day, 2 hours";
    QTest::addRow("dtdurations, whole") << "dtdurations" << 7200.0 << -1 << "2 hours";
    QTest::addRow("short") << "short" << 12345.0 << -1 << "12,345";
    QTest::addRow("none") << "none" << 7.0 << -1 << "7";
    QTest::addRow("iops") << "iops" << 12.0 << -1 << "12 io/s";
    QTest::addRow("ops in thousands") << "ops" << 1500.0 << -1 << "1.5 k ops/s";
    QTest::addRow("reqps") << "reqps" << 4.25 << -1 << "4.3 req/s";
    QTest::addRow("rps") << "rps" << 3.0 << -1 << "3 rd/s";
    QTest::addRow("wps") << "wps" << 3.0 << -1 << "3 wr/s";
    QTest::addRow("hertz") << "hertz" << 2.4e9 << -1 << "2.4 GHz";
    QTest::addRow("celsius") << "celsius" << 21.5 << -1 << "21.5 °C";
    QTest::addRow("fahrenheit") << "fahrenheit" << 70.0 << -1 << "70 °F";
    QTest::addRow("watt") << "watt" << 1500.0 << -1 << "1.5 kW";
    QTest::addRow("kwatt") << "kwatt" << 1.5 << -1 << "1.5 kW";
    QTest::addRow("volt") << "volt" << 230.0 << -1 << "230 V";
    QTest::addRow("amp") << "amp" << 2.5 << -1 << "2.5 A";
    QTest::addRow("dateTimeAsIso, UTC") << "dateTimeAsIso" << 1.7e12 << -1 << "2023-11-14 22:13:20";
    QTest::addRow("decimals 2") << "bytes" << 1536.0 << 2 << "1.50 KiB";
    QTest::addRow("decimals 0 rounds") << "percent" << 45.6 << 0 << "46%";
    QTest::addRow("decimals on a count") << "short" << 12345.0 << 1 << "12.3 k";
}

void TestFieldConfig::formatsUnits()
{
    QFETCH(QString, unit);
    QFETCH(double, value);
    QFETCH(int, decimals);
    pc::FieldConfig config;
    config.unit = pc::GrafanaUnit::fromName(unit);
    QVERIFY(config.unit.recognized);
    if (decimals >= 0)
        config.decimals = decimals;
    QTEST(pc::formatFieldValue(config, value, English), "expected");
}

void TestFieldConfig::formatsInTheLocale()
{
    pc::FieldConfig config;
    config.unit = pc::GrafanaUnit::fromName(QStringLiteral("decbytes"));
    config.decimals = 2;
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(pc::formatFieldValue(config, 1500.0, french), QStringLiteral("1,50 kB"));
    QCOMPARE(pc::formatFieldValue(config, 1500.0, English), QStringLiteral("1.50 kB"));
}

void TestFieldConfig::saysWhatIsNotDrawn()
{
    const auto panel = pc::PanelFieldConfig::parse(object(R"({
      "defaults": {"custom": {"gradientMode": "opacity", "lineInterpolation": "linear",
                              "axisPlacement": "auto", "spanNulls": true,
                              "scaleDistribution": {"type": "log", "log": 2}}},
      "overrides": [
        {"matcher": {"id": "byValue", "options": {"reducer": "max"}},
         "properties": [{"id": "custom.lineStyle", "value": {"fill": "dash"}}]},
        {"matcher": {"id": "byName", "options": "a"},
         "properties": [{"id": "custom.lineStyle", "value": {"fill": "solid"}}]}
      ]})"));
    QCOMPARE(panel.defaults.approximated,
             QStringList({"custom.gradientMode", "custom.scaleDistribution"}));
    const QStringList notes = panel.approximations();
    QCOMPARE(notes.size(), 2);
    QVERIFY2(notes.first().contains("custom.gradientMode, custom.lineStyle, "
                                    "custom.scaleDistribution"),
             qPrintable(notes.first()));
    QVERIFY2(notes.last().contains("byValue"), qPrintable(notes.last()));
    QVERIFY(pc::PanelFieldConfig::parse(object(R"({"defaults": {"unit": "s"}})"))
                .approximations()
                .isEmpty());
}

void TestFieldConfig::readsLegendOptions_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("right");
    QTest::addColumn<QStringList>("calcs");
    QTest::addColumn<QString>("sortBy");
    QTest::addColumn<bool>("sortDesc");
    using Mode = pc::PanelLegend::Mode;
    QTest::addRow("absent: a list at the bottom")
        << "{}" << int(Mode::List) << false << QStringList() << "" << false;
    QTest::addRow("a table on the right, sorted")
        << R"({"displayMode": "table", "placement": "right", "calcs": ["mean", "max", "lastNotNull"],
               "sortBy": "Max", "sortDesc": true, "showLegend": true})"
        << int(Mode::Table) << true << QStringList{"mean", "max", "lastNotNull"} << "Max" << true;
    QTest::addRow("hidden") << R"({"displayMode": "hidden"})" << int(Mode::Hidden) << false
                            << QStringList() << "" << false;
    QTest::addRow("showLegend false hides")
        << R"({"displayMode": "list", "showLegend": false})" << int(Mode::Hidden) << false
        << QStringList() << "" << false;
}

void TestFieldConfig::readsLegendOptions()
{
    QFETCH(QString, json);
    const pc::PanelLegend legend =
        pc::PanelLegend::parse(QJsonDocument::fromJson(json.toUtf8()).object());
    QTEST(int(legend.mode), "mode");
    QTEST(legend.placement == pc::PanelLegend::Placement::Right, "right");
    QTEST(legend.calcs, "calcs");
    QTEST(legend.sortBy, "sortBy");
    QTEST(legend.sortDesc, "sortDesc");
}

QTEST_GUILESS_MAIN(TestFieldConfig)
#include "tst_fieldconfig.moc"
