#include "companion.h"
#include "fakeprometheus.h"
#include "load/loadgenerator.h"
#include "mainwindow.h"
#include "settings/language.h"
#include "windowtests.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace pc::app;

using namespace std::chrono_literals;

// The window under LANG=fr_FR.UTF-8 (set by CTest for this test), offscreen: French words,
// French numbers, and mnemonics that still reach one control each.
class TestFrenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void speaksFrench();
    void writesNumbersTheFrenchWay();
    void keepsEveryMnemonicUnique();
    void helpSpeaksFrenchAndLangOverridesIt();

private:
    std::unique_ptr<pc::test::FakePrometheus> m_fake;
    std::unique_ptr<Companion> m_companion;
    MainWindow *m_window = nullptr;
};

void TestFrenchWindow::initTestCase()
{
    QCOMPARE(QLocale::system().name(), QString("fr_FR"));
    const pc::LanguageChoice choice =
        pc::chooseLanguage(QCoreApplication::arguments(), QLocale::system());
    QCOMPARE(choice.language, QString("fr"));
    QString error;
    QVERIFY2(pc::installTranslations(choice, &error), qPrintable(error));
}

void TestFrenchWindow::init()
{
    m_fake = std::make_unique<pc::test::FakePrometheus>();
    QVERIFY(m_fake->listen());
    m_companion = pc::test::companionAsking(m_fake->baseUrl());
    QVERIFY2(m_companion->start(), qPrintable(m_companion->errorString()));
    m_window = &m_companion->window();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFrenchWindow::cleanup()
{
    m_companion.reset();
    m_fake.reset();
}

void TestFrenchWindow::speaksFrench()
{
    QStringList menus;
    for (QAction *menu : m_window->menuBar()->actions())
        menus.append(menu->text());
    QCOMPARE(menus,
             QStringList({"&Fichier", "&Affichage", "Tablea&u de bord", "Alertes", "Ai&de"}));
    QCOMPARE(m_window->findChild<QPushButton *>("sendOne")->text(), QString("Envoyer &1 requête"));
    QStringList boxes;
    for (QGroupBox *box : m_window->findChildren<QGroupBox *>())
        boxes.append(box->title());
    QVERIFY2(boxes.contains("Générer des requêtes") && boxes.contains("État"),
             qPrintable(boxes.join(", ")));
    // Accents on capitals too, as French typography has them.
    QStringList labels;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        labels.append(label->text());
    QVERIFY2(labels.contains(QString::fromUtf8("Échouées\u00a0:")), qPrintable(labels.join(" | ")));
    QVERIFY(labels.filter("Echou").isEmpty());
    // Qt's own strings too: the standard buttons of its dialogs.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Annuler"));
}

void TestFrenchWindow::writesNumbersTheFrenchWay()
{
    auto *burst = m_window->findChild<QSpinBox *>();
    for (QSpinBox *spin : m_window->findChildren<QSpinBox *>()) {
        if (spin->accessibleName() == QCoreApplication::translate("LoadBox", "Burst size"))
            burst = spin;
    }
    burst->setValue(1500);
    QTest::mouseClick(m_window->findChild<QPushButton *>("sendBurst"), Qt::LeftButton);
    const QString group = QLocale().groupSeparator();
    QTRY_COMPARE(m_window->findChild<QLabel *>("sent")->text(), QString("1") + group + "500");
}

void TestFrenchWindow::keepsEveryMnemonicUnique()
{
    const QString clash = pc::test::mnemonicClash(m_window);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
}

void TestFrenchWindow::helpSpeaksFrenchAndLangOverridesIt()
{
    QProcess app;
    app.start(PC_APP_PATH, {"--help"});
    QVERIFY(app.waitForFinished(20000));
    const QString french = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(french.contains("--view") && french.contains("tableau de bord"), qPrintable(french));
    app.start(PC_APP_PATH, {"--lang", "en", "--help"});
    QVERIFY(app.waitForFinished(20000));
    const QString english = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(english.contains("The view the window opens on"), qPrintable(english));
}

QTEST_MAIN(TestFrenchWindow)
#include "tst_frenchwindow.moc"
