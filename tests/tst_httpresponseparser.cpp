#include "http/httpresponseparser.h"

#include <QTest>

using pc::HttpResponseHead;
using pc::parseHttpResponseHead;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesHeads_data();
    void parsesHeads();
    void rejectsNonHttp_data();
    void rejectsNonHttp();
    void waitsForTheEndOfTheHead();
};

void TestHttpResponseParser::parsesHeads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<bool>("close");

    QTest::addRow("ok with body") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\nHello, world!")
                                  << 200 << qint64(13) << false;
    QTest::addRow("server closes")
        << QByteArray("HTTP/1.1 500 Oops\r\ncontent-length: 0\r\nConnection: close\r\n\r\n") << 500
        << qint64(0) << true;
    QTest::addRow("http/1.0 closes")
        << QByteArray("HTTP/1.0 404 Not Found\r\nContent-Length: 3\r\n\r\nno!") << 404 << qint64(3)
        << true;
    QTest::addRow("no length") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << qint64(-1)
                               << false;
}

void TestHttpResponseParser::parsesHeads()
{
    QFETCH(QByteArray, bytes);
    const HttpResponseHead head = parseHttpResponseHead(bytes);
    QCOMPARE(head.status, HttpResponseHead::Status::Complete);
    QTEST(head.code, "code");
    QTEST(head.contentLength, "length");
    QTEST(head.close, "close");
    QCOMPARE(bytes.indexOf("\r\n\r\n") + 4, head.headBytes);
}

void TestHttpResponseParser::rejectsNonHttp_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("html") << QByteArray("<html><body>hi</body></html>");
    QTest::addRow("bad code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::addRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n");
    QTest::addRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
    QTest::addRow("endless head") << "HTTP/1.1 200 OK\r\nX: " + QByteArray(70000, 'x');
}

void TestHttpResponseParser::rejectsNonHttp()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(parseHttpResponseHead(bytes).status, HttpResponseHead::Status::Error);
}

void TestHttpResponseParser::waitsForTheEndOfTheHead()
{
    QCOMPARE(parseHttpResponseHead("HTTP/1.1 200 OK\r\nContent-Le").status,
             HttpResponseHead::Status::Incomplete);
    QCOMPARE(parseHttpResponseHead("HTT").status, HttpResponseHead::Status::Incomplete);
}

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
