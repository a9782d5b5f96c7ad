#include "chart/legendformat.h"
#include "dashboard/grafanadashboard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace std::chrono_literals;
using pc::GrafanaDashboard;
using pc::GrafanaDashboardError;
using pc::GrafanaPanel;
using pc::GrafanaThresholds;
using Unit = pc::DisplayFormat::Unit;
using Kind = GrafanaPanel::Kind;
using Labels = QMap<QString, QString>;

namespace {

const QString kShippedPath =
    QStringLiteral(PC_SOURCE_DIR "/resources/grafana/dashboards/prom-companion.json");

GrafanaDashboard parsed(const QByteArray &json)
{
    const pc::GrafanaDashboardOutcome outcome = GrafanaDashboard::parse(json);
    if (const auto *error = std::get_if<GrafanaDashboardError>(&outcome))
        qFatal("unexpected error: %s", qPrintable(error->message));
    return std::get<GrafanaDashboard>(outcome);
}

GrafanaDashboard shipped()
{
    const pc::GrafanaDashboardOutcome outcome = GrafanaDashboard::fromFile(kShippedPath);
    if (const auto *error = std::get_if<GrafanaDashboardError>(&outcome))
        qFatal("%s", qPrintable(error->message));
    return std::get<GrafanaDashboard>(outcome);
}

// "green@-inf orange@0.01": a readable form of a panel's steps.
QString stepsText(const GrafanaThresholds &thresholds)
{
    QStringList steps;
    for (const GrafanaThresholds::Step &step : thresholds.steps)
        steps.append(
            step.color + u'@'
            + (std::isinf(step.value) ? QStringLiteral("-inf") : QString::number(step.value)));
    return steps.join(u' ');
}

// "A=p50 B=p95": refIds with their legend formats.
QString targetsText(const GrafanaPanel &panel)
{
    QStringList targets;
    for (const pc::GrafanaQuery &target : panel.queries)
        targets.append(target.refId + u'=' + target.legendFormat);
    return targets.join(u' ');
}

GrafanaThresholds steps(std::initializer_list<std::pair<const char *, double>> list,
                        GrafanaThresholds::Mode mode = GrafanaThresholds::Mode::Absolute)
{
    GrafanaThresholds thresholds;
    thresholds.mode = mode;
    for (const auto &[color, value] : list)
        thresholds.steps.append({QString::fromUtf8(color), value});
    return thresholds;
}

constexpr double kBase = -std::numeric_limits<double>::infinity();

}  // namespace

class TestGrafanaDashboard : public QObject
{
    Q_OBJECT

private slots:
    void readsTheShippedDashboard();
    void embeddedDashboardIsTheShippedFile();
    void readsEveryShippedPanel_data();
    void readsEveryShippedPanel();
    void everyShippedPanelIsDrawable();
    void panelsTileTheGrid();
    void mapsUnits_data();
    void mapsUnits();
    void expandsLegendFormats_data();
    void expandsLegendFormats();
    void colorsByThresholds_data();
    void colorsByThresholds();
    void mapsGrafanaColors_data();
    void mapsGrafanaColors();
    void readsOtherShapes();
    void rejectsWhatIsNotADashboard_data();
    void rejectsWhatIsNotADashboard();
    void readsTimeRanges_data();
    void readsTimeRanges();
};

void TestGrafanaDashboard::readsTheShippedDashboard()
{
    const GrafanaDashboard dashboard = shipped();
    QCOMPARE(dashboard.uid, QStringLiteral("prom-companion"));
    QCOMPARE(dashboard.title, QStringLiteral("Prom Companion"));
    QCOMPARE(dashboard.timeFrom, QStringLiteral("now-15m"));
    QCOMPARE(dashboard.timeTo, QStringLiteral("now"));
    QCOMPARE(dashboard.timeRange(), std::optional<std::chrono::milliseconds>(15min));
    QCOMPARE(dashboard.refresh, QStringLiteral("5s"));
    QCOMPARE(dashboard.refreshInterval(), std::optional<std::chrono::milliseconds>(5s));
}

void TestGrafanaDashboard::embeddedDashboardIsTheShippedFile()
{
    const pc::GrafanaDashboardOutcome embedded = GrafanaDashboard::shipped();
    QVERIFY2(std::holds_alternative<GrafanaDashboard>(embedded),
             "the dashboard resource is missing from pccore");
    QFile resource(QStringLiteral(":/resources/grafana/dashboards/prom-companion.json"));
    QFile file(kShippedPath);
    QVERIFY(resource.open(QIODevice::ReadOnly) && file.open(QIODevice::ReadOnly));
    QCOMPARE(resource.readAll(), file.readAll());
}

void TestGrafanaDashboard::readsEveryShippedPanel_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<int>>("grid");  // x, y, w, h
    QTest::addColumn<QString>("unitName");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("thresholds");
    QTest::addColumn<int>("decimals");  // -1: not set
    QTest::addColumn<double>("min");    // NaN: not set

    const QString green = QStringLiteral("green@-inf");
    const double none = qQNaN();
    // clang-format off
    QTest::addRow("1 Requests answered") << 1 << Kind::Stat << "Requests answered" << QList<int>{0, 0, 5, 4}
        << "short" << Unit::Count << "A=__auto" << green << 0 << none;
    QTest::addRow("2 Request rate") << 2 << Kind::Stat << "Request rate" << QList<int>{5, 0, 5, 4}
        << "reqps" << Unit::RequestsPerSecond << "A=__auto" << green << -1 << none;
    QTest::addRow("3 Error ratio") << 3 << Kind::Stat << "Error ratio (5xx)" << QList<int>{10, 0, 5, 4}
        << "percentunit" << Unit::Ratio << "A=__auto" << "green@-inf orange@0.01 red@0.05" << -1 << none;
    QTest::addRow("4 Latency p95") << 4 << Kind::Stat << "Latency p95" << QList<int>{15, 0, 5, 4}
        << "s" << Unit::Seconds << "A=__auto" << "green@-inf orange@0.25 red@1" << -1 << none;
    QTest::addRow("5 Uptime") << 5 << Kind::Stat << "Uptime" << QList<int>{20, 0, 4, 4}
        << "s" << Unit::Seconds << "A=__auto" << green << -1 << none;
    QTest::addRow("6 Requests per series") << 6 << Kind::TimeSeries << "Requests answered, per series"
        << QList<int>{0, 4, 12, 8} << "short" << Unit::Count << "A={{method}} {{path}} {{code}}" << green << -1 << 0.0;
    QTest::addRow("7 Rate by code") << 7 << Kind::TimeSeries << "Request rate by status code"
        << QList<int>{12, 4, 12, 8} << "reqps" << Unit::RequestsPerSecond << "A={{code}}" << green << -1 << 0.0;
    QTest::addRow("8 Latency quantiles") << 8 << Kind::TimeSeries << "Latency quantiles"
        << QList<int>{0, 12, 12, 8} << "s" << Unit::Seconds << "A=p50 B=p95 C=p99" << green << -1 << 0.0;
    QTest::addRow("9 p95 by path") << 9 << Kind::TimeSeries << "Latency p95 by path"
        << QList<int>{12, 12, 12, 8} << "s" << Unit::Seconds << "A={{path}}" << green << -1 << 0.0;
    QTest::addRow("10 Process CPU") << 10 << Kind::TimeSeries << "Process CPU"
        << QList<int>{0, 20, 8, 8} << "percentunit" << Unit::Ratio << "A=cpu" << green << -1 << 0.0;
    QTest::addRow("11 Memory") << 11 << Kind::TimeSeries << "Memory"
        << QList<int>{8, 20, 8, 8} << "bytes" << Unit::Bytes << "A=resident B=virtual" << green << -1 << 0.0;
    QTest::addRow("12 Open fds") << 12 << Kind::TimeSeries << "Open file descriptors"
        << QList<int>{16, 20, 8, 8} << "short" << Unit::Count << "A=open" << green << -1 << 0.0;
    // clang-format on
}

void TestGrafanaDashboard::readsEveryShippedPanel()
{
    QFETCH(int, id);
    QFETCH(Kind, kind);
    QFETCH(QString, title);
    QFETCH(QList<int>, grid);
    QFETCH(QString, unitName);
    QFETCH(Unit, unit);
    QFETCH(QString, targets);
    QFETCH(QString, thresholds);
    QFETCH(int, decimals);
    QFETCH(double, min);

    const GrafanaDashboard dashboard = shipped();
    const auto found = std::find_if(dashboard.panels.cbegin(), dashboard.panels.cend(),
                                    [id](const GrafanaPanel &p) { return p.id == id; });
    QVERIFY2(found != dashboard.panels.cend(), "panel missing from the dashboard");
    const GrafanaPanel &panel = *found;
    QCOMPARE(panel.kind, kind);
    QCOMPARE(panel.title, title);
    QVERIFY(!panel.description.isEmpty());
    QCOMPARE((QList<int>{panel.gridPos.x, panel.gridPos.y, panel.gridPos.w, panel.gridPos.h}),
             grid);
    QCOMPARE(panel.unit.name, unitName);
    QCOMPARE(panel.unit.unit, unit);
    QCOMPARE(panel.unit.scale, 1.0);
    QCOMPARE(targetsText(panel), targets);
    for (const pc::GrafanaQuery &target : panel.queries) {
        QVERIFY(target.expr.contains(QLatin1String("job=\"my_app\"")));
        QVERIFY(!target.hidden);
    }
    QCOMPARE(stepsText(panel.thresholds), thresholds);
    QCOMPARE(panel.thresholds.mode, GrafanaThresholds::Mode::Absolute);
    QCOMPARE(panel.decimals.value_or(-1), decimals);
    QCOMPARE(panel.min.has_value(), !std::isnan(min));
    if (panel.min)
        QCOMPARE(*panel.min, min);
    QVERIFY(!panel.max.has_value());
    if (kind == Kind::Stat) {
        QCOMPARE(panel.reducer, QStringLiteral("lastNotNull"));
        QCOMPARE(panel.colorMode, QStringLiteral("value"));
    }
}

void TestGrafanaDashboard::everyShippedPanelIsDrawable()
{
    // A panel added to the file needs a row above, and a type and unit the app knows.
    const GrafanaDashboard dashboard = shipped();
    QCOMPARE(dashboard.panels.size(), 12);
    QSet<int> ids;
    for (const GrafanaPanel &panel : dashboard.panels) {
        ids.insert(panel.id);
        QVERIFY2(panel.kind != Kind::Unknown, qPrintable(panel.type));
        QVERIFY2(panel.unit.recognized, qPrintable(panel.unit.name));
        QVERIFY2(!panel.queries.isEmpty(), qPrintable(panel.title));
    }
    QCOMPARE(ids.size(), dashboard.panels.size());
}

void TestGrafanaDashboard::panelsTileTheGrid()
{
    // Within the 24 columns, and no two panels on the same cell.
    QSet<QPair<int, int>> cells;
    for (const GrafanaPanel &panel : shipped().panels) {
        const pc::GrafanaGridPos &pos = panel.gridPos;
        QVERIFY2(pos.x >= 0 && pos.w > 0 && pos.x + pos.w <= 24, qPrintable(panel.title));
        for (int x = pos.x; x < pos.x + pos.w; ++x) {
            for (int y = pos.y; y < pos.y + pos.h; ++y) {
                QVERIFY2(!cells.contains({x, y}), qPrintable(panel.title));
                cells.insert({x, y});
            }
        }
    }
}

void TestGrafanaDashboard::mapsUnits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("recognized");

    QTest::addRow("reqps") << "reqps" << Unit::RequestsPerSecond << 1.0 << true;
    QTest::addRow("ops") << "ops" << Unit::OpsPerSecond << 1.0 << true;
    QTest::addRow("iops") << "iops" << Unit::IoPerSecond << 1.0 << true;
    QTest::addRow("Bps is SI") << "Bps" << Unit::BytesPerSecond << 1.0 << true;
    QTest::addRow("binBps is IEC") << "binBps" << Unit::BinBytesPerSecond << 1.0 << true;
    QTest::addRow("bps") << "bps" << Unit::BitsPerSecond << 1.0 << true;
    QTest::addRow("kwatt scales to watts") << "kwatt" << Unit::Watt << 1000.0 << true;
    QTest::addRow("dtdurations") << "dtdurations" << Unit::Duration << 1.0 << true;
    QTest::addRow("s") << "s" << Unit::Seconds << 1.0 << true;
    QTest::addRow("ms scales to seconds") << "ms" << Unit::Seconds << 0.001 << true;
    QTest::addRow("µs") << "µs" << Unit::Seconds << 1e-6 << true;
    QTest::addRow("ns") << "ns" << Unit::Seconds << 1e-9 << true;
    QTest::addRow("bytes") << "bytes" << Unit::Bytes << 1.0 << true;
    QTest::addRow("decbytes is SI") << "decbytes" << Unit::DecBytes << 1.0 << true;
    QTest::addRow("kbytes") << "kbytes" << Unit::Bytes << 1024.0 << true;
    QTest::addRow("percentunit") << "percentunit" << Unit::Ratio << 1.0 << true;
    QTest::addRow("percent") << "percent" << Unit::Percent << 1.0 << true;
    QTest::addRow("short") << "short" << Unit::Count << 1.0 << true;
    QTest::addRow("none") << "none" << Unit::Count << 1.0 << true;
    QTest::addRow("empty") << "" << Unit::Count << 1.0 << true;
    QTest::addRow("celsius") << "celsius" << Unit::Celsius << 1.0 << true;
    QTest::addRow("unknown is a count, named") << "lengthmm" << Unit::Count << 1.0 << false;
    QTest::addRow("case matters, as in Grafana") << "Bytes" << Unit::Count << 1.0 << false;
}

void TestGrafanaDashboard::mapsUnits()
{
    QFETCH(QString, name);
    QFETCH(Unit, unit);
    QFETCH(double, scale);
    QFETCH(bool, recognized);
    const pc::GrafanaUnit mapped = pc::GrafanaUnit::fromName(name);
    QCOMPARE(mapped.name, name);
    QCOMPARE(mapped.unit, unit);
    QCOMPARE(mapped.scale, scale);
    QCOMPARE(mapped.recognized, recognized);
}

void TestGrafanaDashboard::expandsLegendFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");

    const QMap<QString, QString> request{{"__name__", "http_requests_total"},
                                         {"method", "GET"},
                                         {"path", "/error"},
                                         {"code", "500"}};
    QTest::addRow("one label") << "{{code}}" << request << ""
                               << "500";
    QTest::addRow("three labels") << "{{method}} {{path}} {{code}}" << request << ""
                                  << "GET /error 500";
    QTest::addRow("spaces inside braces") << "{{ path }} ({{  code}})" << request << ""
                                          << "/error (500)";
    QTest::addRow("missing label is empty") << "{{code}} {{instance}}!" << request << ""
                                            << "500 !";
    QTest::addRow("no template") << "p95" << request << ""
                                 << "p95";
    QTest::addRow("text around") << "status={{code}};" << request << ""
                                 << "status=500;";
    QTest::addRow("the metric name") << "{{__name__}}" << request << ""
                                     << "http_requests_total";
    QTest::addRow("empty braces stay") << "{{}}" << request << ""
                                       << "{{}}";
    // Grafana's lazy pattern reads `{{}} {{code}}` as one placeholder, "}} {{code".
    QTest::addRow("empty braces then a label, as Grafana") << "{{}} {{code}}" << request << ""
                                                           << "";
    QTest::addRow("unclosed braces stay") << "{{code" << request << ""
                                          << "{{code";
    QTest::addRow("adjacent") << "{{method}}{{code}}" << request << ""
                              << "GET500";
    QTest::addRow("unicode value")
        << "{{path}}" << QMap<QString, QString>{{"path", "/caf\u00e9"}} << ""
        << "/caf\u00e9";
    QTest::addRow("empty format: the label set")
        << "" << request << ""
        << "http_requests_total{code=\"500\", method=\"GET\", path=\"/error\"}";
    QTest::addRow("__auto: the label set")
        << "__auto" << QMap<QString, QString>{{"code", "200"}} << ""
        << "{code=\"200\"}";
    QTest::addRow("empty format, name only")
        << "" << QMap<QString, QString>{{"__name__", "up"}} << ""
        << "up";
    QTest::addRow("__auto, no labels: the fallback")
        << "__auto" << QMap<QString, QString>{} << "sum(rate(x[1m]))"
        << "sum(rate(x[1m]))";
    QTest::addRow("empty format, no labels, no fallback") << "" << QMap<QString, QString>{} << ""
                                                          << "{}";
}

void TestGrafanaDashboard::expandsLegendFormats()
{
    QFETCH(QString, format);
    QFETCH(Labels, labels);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    QCOMPARE(pc::expandLegendFormat(format, labels, fallback), expected);
    QCOMPARE(pc::isAutoLegendFormat(format), format.isEmpty() || format == "__auto");
}

void TestGrafanaDashboard::colorsByThresholds_data()
{
    QTest::addColumn<GrafanaThresholds>("thresholds");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("color");

    const GrafanaThresholds errorRatio = steps({{"green", kBase}, {"orange", 0.01}, {"red", 0.05}});
    QTest::addRow("below the first step: base") << errorRatio << 0.0 << "green";
    QTest::addRow("negative: base") << errorRatio << -5.0 << "green";
    QTest::addRow("exactly a step: that step") << errorRatio << 0.01 << "orange";
    QTest::addRow("between steps") << errorRatio << 0.03 << "orange";
    QTest::addRow("above the last") << errorRatio << 0.5 << "red";
    QTest::addRow("infinity") << errorRatio << qInf() << "red";
    QTest::addRow("NaN: base") << errorRatio << qQNaN() << "green";
    QTest::addRow("only a base") << steps({{"green", kBase}}) << 1e9 << "green";
    QTest::addRow("no steps: no colour") << GrafanaThresholds{} << 1.0 << "";
    const GrafanaThresholds percent =
        steps({{"green", kBase}, {"red", 80}}, GrafanaThresholds::Mode::Percentage);
    QTest::addRow("percentage of 0..100, below") << percent << 79.0 << "green";
    QTest::addRow("percentage of 0..100, above") << percent << 80.0 << "red";
}

void TestGrafanaDashboard::colorsByThresholds()
{
    QFETCH(GrafanaThresholds, thresholds);
    QFETCH(double, value);
    QFETCH(QString, color);
    QCOMPARE(pc::thresholdColor(thresholds, value), color);
}

void TestGrafanaDashboard::mapsGrafanaColors_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("css");
    QTest::addRow("green") << "green"
                           << "#73BF69";
    QTest::addRow("orange") << "orange"
                            << "#FF9830";
    QTest::addRow("red") << "red"
                         << "#F2495C";
    QTest::addRow("dark-red") << "dark-red"
                              << "#C4162A";
    QTest::addRow("super-light-blue") << "super-light-blue"
                                      << "#C0D8FF";
    QTest::addRow("hex passes through") << "#EAB839"
                                        << "#EAB839";
    QTest::addRow("rgba passes through") << "rgba(50, 172, 45, 0.97)"
                                         << "rgba(50, 172, 45, 0.97)";
}

void TestGrafanaDashboard::mapsGrafanaColors()
{
    QFETCH(QString, color);
    QFETCH(QString, css);
    QCOMPARE(pc::grafanaColorToCss(color), css);
}

void TestGrafanaDashboard::readsOtherShapes()
{
    // Grafana's API wrapper, an unknown panel type kept by name, a collapsed row, unsorted
    // steps, a percentage mode, ms with decimals, max and a hidden target, gridPos missing.
    const GrafanaDashboard dashboard = parsed(R"({"meta": {"slug": "x"}, "dashboard": {
        "uid": "u", "title": "T", "refresh": false, "time": {"from": "now-1d/d", "to": "now"},
        "panels": [
          {"id": 1, "type": "piechart", "title": "Pie", "gridPos": {"x": 0, "y": 0, "w": 6, "h": 5}},
          {"id": 2, "type": "row", "title": "Details", "collapsed": true, "panels": [
            {"id": 3, "type": "gauge", "title": "G",
             "fieldConfig": {"defaults": {"unit": "ms", "decimals": 2, "max": 500,
               "thresholds": {"mode": "percentage", "steps": [
                 {"color": "red", "value": 80}, {"color": "green", "value": null}]}}},
             "targets": [{"refId": "A", "expr": "x", "hide": true}]}]}]}})");
    QCOMPARE(dashboard.uid, QStringLiteral("u"));
    QCOMPARE(dashboard.refresh, QString());
    QVERIFY(!dashboard.refreshInterval());
    QVERIFY(!dashboard.timeRange());
    QCOMPARE(dashboard.panels.size(), 3);
    QCOMPARE(dashboard.panels[0].kind, Kind::Unknown);
    QCOMPARE(dashboard.panels[0].type, QStringLiteral("piechart"));
    QCOMPARE(dashboard.panels[1].kind, Kind::Row);
    const GrafanaPanel &gauge = dashboard.panels[2];
    QCOMPARE(gauge.kind, Kind::Gauge);
    QCOMPARE(gauge.gridPos.w, 12);
    QCOMPARE(gauge.gridPos.h, 8);
    QCOMPARE(gauge.unit.unit, Unit::Seconds);
    QCOMPARE(gauge.unit.scale, 0.001);
    QCOMPARE(gauge.decimals, std::optional<int>(2));
    QCOMPARE(gauge.max, std::optional<double>(500));
    QCOMPARE(stepsText(gauge.thresholds), QStringLiteral("green@-inf red@80"));
    QCOMPARE(pc::thresholdColor(gauge.thresholds, 450, 0, 500), QStringLiteral("red"));
    QCOMPARE(pc::thresholdColor(gauge.thresholds, 350, 0, 500), QStringLiteral("green"));
    QVERIFY(gauge.queries.at(0).hidden);
    QCOMPARE(gauge.queries.at(0).legendFormat, QString());
}

void TestGrafanaDashboard::rejectsWhatIsNotADashboard_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("not JSON") << QByteArray("{\"panels\": [") << "not valid JSON";
    QTest::addRow("empty") << QByteArray() << "not valid JSON";
    QTest::addRow("a list") << QByteArray("[]") << "no \u201cpanels\u201d list";
    QTest::addRow("no panels") << QByteArray(R"({"title": "x"})") << "no \u201cpanels\u201d list";
    QTest::addRow("panels not a list")
        << QByteArray(R"({"panels": {}})") << "no \u201cpanels\u201d";
    QTest::addRow("a panel that is a number")
        << QByteArray(R"({"panels": [{"title": "a"}, 7]})") << "Panel 2 of the dashboard";
    QTest::addRow("a target that is a string")
        << QByteArray(R"({"panels": [{"title": "Rate", "targets": ["up"]}]})")
        << "Panel 1 (\u201cRate\u201d) target 1 is not an object.";
}

void TestGrafanaDashboard::rejectsWhatIsNotADashboard()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const pc::GrafanaDashboardOutcome outcome = GrafanaDashboard::parse(json);
    const auto *error = std::get_if<GrafanaDashboardError>(&outcome);
    QVERIFY2(error, "accepted what is not a dashboard");
    QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
}

void TestGrafanaDashboard::readsTimeRanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("ms");  // -1: none
    QTest::addRow("15 min") << "now-15m"
                            << "now" << qint64(900'000);
    QTest::addRow("1 h") << "now-1h"
                         << "now" << qint64(3'600'000);
    QTest::addRow("7 days") << "now-7d"
                            << "now" << qint64(604'800'000);
    QTest::addRow("rounded") << "now-1d/d"
                             << "now" << qint64(-1);
    QTest::addRow("ends in the past") << "now-2h"
                                      << "now-1h" << qint64(-1);
    QTest::addRow("absolute") << "2024-01-01T00:00:00Z"
                              << "now" << qint64(-1);
}

void TestGrafanaDashboard::readsTimeRanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, ms);
    GrafanaDashboard dashboard;
    dashboard.timeFrom = from;
    dashboard.timeTo = to;
    QCOMPARE(dashboard.timeRange().value_or(std::chrono::milliseconds(-1)).count(), ms);
}

QTEST_GUILESS_MAIN(TestGrafanaDashboard)
#include "tst_grafanadashboard.moc"
