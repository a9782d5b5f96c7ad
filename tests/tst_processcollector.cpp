#include "metrics/processcollector.h"

#include <prometheus/metric_family.h>

#include <QTest>

using pc::parseProcStat;

class TestProcessCollector : public QObject
{
    Q_OBJECT

private slots:
    void parsesStatLines_data();
    void parsesStatLines();
    void rejectsMalformedStatLines_data();
    void rejectsMalformedStatLines();
    void findsTheBootTime();
    void collectsTheSixStandardFamilies();
};

namespace {

// Fields 3 to 52 of a real /proc/<pid>/stat line, after "<pid> (<comm>) ".
const QByteArray tail =
    "S 1 1234 1234 0 -1 4194560 2345 0 0 0 150 75 0 0 20 0 4 0 98765 309567488 5037 "
    "18446744073709551615 1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0";

}  // namespace

void TestProcessCollector::parsesStatLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("plain name") << "4242 (prom-companion) " + tail;
    QTest::addRow("name with spaces") << "4242 (my app) " + tail;
    QTest::addRow("name with parentheses") << "4242 (a) (b) c) " + tail;
    QTest::addRow("trailing newline") << "4242 (x) " + tail + '\n';
}

void TestProcessCollector::parsesStatLines()
{
    QFETCH(QByteArray, line);
    const auto stat = parseProcStat(line);
    QVERIFY(stat);
    QCOMPARE(stat->userTicks, 150u);
    QCOMPARE(stat->systemTicks, 75u);
    QCOMPARE(stat->startTicks, 98765u);
    QCOMPARE(stat->virtualBytes, 309567488u);
    QCOMPARE(stat->residentPages, 5037u);
}

void TestProcessCollector::rejectsMalformedStatLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("no name") << "4242 " + tail;
    QTest::addRow("truncated") << QByteArray("4242 (x) S 1 1234 1234 0");
    QTest::addRow("letters where numbers go")
        << "4242 (x) " + QByteArray(tail).replace("150", "abc");
}

void TestProcessCollector::rejectsMalformedStatLines()
{
    QFETCH(QByteArray, line);
    QVERIFY(!parseProcStat(line));
}

void TestProcessCollector::findsTheBootTime()
{
    QCOMPARE(pc::parseBootTime("cpu  1 2 3\nintr 5\nbtime 1700000000\nprocesses 9\n"),
             std::optional<qint64>(1700000000));
    QVERIFY(!pc::parseBootTime("cpu 1 2 3\n"));
}

void TestProcessCollector::collectsTheSixStandardFamilies()
{
    QStringList names;
    for (const auto &family : pc::ProcessCollector().Collect()) {
        names.append(QString::fromStdString(family.name));
        QCOMPARE(family.metric.size(), 1u);
    }
    QCOMPARE(names, QStringList({"process_cpu_seconds_total", "process_resident_memory_bytes",
                                 "process_virtual_memory_bytes", "process_start_time_seconds",
                                 "process_open_fds", "process_max_fds"}));
}

QTEST_APPLESS_MAIN(TestProcessCollector)
#include "tst_processcollector.moc"
