#include "chart/timerange.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using pc::TimeRange;

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void followsThePresentOverItsWindow();
    void showsAFixedRangeUntilBackToLive();
    void ignoresRangesUnderASecond();
    void pansByHalfARangeAndPastThePresentFollowsIt();
    void aNewWindowFollowsThePresentAgain();

private:
    std::unique_ptr<TimeRange> m_range;
    qint64 m_now = 1'700'000'000'000;
};

void TestTimeRange::init()
{
    m_range = std::make_unique<TimeRange>(5min);
    m_range->setClock([this] { return m_now; });
}

void TestTimeRange::followsThePresentOverItsWindow()
{
    QVERIFY(m_range->isLive());
    QCOMPARE(m_range->range(), std::pair(m_now - 300'000, m_now));
    m_now += 1000;
    QCOMPARE(m_range->range().second, m_now);
    QVERIFY(m_range->reachesPresent());
}

void TestTimeRange::showsAFixedRangeUntilBackToLive()
{
    QSignalSpy changed(m_range.get(), &TimeRange::changed);
    m_range->setFixed(m_now - 7200'000, m_now - 3600'000);
    QVERIFY(!m_range->isLive());
    QVERIFY(!m_range->reachesPresent());
    QCOMPARE(m_range->range(), std::pair(m_now - 7200'000, m_now - 3600'000));
    m_range->setFixed(m_now - 7200'000, m_now - 3600'000);  // the same: no news
    QCOMPARE(changed.count(), 1);
    m_range->followLive();
    QVERIFY(m_range->isLive());
    QCOMPARE(changed.count(), 2);
    m_range->followLive();
    QCOMPARE(changed.count(), 2);
}

void TestTimeRange::ignoresRangesUnderASecond()
{
    QSignalSpy changed(m_range.get(), &TimeRange::changed);
    m_range->setFixed(m_now - 999, m_now);
    m_range->setFixed(m_now, m_now - 5000);
    QVERIFY(m_range->isLive());
    QCOMPARE(changed.count(), 0);
}

void TestTimeRange::pansByHalfARangeAndPastThePresentFollowsIt()
{
    m_range->pan(-1);
    QCOMPARE(m_range->range(), std::pair(m_now - 450'000, m_now - 150'000));
    m_range->pan(-1);
    QCOMPARE(m_range->range(), std::pair(m_now - 600'000, m_now - 300'000));
    m_range->pan(+1);
    QCOMPARE(m_range->range(), std::pair(m_now - 450'000, m_now - 150'000));
    m_range->pan(+1);
    QVERIFY(m_range->isLive());
}

void TestTimeRange::aNewWindowFollowsThePresentAgain()
{
    m_range->setFixed(m_now - 7200'000, m_now - 3600'000);
    m_range->setWindow(1h);
    QVERIFY(m_range->isLive());
    QCOMPARE(m_range->window(), 1h);
    QCOMPARE(m_range->range(), std::pair(m_now - 3600'000, m_now));
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
