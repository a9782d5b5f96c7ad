#include "chart/timeticks.h"

#include <QDateTime>
#include <QTest>

/// Round ticks on a time axis, where the user's clock is.
class TestTimeTicks : public QObject
{
    Q_OBJECT

private slots:
    void roundTicks_data();
    void roundTicks();
    void nothingForAnEmptyRange();
};

namespace {

qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch();
}

}  // namespace

void TestTimeTicks::roundTicks_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QStringList>("labels");
    QTest::addRow("15 min: every 5 min, not from the odd start")
        << utc("2026-12-07T10:13:47Z") << utc("2026-12-07T10:28:47Z") << 6 << 0
        << QStringList{"10:15", "10:20", "10:25"};
    QTest::addRow("1 min: seconds")
        << utc("2026-12-07T10:13:47Z") << utc("2026-12-07T10:14:47Z") << 6 << 0
        << QStringList{"10:14:00", "10:14:15", "10:14:30", "10:14:45"};
    QTest::addRow("1 h in Paris") << utc("2026-12-07T09:00:10Z") << utc("2026-12-07T10:00:10Z") << 5
                                  << 3600 << QStringList{"10:15", "10:30", "10:45", "11:00"};
    QTest::addRow("a day in 6 h steps, on local midnight")
        << utc("2026-12-06T20:00:00Z") << utc("2026-12-07T20:00:00Z") << 6 << -5 * 3600
        << QStringList{"18:00", "00:00", "06:00", "12:00"};
    QTest::addRow("a week: dates")
        << utc("2026-12-01T12:00:00Z") << utc("2026-12-08T12:00:00Z") << 8 << 0
        << QStringList{"12-02", "12-03", "12-04", "12-05", "12-06", "12-07", "12-08"};
    QTest::addRow("two days: dates and hours")
        << utc("2026-12-05T00:30:00Z") << utc("2026-12-07T00:30:00Z") << 5 << 0
        << QStringList{"12-05 12:00", "12-06 00:00", "12-06 12:00", "12-07 00:00"};
}

void TestTimeTicks::roundTicks()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, maxTicks);
    QFETCH(int, offset);
    const QList<pc::TimeTick> ticks = pc::timeTicks(from, to, maxTicks, offset);
    QStringList labels;
    for (const pc::TimeTick &tick : ticks) {
        QVERIFY(tick.msecs >= from && tick.msecs <= to);
        labels.append(tick.label);
    }
    QTEST(labels, "labels");
    QVERIFY(ticks.size() <= maxTicks);
}

void TestTimeTicks::nothingForAnEmptyRange()
{
    QVERIFY(pc::timeTicks(1000, 1000, 6, 0).isEmpty());
    QVERIFY(pc::timeTicks(2000, 1000, 6, 0).isEmpty());
    QVERIFY(pc::timeTicks(0, 60'000, 0, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeTicks)
#include "tst_timeticks.moc"
