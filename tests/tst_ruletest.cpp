#include "prometheus/alertrule.h"
#include "prometheus/ruletest.h"
#include "prometheus/ruleyaml.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using pc::PromSample;

Q_DECLARE_METATYPE(pc::PromSample)

namespace {

QList<PromSample> samplesAt(const QList<std::pair<qint64, double>> &points)
{
    QList<PromSample> samples;
    for (const auto &[t, v] : points)
        samples.append({t, v});
    return samples;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

}  // namespace

/// The promtool unit test the app writes for a rule: the series an expression reads, samples
/// in promtool's values notation, the expected alerts, and promtool passing the result.
class TestRuleTest : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSelectorsAnExpressionReads_data();
    void findsTheSelectorsAnExpressionReads();
    void writesSamplesInPromtoolNotation_data();
    void writesSamplesInPromtoolNotation();
    void firingRespectsFor_data();
    void firingRespectsFor();
    void writtenTestPassesPromtool();
};

void TestRuleTest::findsTheSelectorsAnExpressionReads_data()
{
    QTest::addColumn<QString>("promql");
    QTest::addColumn<QStringList>("selectors");
    QTest::addRow("bare metric") << "up" << QStringList{"up"};
    QTest::addRow("matchers and range")
        << "rate(http_requests_total{job=\"my_app\",code=~\"5..\"}[1m])"
        << QStringList{"http_requests_total{job=\"my_app\",code=~\"5..\"}"};
    QTest::addRow("aggregation labels are not selectors")
        << "sum by (job, instance) (rate(a_total[5m])) / ignoring(code) group_left(x) b"
        << QStringList{"a_total", "b"};
    QTest::addRow("histogram quantile")
        << "histogram_quantile(0.95, sum by (le) (rate(d_bucket{job=\"x\"}[1m]))) > 0.4"
        << QStringList{"d_bucket{job=\"x\"}"};
    QTest::addRow("name matcher only")
        << "{__name__=~\"up|x\"} == 0" << QStringList{"{__name__=~\"up|x\"}"};
    QTest::addRow("strings skipped")
        << "label_replace(up, \"dst\", \"$1\", \"src\", \"(.*)\")" << QStringList{"up"};
    QTest::addRow("braces inside a string") << "x{a=\"}{\"}" << QStringList{"x{a=\"}{\"}"};
    QTest::addRow("offset and subquery")
        << "max_over_time(rate(c[1m])[10m:30s] offset 5m)" << QStringList{"c"};
    QTest::addRow("twice once") << "a / a" << QStringList{"a"};
    QTest::addRow("set operators")
        << "a and on(instance) b unless c or d" << QStringList{"a", "b", "c", "d"};
    QTest::addRow("comment") << "up # a comment with words\n" << QStringList{"up"};
    QTest::addRow("number with exponent") << "x > 1e3" << QStringList{"x"};
}

void TestRuleTest::findsTheSelectorsAnExpressionReads()
{
    QFETCH(QString, promql);
    QFETCH(QStringList, selectors);
    QCOMPARE(pc::promqlSelectors(promql), selectors);
}

void TestRuleTest::writesSamplesInPromtoolNotation_data()
{
    QTest::addColumn<QList<PromSample>>("samples");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QString>("values");
    // Slots 10 s apart from t = 1000 s.
    QTest::addRow("explicit") << samplesAt({{1000'000, 1}, {1010'000, 2}, {1020'000, 4}}) << 3
                              << "1 2 4";
    QTest::addRow("runs compressed")
        << samplesAt({{1000'000, 5}, {1010'000, 5}, {1020'000, 5}, {1030'000, 5}}) << 4 << "5x3";
    QTest::addRow("two equal kept apart")
        << samplesAt({{1000'000, 5}, {1010'000, 5}}) << 2 << "5 5";
    QTest::addRow("gaps") << samplesAt({{1000'000, 1}, {1040'000, 2}}) << 5 << "1 _x2 2";
    QTest::addRow("jitter snaps to the nearest slot")
        << samplesAt({{1000'040, 1}, {1009'970, 2}, {1020'003, 3}}) << 3 << "1 2 3";
    QTest::addRow("far from any slot is a gap") << samplesAt({{1005'000, 1}}) << 2 << "_ _";
    QTest::addRow("special values")
        << samplesAt({{1000'000, qQNaN()}, {1010'000, qInf()}, {1020'000, -0.25}}) << 3
        << "NaN Inf -0.25";
    QTest::addRow("exact decimals")
        << samplesAt({{1000'000, 0.1 + 0.2}}) << 1 << "0.30000000000000004";
}

void TestRuleTest::writesSamplesInPromtoolNotation()
{
    QFETCH(QList<PromSample>, samples);
    QFETCH(int, slotCount);
    QFETCH(QString, values);
    QCOMPARE(pc::promtoolValues(samples, 1000'000, 10'000, slotCount), values);
}

void TestRuleTest::firingRespectsFor_data()
{
    QTest::addColumn<QList<PromSample>>("condition");
    QTest::addColumn<int>("forSeconds");
    QTest::addColumn<bool>("firing");
    const auto run = samplesAt({{0, 9}, {10'000, 9}, {20'000, 9}, {30'000, 9}});
    QTest::addRow("held long enough") << run << 30 << true;
    QTest::addRow("not yet") << run << 40 << false;
    QTest::addRow("at once") << samplesAt({{30'000, 9}}) << 0 << true;
    QTest::addRow("over before") << samplesAt({{0, 9}, {10'000, 9}}) << 0 << false;
    QTest::addRow("gap restarts the run")
        << samplesAt({{0, 9}, {20'000, 9}, {30'000, 9}}) << 30 << false;
}

void TestRuleTest::firingRespectsFor()
{
    QFETCH(QList<PromSample>, condition);
    QFETCH(int, forSeconds);
    QFETCH(bool, firing);
    pc::PromQueryResult result;
    pc::PromSeries series;
    series.labels = {{"__name__", "x"}, {"instance", "a"}};
    series.samples = condition;
    result.series.append(series);
    const auto alerts = pc::firingAt(result, 30'000, std::chrono::seconds(10),
                                     std::chrono::seconds(forSeconds), {{"severity", "page"}});
    QCOMPARE(alerts.size(), firing ? 1 : 0);
    if (firing) {
        const QMap<QString, QString> expected{{"instance", "a"}, {"severity", "page"}};
        QCOMPARE(alerts.first(), expected);
    }
}

void TestRuleTest::writtenTestPassesPromtool()
{
    pc::AlertRule rule;
    rule.name = "Busy: \"demo\"";
    rule.expr = "rate(demo_total{job=\"x\"}[30s])";
    rule.threshold = 1;
    rule.forDuration = std::chrono::seconds(20);
    rule.severity = "page";
    rule.summary = "{{ $value }}";
    pc::RuleTest test;
    test.ruleFile = "busy.test-rule.yml";
    test.interval = std::chrono::seconds(10);
    test.alertName = rule.name;
    // 0 a second, then 5 a second from slot 6 on.
    QList<PromSample> samples;
    double total = 0;
    for (int slot = 0; slot < 20; ++slot) {
        total += slot >= 6 ? 50 : 0;
        samples.append({qint64(slot) * 10'000, total});
    }
    test.inputs.append(
        {"demo_total{job=\"x\", instance=\"a:1\"}", pc::promtoolValues(samples, 0, 10'000, 20)});
    const QMap<QString, QString> labels{{"job", "x"}, {"instance", "a:1"}, {"severity", "page"}};
    test.checks.append({std::chrono::seconds(50), {}});
    test.checks.append({std::chrono::seconds(190), {labels}});
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("busy.test-rule.yml"),
                      pc::ruleFileYaml(rule, pc::RuleFileKind::TestCopy)));
    QVERIFY(writeFile(dir.filePath("busy_test.yml"), pc::ruleTestYaml(test)));
    const auto result = pc::test::runProcess(pc::test::promtoolPath(),
                                             {"test", "rules", dir.filePath("busy_test.yml")});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS"), result.output.constData());

    // And it fails when the expectation is wrong: the test tests something.
    test.checks.last().firingLabels.clear();
    QVERIFY(writeFile(dir.filePath("busy_test.yml"), pc::ruleTestYaml(test)));
    const auto wrong = pc::test::runProcess(pc::test::promtoolPath(),
                                            {"test", "rules", dir.filePath("busy_test.yml")});
    QVERIFY2(wrong.exitCode != 0, wrong.output.constData());
}

QTEST_GUILESS_MAIN(TestRuleTest)
#include "tst_ruletest.moc"
