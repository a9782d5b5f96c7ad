#include "annotation/alertbands.h"
#include "prometheus/alertcondition.h"
#include "prometheus/promresponse.h"

#include <QTest>

#include <cmath>
#include <limits>

using pc::Annotation;
using pc::PromQueryResult;

Q_DECLARE_METATYPE(pc::AlertCondition::Bound)

namespace {

// One ALERTS series per row: "<state> <instance> <samples>", a sample every 10 s: `x` is 1,
// `.` none, `n` NaN, `0` zero.
PromQueryResult answer(const QStringList &rows)
{
    PromQueryResult result;
    result.type = PromQueryResult::Type::Matrix;
    for (const QString &row : rows) {
        const QStringList parts = row.split(u' ');
        pc::PromSeries series;
        series.labels = {{"__name__", "ALERTS"},
                         {"alertname", "HighLatency"},
                         {"alertstate", parts.at(0)},
                         {"instance", parts.at(1)},
                         {"severity", "warning"}};
        const QString &samples = parts.at(2);
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const QChar c = samples.at(i);
            if (c == u'.')
                continue;
            const double value = c == u'n'   ? std::numeric_limits<double>::quiet_NaN()
                                 : c == u'0' ? 0.0
                                             : 1.0;
            series.samples.append({qint64(i) * 10'000, value});
        }
        result.series.append(series);
    }
    return result;
}

// "HighLatency firing a 40-100": title, instance, start and end in seconds.
QStringList describe(const QList<Annotation> &bands)
{
    QStringList lines;
    for (const Annotation &band : bands) {
        const QString instance = band.text.section(u'\n', 0, 0).section(u'"', 1, 1);
        lines.append(QString("%1 %2 %3-%4")
                         .arg(band.title, instance)
                         .arg(band.startMs / 1000)
                         .arg(band.endMs.value_or(-1) / 1000));
    }
    return lines;
}

}  // namespace

/// The pending and firing bands drawn on a rule's chart, from the ALERTS series Prometheus
/// writes, and the split of a rule's PromQL into the expression charted and its threshold.
class TestAlertBands : public QObject
{
    Q_OBJECT

private slots:
    void buildsSpansPerInstanceAndState_data();
    void buildsSpansPerInstanceAndState();
    void givesEachBandItsKindColourAndText();
    void refusesWhatIsNoRangeOfAlerts_data();
    void refusesWhatIsNoRangeOfAlerts();
    void escapesTheAlertNameInTheSelector();
    void splitsAConditionIntoExpressionAndBounds_data();
    void splitsAConditionIntoExpressionAndBounds();
    void readsBackTheAppsOwnRules_data();
    void readsBackTheAppsOwnRules();
    void comparesExpressionsWithoutSpacesAndComments();
};

void TestAlertBands::buildsSpansPerInstanceAndState_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("rangeEnd");  // seconds
    QTest::addColumn<QStringList>("bands");
    QTest::addRow("pending then firing to the end")
        << QStringList{"pending a xxxx.......", "firing a ....xxxxxxx"} << 100
        << QStringList{"HighLatency pending a 0-40", "HighLatency firing a 40-100"};
    QTest::addRow("resolved before the end") << QStringList{"firing a xxxxxx..............."} << 300
                                             << QStringList{"HighLatency firing a 0-60"};
    QTest::addRow("a gap of more than 1.5 steps ends a span")
        << QStringList{"firing a xxx...xx......."} << 230
        << QStringList{"HighLatency firing a 0-30", "HighLatency firing a 60-80"};
    QTest::addRow("one missing sample ends a span")
        << QStringList{"firing a xx.xx........"} << 200
        << QStringList{"HighLatency firing a 0-20", "HighLatency firing a 30-50"};
    QTest::addRow("a lone sample lasts a step")
        << QStringList{"pending a ..x......"} << 180 << QStringList{"HighLatency pending a 20-30"};
    QTest::addRow("several instances, sorted by start")
        << QStringList{"firing b ...xxx.....", "firing a xxx........"} << 200
        << QStringList{"HighLatency firing a 0-30", "HighLatency firing b 30-60"};
    QTest::addRow("NaN and zero are no samples")
        << QStringList{"firing a xxnn0xx......"} << 210
        << QStringList{"HighLatency firing a 0-20", "HighLatency firing a 50-70"};
    QTest::addRow("a range ending past the last sample by a step still runs to it")
        << QStringList{"firing a xxxx"} << 40 << QStringList{"HighLatency firing a 0-40"};
    QTest::addRow("empty answer") << QStringList{} << 100 << QStringList{};
    QTest::addRow("only NaN") << QStringList{"firing a nnn"} << 100 << QStringList{};
}

void TestAlertBands::buildsSpansPerInstanceAndState()
{
    QFETCH(QStringList, rows);
    QFETCH(int, rangeEnd);
    QFETCH(QStringList, bands);
    const pc::AlertBandsOutcome outcome =
        pc::alertBands(answer(rows), std::chrono::seconds(10), qint64(rangeEnd) * 1000);
    const QString *error = std::get_if<QString>(&outcome);
    QVERIFY2(!error, error ? qPrintable(*error) : "");
    QCOMPARE(describe(std::get<QList<Annotation>>(outcome)), bands);
}

void TestAlertBands::givesEachBandItsKindColourAndText()
{
    const auto bands = std::get<QList<Annotation>>(pc::alertBands(
        answer({"pending a xx.......", "firing a ..xxx...."}), std::chrono::seconds(10), 180'000));
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands[0].kind, Annotation::Kind::AlertPending);
    QCOMPARE(bands[0].colour, QString("#ff9830"));
    QCOMPARE(bands[1].kind, Annotation::Kind::AlertFiring);
    QCOMPARE(bands[1].colour, QString("#f2495c"));
    QVERIFY(bands[1].isSpan());
    // The instance's labels, without ALERTS' own, then when.
    const QStringList lines = bands[1].text.split(u'\n');
    QCOMPARE(lines.mid(0, 2), QStringList({"instance=\"a\"", "severity=\"warning\""}));
    QVERIFY2(lines.at(2).startsWith("From ") && lines.at(2).endsWith("(30s)"),
             qPrintable(lines.at(2)));
    QCOMPARE(bands[1].tags, QStringList({"alert", "HighLatency", "firing"}));
    QVERIFY(bands[0].id != bands[1].id);
}

void TestAlertBands::refusesWhatIsNoRangeOfAlerts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addRow("an instant answer")
        << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}})") << 200
        << "is not a range of samples";
    QTest::addRow("a series that is not ALERTS")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{"__name__":"up"},"values":[[10,"1"]]}]}})")
        << 200 << "no ALERTS series: its alertstate is \u201c\u201d";
    QTest::addRow("an unknown state")
        << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                      R"({"metric":{"alertstate":"inactive"},"values":[[10,"1"]]}]}})")
        << 200 << "its alertstate is \u201cinactive\u201d";
    QTest::addRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << 502 << "502";
    QTest::addRow("truncated JSON")
        << QByteArray(R"({"status":"success","data":{"resu)") << 200 << "JSON";
}

void TestAlertBands::refusesWhatIsNoRangeOfAlerts()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const pc::AlertBandsOutcome outcome =
        pc::alertBands(body, status, std::chrono::seconds(10), 100'000);
    QVERIFY(std::holds_alternative<QString>(outcome));
    QVERIFY2(std::get<QString>(outcome).contains(error), qPrintable(std::get<QString>(outcome)));
}

void TestAlertBands::escapesTheAlertNameInTheSelector()
{
    QCOMPARE(pc::alertsSelector({"HighLatency"}), QString(R"(ALERTS{alertname="HighLatency"})"));
    QCOMPARE(pc::alertsSelector({R"(a"b\c)"}), QString(R"(ALERTS{alertname="a\"b\\c"})"));
    // Several: a regex of the literal names; a regex's `.` escaped, then its backslash too.
    QCOMPARE(pc::alertsSelector({"Slow", "a.b"}), QString(R"(ALERTS{alertname=~"Slow|a\\.b"})"));
}

void TestAlertBands::splitsAConditionIntoExpressionAndBounds_data()
{
    using Op = pc::AlertCondition::Op;
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QList<pc::AlertCondition::Bound>>("bounds");
    QTest::addRow("above") << "rate(x[1m]) > 0.4"
                           << "rate(x[1m])" << QList<pc::AlertCondition::Bound>{{Op::Above, 0.4}};
    QTest::addRow("equal, with a matcher")
        << R"(up{job="my_app"} == 0)"
        << R"(up{job="my_app"})" << QList<pc::AlertCondition::Bound>{{Op::Equal, 0}};
    QTest::addRow("at most, negative")
        << "x <= -1e3"
        << "x" << QList<pc::AlertCondition::Bound>{{Op::AtMost, -1000}};
    QTest::addRow("shipped, on several lines")
        << "histogram_quantile(0.95,\n  sum by (le) (rate(b[1m])))\n  > 0.4\n"
        << "histogram_quantile(0.95,\n  sum by (le) (rate(b[1m])))"
        << QList<pc::AlertCondition::Bound>{{Op::Above, 0.4}};
    QTest::addRow("comparisons inside brackets and strings stay")
        << R"(count(x{path=">1"} > 3) >= 2)"
        << R"(count(x{path=">1"} > 3))" << QList<pc::AlertCondition::Bound>{{Op::AtLeast, 2}};
    QTest::addRow("a comment after the number")
        << "x > 5 # five"
        << "x" << QList<pc::AlertCondition::Bound>{{Op::Above, 5}};
    QTest::addRow("no comparison") << "absent(up)"
                                   << "absent(up)" << QList<pc::AlertCondition::Bound>{};
    QTest::addRow("compared with a series") << "a > b"
                                            << "a > b" << QList<pc::AlertCondition::Bound>{};
    QTest::addRow("or of two expressions")
        << "a > 1 or b > 2"
        << "a > 1 or b > 2" << QList<pc::AlertCondition::Bound>{};
    QTest::addRow("an `or` inside a name stays")
        << "error_ratio > 0.1"
        << "error_ratio" << QList<pc::AlertCondition::Bound>{{Op::Above, 0.1}};
}

void TestAlertBands::splitsAConditionIntoExpressionAndBounds()
{
    QFETCH(QString, query);
    QFETCH(QString, expr);
    QFETCH(QList<pc::AlertCondition::Bound>, bounds);
    const pc::AlertCondition condition = pc::AlertCondition::parse(query);
    QCOMPARE(condition.expr, expr);
    QCOMPARE(condition.bounds, bounds);
}

void TestAlertBands::readsBackTheAppsOwnRules_data()
{
    QTest::addColumn<int>("condition");
    QTest::addRow("above") << int(pc::AlertRule::Condition::Above);
    QTest::addRow("below") << int(pc::AlertRule::Condition::Below);
    QTest::addRow("outside") << int(pc::AlertRule::Condition::Outside);
}

void TestAlertBands::readsBackTheAppsOwnRules()
{
    QFETCH(int, condition);
    pc::AlertRule rule;
    rule.name = "Slow";
    rule.expr = "histogram_quantile(0.95, sum by (le) (rate(b[1m]))) # p95";
    rule.condition = pc::AlertRule::Condition(condition);
    rule.threshold = 0.2;
    rule.upper = 0.8;
    // What /api/v1/rules lists for the app's own rule reads back as the rule says.
    const pc::AlertCondition parsed = pc::AlertCondition::parse(rule.conditionExpr());
    const pc::AlertCondition own = pc::AlertCondition::of(rule);
    QCOMPARE(parsed.bounds, own.bounds);
    QCOMPARE(pc::AlertCondition::normalized(parsed.expr), pc::AlertCondition::normalized(own.expr));
    QVERIFY(!own.bounds.isEmpty());
}

void TestAlertBands::comparesExpressionsWithoutSpacesAndComments()
{
    using pc::AlertCondition;
    QCOMPARE(AlertCondition::normalized("sum by (job) (rate(x[1m]))  # why\n"),
             AlertCondition::normalized("(sum by(job)(rate(x[1m])))"));
    QVERIFY(AlertCondition::normalized(R"(x{a="1 2"})")
            != AlertCondition::normalized(R"(x{a="12"})"));
    QVERIFY(AlertCondition::normalized("(a) + (b)") != AlertCondition::normalized("a) + (b"));
}

QTEST_MAIN(TestAlertBands)
#include "tst_alertbands.moc"
