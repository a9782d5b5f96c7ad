#include "http/httprequestparser.h"

#include <QTest>

using pc::HttpParseLimits;
using pc::HttpParseResult;
using pc::parseHttpRequest;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesCompleteHeads_data();
    void parsesCompleteHeads();
    void rejectsMalformedHeads_data();
    void rejectsMalformedHeads();
    void waitsForMoreBytes_data();
    void waitsForMoreBytes();
    void boundsRequestLineAndHeaders();
    void consumesOnlyTheFirstOfPipelinedRequests();
    void describesTheBody();
};

void TestHttpRequestParser::parsesCompleteHeads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("minorVersion");
    QTest::addColumn<bool>("keepAlive");

    QTest::addRow("simple get") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                                << QByteArray("GET") << QByteArray("/") << 1 << true;
    QTest::addRow("query string dropped from path")
        << QByteArray("GET /slow?x=1&y=2 HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
        << QByteArray("/slow") << 1 << true;
    QTest::addRow("fragment dropped from path")
        << QByteArray("GET /error#top HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
        << QByteArray("/error") << 1 << true;
    QTest::addRow("absolute form keeps the path")
        << QByteArray("GET http://example.org:5000/slow?q HTTP/1.1\r\nHost: a\r\n\r\n")
        << QByteArray("GET") << QByteArray("/slow") << 1 << true;
    QTest::addRow("connection close")
        << QByteArray("HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        << QByteArray("HEAD") << QByteArray("/") << 1 << false;
    QTest::addRow("connection close among options, any case")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, CLOSE\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << 1 << false;
    QTest::addRow("http/1.0 closes by default")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/") << 0
        << false;
    QTest::addRow("http/1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << QByteArray("GET")
        << QByteArray("/") << 0 << true;
    QTest::addRow("close on one Connection line, keep-alive on another") << QByteArray(
        "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nConnection: "
        "keep-alive\r\n\r\n") << QByteArray("GET") << QByteArray("/") << 1
                                                                         << false;
    QTest::addRow("http/1.0 keep-alive and close in one list")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << 0 << false;
    QTest::addRow("http/1.0 keep-alive on a second Connection line")
        << QByteArray("GET / HTTP/1.0\r\nConnection: foo\r\nConnection: Keep-Alive\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << 0 << true;
    QTest::addRow("bare line feeds") << QByteArray("GET /x HTTP/1.1\nHost: a\n\n")
                                     << QByteArray("GET") << QByteArray("/x") << 1 << true;
    QTest::addRow("leading empty line ignored")
        << QByteArray("\r\nPOST /p HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("POST")
        << QByteArray("/p") << 1 << true;
    QTest::addRow("extension method") << QByteArray("PURGE / HTTP/1.1\r\nHost: a\r\n\r\n")
                                      << QByteArray("PURGE") << QByteArray("/") << 1 << true;
}

void TestHttpRequestParser::parsesCompleteHeads()
{
    QFETCH(QByteArray, bytes);
    const HttpParseResult r = parseHttpRequest(bytes);
    QCOMPARE(r.status, HttpParseResult::Status::Complete);
    QTEST(r.request.method, "method");
    QTEST(r.request.path, "path");
    QTEST(r.request.minorVersion, "minorVersion");
    QTEST(r.request.keepAlive, "keepAlive");
    QCOMPARE(r.consumed, bytes.size());
}

void TestHttpRequestParser::rejectsMalformedHeads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::addRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("lower case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("http/2 line") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::addRow("method with slash") << QByteArray("G/ET / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("relative target") << QByteArray("GET index HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("control char in target")
        << QByteArray("GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::addRow("missing host on 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::addRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::addRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400;
    QTest::addRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
    QTest::addRow("obsolete folding")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: 1\r\n 2\r\n\r\n") << 400;
    QTest::addRow("nul in value") << QByteArray("GET / HTTP/1.1\r\nHost: a\x00b\r\n\r\n", 29)
                                  << 400;
    QTest::addRow("negative content-length")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::addRow("content-length with sign")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n") << 400;
    QTest::addRow("conflicting content-length")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
        << 400;
    QTest::addRow("chunked and length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n"
        "Content-Length: 3\r\n\r\n") << 400;
    QTest::addRow("bare CR in the request line")
        << QByteArray("GET / HTTP/1.1\rHost: a\r\n\r\n") << 400;
    QTest::addRow("bare CR in a header")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n") << 400;
    // Refused at once, not after the header timeout: no line end has come yet.
    QTest::addRow("bare CR before any line end") << QByteArray("GET / HTTP/1.1\rHost") << 400;
    QTest::addRow("bare CR in an unfinished header")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\rb") << 400;
    QTest::addRow("binary garbage")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 13) << 400;
}

void TestHttpRequestParser::rejectsMalformedHeads()
{
    QFETCH(QByteArray, bytes);
    const HttpParseResult r = parseHttpRequest(bytes);
    QCOMPARE(r.status, HttpParseResult::Status::Error);
    QTEST(r.errorStatus, "status");
    QVERIFY(!r.errorReason.isEmpty());
}

void TestHttpRequestParser::waitsForMoreBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("nothing") << QByteArray();
    QTest::addRow("half a request line") << QByteArray("GET / HT");
    QTest::addRow("request line only") << QByteArray("GET / HTTP/1.1\r\n");
    QTest::addRow("headers without end") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n");
    QTest::addRow("ends in a lone CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r");
}

void TestHttpRequestParser::waitsForMoreBytes()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(parseHttpRequest(bytes).status, HttpParseResult::Status::Incomplete);
}

void TestHttpRequestParser::boundsRequestLineAndHeaders()
{
    HttpParseLimits limits;
    limits.maxRequestLine = 64;
    limits.maxHeaderBytes = 128;
    limits.maxHeaderCount = 3;

    const QByteArray longTarget = "GET /" + QByteArray(100, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n";
    QCOMPARE(parseHttpRequest(longTarget, limits).errorStatus, 414);
    // Without its end yet, a line already over the limit is refused at once.
    QCOMPARE(parseHttpRequest("GET /" + QByteArray(100, 'a'), limits).errorStatus, 414);

    const QByteArray bigHeader =
        "GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(200, 'b') + "\r\n\r\n";
    QCOMPARE(parseHttpRequest(bigHeader, limits).errorStatus, 431);
    QCOMPARE(parseHttpRequest("GET / HTTP/1.1\r\nX: " + QByteArray(200, 'b'), limits).errorStatus,
             431);

    const QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n";
    QCOMPARE(parseHttpRequest(many, limits).errorStatus, 431);

    const QByteArray fits = "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\n\r\n";
    QCOMPARE(parseHttpRequest(fits, limits).status, HttpParseResult::Status::Complete);
}

void TestHttpRequestParser::consumesOnlyTheFirstOfPipelinedRequests()
{
    const QByteArray first = "GET /a HTTP/1.1\r\nHost: a\r\n\r\n";
    const QByteArray second = "GET /b HTTP/1.1\r\nHost: a\r\n\r\n";
    const HttpParseResult r = parseHttpRequest(first + second);
    QCOMPARE(r.request.path, QByteArray("/a"));
    QCOMPARE(r.consumed, first.size());
    QCOMPARE(parseHttpRequest(QByteArrayView(first + second).sliced(r.consumed)).request.path,
             QByteArray("/b"));
}

void TestHttpRequestParser::describesTheBody()
{
    const HttpParseResult withLength =
        parseHttpRequest("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000000000\r\n\r\n");
    QCOMPARE(withLength.status, HttpParseResult::Status::Complete);
    QCOMPARE(withLength.request.contentLength, Q_INT64_C(1000000000000));

    const HttpParseResult chunked =
        parseHttpRequest("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
    QVERIFY(chunked.request.chunked);
    QCOMPARE(chunked.request.header("transfer-encoding"), QByteArray("chunked"));
}

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
