#include "load/loadgenerator.h"
#include "load/runhistory.h"
#include "loadbox.h"
#include "runhistorybox.h"
#include "service/servicehost.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using pc::LoadPlan;

// The load box's latencies during a run, and the run list after two runs, compared and
// exported. Set PC_SCREENSHOT_DIR to keep a picture of each.
class TestRunHistoryBox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsLatencyWhileARunGoes();
    void listsComparesAndExportsRuns();
    void saysWhenTheHistoryFileIsNoHistory();

private:
    void runBurst(int count);
    static void keepPicture(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<pc::ServiceHost> m_host;
    std::unique_ptr<pc::LoadGenerator> m_load;
    std::unique_ptr<pc::RunHistory> m_history;
};

void TestRunHistoryBox::init()
{
    m_host = std::make_unique<pc::ServiceHost>();
    QVERIFY(m_host->start(QHostAddress::LocalHost, 0, 0, 1));
    m_load = std::make_unique<pc::LoadGenerator>();
    m_load->setTarget(m_host->serviceUrl());
    QFile::remove(m_dir.filePath("runs.json"));
    m_history = std::make_unique<pc::RunHistory>(m_dir.filePath("runs.json"));
    QVERIFY(m_history->load());
}

void TestRunHistoryBox::cleanup()
{
    m_load.reset();
    m_host.reset();
}

void TestRunHistoryBox::keepPicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + '/' + name + ".png");
}

void TestRunHistoryBox::runBurst(int count)
{
    QSignalSpy runs(m_load.get(), &pc::LoadGenerator::runFinished);
    LoadPlan plan;
    plan.mode = LoadPlan::Mode::Burst;
    plan.count = count;
    plan.mix = {50, 50, 0};
    QVERIFY(m_load->start(plan).isEmpty());
    QVERIFY(runs.wait(20000));
}

void TestRunHistoryBox::showsLatencyWhileARunGoes()
{
    pc::app::LoadBox box(m_load.get());
    box.show();
    auto *p99 = box.findChild<QLabel *>("latency_p99_corrected");
    auto *measured = box.findChild<QLabel *>("latency_p99_measured");
    QVERIFY(p99 && measured);
    QCOMPARE(p99->text(), QString("–"));
    auto *rate = box.findChild<QPushButton *>("startRate");
    QVERIFY(rate);
    rate->click();
    // Mid-run: the generator publishes ten times a second, with the run's percentiles so far.
    QTRY_VERIFY_WITH_TIMEOUT(p99->text().endsWith("s") && p99->text() != "–", 5000);
    QVERIFY(measured->text().endsWith("s"));
    keepPicture(&box, "load-box-during-a-run");
    box.findChild<QPushButton *>("stop")->click();
}

void TestRunHistoryBox::listsComparesAndExportsRuns()
{
    pc::app::RunHistoryBox box(m_load.get(), m_history.get());
    box.resize(520, 300);
    box.show();
    runBurst(200);
    runBurst(400);
    auto *list = box.findChild<QTreeWidget *>("runs");
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(1), QString("burst of 400"));  // newest first
    QCOMPARE(m_history->runs().size(), 2);

    QVERIFY(!box.compareSelected());
    list->selectAll();
    QVERIFY(box.findChild<QPushButton *>("compareRuns")->isEnabled());
    keepPicture(&box, "run-list");
    std::unique_ptr<QWidget> dialog(box.compareSelected());
    QVERIFY(dialog);
    dialog->show();
    auto *table = dialog->findChild<QTableWidget *>("comparison");
    QVERIFY(table);
    QCOMPARE(table->item(1, 0)->text(), QString("burst of 200"));
    QCOMPARE(table->item(1, 1)->text(), QString("burst of 400"));
    QCOMPARE(table->item(4, 2)->text(), QString("+100.0%"));  // sent: 200, then 400
    keepPicture(dialog.get(), "two-runs-compared");

    QVERIFY(box.exportTo(m_dir.filePath("runs.csv")).isEmpty());
    QFile csv(m_dir.filePath("runs.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 3);
    QVERIFY(box.exportTo(m_dir.filePath("runs.json")).isEmpty());
    QFile json(m_dir.filePath("runs.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).toObject().value("sent").toInt(), 400);
}

void TestRunHistoryBox::saysWhenTheHistoryFileIsNoHistory()
{
    QFile file(m_dir.filePath("runs.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    QVERIFY(!m_history->load());
    pc::app::RunHistoryBox box(m_load.get(), m_history.get());
    auto *problem = box.findChild<QLabel *>("historyProblem");
    QVERIFY(problem->text().contains("cannot be read"));
    runBurst(10);
    QTRY_COMPARE(box.findChild<QTreeWidget *>("runs")->topLevelItemCount(), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not json"));
}

QTEST_MAIN(TestRunHistoryBox)
#include "tst_runhistorybox.moc"
