#include "settings/settings.h"

#include <QTest>

using Action = pc::CommandLineResult::Action;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsToTheTutorialPortsOnLoopback();
    void acceptsValidOptions_data();
    void acceptsValidOptions();
    void rejectsBadValuesNamingTheOption_data();
    void rejectsBadValuesNamingTheOption();
    void warnsWhenBindingBeyondLoopback();
    void answersHelpAndVersionWithoutExiting();
    void picksTheViewToOpenOn();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.9.9"));
}

void TestCommandLine::defaultsToTheTutorialPortsOnLoopback()
{
    const auto r = pc::parseCommandLine({QStringLiteral("prom-companion")});
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.settings.servicePort, 5000);
    QCOMPARE(r.settings.metricsPort, 8000);
    QCOMPARE(r.settings.bindAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!r.settings.headless);
    QVERIFY(r.warnings.isEmpty());
}

void TestCommandLine::acceptsValidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("servicePort");
    QTest::addColumn<int>("metricsPort");
    QTest::addColumn<QString>("bind");
    QTest::addColumn<bool>("headless");

    QTest::addRow("free ports") << QStringList{"--service-port", "0", "--metrics-port=0"} << 0 << 0
                                << "127.0.0.1" << false;
    QTest::addRow("headless on other ports")
        << QStringList{"--headless", "--service-port=5001", "--metrics-port", "8001"} << 5001
        << 8001 << "127.0.0.1" << true;
    QTest::addRow("localhost by name")
        << QStringList{"--bind", "localhost"} << 5000 << 8000 << "127.0.0.1" << false;
    QTest::addRow("another loopback address")
        << QStringList{"--bind=127.0.0.2"} << 5000 << 8000 << "127.0.0.2" << false;
    QTest::addRow("ipv6 loopback")
        << QStringList{"--bind", "::1"} << 5000 << 8000 << "::1" << false;
    QTest::addRow("highest port") << QStringList{"--service-port", "65535"} << 65535 << 8000
                                  << "127.0.0.1" << false;
}

void TestCommandLine::acceptsValidOptions()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("prom-companion"));
    const auto r = pc::parseCommandLine(arguments);
    QCOMPARE(r.action, Action::Run);
    QTEST(int(r.settings.servicePort), "servicePort");
    QTEST(int(r.settings.metricsPort), "metricsPort");
    QTEST(r.settings.bindAddress.toString(), "bind");
    QTEST(r.settings.headless, "headless");
}

void TestCommandLine::picksTheViewToOpenOn()
{
    using View = pc::Settings::View;
    QCOMPARE(pc::parseCommandLine({"prom-companion"}).settings.startView, View::Chart);
    QCOMPARE(pc::parseCommandLine({"prom-companion", "--view", "chart"}).settings.startView,
             View::Chart);
    QCOMPARE(pc::parseCommandLine({"prom-companion", "--view=dashboard"}).settings.startView,
             View::Dashboard);
}

void TestCommandLine::rejectsBadValuesNamingTheOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::addRow("port too high")
        << QStringList{"--service-port", "70000"} << "--service-port: '70000'";
    QTest::addRow("negative port") << QStringList{"--metrics-port=-1"} << "--metrics-port: '-1'";
    QTest::addRow("port not a number") << QStringList{"--metrics-port", "eighty"} << "'eighty'";
    QTest::addRow("same port twice")
        << QStringList{"--service-port=6000", "--metrics-port=6000"} << "both 6000";
    QTest::addRow("bind not an address")
        << QStringList{"--bind", "my-laptop"} << "--bind: 'my-laptop'";
    QTest::addRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::addRow("missing value") << QStringList{"--service-port"} << "service-port";
    QTest::addRow("stray argument") << QStringList{"extra"} << "'extra'";
    QTest::addRow("too many threads")
        << QStringList{"--service-threads=1000"} << "--service-threads";
    QTest::addRow("unknown view") << QStringList{"--view", "graph"}
                                  << "--view: 'graph' is not chart or dashboard";
}

void TestCommandLine::rejectsBadValuesNamingTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.prepend(QStringLiteral("prom-companion"));
    const auto r = pc::parseCommandLine(arguments);
    QCOMPARE(r.action, Action::Fail);
    QVERIFY2(r.output.contains(mentions), qPrintable(r.output));
}

void TestCommandLine::warnsWhenBindingBeyondLoopback()
{
    const auto r =
        pc::parseCommandLine({QStringLiteral("prom-companion"), QStringLiteral("--bind=0.0.0.0")});
    QCOMPARE(r.action, Action::Run);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("no authentication")));
}

void TestCommandLine::answersHelpAndVersionWithoutExiting()
{
    const auto help =
        pc::parseCommandLine({QStringLiteral("prom-companion"), QStringLiteral("--help")});
    QCOMPARE(help.action, Action::ShowHelp);
    for (const char *option : {"--service-port", "--metrics-port", "--bind", "--headless"})
        QVERIFY2(help.output.contains(QLatin1String(option)), option);
    const auto version =
        pc::parseCommandLine({QStringLiteral("prom-companion"), QStringLiteral("--version")});
    QCOMPARE(version.action, Action::ShowVersion);
    QVERIFY(version.output.contains(QStringLiteral("9.9.9")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
