#include "fakeprometheus.h"
#include "prometheus/alerttransitions.h"
#include "prometheus/promalerts.h"

#include <QTest>

#include <cmath>

using pc::AlertTransitions;
using pc::PromAlert;
using pc::PromError;

namespace {

using pc::test::FakePrometheus;

const QUrl kAlertsUrl(QStringLiteral("http://localhost:9090/api/v1/alerts"));

QList<PromAlert> parsedAlerts(const QByteArray &body)
{
    const pc::PromAlertsOutcome outcome = pc::parseAlertsResponse(body, 200, kAlertsUrl);
    if (const auto *error = std::get_if<PromError>(&outcome))
        qFatal("unexpected error: %s", qPrintable(error->message));
    return std::get<QList<PromAlert>>(outcome);
}

// An alert named `name` on `instance`, active since `activeAt` seconds past the epoch.
PromAlert alert(const char *name, PromAlert::State state, const char *instance = "a",
                qint64 activeAt = 100)
{
    PromAlert result;
    result.name = QString::fromUtf8(name);
    result.labels = {{QStringLiteral("alertname"), result.name},
                     {QStringLiteral("instance"), QString::fromUtf8(instance)}};
    result.state = state;
    result.activeAt = QDateTime::fromSecsSinceEpoch(activeAt, Qt::UTC);
    return result;
}

QStringList names(const QList<PromAlert> &alerts)
{
    QStringList result;
    for (const PromAlert &a : alerts)
        result.append(a.name + u'@' + a.labels.value(QStringLiteral("instance")));
    return result;
}

constexpr auto Pending = PromAlert::State::Pending;
constexpr auto Firing = PromAlert::State::Firing;

}  // namespace

class TestPromAlerts : public QObject
{
    Q_OBJECT

private slots:
    void parsesCannedAnswers_data();
    void parsesCannedAnswers();
    void keepsEveryLabelAndAnnotation();
    void readsAnEmptyList();
    void reportsErrors_data();
    void reportsErrors();
    void buildsTheAlertsUrl_data();
    void buildsTheAlertsUrl();
    void findsTransitions_data();
    void findsTransitions();
};

void TestPromAlerts::parsesCannedAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<PromAlert::State>("state");
    QTest::addColumn<qint64>("activeAtMs");  // -1: no time
    QTest::addColumn<double>("value");       // NaN compares as NaN
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("instance");

    const QByteArray prometheus = FakePrometheus::dataFile("alerts_prometheus.json");
    const QByteArray vmalert = FakePrometheus::dataFile("alerts_vmalert.json");
    // 2026-11-22T11:03:30.255Z, nanoseconds cut to milliseconds.
    const qint64 at =
        QDateTime(QDate(2026, 11, 22), QTime(11, 3, 30, 255), Qt::UTC).toMSecsSinceEpoch();
    QTest::addRow("Prometheus, firing")
        << prometheus << 0 << "PromCompanionHighErrorRatio" << Firing << at << 0.1234
        << "High error ratio on 127.0.0.1:8000"
        << "127.0.0.1:8000";
    QTest::addRow("Prometheus, pending, activeAt with an offset")
        << prometheus << 1 << "PromCompanionHighLatency" << Pending << at - 2 * 3600 * 1000 << 0.475
        << "High p95 latency on 127.0.0.1:8000"
        << "127.0.0.1:8000";
    QTest::addRow("vmalert, firing")
        << vmalert << 0 << "PromCompanionTargetDown" << Firing
        << QDateTime(QDate(2026, 11, 22), QTime(9, 0, 5, 500), Qt::UTC).toMSecsSinceEpoch() << 0.0
        << "Prom Companion target 127.0.0.1:8000 is down"
        << "127.0.0.1:8000";
    QTest::addRow("vmalert, name without labels, Go's zero time, NaN")
        << vmalert << 1 << "DiskAlmostFull" << Pending << qint64(-1) << qQNaN() << ""
        << "";
}

void TestPromAlerts::parsesCannedAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(PromAlert::State, state);
    QFETCH(qint64, activeAtMs);
    QFETCH(double, value);
    QFETCH(QString, summary);
    QFETCH(QString, instance);

    const QList<PromAlert> alerts = parsedAlerts(body);
    QCOMPARE(alerts.size(), 2);
    const PromAlert &a = alerts.at(index);
    QCOMPARE(a.name, name);
    QCOMPARE(a.state, state);
    QCOMPARE(a.activeAt.isValid() ? a.activeAt.toMSecsSinceEpoch() : qint64(-1), activeAtMs);
    if (std::isnan(value))
        QVERIFY(std::isnan(a.value));
    else
        QCOMPARE(a.value, value);
    QCOMPARE(a.summary(), summary);
    QCOMPARE(a.labels.value(QStringLiteral("instance")), instance);
}

void TestPromAlerts::keepsEveryLabelAndAnnotation()
{
    const PromAlert a = parsedAlerts(FakePrometheus::dataFile("alerts_prometheus.json")).at(0);
    const QMap<QString, QString> labels{{"alertname", "PromCompanionHighErrorRatio"},
                                        {"instance", "127.0.0.1:8000"},
                                        {"job", "my_app"},
                                        {"severity", "warning"}};
    QCOMPARE(a.labels, labels);
    QCOMPARE(a.annotations.size(), 2);
    QCOMPARE(a.description(),
             QStringLiteral("12.34% of the requests to 127.0.0.1:8000 over the last minute were "
                            "answered with a 5xx status (threshold 5%)."));
    QCOMPARE(PromAlert::stateName(a.state), QStringLiteral("firing"));
}

void TestPromAlerts::readsAnEmptyList()
{
    // What VictoriaMetrics answers without a vmalert behind it.
    QVERIFY(parsedAlerts(FakePrometheus::dataFile("alerts_empty.json")).isEmpty());
}

void TestPromAlerts::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<PromError::Kind>("kind");
    QTest::addColumn<QString>("fragment");

    using K = PromError::Kind;
    const auto alerts = [](const char *alert) {
        return QByteArray(R"({"status":"success","data":{"alerts":[)") + alert + "]}}";
    };
    QTest::addRow("unknown state") << FakePrometheus::dataFile("alerts_bad_state.json") << 200
                                   << K::UnexpectedShape << "data.alerts[0] state is \"burning\"";
    QTest::addRow("state missing") << alerts(R"({"labels":{"alertname":"A"}})") << 200
                                   << K::UnexpectedShape << "data.alerts[0] state is \"\"";
    QTest::addRow("alerts missing") << QByteArray(R"({"status":"success","data":{}})") << 200
                                    << K::UnexpectedShape << "data.alerts is not an array";
    QTest::addRow("data is a list, as /api/v1/query's result")
        << QByteArray(R"({"status":"success","data":[]})") << 200 << K::UnexpectedShape
        << "data.alerts is not an array";
    QTest::addRow("an alert that is not an object")
        << alerts("1") << 200 << K::UnexpectedShape << "data.alerts[0] is not an object";
    QTest::addRow("a label that is not a string")
        << alerts(R"({"labels":{"alertname":"A","n":1},"state":"firing"})") << 200
        << K::UnexpectedShape << "data.alerts[0] labels has \"n\" that is not a string";
    QTest::addRow("annotations that are a list")
        << alerts(R"({"labels":{"alertname":"A"},"annotations":[],"state":"firing"})") << 200
        << K::UnexpectedShape << "data.alerts[0] annotations is not an object";
    QTest::addRow("no name at all") << alerts(R"({"labels":{"x":"y"},"state":"firing"})") << 200
                                    << K::UnexpectedShape << "data.alerts[0] has no alertname";
    QTest::addRow("a value that is not a number")
        << alerts(R"({"labels":{"alertname":"A"},"state":"firing","value":"high"})") << 200
        << K::UnexpectedShape << "data.alerts[0] value is not a number";
    QTest::addRow("the second alert is broken")
        << alerts(R"({"labels":{"alertname":"A"},"state":"firing"},{"state":"firing"})") << 200
        << K::UnexpectedShape << "data.alerts[1] has no alertname";
    QTest::addRow("503 unavailable")
        << FakePrometheus::dataFile("error_unavailable.json") << 503 << K::ApiError
        << "is not ready to answer (HTTP 503, unavailable)";
    QTest::addRow("HTML page from a proxy")
        << FakePrometheus::dataFile("proxy_502.html") << 502 << K::HttpError << "answered HTTP 502";
    QTest::addRow("malformed JSON") << FakePrometheus::dataFile("malformed.json") << 200
                                    << K::MalformedJson << "sent malformed JSON";
    QTest::addRow("404 of a server without the endpoint")
        << QByteArray("404 page not found\n") << 404 << K::HttpError << "answered HTTP 404";
}

void TestPromAlerts::reportsErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(PromError::Kind, kind);
    QFETCH(QString, fragment);

    const pc::PromAlertsOutcome outcome = pc::parseAlertsResponse(body, status, kAlertsUrl);
    const auto *error = std::get_if<PromError>(&outcome);
    QVERIFY2(error, "parsed an answer that should have been refused");
    QCOMPARE(error->kind, kind);
    QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
    QVERIFY2(error->message.contains(QLatin1String("Prometheus at http://localhost:9090")),
             qPrintable(error->message));
    QCOMPARE(error->httpStatus, status);
}

void TestPromAlerts::buildsTheAlertsUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expected");
    QTest::addRow("plain") << QUrl("http://localhost:9090")
                           << QUrl("http://localhost:9090/api/v1/alerts");
    QTest::addRow("path prefix with a slash")
        << QUrl("https://h/prometheus/") << QUrl("https://h/prometheus/api/v1/alerts");
    QTest::addRow("credentials and query dropped")
        << QUrl("http://u:p@h:9090/?x=1") << QUrl("http://h:9090/api/v1/alerts");
}

void TestPromAlerts::buildsTheAlertsUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expected);
    QCOMPARE(pc::promAlertsUrl(base), expected);
}

void TestPromAlerts::findsTransitions_data()
{
    QTest::addColumn<QList<PromAlert>>("previous");
    QTest::addColumn<QList<PromAlert>>("current");
    QTest::addColumn<QStringList>("started");
    QTest::addColumn<QStringList>("resolved");

    using L = QList<PromAlert>;
    const QStringList none;
    QTest::addRow("nothing before or now") << L{} << L{} << none << none;
    QTest::addRow("fires at the first poll")
        << L{} << L{alert("A", Firing)} << QStringList{"A@a"} << none;
    QTest::addRow("pending is not firing yet") << L{} << L{alert("A", Pending)} << none << none;
    QTest::addRow("pending, then firing")
        << L{alert("A", Pending)} << L{alert("A", Firing)} << QStringList{"A@a"} << none;
    QTest::addRow("firing stays firing")
        << L{alert("A", Firing)} << L{alert("A", Firing)} << none << none;
    QTest::addRow("firing, then gone")
        << L{alert("A", Firing)} << L{} << none << QStringList{"A@a"};
    QTest::addRow("pending, then gone") << L{alert("A", Pending)} << L{} << none << none;
    QTest::addRow("firing, then pending after a restart")
        << L{alert("A", Firing)} << L{alert("A", Pending)} << none << QStringList{"A@a"};
    QTest::addRow("same rule, another instance fires")
        << L{alert("A", Firing, "a")} << L{alert("A", Firing, "a"), alert("A", Firing, "b")}
        << QStringList{"A@b"} << none;
    QTest::addRow("one resolves as another fires")
        << L{alert("A", Firing), alert("B", Pending)} << L{alert("B", Firing)} << QStringList{"B@a"}
        << QStringList{"A@a"};
    QTest::addRow("resolved and fired again between two polls")
        << L{alert("A", Firing, "a", 100)} << L{alert("A", Firing, "a", 200)} << QStringList{"A@a"}
        << QStringList{"A@a"};
    QTest::addRow("order of the current list is kept")
        << L{} << L{alert("B", Firing), alert("A", Pending), alert("A", Firing, "z")}
        << QStringList{"B@a", "A@z"} << none;
}

void TestPromAlerts::findsTransitions()
{
    QFETCH(QList<PromAlert>, previous);
    QFETCH(QList<PromAlert>, current);
    QFETCH(QStringList, started);
    QFETCH(QStringList, resolved);

    const AlertTransitions transitions = AlertTransitions::between(previous, current);
    QCOMPARE(names(transitions.startedFiring), started);
    QCOMPARE(names(transitions.resolved), resolved);
    QCOMPARE(transitions.isEmpty(), started.isEmpty() && resolved.isEmpty());
}

QTEST_GUILESS_MAIN(TestPromAlerts)
#include "tst_promalerts.moc"
