#include "grafana/grafanalinks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

QString grafanaFile(const char *relative)
{
    return QStringLiteral(PC_SOURCE_DIR "/resources/grafana/") + QString::fromUtf8(relative);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject dashboard()
{
    return QJsonDocument::fromJson(readFile(grafanaFile("dashboards/prom-companion.json")))
        .object();
}

// Every panel, including those folded into rows.
QList<QJsonObject> allPanels(const QJsonArray &panels)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : panels) {
        const QJsonObject panel = value.toObject();
        found.append(panel);
        found.append(allPanels(panel.value(QLatin1String("panels")).toArray()));
    }
    return found;
}

// The value of the first `key: value` line of a YAML file, without quotes.
QString yamlValue(const QByteArray &yaml, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^\\s*(?:- )?") + key
                                      + QStringLiteral(":\\s*[\"']?([^\"'\\n#]*?)[\"']?\\s*$"),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(yaml)).captured(1);
}

}  // namespace

class TestGrafana : public QObject
{
    Q_OBJECT

private slots:
    void dashboardIsWhatTheButtonOpens();
    void everyPanelAndTargetUsesTheProvisionedDatasource();
    void everyPanelHasAUnitAndAQuery();
    void datasourceProvisioningNamesThePrometheus();
    void dashboardProvisioningLoadsTheDashboardFolder();
    void buildsTheDashboardUrl_data();
    void buildsTheDashboardUrl();
    void browsableUrlsAreHttpWithAHost_data();
    void browsableUrlsAreHttpWithAHost();
};

void TestGrafana::dashboardIsWhatTheButtonOpens()
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(readFile(grafanaFile("dashboards/prom-companion.json")), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject d = doc.object();
    QCOMPARE(d.value(QLatin1String("uid")).toString(), QString(pc::GrafanaDashboardUid));
    QCOMPARE(d.value(QLatin1String("title")).toString(), QStringLiteral("Prom Companion"));
    // Grafana derives the slug from the title; the link uses the same one.
    QCOMPARE(QString(pc::GrafanaDashboardSlug), QStringLiteral("prom-companion"));
    QCOMPARE(d.value(QLatin1String("refresh")).toString(), QStringLiteral("5s"));
    QCOMPARE(d.value(QLatin1String("time")).toObject().value(QLatin1String("from")).toString(),
             QStringLiteral("now-15m"));
    const int schema = d.value(QLatin1String("schemaVersion")).toInt();
    QVERIFY2(schema >= 36 && schema <= 39, qPrintable(QString::number(schema)));
}

void TestGrafana::everyPanelAndTargetUsesTheProvisionedDatasource()
{
    const QString provisionedUid = yamlValue(
        readFile(grafanaFile("provisioning/datasources/prometheus.yaml")), QStringLiteral("uid"));
    QCOMPARE(provisionedUid, QString(pc::GrafanaDatasourceUid));

    const QList<QJsonObject> panels =
        allPanels(dashboard().value(QLatin1String("panels")).toArray());
    QVERIFY(panels.size() >= 6);
    int targets = 0;
    for (const QJsonObject &panel : panels) {
        const QString title = panel.value(QLatin1String("title")).toString();
        const auto check = [&](const QJsonObject &owner, const QString &what) {
            const QJsonObject ds = owner.value(QLatin1String("datasource")).toObject();
            QVERIFY2(
                ds.value(QLatin1String("type")).toString() == QLatin1String("prometheus")
                    && ds.value(QLatin1String("uid")).toString() == provisionedUid,
                qPrintable(what + QStringLiteral(" has datasource ")
                           + QString::fromUtf8(QJsonDocument(ds).toJson(QJsonDocument::Compact))));
        };
        check(panel, QStringLiteral("panel \"") + title + u'"');
        if (QTest::currentTestFailed())
            return;
        for (const QJsonValue &target : panel.value(QLatin1String("targets")).toArray()) {
            check(target.toObject(), QStringLiteral("a target of \"") + title + u'"');
            if (QTest::currentTestFailed())
                return;
            ++targets;
        }
    }
    QVERIFY(targets >= panels.size());
}

void TestGrafana::everyPanelHasAUnitAndAQuery()
{
    static const QStringList knownUnits = {QStringLiteral("short"), QStringLiteral("reqps"),
                                           QStringLiteral("s"), QStringLiteral("bytes"),
                                           QStringLiteral("percentunit")};
    const QList<QJsonObject> panels =
        allPanels(dashboard().value(QLatin1String("panels")).toArray());
    QVERIFY(!panels.isEmpty());
    for (const QJsonObject &panel : panels) {
        const QString title = panel.value(QLatin1String("title")).toString();
        const QString unit = panel.value(QLatin1String("fieldConfig"))
                                 .toObject()
                                 .value(QLatin1String("defaults"))
                                 .toObject()
                                 .value(QLatin1String("unit"))
                                 .toString();
        QVERIFY2(knownUnits.contains(unit),
                 qPrintable(title + QStringLiteral(": unit \"") + unit + u'"'));
        const QJsonArray targets = panel.value(QLatin1String("targets")).toArray();
        QVERIFY2(!targets.isEmpty(), qPrintable(title));
        for (const QJsonValue &target : targets) {
            QVERIFY2(!target.toObject().value(QLatin1String("expr")).toString().isEmpty(),
                     qPrintable(title));
        }
    }
}

void TestGrafana::datasourceProvisioningNamesThePrometheus()
{
    const QByteArray yaml = readFile(grafanaFile("provisioning/datasources/prometheus.yaml"));
    QVERIFY2(!yaml.isEmpty(), "provisioning/datasources/prometheus.yaml is missing");
    QCOMPARE(yamlValue(yaml, QStringLiteral("apiVersion")), QStringLiteral("1"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("name")),
             QStringLiteral("Prometheus (Prom Companion)"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("type")), QStringLiteral("prometheus"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("url")), QStringLiteral("http://localhost:9090"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("access")), QStringLiteral("proxy"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("isDefault")), QStringLiteral("false"));
}

void TestGrafana::dashboardProvisioningLoadsTheDashboardFolder()
{
    const QByteArray yaml = readFile(grafanaFile("provisioning/dashboards/prom-companion.yaml"));
    QVERIFY2(!yaml.isEmpty(), "provisioning/dashboards/prom-companion.yaml is missing");
    QCOMPARE(yamlValue(yaml, QStringLiteral("apiVersion")), QStringLiteral("1"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("type")), QStringLiteral("file"));
    QCOMPARE(yamlValue(yaml, QStringLiteral("path")),
             QStringLiteral("/var/lib/grafana/dashboards/prom-companion"));
    QVERIFY2(yaml.contains("resources/grafana/dashboards/"),
             "the provider should say where the dashboard folder comes from");
}

void TestGrafana::buildsTheDashboardUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("expected");

    const QString tail =
        QStringLiteral("/d/prom-companion/prom-companion?orgId=1&from=now-15m&to=now&refresh=5s");
    QTest::addRow("host and port") << QUrl(QStringLiteral("http://localhost:3000"))
                                   << QStringLiteral("http://localhost:3000") + tail;
    QTest::addRow("host with trailing slash") << QUrl(QStringLiteral("http://localhost:3000/"))
                                              << QStringLiteral("http://localhost:3000") + tail;
    QTest::addRow("path prefix") << QUrl(QStringLiteral("http://proxy.example/grafana"))
                                 << QStringLiteral("http://proxy.example/grafana") + tail;
    QTest::addRow("path prefix with trailing slash")
        << QUrl(QStringLiteral("https://proxy.example/tools/grafana/"))
        << QStringLiteral("https://proxy.example/tools/grafana") + tail;
    QTest::addRow("query and fragment of the base are dropped")
        << QUrl(QStringLiteral("http://localhost:3000/?orgId=2#panel"))
        << QStringLiteral("http://localhost:3000") + tail;
    QTest::addRow("not browsable gives an empty URL")
        << QUrl(QStringLiteral("file:///tmp")) << QString();
}

void TestGrafana::buildsTheDashboardUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QString, expected);
    const QUrl url = pc::grafanaDashboardUrl(base);
    QCOMPARE(url.toString(), expected);
    if (!expected.isEmpty())
        QCOMPARE(url.query(), QStringLiteral("orgId=1&from=now-15m&to=now&refresh=5s"));
}

void TestGrafana::browsableUrlsAreHttpWithAHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("browsable");

    QTest::addRow("http") << QStringLiteral("http://localhost:3000") << true;
    QTest::addRow("https with path") << QStringLiteral("https://grafana.example/d/x") << true;
    QTest::addRow("upper-case scheme") << QStringLiteral("HTTP://localhost:3000") << true;
    QTest::addRow("IPv6 host") << QStringLiteral("http://[::1]:3000/") << true;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://files.example/") << false;
    QTest::addRow("custom scheme") << QStringLiteral("x-open://run") << false;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("http without a host") << QStringLiteral("http:///d/prom-companion") << false;
    QTest::addRow("host and port without a scheme") << QStringLiteral("localhost:3000") << false;
    QTest::addRow("relative path") << QStringLiteral("/grafana/") << false;
    QTest::addRow("scheme-relative") << QStringLiteral("//grafana.example/") << false;
}

void TestGrafana::browsableUrlsAreHttpWithAHost()
{
    QFETCH(QString, url);
    QFETCH(bool, browsable);
    QCOMPARE(pc::isBrowsableUrl(QUrl(url)), browsable);
}

QTEST_GUILESS_MAIN(TestGrafana)
#include "tst_grafana.moc"
