#include "alertchartwindow.h"
#include "alertpreviewplot.h"
#include "alertruledialog.h"
#include "alertsbox.h"
#include "chart/rangepoller.h"
#include "chartwidget.h"
#include "load/loadgenerator.h"
#include "load/loadplan.h"
#include "plotitem.h"
#include "prometheus/alertwatcher.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"
#include "rulesview.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::app::AlertRuleDialog;
using pc::app::RulesView;

namespace {

template <typename T>
T *field(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no field %s", name);
    return widget;
}

bool hasRow(const RulesView &view, const QString &row)
{
    return view.rows().contains(row);
}

QString rowsText(const RulesView &view)
{
    return view.rows().join(QLatin1String("\n"));
}

void clickSave(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

}  // namespace

/// The Alerts window against a real managed Prometheus: a rule made in the dialog is written,
/// checked, loaded by a reload, fires under the load generator's load and shows in the alerts
/// list; editing, disabling and deleting follow; a broken file is named.
class TestRulesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogRuleIsLoadedFiresAndFollowsEdits();
    void dialogShowsWhatPromtoolRejects();
    void brokenFileIsNamedAndPrometheusRuns();
    void exportsARuleFileWithTheLinesToAdd();
    void chartShowsTheFiringBandOfALoadedRule();

private:
    void makeRuleInDialog(RulesView &view, const QTemporaryDir &dir, pc::AlertRule *rule);
    void previewSeesTheFiring(AlertRuleDialog *edit);
    static QString startPrometheus(pc::ManagedPrometheus &prometheus, const QString &target,
                                   const QTemporaryDir &dir);
};

void TestRulesView::initTestCase()
{
    QVERIFY2(!pc::test::promtoolPath().isEmpty(), qPrintable(pc::test::installHint()));
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
}

QString TestRulesView::startPrometheus(pc::ManagedPrometheus &prometheus, const QString &target,
                                       const QTemporaryDir &dir)
{
    auto options = pc::test::managedPrometheusOptions(target, dir.filePath("prometheus"));
    options.rulesDirectory = dir.filePath("rules");
    return pc::test::startManagedPrometheus(prometheus, options);
}

void TestRulesView::makeRuleInDialog(RulesView &view, const QTemporaryDir &dir, pc::AlertRule *rule)
{
    // As from the live chart's "Alert on this…": the expression prefilled, in req/s.
    AlertRuleDialog *dialog = view.newRule("sum(rate(http_requests_total{job=\"my_app\"}[10s]))",
                                           pc::DisplayFormat::Unit::RequestsPerSecond);
    QVERIFY(dialog->isVisible());
    QCOMPARE(field<QPlainTextEdit>(dialog, "expr")->toPlainText(),
             QString("sum(rate(http_requests_total{job=\"my_app\"}[10s]))"));
    field<QLineEdit>(dialog, "name")->setText("Busy demo: \"rate\"");
    field<QLineEdit>(dialog, "threshold")->setText("5");
    field<QLineEdit>(dialog, "for")->setText("2s");
    field<QLineEdit>(dialog, "summary")->setText("{{ $value }} req/s");
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->firingText().contains("Would have fired 0 time"),
                              qPrintable(dialog->firingText()), 10000);
    QCOMPARE(dialog->preview()->thresholds(), QList<double>{5.0});
    QSignalSpy saved(dialog, &AlertRuleDialog::saved);
    clickSave(dialog);
    QCOMPARE(saved.size(), 1);
    *rule = saved.first().first().value<pc::AlertRule>();
    const QString file = dir.filePath("rules/" + rule->id + ".yml");
    QVERIFY(QFile::exists(file));
    const auto check = pc::test::runProcess(pc::test::promtoolPath(), {"check", "rules", file});
    QVERIFY2(check.exitCode == 0, check.output.constData());
}

void TestRulesView::previewSeesTheFiring(AlertRuleDialog *edit)
{
    // The preview now sees the load: it would have fired, and shades where.
    QCOMPARE(field<QLineEdit>(edit, "threshold")->text(), QString("5"));
    static const QRegularExpression fired("Would have fired [1-9]");
    QTRY_VERIFY2_WITH_TIMEOUT(fired.match(edit->firingText()).hasMatch(),
                              qPrintable(edit->firingText()), 15000);
    // The lines and the condition are asked together and answer in no fixed order.
    QTRY_VERIFY_WITH_TIMEOUT(!edit->preview()->spans().isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(edit->preview()->seriesCount(), 1, 10000);
    // For a look at the preview (under Xvfb): PC_SCREENSHOT_DIR=<folder>.
    if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
        edit->resize(720, 640);
        QTest::qWait(300);
        QVERIFY(edit->grab().save(shots + "/alert-rule-dialog.png"));
    }
}

void TestRulesView::dialogRuleIsLoadedFiresAndFollowsEdits()
{
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir dir;
    pc::ManagedPrometheus prometheus;
    const QString error = startPrometheus(prometheus, host.metricsUrl().authority(), dir);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);
    pc::AlertWatcher watcher(&client);
    watcher.setInterval(std::chrono::milliseconds(500));
    watcher.setEnabled(true);
    pc::app::AlertsBox alerts(&watcher);
    RulesView view({&client, &prometheus, dir.filePath("rules"), pc::test::promtoolPath()});
    view.show();
    QVERIFY(view.managedInUse());
    QTRY_VERIFY2_WITH_TIMEOUT(view.rows().size() == 3, qPrintable(rowsText(view)), 10000);
    QVERIFY2(hasRow(view, "PromCompanionTargetDown | inactive | shipped, read-only"),
             qPrintable(rowsText(view)));

    pc::AlertRule rule;
    makeRuleInDialog(view, dir, &rule);
    if (QTest::currentTestFailed())
        return;
    const QString file = dir.filePath("rules/" + rule.id + ".yml");
    const QString row = "Busy demo: \"rate\" | %1 | yours";
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, row.arg("inactive")), qPrintable(rowsText(view)), 10000);

    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 50;
    load.start(plan);
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, row.arg("firing")), qPrintable(rowsText(view)), 60000);
    QTRY_VERIFY2_WITH_TIMEOUT(alerts.rows().join('\n').contains("Busy demo: \"rate\""),
                              qPrintable(alerts.rows().join('\n')), 10000);

    AlertRuleDialog *edit = view.editRule(rule.id);
    QVERIFY(edit);
    previewSeesTheFiring(edit);
    if (QTest::currentTestFailed())
        return;
    field<QLineEdit>(edit, "threshold")->setText("100000");
    clickSave(edit);
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, row.arg("inactive")), qPrintable(rowsText(view)), 20000);
    load.stop();

    QCOMPARE(view.setRuleEnabled(rule.id, false), QString());
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, row.arg("disabled")) && view.rows().size() == 4,
                              qPrintable(rowsText(view)), 10000);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(view.deleteRule(rule.id), QString());
    QTRY_VERIFY2_WITH_TIMEOUT(view.rows().size() == 3, qPrintable(rowsText(view)), 10000);
}

void TestRulesView::dialogShowsWhatPromtoolRejects()
{
    QTemporaryDir dir;
    RulesView view({nullptr, nullptr, dir.path(), pc::test::promtoolPath()});
    AlertRuleDialog *dialog = view.newRule("rate(x[1m]", pc::DisplayFormat::Unit::Seconds);
    field<QLineEdit>(dialog, "name")->setText("Slow");
    // Entered in the chart's unit: 200 ms is 0.2 s in the rule.
    QCOMPARE(field<QComboBox>(dialog, "unit")->currentText(), QString("ms"));
    field<QLineEdit>(dialog, "threshold")->setText("200");
    QCOMPARE(dialog->rule().threshold, 0.2);
    clickSave(dialog);
    QVERIFY2(dialog->errorText().contains("parse error"), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(QDir(dir.path()).isEmpty());

    field<QPlainTextEdit>(dialog, "expr")->setPlainText("rate(x[1m])");
    const QPointer<AlertRuleDialog> guard(dialog);
    clickSave(dialog);
    QVERIFY(!guard || !guard->isVisible());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).contains("slow.yml"));
    QVERIFY(QFile(dir.filePath("slow.yml")).open(QIODevice::ReadOnly));
}

void TestRulesView::brokenFileIsNamedAndPrometheusRuns()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("rules")));
    QFile broken(dir.filePath("rules/typed-by-hand.yml"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("groups: [{name: x, rules: [{alert: A, expr: 'up >'}]}]\n");
    broken.close();
    pc::ManagedPrometheus prometheus;
    const QString error =
        startPrometheus(prometheus, "127.0.0.1:" + QString::number(pc::test::freePort()), dir);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);
    RulesView view({&client, &prometheus, dir.filePath("rules"), pc::test::promtoolPath()});
    QTRY_VERIFY(view.problemsText().contains("typed-by-hand.yml"));
    QVERIFY2(view.problemsText().contains("typed-by-hand.yml.broken"),
             qPrintable(view.problemsText()));
    QVERIFY(QFile::exists(dir.filePath("rules/typed-by-hand.yml.broken")));
    QTRY_VERIFY2_WITH_TIMEOUT(view.rows().size() == 3, qPrintable(rowsText(view)), 10000);
}

void TestRulesView::exportsARuleFileWithTheLinesToAdd()
{
    QTemporaryDir dir;
    RulesView view({nullptr, nullptr, dir.filePath("rules"), pc::test::promtoolPath()});
    AlertRuleDialog *dialog = view.newRule("up{job=\"other\"}", pc::DisplayFormat::Unit::Count);
    field<QLineEdit>(dialog, "name")->setText("Other's target down");
    field<QComboBox>(dialog, "condition")->setCurrentIndex(1);  // below
    field<QLineEdit>(dialog, "threshold")->setText("1");
    QSignalSpy saved(dialog, &AlertRuleDialog::saved);
    clickSave(dialog);
    QCOMPARE(saved.size(), 1);
    const QString id = saved.first().first().value<pc::AlertRule>().id;
    QVERIFY(view.rows().contains("Other's target down | not loaded here | yours"));

    const QString path = dir.filePath("for it's server/down.yml");
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QString lines;
    QCOMPARE(view.exportRuleFile(id, path, &lines), QString());
    QCOMPARE(lines, "rule_files:\n  - '" + QString(path).replace("'", "''") + "'\n");
    const auto check = pc::test::runProcess(pc::test::promtoolPath(), {"check", "rules", path});
    QVERIFY2(check.exitCode == 0, check.output.constData());
    QVERIFY(!view.exportRuleFile("no-such-rule", path, &lines).isEmpty());
}

void TestRulesView::chartShowsTheFiringBandOfALoadedRule()
{
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    QTemporaryDir dir;
    pc::ManagedPrometheus prometheus;
    const QString error = startPrometheus(prometheus, host.metricsUrl().authority(), dir);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = prometheus.baseUrl();
    pc::PromClient client(endpoint);
    RulesView view({&client, &prometheus, dir.filePath("rules"), pc::test::promtoolPath()});

    pc::AlertRule rule;
    rule.name = "Busy demo";
    rule.expr = "sum(rate(http_requests_total{job=\"my_app\"}[10s]))";
    rule.threshold = 5;
    rule.forDuration = std::chrono::seconds(2);
    rule.summary = "{{ $value }} req/s";
    QCOMPARE(pc::RulesFolder(dir.filePath("rules"), pc::test::promtoolPath()).save(rule),
             QString());
    QVERIFY(prometheus.reload());
    view.show();
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, "Busy demo | inactive | yours"),
                              qPrintable(rowsText(view)), 20000);

    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 50;
    load.start(plan);
    QTRY_VERIFY2_WITH_TIMEOUT(hasRow(view, "Busy demo | firing | yours"),
                              qPrintable(rowsText(view)), 60000);

    // Show chart…, as the window opens it: the expression, the threshold and the bands.
    QSignalSpy requested(&view, &RulesView::chartRequested);
    QVERIFY(view.selectRule("Busy demo"));
    QVERIFY(view.showSelectedChart());
    QCOMPARE(requested.size(), 1);
    pc::app::AlertChartWindow::Options options;
    options.client = &client;
    options.alertName = requested.first().at(0).toString();
    options.condition = requested.first().at(1).value<pc::AlertCondition>();
    options.forDuration = requested.first().at(2).value<std::chrono::seconds>();
    options.window = std::chrono::minutes(2);
    pc::app::AlertChartWindow chart(options);
    chart.poller()->setRefreshInterval(std::chrono::milliseconds(500));
    chart.show();
    const auto firing = [&chart] {
        for (const pc::Annotation &band : chart.chart()->annotations()) {
            if (band.kind == pc::Annotation::Kind::AlertFiring)
                return band;
        }
        return pc::Annotation();
    };
    // A band once it has lasted a sample (one sample at the very end is a marker).
    QTRY_VERIFY_WITH_TIMEOUT(firing().isSpan(), 20000);
    QCOMPARE(firing().title, QString("Busy demo firing"));
    QVERIFY2(firing().text.contains("severity=\"warning\""), qPrintable(firing().text));
    // Pending came first, a rule evaluation before.
    bool pendingBefore = false;
    for (const pc::Annotation &band : chart.chart()->annotations())
        pendingBefore |=
            band.kind == pc::Annotation::Kind::AlertPending && band.startMs < firing().startMs;
    QVERIFY(pendingBefore);
    QTRY_VERIFY(!chart.chart()->series().isEmpty());
    QCOMPARE(chart.chart()->plot()->thresholds().size(), 2);
    QCOMPARE(chart.chart()->plot()->thresholds().last().value, 5.0);
    // For a look at it (under Xvfb): PC_SCREENSHOT_DIR=<folder>.
    if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(15000);  // a longer firing band, the line well past the threshold
        QVERIFY(chart.grab().save(shots + "/alert-band.png"));
    }
    load.stop();
}

QTEST_MAIN(TestRulesView)
#include "tst_rulesview.moc"
