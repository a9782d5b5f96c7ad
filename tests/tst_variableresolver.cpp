#include "dashboard/variableresolver.h"
#include "fakeprometheus.h"
#include "prometheus/promclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using pc::GrafanaVariable;
using pc::VariableResolver;
using pc::test::FakePrometheus;

/// Variables resolved against a stand-in Prometheus: chained label_values, All, --var,
/// query_result with a regex, failures, and the variables that need no server.
class TestVariableResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resolvesChainedVariablesInOrder();
    void refreshesTheVariablesThatUseAChangedOne();
    void startsFromTheValuesGivenOnTheCommandLine();
    void filtersQueryResultsWithTheRegex();
    void reportsAFailureAndKeepsTheSavedOptions();
    void resolvesVariablesThatNeedNoServer();

private:
    static pc::HttpResponse strings(const QStringList &values);
    static GrafanaVariable queryVariable(const QString &name, const QString &query);
    static QString matchAsked(FakePrometheus &fake, const QByteArray &path);

    std::unique_ptr<FakePrometheus> m_fake;
    std::unique_ptr<pc::PromClient> m_client;
};

pc::HttpResponse TestVariableResolver::strings(const QStringList &values)
{
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body = R"({"status":"success","data":[")" + values.join(R"(",")").toUtf8() + R"("]})";
    return response;
}

GrafanaVariable TestVariableResolver::queryVariable(const QString &name, const QString &query)
{
    GrafanaVariable variable;
    variable.name = name;
    variable.type = GrafanaVariable::Type::Query;
    variable.query = query;
    return variable;
}

QString TestVariableResolver::matchAsked(FakePrometheus &fake, const QByteArray &path)
{
    return fake.lastQuery(path).queryItemValue("match[]", QUrl::FullyDecoded);
}

void TestVariableResolver::init()
{
    m_fake = std::make_unique<FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_fake->respond("/api/v1/label/job/values", strings({"node", "prom"}));
    m_fake->respond("/api/v1/label/instance/values", strings({"b:9100", "a:9100"}));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = m_fake->baseUrl();
    endpoint.timeout = 2s;
    m_client = std::make_unique<pc::PromClient>(endpoint);
}

void TestVariableResolver::cleanup()
{
    m_client.reset();
    m_fake.reset();
}

void TestVariableResolver::resolvesChainedVariablesInOrder()
{
    GrafanaVariable job = queryVariable("job", "label_values(up, job)");
    job.current = {"node"};
    GrafanaVariable node = queryVariable("node", R"(label_values(up{job="$job"}, instance))");
    node.multi = true;
    node.includeAll = true;
    node.sort = 1;
    VariableResolver resolver(m_client.get(), {node, job});  // the dependent first: order by use
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QVERIFY(resolved.wait(3000));
    QVERIFY(resolver.isResolved());
    QCOMPARE(resolver.selected("job"), QStringList{"node"});
    QCOMPARE(matchAsked(*m_fake, "/api/v1/label/instance/values"), QString(R"(up{job="node"})"));
    // All first, then the options sorted; nothing saved, so All.
    QCOMPARE(resolver.options("node").size(), 3);
    QCOMPARE(resolver.options("node").at(0).text, QString("All"));
    QCOMPARE(resolver.options("node").at(1).value, QString("a:9100"));
    QCOMPARE(resolver.selected("node"), QStringList{VariableResolver::AllValue});
    QCOMPARE(pc::interpolateVariables(R"(up{instance=~"$node"})", resolver.selections()),
             QString(R"~(up{instance=~"(a:9100|b:9100)"})~"));
}

void TestVariableResolver::refreshesTheVariablesThatUseAChangedOne()
{
    GrafanaVariable node = queryVariable("node", R"(label_values(up{job="$job"}, instance))");
    node.current = {"b:9100"};
    VariableResolver resolver(m_client.get(),
                              {queryVariable("job", "label_values(up, job)"), node});
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QVERIFY(resolved.wait(3000));
    QCOMPARE(resolver.selected("job"), QStringList{"node"});     // the first option
    QCOMPARE(resolver.selected("node"), QStringList{"b:9100"});  // kept: it is still offered
    QSignalSpy changed(&resolver, &VariableResolver::selectionChanged);
    resolver.select("job", {"prom"});
    QVERIFY(!resolver.isResolved());
    QVERIFY(resolved.wait(3000));
    QCOMPARE(matchAsked(*m_fake, "/api/v1/label/instance/values"), QString(R"(up{job="prom"})"));
    QVERIFY(changed.count() >= 2);  // the user's choice, then the refreshed instance
}

void TestVariableResolver::startsFromTheValuesGivenOnTheCommandLine()
{
    VariableResolver resolver(m_client.get(), {queryVariable("job", "label_values(job)")});
    resolver.setInitialSelections({{"job", {"prom"}}});
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QVERIFY(resolved.wait(3000));
    QCOMPARE(resolver.selected("job"), QStringList{"prom"});
}

void TestVariableResolver::filtersQueryResultsWithTheRegex()
{
    pc::HttpResponse response;
    response.contentType = "application/json";
    response.body = R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"up","instance":"a:9100","job":"node"},"value":[1700000000,"1"]},
        {"metric":{"__name__":"up","instance":"b:9090","job":"prom"},"value":[1700000000,"1"]}]}})";
    m_fake->respond("/api/v1/query", response);
    GrafanaVariable hosts = queryVariable("hosts", "query_result(up)");
    hosts.regex = R"(/instance="([^":]+):9100"/)";
    VariableResolver resolver(m_client.get(), {hosts});
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QVERIFY(resolved.wait(3000));
    QCOMPARE(resolver.options("hosts").size(), 1);
    QCOMPARE(resolver.options("hosts").first().value, QString("a"));
}

void TestVariableResolver::reportsAFailureAndKeepsTheSavedOptions()
{
    m_fake->respondWithFile("/api/v1/label/job/values", "error_unavailable.json", 503);
    GrafanaVariable job = queryVariable("job", "label_values(job)");
    job.options = {{"saved", "saved"}};
    VariableResolver resolver(m_client.get(), {job, queryVariable("bad", "series(up)")});
    QSignalSpy failed(&resolver, &VariableResolver::failed);
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QTRY_VERIFY(!resolved.isEmpty());
    QCOMPARE(failed.count(), 2);
    QVERIFY(!resolver.error("job").isEmpty());
    QVERIFY(resolver.error("bad").contains("label_values()"));
    QCOMPARE(resolver.selected("job"), QStringList{"saved"});
}

void TestVariableResolver::resolvesVariablesThatNeedNoServer()
{
    GrafanaVariable custom;
    custom.name = "size";
    custom.type = GrafanaVariable::Type::Custom;
    custom.query = "small : 1, big : 100";
    custom.current = {"100"};
    GrafanaVariable constant = custom;
    constant.name = "env";
    constant.type = GrafanaVariable::Type::Constant;
    constant.query = "prod";
    GrafanaVariable text = constant;
    text.name = "filter";
    text.type = GrafanaVariable::Type::Textbox;
    text.query = "default";
    text.current = {"typed"};
    GrafanaVariable interval = constant;
    interval.name = "step";
    interval.type = GrafanaVariable::Type::Interval;
    interval.query = "1m,5m";
    interval.autoInterval = true;
    interval.current = {"$__auto_interval"};
    VariableResolver resolver(m_client.get(), {custom, constant, text, interval});
    resolver.setRange(3600s);
    QSignalSpy resolved(&resolver, &VariableResolver::resolved);
    resolver.start();
    QCOMPARE(resolved.count(), 1);  // at once: nothing to ask
    const QString expanded =
        pc::interpolateVariables("$size $env $filter $step", resolver.selections());
    QCOMPARE(expanded, QString("100 prod typed 2m"));
    QCOMPARE(m_fake->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestVariableResolver)
#include "tst_variableresolver.moc"
