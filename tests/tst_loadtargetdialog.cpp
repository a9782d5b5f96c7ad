#include "load/loadgenerator.h"
#include "loadbox.h"
#include "loadtargetdialog.h"
#include "service/servicehost.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

class TestLoadTargetDialog : public QObject
{
    Q_OBJECT

private slots:
    void refusesATargetWithASentence_data();
    void refusesATargetWithASentence();
    void readsTheTargetAsEntered();
    void sendsTheBoxsRequestsToTheTargetOnly();
    void saysWhenARateWasNotKept();
};

namespace {

QSpinBox *spinNamed(QWidget *parent, const QString &accessibleName)
{
    for (auto *spin : parent->findChildren<QSpinBox *>()) {
        if (spin->accessibleName() == accessibleName)
            return spin;
    }
    return nullptr;
}

void chooseTarget(pc::app::LoadBox &box, const QUrl &url)
{
    // The dialog is modal: fill it in once it is up.
    QTimer::singleShot(0, &box, [url] {
        auto *dialog = qobject_cast<pc::app::LoadTargetDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>("targetUrl")->setText(url.toString());
        dialog->accept();
    });
    box.findChild<QPushButton *>("chooseTarget")->click();
}

}  // namespace

void TestLoadTargetDialog::refusesATargetWithASentence_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("https") << "https://example.org/"
                           << ""
                           << "not plain http";
    QTest::addRow("no host") << "http:///path"
                             << ""
                             << "not a URL with a host";
    QTest::addRow("a header without a colon") << "http://127.0.0.1:1/"
                                              << "Accept"
                                              << "'Accept' is not a 'Name: value' header";
}

void TestLoadTargetDialog::refusesATargetWithASentence()
{
    QFETCH(QString, url);
    QFETCH(QString, headers);
    QFETCH(QString, sentence);
    pc::app::LoadTargetDialog dialog{pc::LoadPlan{}};
    dialog.findChild<QLineEdit *>("targetUrl")->setText(url);
    dialog.findChild<QPlainTextEdit *>("targetHeaders")->setPlainText(headers);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());  // refused: the dialog stays, and says why
    const QString shown = dialog.findChild<QLabel *>("targetProblem")->text();
    QVERIFY2(shown.contains(sentence), qPrintable(shown));
}

void TestLoadTargetDialog::readsTheTargetAsEntered()
{
    pc::app::LoadTargetDialog dialog{pc::LoadPlan{}};
    dialog.findChild<QLineEdit *>("targetUrl")->setText("http://127.0.0.1:8080/api?x=1");
    dialog.findChild<QPlainTextEdit *>("targetHeaders")
        ->setPlainText("Content-Type: application/json\nX-Id: 7");
    dialog.findChild<QPlainTextEdit *>("targetBody")->setPlainText("{}");
    QVERIFY(dialog.problem().isEmpty());
    const pc::LoadPlan target = dialog.target();
    QCOMPARE(target.url, QUrl("http://127.0.0.1:8080/api?x=1"));
    QCOMPARE(target.headers.size(), 2);
    QCOMPARE(target.headers.at(1), qMakePair(QByteArray("X-Id"), QByteArray("7")));
    QCOMPARE(target.body, QByteArray("{}"));
}

void TestLoadTargetDialog::sendsTheBoxsRequestsToTheTargetOnly()
{
    pc::ServiceHost demo;
    QVERIFY(demo.start(QHostAddress::LocalHost, 0, 0, 1));
    pc::ServiceHost other;
    QVERIFY(other.start(QHostAddress::LocalHost, 0, 0, 1));
    pc::LoadGenerator load;
    load.setTarget(demo.serviceUrl());
    pc::app::LoadBox box(&load);
    box.show();
    chooseTarget(box, other.serviceUrl());
    QVERIFY(box.findChild<QLabel *>("target")->text().contains(other.serviceUrl().toString()));
    QSignalSpy runs(&load, &pc::LoadGenerator::runFinished);
    box.findChild<QPushButton *>("sendBurst")->click();
    QVERIFY(runs.wait(10000));
    QCOMPARE(other.metrics().requests().responses(), 100u);
    QCOMPARE(demo.metrics().requests().responses(), 0u);
}

void TestLoadTargetDialog::saysWhenARateWasNotKept()
{
    // Every connection refused: nothing is answered, so the rate asked is not achieved.
    pc::LoadGenerator load;
    pc::app::LoadBox box(&load);
    box.show();
    chooseTarget(box, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(pc::test::freePort())));
    spinNamed(&box, "Rate")->setValue(50);
    spinNamed(&box, "Duration")->setValue(1);
    QSignalSpy runs(&load, &pc::LoadGenerator::runFinished);
    box.findChild<QPushButton *>("startRate")->click();
    QVERIFY(runs.wait(10000));
    const QString progress = box.findChild<QLabel *>("progress")->text();
    QVERIFY2(
        progress.startsWith("Could not keep up: 0") && progress.endsWith("of the asked 50.0 req/s"),
        qPrintable(progress));
}

QTEST_MAIN(TestLoadTargetDialog)
#include "tst_loadtargetdialog.moc"
