#include "settingsdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pc::app;

/// The Settings dialog, offscreen, on a settings file of its own.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsWhatIsSaved();
    void savesWhatIsTyped();
    void refusesABadUrlAndSavesNothing();
    void resetsToTheDefaults();
    void editsTheRetentionAndRefusesABadOne_data();
    void editsTheRetentionAndRefusesABadOne();

private:
    template <typename T>
    static T *field(SettingsDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
};

void TestSettingsDialog::init()
{
    QFile::remove(m_dir.filePath("settings.ini"));
    m_store = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
}

void TestSettingsDialog::showsWhatIsSaved()
{
    pc::Settings s;
    s.prometheus.baseUrl = QUrl("https://vm.example/select/0/prometheus");
    s.prometheus.username = "alice";
    s.prometheus.extraHeaders = {{"X-Scope-OrgID", "team-a"}};
    pc::saveSettings(*m_store, s);
    SettingsDialog dialog(m_store.get());
    QCOMPARE(field<QLineEdit>(dialog, "prometheusUrl")->text(),
             QString("https://vm.example/select/0/prometheus"));
    QCOMPARE(field<QLineEdit>(dialog, "user")->text(), QString("alice"));
    QCOMPARE(field<QPlainTextEdit>(dialog, "headers")->toPlainText(),
             QString("X-Scope-OrgID: team-a"));
}

void TestSettingsDialog::savesWhatIsTyped()
{
    SettingsDialog dialog(m_store.get());
    field<QLineEdit>(dialog, "prometheusUrl")->setText("http://127.0.0.1:8428/");
    field<QLineEdit>(dialog, "tokenFile")->setText("/run/secrets/token");
    field<QPlainTextEdit>(dialog, "headers")->setPlainText("X-A: 1\n\nX-B: two words\n");
    field<QLineEdit>(dialog, "grafanaUrl")->setText("http://grafana.example:3000");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(*m_store, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(loaded.prometheus.baseUrl, QUrl("http://127.0.0.1:8428/"));
    QCOMPARE(loaded.prometheusUrlOrigin, pc::Settings::Origin::Settings);
    QCOMPARE(loaded.tokenFile, QString("/run/secrets/token"));
    QCOMPARE(loaded.prometheus.extraHeaders.size(), 2);
    QCOMPARE(loaded.prometheus.extraHeaders[1].second, QByteArray("two words"));
    QCOMPARE(loaded.grafanaUrl, QUrl("http://grafana.example:3000"));
}

void TestSettingsDialog::refusesABadUrlAndSavesNothing()
{
    SettingsDialog dialog(m_store.get());
    field<QLineEdit>(dialog, "prometheusUrl")->setText("localhost:9090");
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(field<QLabel>(dialog, "settingsError")->text().contains("Prometheus URL"));
    QVERIFY(!m_store->contains("prometheus/url"));

    field<QLineEdit>(dialog, "prometheusUrl")->setText("http://localhost:9090");
    field<QPlainTextEdit>(dialog, "headers")->setPlainText("no colon here");
    dialog.accept();
    QVERIFY(field<QLabel>(dialog, "settingsError")->text().contains("no colon here"));
    QVERIFY(!m_store->contains("prometheus/url"));
}

void TestSettingsDialog::resetsToTheDefaults()
{
    pc::Settings s;
    s.prometheus.baseUrl = QUrl("http://127.0.0.1:9");
    s.prometheus.username = "bob";
    pc::saveSettings(*m_store, s);
    SettingsDialog dialog(m_store.get());
    dialog.resetToDefaults();
    dialog.accept();
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(*m_store, &warnings);
    QCOMPARE(loaded.prometheus.baseUrl, pc::Settings().prometheus.baseUrl);
    QCOMPARE(loaded.prometheusUrlOrigin, pc::Settings::Origin::Default);
    QVERIFY(loaded.prometheus.username.isEmpty());
}

void TestSettingsDialog::editsTheRetentionAndRefusesABadOne_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("error");  // empty: saved

    QTest::addRow("a week and half a gibibyte") << "1w"
                                                << "512MiB"
                                                << "";
    QTest::addRow("time without a unit") << "30"
                                         << "1GiB"
                                         << "Keep history for: '30'";
    QTest::addRow("size without a unit") << "15d"
                                         << "1000"
                                         << "Keep at most: '1000'";
}

void TestSettingsDialog::editsTheRetentionAndRefusesABadOne()
{
    QFETCH(QString, time);
    QFETCH(QString, size);
    QFETCH(QString, error);
    SettingsDialog dialog(m_store.get());
    QCOMPARE(field<QLineEdit>(dialog, "retentionTime")->text(), QString("15d"));
    QCOMPARE(field<QLineEdit>(dialog, "retentionSize")->text(), QString("1GiB"));
    field<QLineEdit>(dialog, "retentionTime")->setText(time);
    field<QLineEdit>(dialog, "retentionSize")->setText(size);
    dialog.accept();
    if (!error.isEmpty()) {
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(field<QLabel>(dialog, "settingsError")->text().contains(error),
                 qPrintable(field<QLabel>(dialog, "settingsError")->text()));
        QVERIFY(!m_store->contains("history/retentionTime"));
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QStringList warnings;
    const pc::Settings loaded = pc::loadSettings(*m_store, &warnings);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(loaded.retentionTime, std::chrono::seconds(7 * 86400));
    QCOMPARE(loaded.retentionSizeBytes, qint64(512) << 20);
    SettingsDialog again(m_store.get());
    QCOMPARE(field<QLineEdit>(again, "retentionTime")->text(), QString("7d"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
