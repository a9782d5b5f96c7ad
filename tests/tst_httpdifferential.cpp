#include "http/httpresponseparser.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

/// What a client saw of one exchange: the answers' status codes, in order, and whether the
/// server closed the connection.
struct Seen
{
    QList<int> codes;
    bool closed = false;

    QList<int> classes() const
    {
        QList<int> out;
        for (int code : codes)
            out.append(code / 100);
        return out;
    }
};

QList<int> statusCodes(QByteArray bytes)
{
    QList<int> codes;
    while (!bytes.isEmpty()) {
        const pc::HttpResponseHead head = pc::parseHttpResponseHead(bytes);
        if (head.status != pc::HttpResponseHead::Status::Complete)
            break;
        codes.append(head.code);
        const qint64 body = head.contentLength < 0 ? 0 : head.contentLength;
        bytes.remove(0, head.headBytes + body);
    }
    return codes;
}

/// Sends `request` on a plain socket, half-closes when asked, and reads until the server
/// closes or stays quiet for `quiet`.
Seen exchange(quint16 port, const QByteArray &request, bool halfClose,
              std::chrono::milliseconds quiet = 700ms)
{
    Seen seen;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return seen;
    }
    ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
    if (halfClose)
        ::shutdown(fd, SHUT_WR);
    QByteArray received;
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(quiet.count())) <= 0)
            break;  // quiet: the server keeps the connection open
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) {
            seen.closed = true;
            break;
        }
        received.append(chunk, qsizetype(n));
    }
    ::close(fd);
    seen.codes = statusCodes(received);
    return seen;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

}  // namespace

/// Our HTTP layer beside a reference server, nginx (Debian nginx-light), on the same raw
/// exchanges, and beside real clients (ab, curl, Python's http.client). After every case the
/// sum of http_requests_total grew by exactly the number of answers the client received.
class TestHttpDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void behavesLikeNginx_data();
    void behavesLikeNginx();
    void apacheBenchKeepAliveCompletes();
    void curlSpeaksHttp10And11();
    void curlReusesAConnection();
    void pythonHttpClientReusesAConnection();

private:
    double counted();
    QString require(const QString &program, const char *package);

    pc::ServiceHost m_host;
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    quint16 m_nginxPort = 0;
};

QString TestHttpDifferential::require(const QString &program, const char *package)
{
    QString path = findProgram(program);
    if (path.isEmpty()) {
        qWarning("%s not found: install Debian's %s (scripts/deps.sh does)", qPrintable(program),
                 package);
    }
    return path;
}

void TestHttpDifferential::initTestCase()
{
    // Each scrape renders afresh, so counted() sees every answer before it.
    m_host.setMetricsShareWindow(std::chrono::microseconds(0));
    QVERIFY2(m_host.start(QHostAddress::LocalHost, 0, 0, 2), qPrintable(m_host.errorString()));

    const QString nginx = require(QStringLiteral("nginx"), "nginx-light");
    QVERIFY2(!nginx.isEmpty(), "nginx is missing");
    QVERIFY(m_nginxDir.isValid());
    m_nginxPort = pc::test::freePort();
    // The echo module (shipped with nginx-light) delays /slow as ours does.
    const bool echo =
        QFile::exists(QStringLiteral("/usr/lib/nginx/modules/ngx_http_echo_module.so"));
    const QString dir = m_nginxDir.path();
    QByteArray conf;
    if (echo)
        conf += "load_module /usr/lib/nginx/modules/ngx_http_echo_module.so;\n";
    conf += "worker_processes 1;\nerror_log stderr;\npid " + dir.toUtf8() + "/nginx.pid;\n"
            "events { worker_connections 256; }\n"
            "http {\n  access_log off;\n  default_type text/plain;\n"
            "  client_body_temp_path " + dir.toUtf8() + "/body;\n"
            "  keepalive_requests 100000;\n"
            "  server {\n    listen 127.0.0.1:" + QByteArray::number(m_nginxPort) + ";\n"
            "    location = / { return 200 \"Hello, world!\"; }\n"
            "    location = /error { return 500 \"Internal Server Error\"; }\n";
    conf += echo ? "    location = /slow { echo_sleep 0.2; echo \"slow\"; }\n"
                 : "    location = /slow { return 200 \"slow\"; }\n";
    conf += "    location / { return 404 \"Not Found\"; }\n  }\n}\n";
    QFile file(dir + QStringLiteral("/nginx.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(conf);
    file.close();
    m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
    m_nginx.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(),
                          QStringLiteral("-g"), QStringLiteral("daemon off;")});
    QVERIFY2(m_nginx.waitForStarted(5000), "nginx did not start");
    QTRY_VERIFY_WITH_TIMEOUT(
        !exchange(m_nginxPort, "GET / HTTP/1.0\r\n\r\n", false, 200ms).codes.isEmpty(), 10000);
}

void TestHttpDifferential::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();  // by its PID: SIGTERM, and nginx stops its worker
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
    }
}

double TestHttpDifferential::counted()
{
    QByteArray request = "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray reply = pc::test::rawExchange(quint16(m_host.metricsUrl().port()), request);
    return pc::test::sumSamples(reply, "http_requests_total");
}

void TestHttpDifferential::behavesLikeNginx_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("halfClose");
    QTest::addColumn<int>("answers");
    QTest::addColumn<bool>("closed");
    // Where nginx 1.22 is not the reference, the expectation is RFC 9110/9112's.
    QTest::addColumn<bool>("asNginx");
    const QByteArray get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    QTest::addRow("one request, then FIN") << get << true << 1 << true << true;
    QTest::addRow("three pipelined, then FIN")
        << get + "GET /error HTTP/1.1\r\nHost: x\r\n\r\n" + get << true << 3 << true << true;
    QTest::addRow("slow, then FIN")
        << QByteArray("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n") << true << 1 << true << true;
    // nginx's echo module answers only the first here; RFC 9112 9.6 owes both.
    QTest::addRow("slow then fast, pipelined, then FIN")
        << "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n" + get << true << 2 << true << false;
    QTest::addRow("keep-alive, two pipelined") << get + get << false << 2 << false << true;
    QTest::addRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << 1 << true << true;
    QTest::addRow("HTTP/1.0 keep-alive, two pipelined") << QByteArray(
        "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
        "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")
                                                        << false << 2 << false << true;
    QTest::addRow("Connection: close in a list")
        << "GET / HTTP/1.1\r\nHost: x\r\nConnection: foo, close\r\n\r\n" + get << false << 1 << true
        << true;
    // nginx reads only the last Connection field; RFC 9110 7.6.1 makes them one list.
    QTest::addRow("close, then keep-alive on another line")
        << "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nConnection: keep-alive\r\n\r\n" + get
        << false << 1 << true << false;
    QTest::addRow("keep-alive, close")
        << "GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close\r\n\r\n" + get << false << 1
        << true << true;
    QTest::addRow("unknown path, then FIN")
        << QByteArray("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n") << true << 1 << true << true;
}

void TestHttpDifferential::behavesLikeNginx()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, halfClose);
    QFETCH(int, answers);
    QFETCH(bool, closed);
    QFETCH(bool, asNginx);
    const double before = counted();
    const Seen ours = exchange(quint16(m_host.serviceUrl().port()), request, halfClose);
    QCOMPARE(ours.codes.size(), answers);
    QCOMPARE(ours.closed, closed);
    if (asNginx) {
        const Seen theirs = exchange(m_nginxPort, request, halfClose);
        QCOMPARE(ours.classes(), theirs.classes());
        QCOMPARE(ours.closed, theirs.closed);
    }
    QCOMPARE(counted() - before, double(ours.codes.size()));
}

void TestHttpDifferential::apacheBenchKeepAliveCompletes()
{
    const QString ab = require(QStringLiteral("ab"), "apache2-utils");
    QVERIFY2(!ab.isEmpty(), "ab is missing");
    const double before = counted();
    const pc::test::ProcessResult run =
        pc::test::runProcess(ab,
                             {QStringLiteral("-k"), QStringLiteral("-n"), QStringLiteral("2000"),
                              QStringLiteral("-c"), QStringLiteral("8"), QStringLiteral("-s"),
                              QStringLiteral("10"), m_host.serviceUrl().toString()},
                             {}, 60s);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    QVERIFY2(run.output.contains("Complete requests:      2000"), run.output.constData());
    QVERIFY2(run.output.contains("Failed requests:        0"), run.output.constData());
    QVERIFY2(run.output.contains("Keep-Alive requests:    2000"), run.output.constData());
    QCOMPARE(counted() - before, 2000.0);
}

void TestHttpDifferential::curlSpeaksHttp10And11()
{
    const QString curl = require(QStringLiteral("curl"), "curl");
    QVERIFY2(!curl.isEmpty(), "curl is missing");
    const double before = counted();
    for (const char *version : {"--http1.0", "--http1.1"}) {
        const pc::test::ProcessResult run = pc::test::runProcess(
            curl, {QStringLiteral("-sS"), QLatin1String(version), QStringLiteral("-w"),
                   QStringLiteral(" %{http_code}"), m_host.serviceUrl().toString()});
        QCOMPARE(run.output, QByteArray("Hello, world! 200"));
    }
    QCOMPARE(counted() - before, 2.0);
}

void TestHttpDifferential::curlReusesAConnection()
{
    const QString curl = require(QStringLiteral("curl"), "curl");
    QVERIFY2(!curl.isEmpty(), "curl is missing");
    const double before = counted();
    QUrl error = m_host.serviceUrl();
    error.setPath(QStringLiteral("/error"));
    const pc::test::ProcessResult run = pc::test::runProcess(
        curl, {QStringLiteral("-sv"), m_host.serviceUrl().toString(), error.toString()});
    QVERIFY2(run.output.contains("Re-using existing connection"), run.output.constData());
    QVERIFY2(run.output.contains("< HTTP/1.1 500"), run.output.constData());
    QCOMPARE(counted() - before, 2.0);
}

void TestHttpDifferential::pythonHttpClientReusesAConnection()
{
    const QString python = require(QStringLiteral("python3"), "python3");
    QVERIFY2(!python.isEmpty(), "python3 is missing");
    const double before = counted();
    const QByteArray script =
        "import http.client, sys\n"
        "c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=10)\n"
        "codes = []\n"
        "for path in ['/', '/error', '/slow', '/', '/nowhere']:\n"
        "    c.request('GET', path)\n"
        "    r = c.getresponse(); r.read(); codes.append(str(r.status))\n"
        "print(' '.join(codes), 'reused' if c.sock else 'closed', end='')\n";
    const pc::test::ProcessResult run =
        pc::test::runProcess(python, {QStringLiteral("-c"), QString::fromUtf8(script),
                                      QString::number(m_host.serviceUrl().port())});
    QCOMPARE(run.output, QByteArray("200 500 200 200 404 reused"));
    QCOMPARE(counted() - before, 5.0);
}

QTEST_GUILESS_MAIN(TestHttpDifferential)
#include "tst_httpdifferential.moc"
