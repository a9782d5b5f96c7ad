#include "chart/timeseriesbuffer.h"

#include <QTest>

class TestTimeSeriesBuffer : public QObject
{
    Q_OBJECT

private slots:
    void keepsPointsInOrder();
    void dropsTheOldestPastCapacity();
    void returnsPointsSinceATime_data();
    void returnsPointsSinceATime();
    void startsEmpty();
};

void TestTimeSeriesBuffer::keepsPointsInOrder()
{
    pc::TimeSeriesBuffer buffer(10);
    for (int i = 0; i < 5; ++i)
        buffer.append(1000 * i, i * 2.0);
    const QList<QPointF> points = buffer.points();
    QCOMPARE(points.size(), 5);
    QCOMPARE(points.first(), QPointF(0, 0));
    QCOMPARE(points.last(), QPointF(4000, 8));
    QCOMPARE(*buffer.last(), QPointF(4000, 8));
}

void TestTimeSeriesBuffer::dropsTheOldestPastCapacity()
{
    pc::TimeSeriesBuffer buffer(3600);
    // A day of one sample a second.
    for (int i = 0; i < 86400; ++i)
        buffer.append(qint64(i) * 1000, i);
    QCOMPARE(buffer.size(), 3600u);
    QCOMPARE(buffer.capacity(), 3600u);
    const QList<QPointF> points = buffer.points();
    QCOMPARE(points.first().y(), 86400.0 - 3600);
    QCOMPARE(points.last().y(), 86399.0);
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points[i].x() > points[i - 1].x());
}

void TestTimeSeriesBuffer::returnsPointsSinceATime_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<int>("expected");
    QTest::addRow("before everything") << qint64(-5) << 7;
    QTest::addRow("exactly a point") << qint64(6000) << 6;
    QTest::addRow("between points") << qint64(6500) << 5;
    QTest::addRow("after everything") << qint64(20000) << 0;
}

void TestTimeSeriesBuffer::returnsPointsSinceATime()
{
    QFETCH(qint64, since);
    pc::TimeSeriesBuffer buffer(7);
    for (int i = 0; i < 12; ++i)  // wraps: keeps 5000 to 11000
        buffer.append(1000 * i, i);
    QTEST(int(buffer.points(since).size()), "expected");
}

void TestTimeSeriesBuffer::startsEmpty()
{
    pc::TimeSeriesBuffer buffer(4);
    QVERIFY(!buffer.last());
    QVERIFY(buffer.points().isEmpty());
    buffer.append(1, 1);
    buffer.clear();
    QCOMPARE(buffer.size(), 0u);
}

QTEST_APPLESS_MAIN(TestTimeSeriesBuffer)
#include "tst_timeseriesbuffer.moc"
