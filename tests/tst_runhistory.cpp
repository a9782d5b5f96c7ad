#include "load/runhistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using pc::LoadPlan;
using pc::LoadRunSummary;
using pc::RunHistory;

namespace {

LoadRunSummary burst(int count)
{
    LoadRunSummary run;
    run.plan.mode = LoadPlan::Mode::Burst;
    run.plan.count = count;
    run.target = QStringLiteral("http://127.0.0.1:5000/");
    run.startedMsecsSinceEpoch = 1'796'000'000'000 + count;
    run.elapsedUs = 1000 * count;
    run.sent = quint64(count);
    run.answersByCode = {{200, quint64(count)}};
    run.corrected = {quint64(count), 100, 200, 300, 400, 500};
    run.uncorrected = run.corrected;
    return run;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

private slots:
    void keepsRunsAcrossRestarts();
    void keepsTheLastFifty();
    void startsEmptyWithoutAFile();
    void reportsACorruptFileAndNeverWritesOverIt_data();
    void reportsACorruptFileAndNeverWritesOverIt();
};

void TestRunHistory::keepsRunsAcrossRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/load-runs.json");
    {
        RunHistory history(path);
        QVERIFY(history.load());
        QVERIFY(history.add(burst(10)));
        QVERIFY(history.add(burst(20)));
    }
    RunHistory again(path);
    QVERIFY2(again.load(), qPrintable(again.errorString()));
    QCOMPARE(again.runs().size(), 2);
    QCOMPARE(again.runs().at(0).sent, 10u);
    QCOMPARE(again.runs().at(1).sent, 20u);
    QCOMPARE(again.runs().at(1).corrected.p999, qint64(400));
    QCOMPARE(again.runs().at(1).startedMsecsSinceEpoch, burst(20).startedMsecsSinceEpoch);
}

void TestRunHistory::keepsTheLastFifty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("load-runs.json");
    RunHistory history(path);
    QVERIFY(history.load());
    for (int i = 1; i <= 60; ++i)
        QVERIFY(history.add(burst(i)));
    QCOMPARE(history.runs().size(), RunHistory::Capacity);
    QCOMPARE(history.runs().first().sent, 11u);
    RunHistory again(path);
    QVERIFY(again.load());
    QCOMPARE(again.runs().size(), RunHistory::Capacity);
    QCOMPARE(again.runs().last().sent, 60u);
}

void TestRunHistory::startsEmptyWithoutAFile()
{
    QTemporaryDir dir;
    RunHistory history(dir.filePath("none.json"));
    QVERIFY(history.load());
    QVERIFY(history.runs().isEmpty());
    QVERIFY(history.errorString().isEmpty());
}

void TestRunHistory::reportsACorruptFileAndNeverWritesOverIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    QTest::addRow("not JSON") << QByteArray("{\"runs\": [") << "cannot be read";
    QTest::addRow("no list of runs") << QByteArray("{\"version\": 1}") << "no list of runs";
    QTest::addRow("a run that is not one")
        << QByteArray("{\"runs\": [{\"mode\": \"flood\"}]}") << "run 1 is not a run";
}

void TestRunHistory::reportsACorruptFileAndNeverWritesOverIt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath("load-runs.json");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    RunHistory history(path);
    QVERIFY(!history.load());
    QVERIFY2(history.errorString().contains(why), qPrintable(history.errorString()));
    QVERIFY(history.errorString().contains(path));
    // The session's runs are still listed, but the file stays as the user left it.
    QVERIFY(!history.add(burst(5)));
    QCOMPARE(history.runs().size(), 1);
    QCOMPARE(contents(path), bytes);
}

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
