#include "dashboard/builtinvariables.h"
#include "dashboard/grafanadashboard.h"
#include "dashboard/variableinterpolation.h"
#include "dashboard/variablequery.h"

#include <QTest>

using pc::GrafanaVariable;
using pc::VariableQuery;
using pc::VariableSelection;
using pc::VariableSelections;

/// Dashboard variables without a server: how a dashboard's templating, datasources and export
/// placeholders are read, what `$var` becomes in a query, and how a query variable's query and
/// regex are read. Every dashboard here is written by the test, one feature each.
class TestDashboardVariables : public QObject
{
    Q_OBJECT

private slots:
    void interpolatesAsGrafanaDoes_data();
    void interpolatesAsGrafanaDoes();
    void listsTheVariablesAQueryUses();
    void readsVariableQueries_data();
    void readsVariableQueries();
    void filtersAndSortsOptions_data();
    void filtersAndSortsOptions();
    void readsCustomOptions();
    void readsTheTemplating();
    void resolvesExportPlaceholdersAndDatasources();
    void readsRowsAndTheirOptions();
    void namesAV2ResourceAndHowToExport();
    void readsTheScrapeIntervalAndBuiltIns();

private:
    static VariableSelections selections();
    static pc::GrafanaDashboard parsed(const QByteArray &json);
};

VariableSelections TestDashboardVariables::selections()
{
    VariableSelections s;
    s.insert("job", {{"node"}, false, false, {}, {}});
    s.insert("node", {{"a:9100", "b.c:9100"}, true, false, {}, {}});
    s.insert("all", {{}, true, true, {}, {"x", "y"}});
    s.insert("custom_all", {{}, true, true, ".*", {"x", "y"}});
    s.insert("one_multi", {{"a.b"}, true, false, {}, {}});
    s.insert("__rate_interval", {{"1m"}, false, false, {}, {}});
    s.insert("__range", {{"3600s"}, false, false, {}, {}});
    s.insert("__range_s", {{"3600"}, false, false, {}, {}});
    return s;
}

void TestDashboardVariables::interpolatesAsGrafanaDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("$name") << R"~(up{job="$job"})~"
                           << R"~(up{job="node"})~";
    QTest::addRow("${name}") << R"~(up{job="${job}"})~"
                             << R"~(up{job="node"})~";
    QTest::addRow("[[name]]") << R"~(up{job="[[job]]"})~"
                              << R"~(up{job="node"})~";
    QTest::addRow("multi as an escaped alternation") << R"~(up{instance=~"$node"})~"
                                                     << R"~(up{instance=~"(a:9100|b\\.c:9100)"})~";
    QTest::addRow("one value of a multi variable") << R"~(x{a=~"$one_multi"})~"
                                                   << R"~(x{a=~"a\\.b"})~";
    QTest::addRow("All without a custom value") << R"~(x{a=~"$all"})~"
                                                << R"~(x{a=~"(x|y)"})~";
    QTest::addRow("All with a custom value") << R"~(x{a=~"$custom_all"})~"
                                             << R"~(x{a=~".*"})~";
    QTest::addRow(":regex") << "${node:regex}"
                            << R"~((a:9100|b\\.c:9100))~";
    QTest::addRow(":pipe") << "${node:pipe}"
                           << "a:9100|b.c:9100";
    QTest::addRow(":csv") << "${node:csv}"
                          << "a:9100,b.c:9100";
    QTest::addRow(":raw") << "${node:raw}"
                          << "a:9100,b.c:9100";
    QTest::addRow("[[name:format]]") << "[[node:pipe]]"
                                     << "a:9100|b.c:9100";
    QTest::addRow("$__rate_interval") << "rate(x[$__rate_interval])"
                                      << "rate(x[1m])";
    QTest::addRow("$__range beside $__range_s") << "increase(x[$__range]) / $__range_s"
                                                << "increase(x[3600s]) / 3600";
    QTest::addRow("unknown names stay") << R"~(label_replace(x, "a", "$1", "b", "(.*)") $nope)~"
                                        << R"~(label_replace(x, "a", "$1", "b", "(.*)") $nope)~";
}

void TestDashboardVariables::interpolatesAsGrafanaDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(pc::interpolateVariables(text, selections()), expected);
}

void TestDashboardVariables::listsTheVariablesAQueryUses()
{
    QCOMPARE(pc::referencedVariables(
                 R"~(rate(x{job="$job",i=~"${node:regex}"}[$__rate_interval]) [[job]])~"),
             QStringList({"job", "node", "__rate_interval"}));
}

void TestDashboardVariables::readsVariableQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("label");
    QTest::addRow("label_values(metric, label)")
        << R"~(label_values(node_uname_info{job="$job"}, instance))~"
        << int(VariableQuery::Kind::LabelValues) << R"~(node_uname_info{job="$job"})~"
        << "instance";
    QTest::addRow("label_values(label)")
        << "label_values(job)" << int(VariableQuery::Kind::LabelValues) << ""
        << "job";
    QTest::addRow("label_names()") << "label_names()" << int(VariableQuery::Kind::LabelNames) << ""
                                   << "";
    QTest::addRow("metrics(regex)") << "metrics(node_.*)" << int(VariableQuery::Kind::Metrics) << ""
                                    << "";
    QTest::addRow("query_result(expr)")
        << "query_result(topk(3, up))" << int(VariableQuery::Kind::QueryResult) << ""
        << "";
    QTest::addRow("not a function") << "up" << -1 << ""
                                    << "";
    QTest::addRow("an unknown function") << "series(up)" << -1 << ""
                                         << "";
}

void TestDashboardVariables::readsVariableQueries()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, selector);
    QFETCH(QString, label);
    const std::optional<VariableQuery> query = VariableQuery::parse(text);
    QCOMPARE(query.has_value(), kind >= 0);
    if (!query)
        return;
    QCOMPARE(int(query->kind), kind);
    QCOMPARE(query->selector, selector);
    QCOMPARE(query->label, label);
    if (query->kind == VariableQuery::Kind::QueryResult)
        QCOMPARE(query->expr, QString("topk(3, up)"));
    if (query->kind == VariableQuery::Kind::Metrics)
        QCOMPARE(query->regex, QString("node_.*"));
}

void TestDashboardVariables::filtersAndSortsOptions_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<int>("sort");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("optionValues");
    const QStringList hosts{"b:9100", "a:9100", "c:9200", "a:9100"};
    QTest::addRow("no regex, deduplicated")
        << hosts << "" << 0 << QStringList{"b:9100", "a:9100", "c:9200"}
        << QStringList{"b:9100", "a:9100", "c:9200"};
    QTest::addRow("a filter") << hosts << "/.*:9100/" << 1 << QStringList{"a:9100", "b:9100"}
                              << QStringList{"a:9100", "b:9100"};
    QTest::addRow("a capture") << hosts << "/(.*):9100/" << 2 << QStringList{"b", "a"}
                               << QStringList{"b", "a"};
    QTest::addRow("named text and value")
        << QStringList{"up{instance=\"a:1\", job=\"x\"} 1 17"}
        << R"~(/instance="(?<value>[^"]+)", job="(?<text>[^"]+)"/)~" << 0 << QStringList{"x"}
        << QStringList{"a:1"};
    QTest::addRow("numeric") << QStringList{"10", "9", "100"} << "" << 3
                             << QStringList{"9", "10", "100"} << QStringList{"9", "10", "100"};
    QTest::addRow("case-insensitive flag")
        << QStringList{"Web", "db"} << "/^w/i" << 0 << QStringList{"Web"} << QStringList{"Web"};
    QTest::addRow("an invalid regex keeps all")
        << QStringList{"a", "b"} << "/(/" << 0 << QStringList{"a", "b"} << QStringList{"a", "b"};
}

void TestDashboardVariables::filtersAndSortsOptions()
{
    QFETCH(QStringList, values);
    QFETCH(QString, regex);
    QFETCH(int, sort);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, optionValues);
    QStringList gotTexts;
    QStringList gotValues;
    for (const auto &option : pc::variableOptions(values, regex, sort)) {
        gotTexts.append(option.text);
        gotValues.append(option.value);
    }
    QCOMPARE(gotTexts, texts);
    QCOMPARE(gotValues, optionValues);
}

void TestDashboardVariables::readsCustomOptions()
{
    const auto options = GrafanaVariable::customOptions("1m, 5m,prod : production, a\\,b");
    QCOMPARE(options.size(), 4);
    QCOMPARE(options[2].text, QString("prod"));
    QCOMPARE(options[2].value, QString("production"));
    QCOMPARE(options[3].value, QString("a,b"));
}

pc::GrafanaDashboard TestDashboardVariables::parsed(const QByteArray &json)
{
    const pc::GrafanaDashboardOutcome outcome = pc::GrafanaDashboard::parse(json);
    if (const auto *error = std::get_if<pc::GrafanaDashboardError>(&outcome))
        qFatal("%s", qPrintable(error->message));
    return std::get<pc::GrafanaDashboard>(outcome);
}

void TestDashboardVariables::readsTheTemplating()
{
    const pc::GrafanaDashboard dashboard = parsed(R"~({"panels": [], "templating": {"list": [
        {"name": "job", "type": "query", "query": {"query": "label_values(up, job)", "refId": "A"},
         "current": {"text": "node", "value": "node"}, "regex": "/n.*/", "sort": 1},
        {"name": "node", "type": "query", "definition": "label_values(up{job=\"$job\"}, instance)",
         "query": "", "multi": true, "includeAll": true, "allValue": ".+",
         "current": {"text": ["a", "b"], "value": ["a", "b"]}},
        {"name": "size", "type": "custom", "query": "1,2", "hide": 2},
        {"name": "env", "type": "constant", "query": "prod", "hide": 2},
        {"name": "filter", "type": "textbox", "query": "x", "label": "Filter"},
        {"name": "step", "type": "interval", "query": "1m,5m", "auto": true, "auto_count": 50,
         "auto_min": "30s"},
        {"name": "ds", "type": "datasource", "query": "prometheus", "hide": 1},
        {"name": "adhoc", "type": "adhoc"}]}})~");
    const auto &v = dashboard.variables;
    QCOMPARE(v.size(), 8);
    QCOMPARE(v[0].type, GrafanaVariable::Type::Query);
    QCOMPARE(v[0].query, QString("label_values(up, job)"));
    QCOMPARE(v[0].current, QStringList{"node"});
    QCOMPARE(v[0].regex, QString("/n.*/"));
    QCOMPARE(v[1].query, QString(R"~(label_values(up{job="$job"}, instance))~"));
    QVERIFY(v[1].multi && v[1].includeAll);
    QCOMPARE(v[1].allValue, QString(".+"));
    QCOMPARE(v[1].current, QStringList({"a", "b"}));
    QCOMPARE(v[2].hide, GrafanaVariable::Hide::Variable);
    QCOMPARE(v[3].type, GrafanaVariable::Type::Constant);
    QCOMPARE(v[4].label, QString("Filter"));
    QVERIFY(v[5].autoInterval);
    QCOMPARE(v[5].autoCount, 50);
    QCOMPARE(v[5].autoMin, QString("30s"));
    QCOMPARE(v[6].datasourceType, QString("prometheus"));
    QCOMPARE(v[6].hide, GrafanaVariable::Hide::Label);
    QCOMPARE(v[7].type, GrafanaVariable::Type::Unsupported);
}

void TestDashboardVariables::resolvesExportPlaceholdersAndDatasources()
{
    const pc::GrafanaDashboard dashboard = parsed(R"~({
        "__inputs": [{"name": "DS_PROMETHEUS", "type": "datasource", "pluginId": "prometheus"},
                     {"name": "DS_LOKI", "type": "datasource", "pluginId": "loki"}],
        "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]},
        "panels": [
          {"id": 1, "type": "timeseries", "datasource": "${DS_PROMETHEUS}", "targets": [{"expr": "up"}]},
          {"id": 2, "type": "logs", "datasource": {"type": "loki", "uid": "${DS_LOKI}"}},
          {"id": 3, "type": "timeseries", "datasource": {"uid": "$datasource"}},
          {"id": 4, "type": "text", "datasource": {"type": "datasource", "uid": "grafana"}},
          {"id": 5, "type": "timeseries", "datasource": "My Prometheus"},
          {"id": 6, "type": "timeseries"}]})~");
    const auto &p = dashboard.panels;
    QCOMPARE(p.size(), 6);
    QVERIFY(p[0].datasource.isPrometheus());
    QCOMPARE(p[0].datasource.type, QString("prometheus"));
    QVERIFY(!p[1].datasource.isPrometheus());
    QCOMPARE(p[1].datasource.type, QString("loki"));
    QCOMPARE(p[1].datasource.name, QString("${DS_LOKI}"));
    QCOMPARE(p[2].datasource.type, QString("prometheus"));
    QCOMPARE(p[3].datasource.type, QString("grafana"));
    QVERIFY(p[4].datasource.isPrometheus());
    QVERIFY(p[5].datasource.isPrometheus());

    // The API's wrapper reads the same.
    const pc::GrafanaDashboard wrapped =
        parsed(R"~({"meta": {"slug": "x"}, "dashboard": {"title": "Wrapped", "panels": []}})~");
    QCOMPARE(wrapped.title, QString("Wrapped"));
}

void TestDashboardVariables::readsRowsAndTheirOptions()
{
    const pc::GrafanaDashboard dashboard = parsed(R"~({"panels": [
        {"id": 1, "type": "row", "title": "Open", "collapsed": false},
        {"id": 2, "type": "timeseries", "title": "CPU", "interval": "30s", "maxDataPoints": 500,
         "repeat": "node", "targets": [{"expr": "x", "instant": true, "format": "table"}]},
        {"id": 3, "type": "row", "title": "Closed", "collapsed": true, "panels": [
          {"id": 4, "type": "gauge", "title": "Disk"}]}]})~");
    const auto &p = dashboard.panels;
    QCOMPARE(p.size(), 4);
    QVERIFY(!p[0].collapsed);
    QCOMPARE(p[1].interval, QString("30s"));
    QCOMPARE(p[1].maxDataPoints, 500);
    QCOMPARE(p[1].repeat, QString("node"));
    QVERIFY(p[1].queries.first().instant);
    QCOMPARE(p[1].queries.first().format, QString("table"));
    QVERIFY(p[2].collapsed);
    QCOMPARE(p[3].title, QString("Disk"));
}

void TestDashboardVariables::namesAV2ResourceAndHowToExport()
{
    const auto outcome =
        pc::GrafanaDashboard::parse(R"~({"apiVersion": "dashboard.grafana.app/v2alpha1",
        "kind": "Dashboard", "spec": {"elements": {}, "layout": {}, "title": "New"}})~");
    const auto *error = std::get_if<pc::GrafanaDashboardError>(&outcome);
    QVERIFY(error);
    QVERIFY2(error->message.contains("v2") && error->message.contains("Export"),
             qPrintable(error->message));
}

void TestDashboardVariables::readsTheScrapeIntervalAndBuiltIns()
{
    using namespace std::chrono_literals;
    QCOMPARE(pc::globalScrapeInterval("global:\n  evaluation_interval: 30s\n  scrape_interval: 5s\n"
                                      "scrape_configs:\n- job_name: x\n  scrape_interval: 1s\n"),
             std::optional(5s));
    QCOMPARE(pc::globalScrapeInterval("scrape_configs:\n- job_name: x\n  scrape_interval: 1s\n"),
             std::nullopt);
    QCOMPARE(pc::globalScrapeInterval("global:\n  scrape_interval: 1m30s\n"), std::optional(90s));
    // Grafana's rule: max(interval + scrape, 4 × scrape).
    const auto builtins = pc::builtinVariables(30s, 3600'000ms, 15s);
    QCOMPARE(builtins.value("__rate_interval").values, QStringList{"1m"});
    QCOMPARE(pc::builtinVariables(120s, 3600'000ms, 15s).value("__rate_interval").values,
             QStringList{"135s"});
    QCOMPARE(builtins.value("__interval").values, QStringList{"30s"});
    QCOMPARE(builtins.value("__interval_ms").values, QStringList{"30000"});
    QCOMPARE(builtins.value("__range").values, QStringList{"3600s"});
    QCOMPARE(builtins.value("__range_s").values, QStringList{"3600"});
    QCOMPARE(builtins.value("__range_ms").values, QStringList{"3600000"});
    QCOMPARE(pc::promDurationText(7200s), QString("2h"));
    QCOMPARE(pc::promDurationText(86400s), QString("1d"));
}

QTEST_APPLESS_MAIN(TestDashboardVariables)
#include "tst_dashboardvariables.moc"
