#include "prometheus/managedprometheus.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using pc::ManagedPrometheus;

namespace {

QJsonArray dashboardPanels()
{
    QFile file(QStringLiteral(PC_SOURCE_DIR "/resources/grafana/dashboards/prom-companion.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("panels"))
        .toArray();
}

void addPanelRows(const QJsonArray &panels, const char *server)
{
    for (const QJsonValue &value : panels) {
        const QJsonObject panel = value.toObject();
        const QString title = panel.value(QLatin1String("title")).toString();
        for (const QJsonValue &target : panel.value(QLatin1String("targets")).toArray()) {
            const QJsonObject t = target.toObject();
            QTest::addRow("%s: %s / %s", server, qPrintable(title),
                          qPrintable(t.value(QLatin1String("refId")).toString()))
                << QString::fromLatin1(server) << t.value(QLatin1String("expr")).toString();
        }
        addPanelRows(panel.value(QLatin1String("panels")).toArray(), server);
    }
}

}  // namespace

/// Runs the shipped dashboard's queries against a real Prometheus and a real VictoriaMetrics
/// that scrape a real ServiceHost, so a renamed metric or a PromQL typo fails here rather than in
/// Grafana.
class TestDashboardQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPanelQuerySucceedsWithData_data();
    void everyPanelQuerySucceedsWithData();

private:
    QJsonObject query(const QUrl &base, const QString &expression);
    bool waitForScrapes(const QUrl &base, int requests);
    void sendTraffic();

    std::unique_ptr<pc::ServiceHost> m_host;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManagedPrometheus> m_prometheus;
    std::unique_ptr<pc::test::VictoriaMetrics> m_victoriaMetrics;
    QNetworkAccessManager m_network;
    QMap<QString, QUrl> m_bases;  // by server: prometheus, victoriametrics
};

QJsonObject TestDashboardQueries::query(const QUrl &base, const QString &expression)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/api/v1/query"));
    url.setQuery(QUrlQuery{{QStringLiteral("query"), expression}});
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return {};
    // A 400 for bad PromQL still carries a JSON body with the error: keep it for the message.
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestDashboardQueries::initTestCase()
{
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
    m_network.setProxy(QNetworkProxy::NoProxy);

    m_host = std::make_unique<pc::ServiceHost>();
    QVERIFY2(m_host->start(QHostAddress::LocalHost, 0, 0), qPrintable(m_host->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    m_prometheus = std::make_unique<ManagedPrometheus>();
    const QUrl metrics = m_host->metricsUrl();
    const QString metricsTarget = metrics.host() + u':' + QString::number(metrics.port());
    QString error = pc::test::startManagedPrometheus(
        *m_prometheus, pc::test::managedPrometheusOptions(metricsTarget, m_dir->path()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_bases.insert(QStringLiteral("prometheus"), m_prometheus->baseUrl());

    m_victoriaMetrics = std::make_unique<pc::test::VictoriaMetrics>();
    QVERIFY2(m_victoriaMetrics->start(metricsTarget, {}, &error), qPrintable(error));
    m_bases.insert(QStringLiteral("victoriametrics"), m_victoriaMetrics->url());

    // Traffic on every route, so each status code and path has series to aggregate; twice,
    // with a scrape between, so every series grows between two samples. VictoriaMetrics drops
    // the NaN that a quantile or a ratio of flat series gives, where Prometheus returns it.
    for (int round = 1; round <= 2; ++round) {
        sendTraffic();
        for (auto it = m_bases.cbegin(); it != m_bases.cend(); ++it) {
            QVERIFY2(waitForScrapes(it.value(), 6 * round), qPrintable(it.key()));
        }
    }
}

void TestDashboardQueries::sendTraffic()
{
    const quint16 port = quint16(m_host->serviceUrl().port());
    for (const char *path : {"/", "/", "/", "/slow", "/error", "/missing"}) {
        const QByteArray request =
            QByteArrayLiteral("GET ") + path
            + QByteArrayLiteral(" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QVERIFY(!pc::test::rawExchange(port, request).isEmpty());
    }
}

// rate() needs two samples of a series in its window: waits until every series has two, and
// the server has scraped `requests` requests.
bool TestDashboardQueries::waitForScrapes(const QUrl &base, int requests)
{
    QElapsedTimer clock;
    clock.start();
    const QString twoScrapes =
        QStringLiteral(R"(min(count_over_time(http_requests_total{job="my_app"}[1m])) >= 2)");
    const QString seen = QStringLiteral("sum(http_requests_total) >= %1").arg(requests);
    auto answers = [&](const QString &expression) {
        return !query(base, expression)
                    .value(QLatin1String("data"))
                    .toObject()
                    .value(QLatin1String("result"))
                    .toArray()
                    .isEmpty();
    };
    while (clock.elapsed() < 40000) {
        if (answers(twoScrapes) && answers(seen)) {
            qInfo("%s: two scrapes with all requests after %lld ms", qPrintable(base.toString()),
                  clock.elapsed());
            return true;
        }
        QTest::qWait(200);
    }
    return false;
}

void TestDashboardQueries::cleanupTestCase()
{
    m_victoriaMetrics.reset();
    m_prometheus.reset();
    m_host.reset();
}

void TestDashboardQueries::everyPanelQuerySucceedsWithData_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expression");
    const QJsonArray panels = dashboardPanels();
    QVERIFY2(!panels.isEmpty(), "the dashboard JSON is missing or has no panels");
    addPanelRows(panels, "prometheus");
    addPanelRows(panels, "victoriametrics");
}

void TestDashboardQueries::everyPanelQuerySucceedsWithData()
{
    QFETCH(QString, server);
    QFETCH(QString, expression);
    const QJsonObject answer = query(m_bases.value(server), expression);
    const QString shown = expression + QStringLiteral("\n→ ")
                          + QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    QVERIFY2(answer.value(QLatin1String("status")).toString() == QLatin1String("success"),
             qPrintable(shown));
    // An empty result means the panel would say "No data": a wrong metric or label name.
    QVERIFY2(!answer.value(QLatin1String("data"))
                  .toObject()
                  .value(QLatin1String("result"))
                  .toArray()
                  .isEmpty(),
             qPrintable(shown));
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
