// Section 9 of bench/run: a dashboard of 150 panels in 16 rows, 14 of them collapsed, drawn by
// the Dashboard view against a real Prometheus scraping Debian's prometheus-node-exporter,
// both started here on 127.0.0.1. Measures how soon the first screen's panels have all
// answered, the CPU the view takes with about 25 panels in view and a 30 s refresh (beside
// the same queries asked by pollers without widgets), its RSS, and how many panels ask.
//   bench_dashboard --prometheus PATH --node-exporter PATH [--seconds 60]

#include "benchsupport.h"

#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "dashboard/builtinvariables.h"
#include "dashboard/grafanadashboard.h"
#include "dashboard/variableinterpolation.h"
#include "dashboardview.h"
#include "prometheus/promclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace {

constexpr int Rows = 16;
constexpr int OpenRows = 2;
constexpr int PanelsPerOpenRow = 12;
constexpr int PanelsPerClosedRow = 9;

// What node_exporter dashboards ask, with the variables and $__rate_interval they use.
const char *const Queries[] = {
    R"~(sum by (mode) (rate(node_cpu_seconds_total{instance="$instance",mode!="idle"}[$__rate_interval])))~",
    R"~(node_memory_MemAvailable_bytes{instance="$instance"})~",
    R"~(node_load1{instance="$instance"})~",
    R"~(rate(node_network_receive_bytes_total{instance="$instance"}[$__rate_interval]))~",
    R"~(rate(node_disk_read_bytes_total{instance="$instance"}[$__rate_interval]))~",
    R"~(node_filesystem_avail_bytes{instance="$instance",fstype!="tmpfs"})~",
    R"~(rate(node_context_switches_total{instance="$instance"}[$__rate_interval]))~",
    R"~(node_procs_running{instance="$instance"})~",
    R"~(rate(process_cpu_seconds_total{instance="$instance"}[$__rate_interval]))~",
};
constexpr int QueryCount = int(sizeof Queries / sizeof *Queries);

QByteArray gridPos(int x, int y, int w, int h)
{
    return QByteArray(R"("gridPos": {"x": )") + QByteArray::number(x)
           + ", \"y\": " + QByteArray::number(y) + ", \"w\": " + QByteArray::number(w)
           + ", \"h\": " + QByteArray::number(h) + "}";
}

// A query as a JSON string: its quotes escaped.
QByteArray jsonString(const char *text)
{
    return '"' + QByteArray(text).replace('"', "\\\"") + '"';
}

QByteArray panel(int id, int x, int y, int w, int h)
{
    return R"({"id": )" + QByteArray::number(id) + R"(, "type": ")"
           + (id % 6 == 0 ? "stat" : "timeseries") + R"(", "title": "Panel )"
           + QByteArray::number(id) + "\", " + gridPos(x, y, w, h)
           + R"(, "targets": [{"refId": "A", "expr": )" + jsonString(Queries[id % QueryCount])
           + "}]}";
}

// 16 rows: the first two open with 12 panels each (6 a line), 14 collapsed with 9 each, whose
// panels are inside them as Grafana writes a collapsed row.
QByteArray dashboardJson()
{
    QByteArrayList panels;
    int id = 1;
    int y = 0;
    for (int r = 0; r < Rows; ++r) {
        const bool open = r < OpenRows;
        QByteArray row = R"({"id": )" + QByteArray::number(id++)
                         + R"(, "type": "row", "title": "Row )" + QByteArray::number(r + 1)
                         + R"(", "collapsed": )" + (open ? "false" : "true") + ", "
                         + gridPos(0, y, 24, 1);
        ++y;
        QByteArrayList inside;
        const int count = open ? PanelsPerOpenRow : PanelsPerClosedRow;
        for (int p = 0; p < count; ++p)
            inside.append(panel(id++, (p % 6) * 4, y + (p / 6) * 5, 4, 5));
        y += ((count + 5) / 6) * 5;
        if (open) {
            panels.append(row + ", \"panels\": []}");
            panels.append(inside);
        } else {
            panels.append(row + ", \"panels\": [" + inside.join(",\n") + "]}");
        }
    }
    return R"~({"title": "150 panels", "refresh": "30s", "time": {"from": "now-1h", "to": "now"},
        "templating": {"list": [{"name": "instance", "type": "query",
                                 "query": "label_values(node_uname_info, instance)"}]},
        "panels": [)~"
           + panels.join(",\n") + "]}";
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void wait(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` or `limit`; the time it took, or -1.
double waitUntil(const std::function<bool()> &done, std::chrono::milliseconds limit)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limit.count())
            return -1;
        wait(10ms);
    }
    return double(clock.elapsed()) / 1000;
}

// Until Prometheus has two scrapes of node_exporter, so that rates have data.
bool prometheusHasRates(const QUrl &base)
{
    QNetworkAccessManager network;
    const auto hasRate = [&] {
        QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/query")));
        url.setQuery(QStringLiteral("query=count(rate(node_load1[5s]) >= 0)"));
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(2s, &loop, &QEventLoop::quit);
        loop.exec();
        return reply->isFinished() && reply->readAll().contains("\"value\"");
    };
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60'000) {
        if (hasRate())
            return true;
        wait(500ms);
    }
    return false;
}

struct Servers
{
    QTemporaryDir dir;
    QProcess exporter;
    QProcess prometheus;
    QUrl url;
    QString instance;  // node_exporter's, as Prometheus labels it

    ~Servers()
    {
        for (QProcess *process : {&prometheus, &exporter}) {
            process->terminate();
            if (!process->waitForFinished(5000))
                process->kill();
        }
    }

    bool start(const QString &prometheusPath, const QString &exporterPath)
    {
        const quint16 exporterPort = freePort();
        instance = QStringLiteral("127.0.0.1:%1").arg(exporterPort);
        exporter.start(exporterPath,
                       {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(exporterPort)});
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        if (!exporter.waitForStarted() || !config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\nscrape_configs:\n"
                                    "  - job_name: node\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%1']\n")
                         .arg(exporterPort)
                         .toUtf8());
        config.close();
        const quint16 port = freePort();
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        prometheus.start(
            prometheusPath,
            {QStringLiteral("--config.file=") + config.fileName(),
             QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        return prometheus.waitForStarted() && prometheusHasRates(url);
    }
};

}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    parser.addOptions(
        {{s("prometheus"), s("Prometheus's binary."), s("path"), s("/usr/bin/prometheus")},
         {s("node-exporter"), s("prometheus-node-exporter's binary."), s("path"),
          s("/usr/bin/prometheus-node-exporter")},
         {s("seconds"), s("How long each CPU measurement lasts."), s("seconds"), s("60")},
         {s("screenshot"), s("Saves the view once its first screen answered."), s("png")}});
    parser.process(app);
    const int seconds = std::max(10, parser.value(s("seconds")).toInt());

    Servers servers;
    pcbench::note("bench: 9: starting node_exporter and Prometheus");
    if (!servers.start(parser.value(s("prometheus")), parser.value(s("node-exporter")))) {
        pcbench::note("bench: 9: Prometheus or node_exporter did not come up: %s",
                      qPrintable(QString::fromUtf8(servers.prometheus.readAll())));
        return 1;
    }
    pc::PromEndpoint endpoint;
    endpoint.baseUrl = servers.url;
    pc::PromClient client(endpoint);
    const std::string section = "9 Dashboard";
    const std::string label = "150 panels, 16 rows (14 collapsed), node_exporter, 30 s refresh";

    // The view: open, show, wait for the first screen.
    const long long rssBefore = pcbench::rssKiB();
    auto view = std::make_unique<pc::app::DashboardView>(
        &client, pc::GrafanaDashboard::parse(dashboardJson()));
    view->resize(1600, 1000);
    QElapsedTimer opened;
    opened.start();
    view->show();
    view->setPrometheusEnabled(true);
    const double firstScreen = waitUntil([&] { return view->inViewPanelsAnswered(); }, 30s);
    const int made = view->dataPanelCount();
    const int asking = view->activePanelCount();
    pcbench::note(
        "bench: 9: first screen in %.2f s; %d panels asking of %d made; measuring "
        "CPU for %d s",
        firstScreen, asking, made, seconds);
    wait(2s);
    if (parser.isSet(s("screenshot")))
        view->grab().save(parser.value(s("screenshot")));
    double cpu = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    wait(std::chrono::seconds(seconds));
    const double viewCpu = (cpuSeconds() - cpu) / (double(clock.elapsed()) / 1000) * 100;
    const long long rssView = pcbench::rssKiB();
    view.reset();

    // Beside: the same queries for as many panels, asked by pollers without widgets.
    pc::TimeRange range(1h);
    std::vector<std::unique_ptr<pc::RangePoller>> pollers;
    int answered = 0;
    const pc::VariableSelections instance = [&] {
        pc::VariableSelection selection;
        selection.values = {servers.instance};
        return pc::VariableSelections{{QStringLiteral("instance"), selection}};
    }();
    for (int i = 0; i < asking; ++i) {
        auto poller = std::make_unique<pc::RangePoller>(&client, &range);
        poller->setRefreshInterval(30s);
        poller->setPlotWidth(250);
        poller->setQueryExpander([&instance](const QString &promql, std::chrono::seconds step,
                                             std::pair<qint64, qint64> r) {
            pc::VariableSelections selections = instance;
            selections.insert(
                pc::builtinVariables(step, std::chrono::milliseconds(r.second - r.first), 1s));
            return pc::interpolateVariables(promql, selections);
        });
        QObject::connect(poller.get(), &pc::RangePoller::updated, [&answered] { ++answered; });
        poller->setQueries({{QString::fromUtf8(Queries[(i + 2) % QueryCount]), QString()}});
        pollers.push_back(std::move(poller));
    }
    for (auto &poller : pollers)
        poller->setEnabled(true);
    waitUntil([&] { return answered >= asking; }, 30s);
    wait(2s);
    cpu = cpuSeconds();
    clock.restart();
    wait(std::chrono::seconds(seconds));
    const double pollerCpu = (cpuSeconds() - cpu) / (double(clock.elapsed()) / 1000) * 100;

    pcbench::row(section, label, "first screen answered",
                 firstScreen < 0 ? "not within 30 s" : pcbench::format("%.2f s", firstScreen),
                 pcbench::format("%d panels asking of 150 (%d made: the collapsed rows' are not)",
                                 asking, made),
                 "≤ 2 s: " + pcbench::verdict(firstScreen >= 0 && firstScreen <= 2));
    pcbench::row(section, label,
                 pcbench::format("CPU over %d s, %d panels in view", seconds, asking),
                 pcbench::format("%.1f%% of a core", viewCpu),
                 pcbench::format("same queries, pollers without widgets: %.1f%%", pollerCpu),
                 "≤ 10%: " + pcbench::verdict(viewCpu <= 10));
    pcbench::row(section, label, "RSS with the view open",
                 pcbench::format("%.0f MB", double(rssView) / 1024),
                 pcbench::format("%.0f MB before the view", double(rssBefore) / 1024),
                 "< 200 MB: " + pcbench::verdict(rssView < 200 * 1024));
    pcbench::row(section, label, "panels asking", pcbench::format("%d of 150", asking),
                 "only those in view and in expanded rows",
                 pcbench::verdict(asking > 0 && asking <= OpenRows * PanelsPerOpenRow));
    return 0;
}
