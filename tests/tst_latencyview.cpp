#include "chartwidget.h"
#include "fakeprometheus.h"
#include "latencyview.h"
#include "legendmodel.h"
#include "load/loadgenerator.h"
#include "prometheus/promclient.h"
#include "service/servicehost.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The client's latency of each second beside the server's histogram_quantile, the latter
// from a Prometheus stand-in. Set PC_SCREENSHOT_DIR to keep a picture.
class TestLatencyView : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheClientBesideTheServer();
};

void TestLatencyView::drawsTheClientBesideTheServer()
{
    pc::test::FakePrometheus fake;
    QVERIFY(fake.listen());
    fake.respondWithFile("/api/v1/query_range", "query_matrix.json");
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = fake.baseUrl();
    pc::PromClient client(endpoint);
    pc::ServiceHost host;
    QVERIFY(host.start(QHostAddress::LocalHost, 0, 0, 1));
    pc::LoadGenerator load;
    load.setTarget(host.serviceUrl());

    pc::app::LatencyView view(&client, &load);
    view.resize(900, 500);
    view.show();
    view.setPrometheusEnabled(true);
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = 200;
    plan.duration = 2500ms;
    QSignalSpy seconds(&load, &pc::LoadGenerator::latencySecond);
    QVERIFY(load.start(plan).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(seconds.size() >= 2, 6000);

    const auto names = [&view] {
        QStringList out;
        const pc::app::LegendModel *legend = view.chart()->legend();
        for (int row = 0; row < legend->rowCount(); ++row)
            out.append(legend->data(legend->index(row, pc::app::LegendModel::Name)).toString());
        return out;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(names().contains("client p99") && names().size() > 2,
                              qPrintable(names().join(", ")), 5000);
    QVERIFY(names().contains("client p50"));
    QVERIFY(fake.lastQuery("/api/v1/query_range")
                .queryItemValue("query")
                .contains("http_request_duration_seconds_bucket"));
    const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        view.grab().save(dir + "/client-latency.png");
}

QTEST_MAIN(TestLatencyView)
#include "tst_latencyview.moc"
