#include "prometheus/alertrule.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promrules.h"
#include "prometheus/rulesfolder.h"
#include "prometheus/ruleyaml.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using pc::AlertRule;

namespace {

AlertRule trickyRule(const QString &name, const QString &summary, const QString &description)
{
    AlertRule rule;
    rule.id = QStringLiteral("tricky");
    rule.name = name;
    rule.expr = QStringLiteral("sum by (instance) (rate(http_requests_total{job=\"my_app\"}[1m]))");
    rule.threshold = 0.2;
    rule.forDuration = std::chrono::seconds(90);
    rule.severity = QStringLiteral("page: now");
    rule.summary = summary;
    rule.description = description;
    return rule;
}

}  // namespace

/// The YAML the app writes for its alerting rules: escaping, the expression it builds, and
/// promtool accepting whatever a user may type.
class TestRuleYaml : public QObject
{
    Q_OBJECT

private slots:
    void quotesEveryStringSafely_data();
    void quotesEveryStringSafely();
    void promtoolAcceptsTrickyRules_data();
    void promtoolAcceptsTrickyRules();
    void promtoolReadsBackTheExactText();
    void buildsTheConditionExpression_data();
    void buildsTheConditionExpression();
    void writesNumbersAndDurationsPrometheusReads_data();
    void writesNumbersAndDurationsPrometheusReads();
    void parsesDurations_data();
    void parsesDurations();
    void recordRoundTrips();
    void recordMissingFieldsIsRefused();
    void refusesRulesThatCannotBeSaved_data();
    void refusesRulesThatCannotBeSaved();
    void addsTheRulesFolderToTheConfig();
    void escapesGlobCharactersInTheFolder();
    void parsesTheRulesApi();
    void rulesApiOfWrongShapeIsAnError();
};

void TestRuleYaml::quotesEveryStringSafely_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("plain") << "High latency"
                           << "\"High latency\"";
    QTest::addRow("empty") << ""
                           << "\"\"";
    QTest::addRow("double quote") << "say \"hi\""
                                  << "\"say \\\"hi\\\"\"";
    QTest::addRow("backslash") << "a\\b"
                               << "\"a\\\\b\"";
    QTest::addRow("newline") << "one\ntwo"
                             << "\"one\\ntwo\"";
    QTest::addRow("tab and return") << "a\tb\r"
                                    << "\"a\\tb\\r\"";
    QTest::addRow("template kept") << "{{ $value }} on {{ $labels.instance }}"
                                   << "\"{{ $value }} on {{ $labels.instance }}\"";
    QTest::addRow("colon and hash") << "key: value # not a comment"
                                    << "\"key: value # not a comment\"";
    QTest::addRow("yaml indicators") << "- [a, b] {c} &d *e !f |g >h %i @j `k"
                                     << "\"- [a, b] {c} &d *e !f |g >h %i @j `k\"";
    QTest::addRow("single quote") << "it's"
                                  << "\"it's\"";
    QTest::addRow("control character") << QStringLiteral("a\u0001b") << "\"a\\u0001b\"";
    QTest::addRow("nul") << QString(QChar(0)) << "\"\\u0000\"";
    QTest::addRow("line separator") << QStringLiteral("a\u2028b") << "\"a\\u2028b\"";
    QTest::addRow("byte order mark") << QStringLiteral("\ufeffa") << "\"\\ufeffa\"";
    QTest::addRow("accents kept") << QStringLiteral("Latence élevée")
                                  << QStringLiteral("\"Latence élevée\"");
    QTest::addRow("emoji kept") << QStringLiteral("fire \U0001F525")
                                << QStringLiteral("\"fire \U0001F525\"");
}

void TestRuleYaml::quotesEveryStringSafely()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(pc::yamlQuoted(text), quoted);
}

void TestRuleYaml::promtoolAcceptsTrickyRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("description");
    QTest::addRow("quotes") << "Say \"slow\""
                            << "It's \"{{ $value }}\""
                            << "'single' \"double\"";
    QTest::addRow("colons and hashes") << "latency: p95 # high"
                                       << "a: b"
                                       << "#: {x: y}";
    QTest::addRow("newlines") << "multi"
                              << "line one\nline two"
                              << "a\n\nb\n";
    QTest::addRow("templates") << "templated"
                               << "{{ $value | humanizeDuration }} on {{ $labels.instance }}"
                               << "{{ with $labels }}{{ .job }}{{ end }}";
    QTest::addRow("backslashes") << "back\\slash"
                                 << "C:\\path\\n"
                                 << "\\\\";
    QTest::addRow("unicode") << QStringLiteral("Débit élevé \u2028")
                             << QStringLiteral("ß \U0001F525") << QStringLiteral("\t\u0085");
    QTest::addRow("yaml keywords") << "yes"
                                   << "null"
                                   << "~";
}

void TestRuleYaml::promtoolAcceptsTrickyRules()
{
    QFETCH(QString, name);
    QFETCH(QString, summary);
    QFETCH(QString, description);
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
    QTemporaryDir dir;
    QFile file(dir.filePath("rule.yml"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pc::ruleFileYaml(trickyRule(name, summary, description)));
    file.close();
    const auto result =
        pc::test::runProcess(pc::test::promtoolPath(), {"check", "rules", file.fileName()});
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("SUCCESS: 1 rules found"), result.output.constData());
}

// promtool's unit test compares the annotations Prometheus templated with the text expected:
// what the app wrote reads back as exactly what the user typed.
void TestRuleYaml::promtoolReadsBackTheExactText()
{
    QTemporaryDir dir;
    AlertRule rule = trickyRule("Quote \" colon: hash #", "at {{ $value }}: \"x\"\nnext \\ line",
                                "it's {{ $labels.instance }}");
    rule.expr = QStringLiteral("demo_metric");
    rule.threshold = 1;
    rule.forDuration = std::chrono::seconds(0);
    QFile ruleFile(dir.filePath("rule.yml"));
    QVERIFY(ruleFile.open(QIODevice::WriteOnly));
    ruleFile.write(pc::ruleFileYaml(rule));
    ruleFile.close();
    // Written by hand, in YAML's other notation (single quotes, a literal block), so the two
    // sides do not share the writer under test.
    const QByteArray test = R"~(rule_files: [rule.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'demo_metric{instance="a:1"}'
        values: '5x3'
    alert_rule_test:
      - eval_time: 1m
        alertname: 'Quote " colon: hash #'
        exp_alerts:
          - exp_labels: {instance: 'a:1', severity: 'page: now'}
            exp_annotations:
              summary: |-
                at 5: "x"
                next \ line
              description: 'it''s a:1'
)~";
    QFile testFile(dir.filePath("test.yml"));
    QVERIFY(testFile.open(QIODevice::WriteOnly));
    testFile.write(test);
    testFile.close();
    const auto result =
        pc::test::runProcess(pc::test::promtoolPath(), {"test", "rules", testFile.fileName()});
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void TestRuleYaml::buildsTheConditionExpression_data()
{
    QTest::addColumn<int>("condition");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("upper");
    QTest::addColumn<QString>("expected");
    QTest::addRow("above") << int(AlertRule::Condition::Above) << 0.2 << 0.0
                           << "(up # comment\n) > 0.2";
    QTest::addRow("below") << int(AlertRule::Condition::Below) << 1.0 << 0.0
                           << "(up # comment\n) < 1";
    QTest::addRow("outside") << int(AlertRule::Condition::Outside) << -3.0 << 1e21
                             << "(up # comment\n) < -3 or (up # comment\n) > 1e+21";
}

void TestRuleYaml::buildsTheConditionExpression()
{
    QFETCH(int, condition);
    QFETCH(double, threshold);
    QFETCH(double, upper);
    QFETCH(QString, expected);
    AlertRule rule;
    rule.expr = QStringLiteral("  up # comment\n");
    rule.condition = AlertRule::Condition(condition);
    rule.threshold = threshold;
    rule.upper = upper;
    QCOMPARE(rule.conditionExpr(), expected);
}

void TestRuleYaml::writesNumbersAndDurationsPrometheusReads_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addRow("200 ms in seconds") << 0.2 << "0.2";
    QTest::addRow("integer") << 500.0 << "500";
    QTest::addRow("negative") << -1.5 << "-1.5";
    QTest::addRow("tiny") << 1e-7 << "1e-07";
    QTest::addRow("sum that is not 0.3") << 0.1 + 0.2 << "0.30000000000000004";
}

void TestRuleYaml::writesNumbersAndDurationsPrometheusReads()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(pc::promNumber(value), text);
    QCOMPARE(text.toDouble(), value);
}

void TestRuleYaml::parsesDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds");  // -1: refused
    QTest::addRow("zero") << "0s" << qint64(0);
    QTest::addRow("seconds") << "45s" << qint64(45);
    QTest::addRow("combined") << "1h30m" << qint64(5400);
    QTest::addRow("days") << "2d" << qint64(172800);
    QTest::addRow("milliseconds") << "1500ms" << qint64(1);
    QTest::addRow("no unit") << "30" << qint64(-1);
    QTest::addRow("empty") << "" << qint64(-1);
    QTest::addRow("words") << "soon" << qint64(-1);
    QTest::addRow("negative") << "-5m" << qint64(-1);
}

void TestRuleYaml::parsesDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const auto parsed = pc::parsePromDuration(text);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed) {
        QCOMPARE(parsed->count(), seconds);
        QCOMPARE(pc::parsePromDuration(pc::promDuration(*parsed)), parsed);
    }
}

void TestRuleYaml::recordRoundTrips()
{
    AlertRule rule = trickyRule("name", "sum {{ $value }}", "desc");
    rule.condition = AlertRule::Condition::Outside;
    rule.threshold = -1;
    rule.upper = 0.3;
    rule.enabled = false;
    QString why;
    std::optional<AlertRule> back = AlertRule::fromJson(rule.toJson(), &why);
    QVERIFY2(back, qPrintable(why));
    back->id = rule.id;
    QCOMPARE(*back, rule);
}

void TestRuleYaml::recordMissingFieldsIsRefused()
{
    QJsonObject record = trickyRule("n", "s", "d").toJson();
    record.remove("threshold");
    QString why;
    QVERIFY(!AlertRule::fromJson(record, &why));
    QVERIFY(why.contains("threshold"));
}

void TestRuleYaml::refusesRulesThatCannotBeSaved_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expr");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("upper");
    QTest::addColumn<QString>("problem");
    QTest::addRow("no name") << " "
                             << "up" << 0.0 << 1.0 << "name";
    QTest::addRow("two lines") << "a\nb"
                               << "up" << 0.0 << 1.0 << "one line";
    QTest::addRow("no expression") << "a"
                                   << "" << 0.0 << 1.0 << "expression";
    QTest::addRow("bounds reversed") << "a"
                                     << "up" << 2.0 << 1.0 << "lower bound";
    QTest::addRow("not a number") << "a"
                                  << "up" << qQNaN() << 1.0 << "finite";
}

void TestRuleYaml::refusesRulesThatCannotBeSaved()
{
    QFETCH(QString, name);
    QFETCH(QString, expr);
    QFETCH(double, threshold);
    QFETCH(double, upper);
    QFETCH(QString, problem);
    AlertRule rule;
    rule.name = name;
    rule.expr = expr;
    rule.condition = AlertRule::Condition::Outside;
    rule.threshold = threshold;
    rule.upper = upper;
    QVERIFY2(rule.problem().contains(problem), qPrintable(rule.problem()));
}

void TestRuleYaml::addsTheRulesFolderToTheConfig()
{
    const auto config = pc::ManagedPrometheus::configWithRuleFiles(
        "global:\n  x: 1\nrule_files:\n  - 'shipped.yml'\nscrape_configs: []\n",
        "/data/it's/*.yml");
    QVERIFY(config);
    QCOMPARE(*config, QByteArray("global:\n  x: 1\nrule_files:\n  - '/data/it''s/*.yml'\n"
                                 "  - 'shipped.yml'\nscrape_configs: []\n"));
    QVERIFY(!pc::ManagedPrometheus::configWithRuleFiles("global: {}\n", "/x/*.yml"));
}

void TestRuleYaml::escapesGlobCharactersInTheFolder()
{
    QCOMPARE(pc::RulesFolder::ruleFilesGlob("/data/a*b?[c]"), QString("/data/a\\*b\\?\\[c]/*.yml"));
}

void TestRuleYaml::parsesTheRulesApi()
{
    const QByteArray body = R"~({"status":"success","data":{"groups":[{"name":"g","file":"/r/a.yml",
      "rules":[{"name":"A","query":"up > 1","duration":30,"labels":{"severity":"page"},
      "annotations":{"summary":"{{ $value }}"},"alerts":[{}],"health":"ok","type":"alerting",
      "state":"firing"},{"name":"rec","query":"up","health":"ok","type":"recording"}]}]}})~";
    const pc::PromRulesOutcome outcome = pc::parseRulesResponse(body, 200);
    const auto *rules = std::get_if<QList<pc::PromRule>>(&outcome);
    QVERIFY(rules);
    QCOMPARE(rules->size(), 1);
    const pc::PromRule &rule = rules->first();
    QCOMPARE(rule.name, QString("A"));
    QCOMPARE(rule.file, QString("/r/a.yml"));
    QCOMPARE(rule.state, pc::PromAlert::State::Firing);
    QCOMPARE(rule.forDuration.count(), 30);
    QCOMPARE(rule.activeAlerts, 1);
    QCOMPARE(rule.labels.value("severity"), QString("page"));
    QCOMPARE(rule.annotations.value("summary"), QString("{{ $value }}"));
}

void TestRuleYaml::rulesApiOfWrongShapeIsAnError()
{
    const pc::PromRulesOutcome outcome =
        pc::parseRulesResponse(R"({"status":"success","data":{"groups":{}}})", 200);
    const auto *error = std::get_if<pc::PromError>(&outcome);
    QVERIFY(error);
    QVERIFY2(error->message.contains("data.groups"), qPrintable(error->message));
}

QTEST_GUILESS_MAIN(TestRuleYaml)
#include "tst_ruleyaml.moc"
