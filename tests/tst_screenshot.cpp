#include "http/httpserver.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `prom-companion --screenshot FILE` renders the real window and exits 0.
class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void rendersTheWindowToAPngAndExits();
    void rendersTheDashboardView();
    void reportsAnUnwritableScreenshotPath();
    void savesAsSoonAsARejectedQueryIsShown();

private:
    QProcessEnvironment isolatedEnvironment() const;
    QTemporaryDir m_home;
};

QProcessEnvironment TestScreenshot::isolatedEnvironment() const
{
    // Keep the user's remembered settings and data out of it.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    env.insert("XDG_DATA_HOME", m_home.filePath("data"));
    env.insert("QT_QPA_PLATFORM", "offscreen");
    return env;
}

void TestScreenshot::rendersTheWindowToAPngAndExits()
{
    const QString png = m_home.filePath("window.png");
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment());
    app.start(
        PC_APP_PATH,
        {"--service-port=0", "--metrics-port=0", "--no-managed-prometheus", "--prometheus-url",
         QString("http://127.0.0.1:%1").arg(pc::test::freePort()), "--screenshot", png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().contains("Screenshot saved"));

    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 1000 && image.height() >= 650,
             qPrintable(QString("%1x%2").arg(image.width()).arg(image.height())));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    // Text, lines and widgets, not a blank or single-colour frame.
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // Command-line options are for their run: the next plain start is not trapped by them.
    QFile settings(m_home.filePath("config/prom-companion/prom-companion.conf"));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY2(!settings.readAll().contains("127.0.0.1"), "the --prometheus-url was saved");
}

// `--view dashboard --screenshot FILE` captures the Dashboard view: without Prometheus, its
// panels and the sentence that says why they are empty.
void TestScreenshot::rendersTheDashboardView()
{
    const QString png = m_home.filePath("dashboard.png");
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment());
    app.start(PC_APP_PATH,
              {"--service-port=0", "--metrics-port=0", "--no-managed-prometheus",
               "--prometheus-url", QString("http://127.0.0.1:%1").arg(pc::test::freePort()),
               "--view", "dashboard", "--screenshot", png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    QImage image(png);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestScreenshot::reportsAnUnwritableScreenshotPath()
{
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment());
    app.start(PC_APP_PATH,
              {"--service-port=0", "--metrics-port=0", "--no-managed-prometheus",
               "--prometheus-url", QString("http://127.0.0.1:%1").arg(pc::test::freePort()),
               "--screenshot", "/nonexistent-dir/shot.png"});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardError().contains("/nonexistent-dir/shot.png"));
}

// A Prometheus that refuses the query answers at once: the picture shows that answer and is
// taken then, not after the 45 s the program gives data to arrive.
void TestScreenshot::savesAsSoonAsARejectedQueryIsShown()
{
    auto router = std::make_shared<pc::HttpRouter>();
    router->addRoute("/-/ready", "GET", [](const pc::HttpRequest &) {
        return pc::HttpResponse::text(200, "Prometheus Server is Ready.\n");
    });
    router->addRoute("/api/v1/query_range", "GET", [](const pc::HttpRequest &) {
        pc::HttpResponse response = pc::HttpResponse::text(
            400,
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"})");
        response.contentType = "application/json";
        return response;
    });
    pc::HttpServer prometheus(router);
    QVERIFY2(prometheus.listen(QHostAddress::LocalHost, 0), qPrintable(prometheus.errorString()));

    const QString png = m_home.filePath("rejected.png");
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment());
    QSignalSpy finished(&app, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    app.start(PC_APP_PATH,
              {"--service-port=0", "--metrics-port=0", "--no-managed-prometheus",
               "--prometheus-url", QString("http://127.0.0.1:%1").arg(prometheus.port()), "--query",
               "sum(", "--screenshot", png});
    QVERIFY(finished.wait(60000));
    qInfo("saved after %lld ms", clock.elapsed());
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QImage(png).isNull());
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
