#include "annotation/annotationsources.h"
#include "dashboard/grafanaannotation.h"
#include "dashboard/grafanadashboard.h"
#include "load/loadplan.h"
#include "prometheus/promalerts.h"
#include "prometheus/promresponse.h"

#include <QJsonDocument>
#include <QTest>

using pc::Annotation;
using pc::GrafanaAnnotationQuery;
namespace Sources = pc::AnnotationSources;
using namespace std::chrono_literals;

using Samples = QList<std::pair<int, double>>;

namespace {

constexpr qint64 T0 = 1'800'000'000'000;

pc::PromSeries series(const QMap<QString, QString> &labels,
                      const QList<std::pair<int, double>> &secondsAndValues)
{
    pc::PromSeries s;
    s.labels = labels;
    for (const auto &[seconds, value] : secondsAndValues)
        s.samples.append({T0 + seconds * 1000LL, value});
    return s;
}

pc::PromAlert alert(const QString &name, pc::PromAlert::State state)
{
    pc::PromAlert a;
    a.name = name;
    a.labels = {{"alertname", name}, {"severity", "page"}};
    a.annotations = {{"summary", name + " summary"}};
    a.state = state;
    return a;
}

}  // namespace

class TestAnnotationSources : public QObject
{
    Q_OBJECT

private slots:
    void readsADashboardsAnnotationList();
    void turnsAQueryAnswerIntoAnnotations();
    void groupsSamplesAStepApartIntoSpans_data();
    void groupsSamplesAStepApartIntoSpans();
    void describesALoadRun();
    void marksAlertsGoingPendingFiringAndResolved();
};

void TestAnnotationSources::readsADashboardsAnnotationList()
{
    const QByteArray json = R"~({
      "title": "t", "panels": [],
      "annotations": {"list": [
        {"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"},
         "enable": true, "name": "Annotations & Alerts"},
        {"datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}, "enable": true,
         "name": "Deploys", "expr": "changes(process_start_time_seconds[1m]) > 0",
         "step": "30s", "titleFormat": "Restart of {{instance}}", "textFormat": "job {{job}}",
         "tagKeys": "job,instance", "iconColor": "red"},
        {"datasource": {"type": "loki", "uid": "logs"}, "name": "Logs", "expr": "{job=\"x\"}"},
        {"datasource": {"type": "prometheus"}, "name": "New style", "enable": false,
         "target": {"expr": "up == 0", "step": "2m"}}
      ]}})~";
    const auto outcome = pc::GrafanaDashboard::parse(json);
    const auto *dashboard = std::get_if<pc::GrafanaDashboard>(&outcome);
    QVERIFY(dashboard);
    QCOMPARE(dashboard->annotations.size(), 2);
    const GrafanaAnnotationQuery &deploys = dashboard->annotations[0];
    QCOMPARE(deploys.name, QString("Deploys"));
    QCOMPARE(deploys.stepDuration(), 30s);
    QCOMPARE(deploys.titleFormat, QString("Restart of {{instance}}"));
    QCOMPARE(deploys.tagKeys, QString("job,instance"));
    QCOMPARE(deploys.iconColor, QString("red"));
    const GrafanaAnnotationQuery &newStyle = dashboard->annotations[1];
    QCOMPARE(newStyle.expr, QString("up == 0"));
    QCOMPARE(newStyle.stepDuration(), 120s);
    QVERIFY(!newStyle.enabled);
    // No step: Grafana's 60 s.
    QCOMPARE(GrafanaAnnotationQuery{}.stepDuration(), 60s);
}

void TestAnnotationSources::turnsAQueryAnswerIntoAnnotations()
{
    GrafanaAnnotationQuery query;
    query.name = "Deploys";
    query.step = "10s";
    query.titleFormat = "Restart of {{instance}}";
    query.textFormat = "job {{job}}, version {{version}}";
    query.tagKeys = "job, instance, missing";
    query.iconColor = "#ff0000";
    pc::PromQueryResult result;
    result.type = pc::PromQueryResult::Type::Matrix;
    result.series.append(series({{"instance", "a:1"}, {"job", "api"}, {"version", "2"}},
                                {{0, 1}, {10, 1}, {20, 1}, {100, 1}}));
    const QList<Annotation> annotations = Sources::fromQuery(result, query);
    QCOMPARE(annotations.size(), 2);
    const Annotation &span = annotations[0];
    QCOMPARE(span.title, QString("Restart of a:1"));
    QCOMPARE(span.text, QString("job api, version 2"));
    QCOMPARE(span.tags, (QStringList{"api", "a:1"}));
    QCOMPARE(span.colour, QString("#ff0000"));
    QCOMPARE(span.kind, Annotation::Kind::Query);
    QCOMPARE(span.startMs, T0);
    QCOMPARE(span.endMs, std::optional<qint64>(T0 + 20'000));
    // A lone sample is a marker.
    QCOMPARE(annotations[1].startMs, T0 + 100'000);
    QVERIFY(!annotations[1].isSpan());
    QVERIFY(annotations[0].id != annotations[1].id);

    // No titleFormat: the entry's name, as Grafana titles it.
    query.titleFormat.clear();
    QCOMPARE(Sources::fromQuery(result, query).first().title, QString("Deploys"));
}

void TestAnnotationSources::groupsSamplesAStepApartIntoSpans_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<int>("count");
    QTest::addRow("contiguous") << Samples{{0, 1}, {60, 1}, {120, 1}} << 1;
    QTest::addRow("a hole") << Samples{{0, 1}, {60, 1}, {240, 1}} << 2;
    QTest::addRow("zeros are no events") << Samples{{0, 1}, {60, 0}, {120, 1}} << 2;
    QTest::addRow("only zeros") << Samples{{0, 0}, {60, 0}} << 0;
    QTest::addRow("NaN is no event") << Samples{{0, std::numeric_limits<double>::quiet_NaN()}} << 0;
}

void TestAnnotationSources::groupsSamplesAStepApartIntoSpans()
{
    QFETCH(Samples, samples);
    QFETCH(int, count);
    pc::PromQueryResult result;
    result.series.append(series({{"alertname", "X"}}, samples));
    GrafanaAnnotationQuery query;  // 60 s
    QCOMPARE(Sources::fromQuery(result, query).size(), count);
}

void TestAnnotationSources::describesALoadRun()
{
    pc::LoadRunSummary run;
    run.plan.mode = pc::LoadPlan::Mode::Rate;
    run.plan.rate = 50;
    run.plan.duration = 60s;
    run.plan.mix = {80, 10, 10};
    run.startedMsecsSinceEpoch = T0;
    run.elapsedUs = 60'000'000;
    run.sent = 3000;
    run.answersByCode = {{200, 2700}, {500, 300}};
    const Annotation a = Sources::loadRun(run);
    QCOMPARE(a.kind, Annotation::Kind::LoadRun);
    QCOMPARE(a.startMs, T0);
    QCOMPARE(a.endMs, std::optional<qint64>(T0 + 60'000));
    QVERIFY(a.isSpan());
    QVERIFY2(a.title.contains("rate 50 req/s"), qPrintable(a.title));
    for (const char *figure : {"Mode: rate", "Routes: ", "Asked: rate 50 req/s for 60 s",
                               "Achieved: 50", "Requests sent: 3000"})
        QVERIFY2(a.text.contains(figure), qPrintable(a.text + " lacks " + figure));
    // The same run is the same annotation: put twice, it stays one.
    QCOMPARE(Sources::loadRun(run).id, a.id);
}

void TestAnnotationSources::marksAlertsGoingPendingFiringAndResolved()
{
    using State = pc::PromAlert::State;
    const qint64 now = T0 + 5000;
    pc::PromAlert pending = alert("HighErrorRate", State::Pending);
    pending.activeAt = QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC);
    QList<Annotation> changes = Sources::alertChanges({}, {pending}, now);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, Annotation::Kind::AlertPending);
    QCOMPARE(changes[0].startMs, T0);  // when it went pending, as Prometheus says
    QVERIFY(changes[0].title.contains("HighErrorRate"));
    QVERIFY(changes[0].text.contains("HighErrorRate summary"));
    QVERIFY(changes[0].text.contains("severity=page"));

    // Still pending: nothing new.
    QVERIFY(Sources::alertChanges({pending}, {pending}, now).isEmpty());

    const pc::PromAlert firing = alert("HighErrorRate", State::Firing);
    changes = Sources::alertChanges({pending}, {firing}, now);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, Annotation::Kind::AlertFiring);
    QCOMPARE(changes[0].startMs, now);

    changes = Sources::alertChanges({firing}, {}, now + 1000);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].kind, Annotation::Kind::AlertResolved);
    QCOMPARE(changes[0].startMs, now + 1000);

    // A pending alert that goes away never fired: nothing resolved.
    QVERIFY(Sources::alertChanges({pending}, {}, now).isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnotationSources)
#include "tst_annotationsources.moc"
