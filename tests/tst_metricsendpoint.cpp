#include "service/metricsendpoint.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <locale>
#include <memory>

using pc::test::rawExchange;
using pc::test::sumSamples;

namespace {

// A locale whose decimal separator is a comma, as de_DE or fr_FR would have.
struct CommaDecimals : std::numpunct<char>
{
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

}  // namespace

class TestMetricsEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void servesTheTextFormatContentType();
    void passesPromtoolCheckMetrics();
    void exposesSaneProcessMetrics();
    void usesTheDefaultHistogramBuckets();
    void writesDotDecimalsUnderACommaLocale();
    void labelsUnknownMethodsAndPathsWithBoundedValues();
    void sharesOneRenderAmongScrapesWithinItsWindow();

private:
    QByteArray scrape(QByteArray *contentType = nullptr);

    pc::ServiceHost m_host;
    QNetworkAccessManager m_network;
};

void TestMetricsEndpoint::initTestCase()
{
    // Each scrape here renders afresh, so it sees every response before it.
    m_host.setMetricsShareWindow(std::chrono::microseconds(0));
    QVERIFY2(m_host.start(QHostAddress::LocalHost, 0, 0, 1), qPrintable(m_host.errorString()));
    const quint16 port = m_host.serviceUrl().port();
    rawExchange(port,
                "GET / HTTP/1.1\r\nHost: t\r\n\r\nGET /slow HTTP/1.1\r\nHost: t\r\n\r\n"
                "GET /error HTTP/1.1\r\nHost: t\r\n\r\nPOST / HTTP/1.1\r\nHost: t\r\n\r\n"
                "HEAD /nowhere HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
}

QByteArray TestMetricsEndpoint::scrape(QByteArray *contentType)
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(m_host.metricsUrl())));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    if (contentType)
        *contentType = reply->rawHeader("Content-Type");
    return reply->readAll();
}

void TestMetricsEndpoint::servesTheTextFormatContentType()
{
    QByteArray contentType;
    const QByteArray body = scrape(&contentType);
    QCOMPARE(contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QVERIFY(body.contains("# TYPE http_requests_total counter\n"));
    QVERIFY(body.contains("# TYPE http_request_duration_seconds histogram\n"));
}

void TestMetricsEndpoint::passesPromtoolCheckMetrics()
{
    const QString promtool = pc::test::promtoolPath();
    QVERIFY2(!promtool.isEmpty(), qPrintable(pc::test::installHint()));
    const auto result = pc::test::runProcess(
        promtool, {QStringLiteral("check"), QStringLiteral("metrics")}, scrape());
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.trimmed().isEmpty(), result.output.constData());
}

void TestMetricsEndpoint::exposesSaneProcessMetrics()
{
    const QByteArray body = scrape();
    for (const char *name : {"process_cpu_seconds_total", "process_resident_memory_bytes",
                             "process_virtual_memory_bytes", "process_start_time_seconds",
                             "process_open_fds", "process_max_fds"}) {
        QVERIFY2(body.contains(QByteArray("\n") + name + ' '), name);
    }
    QVERIFY(body.contains("# TYPE process_cpu_seconds_total counter\n"));
    QVERIFY(sumSamples(body, "process_resident_memory_bytes") > 1024 * 1024);
    QVERIFY(sumSamples(body, "process_virtual_memory_bytes")
            >= sumSamples(body, "process_resident_memory_bytes"));
    const double start = sumSamples(body, "process_start_time_seconds");
    const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
    QVERIFY2(start <= now + 1 && start > now - 60, qPrintable(QString::number(now - start)));
    QVERIFY(sumSamples(body, "process_open_fds") >= 3);
    QVERIFY(sumSamples(body, "process_max_fds") > sumSamples(body, "process_open_fds"));
    QVERIFY(sumSamples(body, "process_cpu_seconds_total") >= 0);
}

void TestMetricsEndpoint::usesTheDefaultHistogramBuckets()
{
    const QByteArray body = scrape();
    QStringList bounds;
    const QRegularExpression bucket(
        QStringLiteral(
            "^http_request_duration_seconds_bucket\\{method=\"GET\",path=\"/\",le=\"([^\"]+)\"\\}"),
        QRegularExpression::MultilineOption);
    for (auto it = bucket.globalMatch(QString::fromUtf8(body)); it.hasNext();)
        bounds.append(it.next().captured(1));
    QCOMPARE(bounds, QStringList({"0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5",
                                  "0.75", "1", "2.5", "5", "7.5", "10", "+Inf"}));
}

void TestMetricsEndpoint::writesDotDecimalsUnderACommaLocale()
{
    const std::locale saved =
        std::locale::global(std::locale(std::locale::classic(), new CommaDecimals));
    const QByteArray body = scrape();
    std::locale::global(saved);
    const QRegularExpression sample(QStringLiteral(R"(^process_start_time_seconds (\S+)$)"),
                                    QRegularExpression::MultilineOption);
    const QString value = sample.match(QString::fromUtf8(body)).captured(1);
    QVERIFY2(!value.contains(u','), qPrintable(value));
    bool ok = false;
    QVERIFY(value.toDouble(&ok) > 1e9 && ok);
}

void TestMetricsEndpoint::labelsUnknownMethodsAndPathsWithBoundedValues()
{
    rawExchange(m_host.serviceUrl().port(),
                "BREW /coffee/pot-1?x=1 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    const QByteArray body = scrape();
    QVERIFY(body.contains(R"(http_requests_total{code="404",method="other",path="unmatched"} 1)"));
    QVERIFY(body.contains(R"(http_requests_total{code="404",method="HEAD",path="unmatched"} 1)"));
    QVERIFY(body.contains(R"(http_requests_total{code="405",method="POST",path="/"} 1)"));
    QVERIFY(!body.contains("coffee"));
}

void TestMetricsEndpoint::sharesOneRenderAmongScrapesWithinItsWindow()
{
    using namespace std::chrono_literals;
    const QByteArray twice = R"(http_requests_total{code="200",method="GET",path="/"} 2)";
    pc::AppMetrics metrics;
    const pc::MetricsEndpoint endpoint(metrics);
    const pc::MetricsEndpoint sharing(metrics, 1h);
    const pc::MetricsEndpoint rendering(metrics, 0us);
    metrics.requests().record("GET", "/", 200, 0.001);
    const QByteArray first = endpoint.metrics().body;
    const QByteArray firstShared = sharing.metrics().body;
    metrics.requests().record("GET", "/", 200, 0.001);
    const QByteArray shared = endpoint.metrics().body;
    // With the default millisecond, the second scrape came within the window (unless this
    // machine stalled for a millisecond, in which case it rendered afresh and saw the second
    // request). An hour's window always shares; a window of 0 never does.
    QVERIFY(shared == first || shared.contains(twice));
    QCOMPARE(sharing.metrics().body, firstShared);
    const QByteArray fresh = rendering.metrics().body;
    QVERIFY(fresh.contains(twice));
    QCOMPARE(endpoint.metrics().contentType,
             QByteArray("text/plain; version=0.0.4; charset=utf-8"));
}

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "tst_metricsendpoint.moc"
