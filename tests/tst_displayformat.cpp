#include "format/displayformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using Unit = pc::DisplayFormat::Unit;
Q_DECLARE_METATYPE(pc::DisplayFormat::Unit)

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatsExactValues_data();
    void formatsExactValues();
    void formatsCompactValues_data();
    void formatsCompactValues();
    void formatsTicksThatNeverRepeat_data();
    void formatsTicksThatNeverRepeat();
    void followsTheLocale();
    void namesUnitSymbols();
    void saysHowLongAgo_data();
    void saysHowLongAgo();
};

static const QLocale English(QLocale::English, QLocale::UnitedStates);

void TestDisplayFormat::formatsExactValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("expected");
    QTest::addRow("a count with separators") << 12345.0 << Unit::Count << "12,345";
    QTest::addRow("a fractional count") << 2.5 << Unit::Count << "2.50";
    QTest::addRow("a request rate") << 1234.5 << Unit::RequestsPerSecond << "1,235 req/s";
    QTest::addRow("a slow request rate") << 4.25 << Unit::RequestsPerSecond << "4.3 req/s";
    QTest::addRow("a rate") << 0.5 << Unit::PerSecond << "0.50/s";
    QTest::addRow("mebibytes") << 20.1 * 1024 * 1024 << Unit::Bytes << "20.1 MiB";
    QTest::addRow("bytes") << 512.0 << Unit::Bytes << "512 B";
    QTest::addRow("milliseconds") << 0.35 << Unit::Seconds << "350 ms";
    QTest::addRow("seconds") << 1.5 << Unit::Seconds << "1.50 s";
    QTest::addRow("a ratio") << 0.452 << Unit::Ratio << "45.2%";
    QTest::addRow("a percentage") << 45.2 << Unit::Percent << "45.2%";
    QTest::addRow("NaN") << std::nan("") << Unit::Count << "NaN";
    QTest::addRow("+Inf") << std::numeric_limits<double>::infinity() << Unit::Seconds << "+Inf";
}

void TestDisplayFormat::formatsExactValues()
{
    QFETCH(double, value);
    QFETCH(Unit, unit);
    QTEST(pc::DisplayFormat::value(value, unit, English), "expected");
}

void TestDisplayFormat::formatsCompactValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("expected");
    QTest::addRow("small count") << 950.0 << Unit::Count << "950";
    QTest::addRow("thousands") << 12345.0 << Unit::Count << "12.3 k";
    QTest::addRow("giga") << 1.5e9 << Unit::Count << "1.5 G";
    QTest::addRow("negative") << -2500.0 << Unit::Count << "-2.5 k";
    QTest::addRow("zero") << 0.0 << Unit::Count << "0";
    QTest::addRow("a fraction") << 0.25 << Unit::Count << "0.25";
    QTest::addRow("a tiny fraction") << 0.000123 << Unit::Count << "0";
    QTest::addRow("a rate") << 12300.0 << Unit::PerSecond << "12.3 k/s";
    QTest::addRow("a slow rate") << 0.5 << Unit::PerSecond << "0.5/s";
    QTest::addRow("requests a second") << 42.0 << Unit::RequestsPerSecond << "42 req/s";
    QTest::addRow("mebibytes") << 20.1 * 1024 * 1024 << Unit::Bytes << "20.1 MiB";
    QTest::addRow("microseconds") << 0.000012 << Unit::Seconds << "12 µs";
    QTest::addRow("milliseconds") << 0.35 << Unit::Seconds << "350 ms";
    QTest::addRow("minutes") << 300.0 << Unit::Seconds << "5 min";
    QTest::addRow("a ratio") << 0.452 << Unit::Ratio << "45.2%";
    QTest::addRow("NaN") << std::nan("") << Unit::Count << "NaN";
}

void TestDisplayFormat::formatsCompactValues()
{
    QFETCH(double, value);
    QFETCH(Unit, unit);
    QTEST(pc::DisplayFormat::compact(value, unit, English), "expected");
}

void TestDisplayFormat::formatsTicksThatNeverRepeat_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("step");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("an empty axis") << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1} << 0.2 << Unit::Count
                                   << QStringList{"0", "0.2", "0.4", "0.6", "0.8", "1.0"};
    QTest::addRow("millions") << QList<double>{0, 5e5, 1e6, 1.5e6} << 5e5 << Unit::Count
                              << QStringList{"0", "500 k", "1.0 M", "1.5 M"};
    QTest::addRow("thousands") << QList<double>{0, 2000, 4000} << 2000.0 << Unit::Count
                               << QStringList{"0", "2 k", "4 k"};
    QTest::addRow("quarter steps")
        << QList<double>{0, 0.25, 0.5} << 0.25 << Unit::Count << QStringList{"0", "0.25", "0.50"};
    QTest::addRow("latency") << QList<double>{0, 0.1, 0.2, 0.3} << 0.1 << Unit::Seconds
                             << QStringList{"0 ms", "100 ms", "200 ms", "300 ms"};
    QTest::addRow("rates") << QList<double>{0, 2.5, 5} << 2.5 << Unit::PerSecond
                           << QStringList{"0/s", "2.5/s", "5.0/s"};
    QTest::addRow("a ratio") << QList<double>{0, 0.5, 1} << 0.5 << Unit::Ratio
                             << QStringList{"0%", "50%", "100%"};
    QTest::addRow("bytes") << QList<double>{0, 64 * 1048576.0, 128 * 1048576.0} << 64 * 1048576.0
                           << Unit::Bytes << QStringList{"0 MiB", "64 MiB", "128 MiB"};
}

void TestDisplayFormat::formatsTicksThatNeverRepeat()
{
    QFETCH(QList<double>, values);
    QFETCH(double, step);
    QFETCH(Unit, unit);
    QStringList ticks;
    for (double value : values)
        ticks.append(pc::DisplayFormat::tick(value, step, unit, English));
    QTEST(ticks, "expected");
}

void TestDisplayFormat::followsTheLocale()
{
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(pc::DisplayFormat::value(1234.5, Unit::Count, french),
             QStringLiteral("1\u202f234,50"));
    QCOMPARE(pc::DisplayFormat::compact(12345, Unit::Count, french), QStringLiteral("12,3 k"));
    QCOMPARE(pc::DisplayFormat::tick(1.5e6, 5e5, Unit::Count, french), QStringLiteral("1,5 M"));
}

void TestDisplayFormat::namesUnitSymbols()
{
    QCOMPARE(pc::DisplayFormat::unitSymbol(Unit::Seconds), QStringLiteral("s"));
    QCOMPARE(pc::DisplayFormat::unitSymbol(Unit::PerSecond), QStringLiteral("/s"));
    QCOMPARE(pc::DisplayFormat::unitSymbol(Unit::Ratio), QStringLiteral("%"));
    QVERIFY(pc::DisplayFormat::unitSymbol(Unit::Count).isEmpty());
}

void TestDisplayFormat::saysHowLongAgo_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::addRow("now") << 0 << "just now";
    QTest::addRow("seconds") << 4 << "4 s ago";
    QTest::addRow("minutes") << 180 << "3 min ago";
    QTest::addRow("hours") << 7200 << "2 h ago";
}

void TestDisplayFormat::saysHowLongAgo()
{
    QFETCH(int, seconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QTEST(pc::DisplayFormat::age(now.addSecs(-seconds), now), "expected");
    QCOMPARE(pc::DisplayFormat::age(QDateTime(), now), QStringLiteral("never"));
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
