#include "load/loadreport.h"

#include <QTest>

using namespace std::chrono_literals;
using pc::LoadError;
using pc::LoadPlan;
using pc::LoadReport;
using pc::LoadRunSummary;

namespace {

LoadRunSummary rateRun(double achievedFraction)
{
    LoadRunSummary run;
    run.plan.mode = LoadPlan::Mode::Rate;
    run.plan.rate = 2000;
    run.plan.duration = 10s;
    run.plan.mix = {80, 10, 10};
    run.target = QStringLiteral("http://127.0.0.1:5000/");
    run.startedMsecsSinceEpoch = 1'796'000'000'000;
    run.elapsedUs = 10'000'000;
    const auto answered = quint64(20'000 * achievedFraction);
    run.answersByCode = {{200, answered - 1000}, {500, 1000}};
    run.errors[int(LoadError::Refused)] = 3;
    run.errors[int(LoadError::Timeout)] = 2;
    run.sent = answered + 5;
    run.corrected = {answered, 210, 450, 1'200, 15'000, 1'000'500};
    run.uncorrected = {answered, 200, 400, 900, 2'000, 1'000'100};
    return run;
}

}  // namespace

class TestLoadReport : public QObject
{
    Q_OBJECT

private slots:
    void textSaysWhatWrkSays();
    void textSaysWhenTheRateWasNotKept();
    void jsonRoundTrips();
    void rejectsJsonThatIsNoRun_data();
    void rejectsJsonThatIsNoRun();
    void csvHasOneLinePerRun();
};

void TestLoadReport::textSaysWhatWrkSays()
{
    const QString text = LoadReport::text(rateRun(1.0));
    QVERIFY2(
        text.contains("Running rate 2000 req/s for 10 s @ http://127.0.0.1:5000/ (routes: mixed)"),
        qPrintable(text));
    QVERIFY2(text.contains("20005 requests in 10.00 s: 20000 answered, 5 errors"),
             qPrintable(text));
    QVERIFY(text.contains("Answers by code: 200: 19000, 500: 1000"));
    QVERIFY(text.contains("refused 3, reset 0, timeout 2"));
    QVERIFY2(text.contains(QRegularExpression("p99 +1.20 ms +0.90 ms")), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression("max +1.00 s +1.00 s")));
    QVERIFY(text.contains("Achieved rate: 2000.00 req/s"));
    QVERIFY(!text.contains("Could not keep up"));
}

void TestLoadReport::textSaysWhenTheRateWasNotKept()
{
    const QString text = LoadReport::text(rateRun(0.9));
    QVERIFY2(text.contains("Could not keep up: achieved 1800.00 of the asked 2000 req/s."),
             qPrintable(text));
}

void TestLoadReport::jsonRoundTrips()
{
    const LoadRunSummary run = rateRun(1.0);
    const auto back = LoadReport::fromJson(LoadReport::toJson(run));
    QVERIFY(back.has_value());
    QCOMPARE(back->plan.mode, run.plan.mode);
    QCOMPARE(back->plan.rate, run.plan.rate);
    QCOMPARE(back->plan.duration, run.plan.duration);
    QCOMPARE(back->target, run.target);
    QCOMPARE(back->startedMsecsSinceEpoch, run.startedMsecsSinceEpoch);
    QCOMPARE(back->elapsedUs, run.elapsedUs);
    QCOMPARE(back->sent, run.sent);
    QCOMPARE(back->answersByCode, run.answersByCode);
    QCOMPARE(back->errorCount(), run.errorCount());
    QCOMPARE(back->corrected.p999, run.corrected.p999);
    QCOMPARE(back->uncorrected.max, run.uncorrected.max);
    QCOMPARE(LoadReport::toJson(*back), LoadReport::toJson(run));
}

void TestLoadReport::rejectsJsonThatIsNoRun_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addRow("empty") << QJsonObject();
    QJsonObject noMode = LoadReport::toJson(rateRun(1.0));
    noMode.insert("mode", "flood");
    QTest::addRow("unknown mode") << noMode;
    QJsonObject noDate = LoadReport::toJson(rateRun(1.0));
    noDate.insert("started", "yesterday");
    QTest::addRow("no start time") << noDate;
}

void TestLoadReport::rejectsJsonThatIsNoRun()
{
    QFETCH(QJsonObject, object);
    QVERIFY(!LoadReport::fromJson(object).has_value());
}

void TestLoadReport::csvHasOneLinePerRun()
{
    const QString csv = LoadReport::csv({rateRun(1.0), rateRun(0.9)});
    const QStringList lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("started,mode,target"));
    const int columns = lines.at(0).count(',');
    QCOMPARE(lines.at(1).count(','), columns);
    QVERIFY2(lines.at(1).contains(",200:19000;500:1000,3,0,2,0,0,2000.00,0.210,0.450,1.200,"),
             qPrintable(lines.at(1)));
}

QTEST_GUILESS_MAIN(TestLoadReport)
#include "tst_loadreport.moc"
