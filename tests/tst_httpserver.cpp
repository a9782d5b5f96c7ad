#include "http/httpserver.h"
#include "testsupport.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <mutex>

using namespace std::chrono_literals;
using pc::HttpServer;
using pc::test::rawExchange;

namespace {

std::shared_ptr<const pc::HttpRouter> testRouter()
{
    auto router = std::make_shared<pc::HttpRouter>();
    router->addRoute("/", "GET",
                     [](const pc::HttpRequest &) { return pc::HttpResponse::text(200, "ok"); });
    router->addRoute("/late", "GET", [](const pc::HttpRequest &) {
        auto r = pc::HttpResponse::text(200, "late");
        r.delay = 200ms;
        return r;
    });
    router->addRoute("/echo", "POST",
                     [](const pc::HttpRequest &) { return pc::HttpResponse::text(200, "posted"); });
    return router;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

int countStatusLines(const QByteArray &bytes)
{
    return int(bytes.count("HTTP/1.1 "));
}

// Waits until the server has closed `socket`.
bool closedByServer(QTcpSocket &socket, std::chrono::milliseconds within = 5s)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    socket.readAll();
    return socket.waitForDisconnected(int(within.count()));
}

}  // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void servesManyRequestsOnOneKeptAliveConnection();
    void answersPipelinedRequestsInOrder();
    void closesOnConnectionClose();
    void closesAfterHttp10Request();
    void answersHeadWithHeadersOnly();
    void answers405WithAllow();
    void answersOptionsWithAllow();
    void rejects_data();
    void rejects();
    void refusesHugeHeadersWithoutReadingThemAll();
    void closesAHeadThatNeverEnds();
    void doesNotExtendTheHeaderDeadlineForADripFeed();
    void closesIdleConnections();
    void answers503PastTheConnectionCap();
    void servesARealClientBesideHundredsOfIdleOnes();
    void reportsEveryResponseToTheObserver();
    void reportsAPortInUse();
    void stopsCleanlyWithClientsConnected();

private:
    std::unique_ptr<HttpServer> startServer(pc::HttpServerOptions options = {});

    std::unique_ptr<HttpServer> m_server;
    std::mutex m_mutex;
    QList<pc::HttpExchange> m_exchanges;
};

std::unique_ptr<HttpServer> TestHttpServer::startServer(pc::HttpServerOptions options)
{
    auto server =
        std::make_unique<HttpServer>(testRouter(), options, [this](const pc::HttpExchange &e) {
            std::lock_guard lock(m_mutex);
            m_exchanges.append(e);
        });
    if (!server->listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen: %s", qPrintable(server->errorString()));
    return server;
}

void TestHttpServer::init()
{
    m_exchanges.clear();
    pc::HttpServerOptions options;
    options.threads = 2;
    m_server = startServer(options);
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::servesManyRequestsOnOneKeptAliveConnection()
{
    const QByteArray reply =
        rawExchange(m_server->port(), get("/") + get("/") + get("/", "Connection: close\r\n"));
    QCOMPARE(countStatusLines(reply), 3);
    QCOMPARE(reply.count("ok"), 3);
    QVERIFY(reply.endsWith("ok"));
}

void TestHttpServer::answersPipelinedRequestsInOrder()
{
    const QByteArray reply =
        rawExchange(m_server->port(), get("/late") + get("/") + get("/", "Connection: close\r\n"));
    QCOMPARE(countStatusLines(reply), 3);
    const qsizetype late = reply.indexOf("late");
    const qsizetype ok = reply.indexOf("\r\n\r\nok");
    QVERIFY2(late >= 0 && ok > late, reply.constData());
}

void TestHttpServer::closesOnConnectionClose()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected());
    socket.write(get("/", "Connection: close\r\n"));
    QVERIFY(closedByServer(socket));
}

void TestHttpServer::closesAfterHttp10Request()
{
    const QByteArray reply = rawExchange(m_server->port(), "GET / HTTP/1.0\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(reply.contains("Connection: close"));

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected());
    socket.write("GET / HTTP/1.0\r\n\r\n");
    QVERIFY(closedByServer(socket));
}

void TestHttpServer::answersHeadWithHeadersOnly()
{
    const QByteArray reply =
        rawExchange(m_server->port(), "HEAD / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(reply.contains("Content-Length: 2\r\n"));
    QVERIFY(reply.endsWith("\r\n\r\n"));
}

void TestHttpServer::answers405WithAllow()
{
    const QByteArray reply =
        rawExchange(m_server->port(), "DELETE / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
    QVERIFY(reply.contains("\r\nAllow: GET, HEAD, OPTIONS\r\n"));
}

void TestHttpServer::answersOptionsWithAllow()
{
    const QByteArray reply = rawExchange(
        m_server->port(), "OPTIONS /echo HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 204 No Content\r\n"));
    QVERIFY(reply.contains("\r\nAllow: POST, OPTIONS\r\n"));
    // RFC 9110 8.6: a 204 carries no Content-Length, and no body.
    QVERIFY2(!reply.toLower().contains("content-length"), reply.constData());
    QVERIFY(reply.endsWith("\r\n\r\n"));
}

void TestHttpServer::rejects_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");

    QTest::addRow("malformed request line")
        << QByteArray("HELLO\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::addRow("tls handshake on plain port")
        << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15)
        << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::addRow("overlong request line")
        << get("/" + QByteArray(9000, 'a')) << QByteArray("HTTP/1.1 414 URI Too Long");
    QTest::addRow("unsupported version") << QByteArray("GET / HTTP/3.0\r\n\r\n")
                                         << QByteArray("HTTP/1.1 505 HTTP Version Not Supported");
    QTest::addRow("body on a route without one")
        << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello")
        << QByteArray("HTTP/1.1 413 Content Too Large");
    QTest::addRow("huge content-length, body never sent")
        << QByteArray("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999\r\n\r\n")
        << QByteArray("HTTP/1.1 413 Content Too Large");
    QTest::addRow("chunked body") << QByteArray(
        "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n")
                                  << QByteArray("HTTP/1.1 413 Content Too Large");
}

void TestHttpServer::rejects()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    // rawExchange returns when the server closes: every rejection ends the connection.
    const QByteArray reply = rawExchange(m_server->port(), request);
    QVERIFY2(reply.startsWith(statusLine + "\r\n"), reply.left(200).constData());
    QVERIFY(reply.contains("Connection: close\r\n"));
}

void TestHttpServer::refusesHugeHeadersWithoutReadingThemAll()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected());
    socket.write("GET / HTTP/1.1\r\nHost: t\r\n");
    const QByteArray header = "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
    for (int i = 0; i < 8 * 1024; ++i)  // 8 MB, as an attacker would send
        socket.write(header);
    QByteArray reply;
    QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("\r\n\r\n"), 10000);
    QVERIFY2(reply.startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"),
             reply.left(200).constData());
    QVERIFY(closedByServer(socket, 10s));
}

void TestHttpServer::closesAHeadThatNeverEnds()
{
    m_server.reset();
    pc::HttpServerOptions options;
    options.headerTimeout = 300ms;
    m_server = startServer(options);

    const QByteArray reply = rawExchange(m_server->port(), "GET / HTTP/1.1\r\nHost: t\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 408 Request Timeout\r\n"), reply.constData());
}

void TestHttpServer::doesNotExtendTheHeaderDeadlineForADripFeed()
{
    m_server.reset();
    pc::HttpServerOptions options;
    options.headerTimeout = 400ms;
    m_server = startServer(options);

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected());
    QByteArray reply;
    // One byte every 50 ms would last 10 s; the deadline counts from the first byte.
    const QByteArray drip = "GET / HTTP/1.1\r\nX-Slow: " + QByteArray(200, 'z');
    for (char c : drip) {
        socket.write(&c, 1);
        socket.waitForBytesWritten(50);
        if (socket.waitForReadyRead(50))
            reply += socket.readAll();
        if (reply.contains("\r\n\r\n") || socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    reply += socket.readAll();
    QVERIFY2(reply.startsWith("HTTP/1.1 408"), reply.constData());
}

void TestHttpServer::closesIdleConnections()
{
    m_server.reset();
    pc::HttpServerOptions options;
    options.idleTimeout = 300ms;
    m_server = startServer(options);

    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected());
    socket.write(get("/"));
    QVERIFY(closedByServer(socket));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::answers503PastTheConnectionCap()
{
    m_server.reset();
    pc::HttpServerOptions options;
    options.maxConnections = 5;
    m_server = startServer(options);

    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(held.back()->waitForConnected());
    }
    QTRY_COMPARE(m_server->openConnections(), 5);

    const QByteArray refused = rawExchange(m_server->port(), get("/"));
    QVERIFY2(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused.constData());

    held.clear();
    QTRY_COMPARE(m_server->openConnections(), 0);
    QVERIFY(rawExchange(m_server->port(), get("/", "Connection: close\r\n"))
                .startsWith("HTTP/1.1 200"));
}

void TestHttpServer::servesARealClientBesideHundredsOfIdleOnes()
{
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        if (i % 2)
            idle.back()->write("GET / HTTP/1.1\r\n");  // half-open requests
    }
    for (auto &socket : idle)
        QVERIFY(socket->waitForConnected());
    const QByteArray reply = rawExchange(m_server->port(), get("/", "Connection: close\r\n"), 3s);
    QVERIFY(reply.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(reply.endsWith("ok"));
}

void TestHttpServer::reportsEveryResponseToTheObserver()
{
    rawExchange(m_server->port(), get("/") + get("/late") + get("/nowhere")
                                      + "PUT / HTTP/1.1\r\nHost: t\r\n\r\nBROKEN\r\n\r\n");
    std::lock_guard lock(m_mutex);
    QCOMPARE(m_exchanges.size(), 5);
    QCOMPARE(m_exchanges[0].route, QByteArray("/"));
    QCOMPARE(m_exchanges[1].route, QByteArray("/late"));
    QVERIFY(m_exchanges[1].seconds >= 0.19);
    QCOMPARE(m_exchanges[2].route, QByteArray("unmatched"));
    QCOMPARE(m_exchanges[2].status, 404);
    QCOMPARE(m_exchanges[3].status, 405);
    QCOMPARE(m_exchanges[3].method, QByteArray("PUT"));
    QCOMPARE(m_exchanges[4].status, 400);
}

void TestHttpServer::reportsAPortInUse()
{
    HttpServer second(testRouter());
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
    QVERIFY(second.addressInUse());
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(!second.isListening());
}

void TestHttpServer::stopsCleanlyWithClientsConnected()
{
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(clients.back()->waitForConnected());
        clients.back()->write(get("/late"));
    }
    QTRY_COMPARE(m_server->openConnections(), 20);
    m_server.reset();
    for (auto &client : clients)
        QVERIFY(closedByServer(*client));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
