#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using pc::test::rawExchange;

namespace {

QString appPath()
{
    return QStringLiteral(PC_APP_PATH);
}

struct Ports
{
    quint16 service = 0;
    quint16 metrics = 0;
};

// Reads the one line the app prints at start: "Serving the demo service on URL and metrics on URL".
Ports readPorts(QProcess &app)
{
    Ports ports;
    if (!app.waitForReadyRead(10000))
        return ports;
    const QString line = QString::fromUtf8(app.readLine());
    const QRegularExpression re(
        QStringLiteral(R"(on http://[^:]+:(\d+)/ and metrics on http://[^:]+:(\d+)/metrics)"));
    const auto match = re.match(line);
    if (match.hasMatch()) {
        ports.service = match.captured(1).toUShort();
        ports.metrics = match.captured(2).toUShort();
    }
    return ports;
}

}  // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void servesBothPortsAndExitsZeroOnSigterm();
    void exitsZeroOnSigint();
    void reportsAPortInUseAndExitsNonZero_data();
    void reportsAPortInUseAndExitsNonZero();
    void listensOnlyOnTheBindAddress();
    void rejectsABadOptionWithExitCode2();
    void printsHelp();
};

void TestHeadless::servesBothPortsAndExitsZeroOnSigterm()
{
    QProcess app;
    app.start(appPath(), {"--headless", "--service-port=0", "--metrics-port=0"});
    const Ports ports = readPorts(app);
    QVERIFY(ports.service != 0 && ports.metrics != 0);
    QVERIFY(rawExchange(ports.service, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                .endsWith("Hello, world!"));
    QVERIFY(
        rawExchange(ports.metrics, "GET /metrics HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            .contains("http_requests_total{code=\"200\",method=\"GET\",path=\"/\"} 1"));
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
}

void TestHeadless::exitsZeroOnSigint()
{
    QProcess app;
    app.start(appPath(), {"--headless", "--service-port=0", "--metrics-port=0"});
    QVERIFY(readPorts(app).service != 0);
    QCOMPARE(::kill(pid_t(app.processId()), SIGINT), 0);
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
}

void TestHeadless::reportsAPortInUseAndExitsNonZero_data()
{
    QTest::addColumn<QString>("option");
    QTest::addRow("service port") << "--service-port";
    QTest::addRow("metrics port") << "--metrics-port";
}

void TestHeadless::reportsAPortInUseAndExitsNonZero()
{
    QFETCH(QString, option);
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());
    const QStringList others = option == "--service-port" ? QStringList{"--metrics-port=0"}
                                                          : QStringList{"--service-port=0"};
    const auto result =
        pc::test::runProcess(appPath(), QStringList{"--headless", option, port} + others);
    QCOMPARE(result.exitCode, 1);
    const QString message = QString::fromUtf8(result.output);
    QVERIFY2(message.contains("port " + port + " is already in use"), qPrintable(message));
    QVERIFY2(message.contains(option), qPrintable(message));
    QCOMPARE(message.trimmed().count(u'\n'), 0);
}

void TestHeadless::listensOnlyOnTheBindAddress()
{
    QProcess app;
    app.start(appPath(),
              {"--headless", "--bind", "127.0.0.2", "--service-port=0", "--metrics-port=0"});
    const Ports ports = readPorts(app);
    QVERIFY(ports.service != 0);

    QTcpSocket onBind;
    onBind.connectToHost(QStringLiteral("127.0.0.2"), ports.service);
    QVERIFY(onBind.waitForConnected(3000));
    QTcpSocket elsewhere;
    elsewhere.connectToHost(QStringLiteral("127.0.0.1"), ports.service);
    QVERIFY(!elsewhere.waitForConnected(3000));
    QCOMPARE(elsewhere.error(), QAbstractSocket::ConnectionRefusedError);

    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
}

void TestHeadless::rejectsABadOptionWithExitCode2()
{
    const auto result = pc::test::runProcess(appPath(), {"--headless", "--service-port", "99999"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.output.contains("--service-port: '99999' is not a port number"));
}

void TestHeadless::printsHelp()
{
    const auto result = pc::test::runProcess(appPath(), {"--help"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.output.contains("--headless"));
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
