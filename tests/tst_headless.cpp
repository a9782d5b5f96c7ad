#include "service/servicehost.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void loadRunCountsWhatTheDemoCounts();
    void loadRunCountsWhatAnotherServiceCounts();
    void loadRunPrintsAWrkLikeSummary();
    void rejectsABadLoadSpecInOneLine_data();
    void rejectsABadLoadSpecInOneLine();
};

namespace {

QJsonObject runLoadJson(const QStringList &spec, int *exitCode)
{
    const auto result = pc::test::runProcess(
        appPath(), QStringList{"--headless", "--service-port=0", "--metrics-port=0",
                               "--load-report", "json", "--load"}
                       + spec);
    *exitCode = result.exitCode;
    // The serving line goes to stderr; runProcess merges both: the JSON starts at '{'.
    const QByteArray json = result.output.mid(result.output.indexOf('{'));
    return QJsonDocument::fromJson(json.left(json.lastIndexOf('}') + 1)).object();
}

}  // namespace

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

void TestHeadless::loadRunCountsWhatTheDemoCounts()
{
    int exitCode = -1;
    const QJsonObject run = runLoadJson({"burst=3000,routes=mixed"}, &exitCode);
    QCOMPARE(exitCode, 0);
    const double sent = run.value("sent").toDouble();
    QCOMPARE(sent, 3000.0);
    QCOMPARE(run.value("answered").toDouble(), sent);
    // Every answer the client read is one the demo's http_requests_total counted.
    QCOMPARE(run.value("demoRequestsCounted").toDouble(), sent);
    const QJsonObject codes = run.value("answersByCode").toObject();
    QCOMPARE(codes.value("200").toDouble() + codes.value("500").toDouble(), sent);
    QVERIFY(run.value("latencyMicroseconds")
                .toObject()
                .value("corrected")
                .toObject()
                .value("p99")
                .toDouble()
            > 0);
}

void TestHeadless::loadRunCountsWhatAnotherServiceCounts()
{
    // A demo service of the test's own: its counter is read here, not reported by the app.
    pc::ServiceHost other;
    QVERIFY(other.start(QHostAddress::LocalHost, 0, 0, 1));
    const QString url = other.serviceUrl().toString();
    QProcess app;
    app.start(appPath(), {"--headless", "--service-port=0", "--metrics-port=0", "--load-report",
                          "json", "--load", "rate=500/s,for=1s,url=" + url});
    QVERIFY(app.waitForStarted());
    // The test's service answers on this thread: let its event loop run while the app works.
    QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 20000);
    QCOMPARE(app.exitCode(), 0);
    const QJsonObject run = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    const double sent = run.value("sent").toDouble();
    QVERIFY2(sent >= 490 && sent <= 500, qPrintable(QString::number(sent)));
    QCOMPARE(run.value("answered").toDouble(), sent);
    QCOMPARE(double(other.metrics().requests().responses()), sent);
    QVERIFY(!run.contains("demoRequestsCounted"));
}

void TestHeadless::loadRunPrintsAWrkLikeSummary()
{
    const auto result = pc::test::runProcess(
        appPath(),
        {"--headless", "--service-port=0", "--metrics-port=0", "--load", "rate=200/s,for=1s"});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.output);
    QVERIFY2(text.contains("Running rate 200 req/s for 1 s @ http://127.0.0.1:"), qPrintable(text));
    QVERIFY(text.contains(
        QRegularExpression("\\d+ requests in 1\\.\\d\\d s: \\d+ answered, 0 errors")));
    QVERIFY(text.contains("Answers by code: 200: "));
    QVERIFY(text.contains(QRegularExpression("p99\\.9 +[0-9.]+ m?s +[0-9.]+ m?s")));
    QVERIFY(text.contains("Achieved rate: "));
    QVERIFY(text.contains("http_requests_total rose by "));
}

void TestHeadless::rejectsABadLoadSpecInOneLine_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("named");
    QTest::addRow("unreadable rate") << "rate=fast,for=10s"
                                     << "'rate=fast'";
    QTest::addRow("unknown part") << "burst=10,color=red"
                                  << "'color=red'";
    QTest::addRow("rate past the limit") << "rate=90000/s,for=1s"
                                         << "from 1 to 50000";
    QTest::addRow("https") << "burst=1,url=https://example.org/"
                           << "not plain http";
}

void TestHeadless::rejectsABadLoadSpecInOneLine()
{
    QFETCH(QString, spec);
    QFETCH(QString, named);
    const auto result = pc::test::runProcess(appPath(), {"--headless", "--load", spec});
    QCOMPARE(result.exitCode, 2);
    const QString message = QString::fromUtf8(result.output).trimmed();
    QVERIFY2(message.startsWith("--load: ") && message.contains(named), qPrintable(message));
    QCOMPARE(message.count(u'\n'), 0);
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
