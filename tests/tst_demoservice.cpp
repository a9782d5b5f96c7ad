#include "service/servicehost.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using pc::test::rawExchange;
using pc::test::sumSamples;

class TestDemoService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void answersHelloWorld();
    void answersStatusPerRoute_data();
    void answersStatusPerRoute();
    void answersHeadWithoutBody();
    void answers405WithAllowForAKnownPath();
    void slowRouteDoesNotBlockOthers();
    void countsEveryResponseExactlyUnderConcurrency();
    void countsStayExactAfterHostileInput();

private:
    std::unique_ptr<QNetworkReply> fetch(const QByteArray &verb, const QString &path);
    QByteArray scrape();

    pc::ServiceHost m_host;
    QNetworkAccessManager m_network;
};

void TestDemoService::initTestCase()
{
    // Each scrape here renders afresh, so it sees every response before it.
    m_host.setMetricsShareWindow(std::chrono::microseconds(0));
    QVERIFY2(m_host.start(QHostAddress::LocalHost, 0, 0, 2), qPrintable(m_host.errorString()));
}

std::unique_ptr<QNetworkReply> TestDemoService::fetch(const QByteArray &verb, const QString &path)
{
    QUrl url = m_host.serviceUrl();
    url.setPath(path);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(QNetworkRequest(url), verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return reply;
}

QByteArray TestDemoService::scrape()
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(m_host.metricsUrl())));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return reply->readAll();
}

void TestDemoService::answersHelloWorld()
{
    const auto reply = fetch("GET", QStringLiteral("/"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("Hello, world!"));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
             QStringLiteral("text/plain; charset=utf-8"));
}

void TestDemoService::answersStatusPerRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("error route") << QStringLiteral("/error") << 500;
    QTest::addRow("slow route") << QStringLiteral("/slow") << 200;
    QTest::addRow("unknown path") << QStringLiteral("/does-not-exist") << 404;
    QTest::addRow("path with query") << QStringLiteral("/?name=value") << 200;
}

void TestDemoService::answersStatusPerRoute()
{
    QFETCH(QString, path);
    QUrl url = m_host.serviceUrl();
    url.setPath(path.section(u'?', 0, 0));
    url.setQuery(path.section(u'?', 1));
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QTEST(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), "status");
}

void TestDemoService::answersHeadWithoutBody()
{
    const QByteArray reply = rawExchange(m_host.serviceUrl().port(),
                                         "HEAD / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(reply.contains("Content-Length: 13\r\n"));
    QVERIFY(!reply.contains("Hello"));
}

void TestDemoService::answers405WithAllowForAKnownPath()
{
    const auto reply = fetch("POST", QStringLiteral("/"));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    QCOMPARE(reply->rawHeader("Allow"), QByteArray("GET, HEAD, OPTIONS"));
}

void TestDemoService::slowRouteDoesNotBlockOthers()
{
    // Ten slow requests, each delayed 0 to 500 ms at random, on a two-thread server: a fast
    // request sent after them must not wait for them all.
    const quint16 port = m_host.serviceUrl().port();
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    int slowDone = 0;
    for (int i = 0; i < 10; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        connect(socket.get(), &QTcpSocket::disconnected, this, [&slowDone] { ++slowDone; });
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(socket->waitForConnected());
        socket->write("GET /slow HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        socket->flush();
        slow.push_back(std::move(socket));
    }
    const QByteArray fast =
        rawExchange(port, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QVERIFY(fast.endsWith("Hello, world!"));
    QVERIFY2(slowDone < 10, "the fast request waited for every slow one");
    QTRY_COMPARE_WITH_TIMEOUT(slowDone, 10, 5000);
}

void TestDemoService::countsEveryResponseExactlyUnderConcurrency()
{
    const double before = sumSamples(scrape(), "http_requests_total");
    const double histogramBefore = sumSamples(scrape(), "http_request_duration_seconds_count");
    QCOMPARE(histogramBefore, before);

    constexpr int connections = 64;
    constexpr int perConnection = 50;
    const quint16 port = m_host.serviceUrl().port();
    QByteArray batch;
    for (int i = 0; i < perConnection - 1; ++i)
        batch += i % 10 == 9 ? "GET /error HTTP/1.1\r\nHost: t\r\n\r\n"
                             : "GET / HTTP/1.1\r\nHost: t\r\n\r\n";
    batch += "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int closed = 0;
    qsizetype statusLines = 0;
    std::vector<QByteArray> received(connections);
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::connected, this, [s, &batch] { s->write(batch); });
        connect(s, &QTcpSocket::readyRead, this,
                [s, &received, i] { received[i] += s->readAll(); });
        connect(s, &QTcpSocket::disconnected, this, [&, s, i] {
            received[i] += s->readAll();
            statusLines += received[i].count("HTTP/1.1 ");
            ++closed;
        });
        s->connectToHost(QStringLiteral("127.0.0.1"), port);
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed, connections, 30000);
    QCOMPARE(statusLines, qsizetype(connections * perConnection));

    const QByteArray after = scrape();
    QCOMPARE(sumSamples(after, "http_requests_total") - before,
             double(connections * perConnection));
    QCOMPARE(sumSamples(after, "http_request_duration_seconds_count"),
             sumSamples(after, "http_requests_total"));
    QCOMPARE(m_host.metrics().requests().responses(),
             quint64(sumSamples(after, "http_requests_total")));
}

void TestDemoService::countsStayExactAfterHostileInput()
{
    const quint16 port = m_host.serviceUrl().port();
    const quint64 before = m_host.metrics().requests().responses();
    const QList<QByteArray> hostile = {
        "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: t\r\nX: " + QByteArray(100000, 'b') + "\r\n\r\n",
        QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15),
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.1\r\nHost: t\r\n\r\n",
        // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one pipelined exchange, two lines
        "GET /slow HTTP/1.1\r\nHost: t\r\n\r\nGET /error HTTP/1.1\r\nHost: t\r\nConnection: "
        "close\r\n\r\n",
    };
    qsizetype answered = 0;
    for (const QByteArray &request : hostile)
        answered += rawExchange(port, request).count("HTTP/1.1 ");
    // One answer for each, and two for the pipelined pair; nothing after an HTTP/1.0 close.
    QCOMPARE(answered, qsizetype(hostile.size() + 1));
    QTRY_COMPARE(m_host.metrics().requests().responses() - before, quint64(answered));
    QVERIFY(rawExchange(port, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
                .endsWith("Hello, world!"));
}

QTEST_GUILESS_MAIN(TestDemoService)
#include "tst_demoservice.moc"
