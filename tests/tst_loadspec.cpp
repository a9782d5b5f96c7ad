#include "load/loadspec.h"

#include <QTest>

using namespace std::chrono_literals;
using pc::LoadPlan;

class TestLoadSpec : public QObject
{
    Q_OBJECT

private slots:
    void readsASpec_data();
    void readsASpec();
    void namesThePartItCannotRead_data();
    void namesThePartItCannotRead();
    void readsTargetMethodHeadersAndBody();
};

void TestLoadSpec::readsASpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<LoadPlan::Mode>("mode");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<QString>("routes");
    QTest::addColumn<int>("connections");
    QTest::addRow("rate for seconds") << "rate=2000/s,for=10s" << LoadPlan::Mode::Rate << 2000.0
                                      << 1 << qint64(10'000) << "hello" << 32;
    QTest::addRow("rate without /s, for in ms") << "rate=150,for=500ms" << LoadPlan::Mode::Rate
                                                << 150.0 << 1 << qint64(500) << "hello" << 32;
    QTest::addRow("rate for minutes, mixed")
        << "rate=50/s,for=2m,routes=mixed" << LoadPlan::Mode::Rate << 50.0 << 1 << qint64(120'000)
        << "mixed" << 32;
    QTest::addRow("rate until stopped")
        << "rate=10/s" << LoadPlan::Mode::Rate << 10.0 << 1 << qint64(0) << "hello" << 32;
    QTest::addRow("burst of slow ones") << "burst=5000,routes=slow" << LoadPlan::Mode::Burst
                                        << 100.0 << 5000 << qint64(0) << "slow" << 32;
    QTest::addRow("burst of errors on 4 connections")
        << "burst=10, routes=errors, connections=4" << LoadPlan::Mode::Burst << 100.0 << 10
        << qint64(0) << "errors" << 4;
    QTest::addRow("one request") << "routes=hello" << LoadPlan::Mode::Single << 100.0 << 1
                                 << qint64(0) << "hello" << 32;
}

void TestLoadSpec::readsASpec()
{
    QFETCH(QString, spec);
    const pc::LoadSpecResult result = pc::parseLoadSpec(spec);
    QVERIFY2(result.plan.has_value(), qPrintable(result.error));
    const LoadPlan &plan = *result.plan;
    QTEST(plan.mode, "mode");
    QTEST(plan.rate, "rate");
    QTEST(plan.count, "count");
    QTEST(qint64(plan.duration.count()), "durationMs");
    QTEST(pc::routeMixName(plan.mix), "routes");
    QTEST(plan.maxConnections, "connections");
    QVERIFY(plan.url.isEmpty());
}

void TestLoadSpec::namesThePartItCannotRead_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("named");
    QTest::addRow("empty") << ""
                           << "empty";
    QTest::addRow("rate not a number") << "rate=fast,for=10s"
                                       << "'rate=fast'";
    QTest::addRow("duration without a number") << "rate=10/s,for=soon"
                                               << "'for=soon'";
    QTest::addRow("duration in days") << "rate=10/s,for=2d"
                                      << "'for=2d'";
    QTest::addRow("negative burst") << "burst=-5"
                                    << "'burst=-5'";
    QTest::addRow("unknown routes") << "burst=5,routes=all"
                                    << "'routes=all'";
    QTest::addRow("unknown key") << "rate=10/s,speed=3"
                                 << "'speed=3'";
    QTest::addRow("no equals sign") << "rate=10/s,forever"
                                    << "'forever'";
    QTest::addRow("url without a host") << "burst=1,url=nowhere"
                                        << "'url=nowhere'";
    QTest::addRow("header without a colon") << "burst=1,header=Accept"
                                            << "'header=Accept'";
    QTest::addRow("rate and burst") << "rate=10/s,burst=5"
                                    << "both rate= and burst=";
    QTest::addRow("burst for a time") << "burst=5,for=10s"
                                      << "for= without rate=";
}

void TestLoadSpec::namesThePartItCannotRead()
{
    QFETCH(QString, spec);
    QFETCH(QString, named);
    const pc::LoadSpecResult result = pc::parseLoadSpec(spec);
    QVERIFY(!result.plan.has_value());
    QVERIFY2(result.error.contains(named), qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
}

void TestLoadSpec::readsTargetMethodHeadersAndBody()
{
    const pc::LoadSpecResult result = pc::parseLoadSpec(
        "burst=3,url=http://127.0.0.1:8080/api?x=1,method=POST,"
        "header=Content-Type: application/json,header=X-Id: 7,body={\"a\":1}");
    QVERIFY2(result.plan.has_value(), qPrintable(result.error));
    QCOMPARE(result.plan->url, QUrl("http://127.0.0.1:8080/api?x=1"));
    QCOMPARE(result.plan->method, QByteArray("POST"));
    QCOMPARE(result.plan->headers.size(), 2);
    QCOMPARE(result.plan->headers.at(0),
             qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    QCOMPARE(result.plan->body, QByteArray("{\"a\":1}"));
}

QTEST_GUILESS_MAIN(TestLoadSpec)
#include "tst_loadspec.moc"
