#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// `prom-companion --check-dashboard` against a real Prometheus scraping Debian's
/// prometheus-node-exporter, with the "node" dashboard this test ships in data/dashboards: an
/// export for sharing (`${DS_PROMETHEUS}`), a datasource variable, chained job → instance query
/// variables with All, a collapsed row, gauges, instant queries and `$__rate_interval`. And the
/// exit codes a dashboard author's CI relies on.
class TestDashboardCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checksTheNodeDashboardAgainstARealPrometheus();
    void exitsTwoOnAFileThatIsNoDashboard();
    void exitsOneWhenAPanelIsNotDrawn();
    void makesTheRepeatsAndAsksWithEachCopysValue();

private:
    /// Runs the app's check; returns its exit code, its standard output in `out`.
    int check(const QString &dashboard, QString *out, QString *err = nullptr);
    bool startProcess(QProcess &process, const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QProcess m_nodeExporter;
    QProcess m_prometheus;
    QString m_prometheusUrl;
};

bool TestDashboardCheck::startProcess(QProcess &process, const QString &program,
                                      const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    return process.waitForStarted(5000);
}

void TestDashboardCheck::initTestCase()
{
    QVERIFY2(!QString(PC_NODE_EXPORTER).isEmpty(),
             "prometheus-node-exporter is missing: sudo apt-get install prometheus-node-exporter");
    QVERIFY2(!pc::test::prometheusPath().isEmpty(), qPrintable(pc::test::installHint()));
    QVERIFY(m_dir.isValid());
    const quint16 exporterPort = pc::test::freePort();
    QVERIFY(startProcess(m_nodeExporter, PC_NODE_EXPORTER,
                         {QString("--web.listen-address=127.0.0.1:%1").arg(exporterPort)}));
    QFile config(m_dir.filePath("prometheus.yml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QString("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: node\n"
                         "    static_configs:\n      - targets: ['127.0.0.1:%1']\n")
                     .arg(exporterPort)
                     .toUtf8());
    config.close();
    const quint16 port = pc::test::freePort();
    m_prometheusUrl = QString("http://127.0.0.1:%1").arg(port);
    QVERIFY(startProcess(
        m_prometheus, pc::test::prometheusPath(),
        {"--config.file=" + config.fileName(), "--storage.tsdb.path=" + m_dir.filePath("data"),
         QString("--web.listen-address=127.0.0.1:%1").arg(port)}));
}

void TestDashboardCheck::cleanupTestCase()
{
    for (QProcess *process : {&m_prometheus, &m_nodeExporter}) {
        process->terminate();
        if (!process->waitForFinished(5000))
            process->kill();
    }
}

int TestDashboardCheck::check(const QString &dashboard, QString *out, QString *err)
{
    QProcess app;
    app.start(PC_APP_PATH, {"--check-dashboard", dashboard, "--prometheus-url", m_prometheusUrl});
    if (!app.waitForFinished(30000)) {
        app.kill();
        return -1;
    }
    *out = QString::fromUtf8(app.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(app.readAllStandardError());
    return app.exitCode();
}

void TestDashboardCheck::checksTheNodeDashboardAgainstARealPrometheus()
{
    const QString node = PC_TEST_DATA_DIR "/dashboards/node.json";
    QString out;
    int code = -1;
    // Prometheus needs a few scrapes before rates have data: ask until every query has some.
    QElapsedTimer clock;
    clock.start();
    do {
        code = check(node, &out);
        if (code == 0 && out.contains("0 failed, 0 returned no data"))
            break;
        QTest::qWait(1000);
    } while (clock.elapsed() < 60'000);
    QVERIFY2(code == 0, qPrintable(out));
    const QStringList lines = out.trimmed().split('\n');
    QCOMPARE(lines.last(), QString("6 panels: 5 drawn, 1 approximated, 0 not drawn; 7 queries "
                                   "ran, 0 failed, 0 returned no data"));
    // The chained variables and the built-ins went into the queries.
    QVERIFY2(out.contains(R"(job="node")") && out.contains("[4s]"), qPrintable(out));
    QVERIFY2(!out.contains("$node") && !out.contains("$__rate_interval"), qPrintable(out));
    // Collapsed rows are checked too.
    QVERIFY2(lines.filter(QRegularExpression("^8 timeseries \"Disk I/O\": drawn")).size() == 1,
             qPrintable(out));
    QVERIFY2(lines.filter(QRegularExpression("^2 gauge \"CPU Busy\": drawn")).size() == 1,
             qPrintable(out));
    QVERIFY2(lines.filter(QRegularExpression("^4 bargauge \"RAM Used\": drawn")).size() == 1,
             qPrintable(out));
    QVERIFY2(lines.filter(QRegularExpression("^3 stat \"CPU Cores\": approximated: instant")).size()
                 == 1,
             qPrintable(out));
}

void TestDashboardCheck::exitsTwoOnAFileThatIsNoDashboard()
{
    QFile file(m_dir.filePath("broken.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"panels\": [");
    file.close();
    QString out;
    QString err;
    QCOMPARE(check(file.fileName(), &out, &err), 2);
    QVERIFY2(err.contains("broken.json") && err.contains("not valid JSON"), qPrintable(err));
    QCOMPARE(check(m_dir.filePath("missing.json"), &out, &err), 2);
}

void TestDashboardCheck::exitsOneWhenAPanelIsNotDrawn()
{
    QFile file(m_dir.filePath("logs.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"panels": [{"id": 1, "type": "logs", "title": "Logs",
        "datasource": {"type": "loki", "uid": "x"}},
        {"id": 2, "type": "timeseries", "title": "Bad", "targets": [{"expr": "rate(up[1m]"}]}]})");
    file.close();
    QString out;
    QCOMPARE(check(file.fileName(), &out), 1);
    QVERIFY2(
        out.contains("1 logs \"Logs\": not drawn: its data source \u201cx\u201d is of type loki"),
        qPrintable(out));
    QVERIFY2(out.contains("→ error: "), qPrintable(out));
    QVERIFY2(
        out.trimmed().endsWith("2 panels: 1 drawn, 0 approximated, 1 not drawn; 1 queries ran, "
                               "1 failed, 0 returned no data"),
        qPrintable(out));
}

void TestDashboardCheck::makesTheRepeatsAndAsksWithEachCopysValue()
{
    QFile file(m_dir.filePath("repeats.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"templating": {"list": [{"name": "disk", "type": "custom", "query": "a,b,c",
        "multi": true, "includeAll": true, "current": {"value": "$__all"}}]},
      "panels": [{"id": 1, "type": "stat", "title": "Up but $disk", "repeat": "disk",
        "targets": [{"expr": "up{job=\"node\",device!=\"$disk\"}"}]}]})");
    file.close();
    QString out;
    QCOMPARE(check(file.fileName(), &out), 0);
    for (const QString disk : {"a", "b", "c"}) {
        const QString line = QString(
                                 "1 stat \"Up but %1\": drawn; up{job=\"node\",device!=\"%1\"} → "
                                 "1 series")
                                 .arg(disk);
        QVERIFY2(out.contains(line), qPrintable(line + "\n" + out));
    }
    QVERIFY2(out.trimmed().endsWith("3 panels: 3 drawn, 0 approximated, 0 not drawn; 3 queries "
                                    "ran, 0 failed, 0 returned no data"),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestDashboardCheck)
#include "tst_dashboardcheck.moc"
