#include "annotation/annotationstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using pc::Annotation;
using pc::AnnotationStore;
using namespace std::chrono_literals;

namespace {

constexpr qint64 Now = 1'800'000'000'000;

Annotation marker(qint64 atMs, const QString &title,
                  Annotation::Kind kind = Annotation::Kind::AppStart)
{
    Annotation a;
    a.kind = kind;
    a.startMs = atMs;
    a.title = title;
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestAnnotationStore : public QObject
{
    Q_OBJECT

private slots:
    void survivesAReload();
    void replacesByIdAcrossReloads();
    void keepsAtMostItsCount();
    void dropsWhatEndedBeforeItsAge();
    void setsACorruptFileAsideAndKeepsTheReadableLines_data();
    void setsACorruptFileAsideAndKeepsTheReadableLines();
    void listsWhatShowsInARange();
    void readsBackEveryField();
};

void TestAnnotationStore::survivesAReload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("data/annotations.jsonl");
    {
        AnnotationStore store(path);
        store.setClock([] { return Now; });
        QCOMPARE(store.load(), QString());
        QSignalSpy changed(&store, &AnnotationStore::changed);
        store.put(marker(Now - 2000, "first"));
        store.put(marker(Now - 1000, "second"));
        QCOMPARE(changed.size(), 2);
    }
    AnnotationStore again(path);
    again.setClock([] { return Now; });
    QCOMPARE(again.load(), QString());
    QCOMPARE(again.annotations().size(), 2);
    QCOMPARE(again.annotations()[0].title, QString("first"));
    QCOMPARE(again.annotations()[1].title, QString("second"));
    QVERIFY(again.annotations()[0].id != again.annotations()[1].id);
}

void TestAnnotationStore::replacesByIdAcrossReloads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("annotations.jsonl");
    AnnotationStore store(path);
    store.setClock([] { return Now; });
    store.load();
    Annotation run = marker(Now - 5000, "running", Annotation::Kind::LoadRun);
    run.id = "run-1";
    store.put(run);
    run.endMs = Now - 1000;
    run.title = "done";
    store.put(run);
    QCOMPARE(store.annotations().size(), 1);

    AnnotationStore again(path);
    again.setClock([] { return Now; });
    again.load();
    QCOMPARE(again.annotations().size(), 1);
    QCOMPARE(again.annotations().first().title, QString("done"));
    QVERIFY(again.annotations().first().isSpan());
}

void TestAnnotationStore::keepsAtMostItsCount()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("annotations.jsonl");
    AnnotationStore store(path, {5, 24h});
    store.setClock([] { return Now; });
    store.load();
    for (int i = 0; i < 12; ++i)
        store.put(marker(Now - 60'000 + i * 1000, QString::number(i)));
    QCOMPARE(store.annotations().size(), 5);
    QCOMPARE(store.annotations().first().title, QString("7"));
    QCOMPARE(store.annotations().last().title, QString("11"));
    // The file holds the same five, not the twelve.
    AnnotationStore again(path, {5, 24h});
    again.setClock([] { return Now; });
    again.load();
    QCOMPARE(again.annotations(), store.annotations());
    QVERIFY(readAll(path).count('\n') <= 2 * 5 + 16);
}

void TestAnnotationStore::dropsWhatEndedBeforeItsAge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("annotations.jsonl");
    {
        AnnotationStore store(path, {100, 24h});
        store.setClock([] { return Now - 48 * 3'600'000LL; });
        store.load();
        store.put(marker(Now - 48 * 3'600'000LL, "two days ago"));
        Annotation span = marker(Now - 30 * 3'600'000LL, "a span into today");
        span.endMs = Now - 3'600'000;
        store.put(span);
    }
    AnnotationStore store(path, {100, 24h});
    store.setClock([] { return Now; });
    QCOMPARE(store.load(), QString());
    QCOMPARE(store.annotations().size(), 1);
    QCOMPARE(store.annotations().first().title, QString("a span into today"));
    QVERIFY(!readAll(path).contains("two days ago"));
}

void TestAnnotationStore::setsACorruptFileAsideAndKeepsTheReadableLines_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addRow("half a line, as a crash leaves it")
        << QByteArray("{\"id\":\"x\",\"kind\":\"app-");
    QTest::addRow("not JSON") << QByteArray("\x01\x02garbage");
    QTest::addRow("JSON but no annotation") << QByteArray("{\"id\":\"y\",\"kind\":\"nonsense\"}");
    QTest::addRow("ends before it starts")
        << QByteArray("{\"id\":\"z\",\"kind\":\"load-run\",\"start\":5,\"end\":1}");
}

void TestAnnotationStore::setsACorruptFileAsideAndKeepsTheReadableLines()
{
    QFETCH(QByteArray, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath("annotations.jsonl");
    {
        AnnotationStore store(path);
        store.setClock([] { return Now; });
        store.load();
        store.put(marker(Now - 2000, "kept"));
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(damage + '\n');
    }
    const QByteArray before = readAll(path);
    AnnotationStore store(path);
    store.setClock([] { return Now; });
    QSignalSpy failed(&store, &AnnotationStore::failed);
    const QString problem = store.load();
    QVERIFY2(problem.contains("set aside") && problem.contains(path), qPrintable(problem));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(store.annotations().size(), 1);
    QCOMPARE(store.annotations().first().title, QString("kept"));
    // The damaged file is where problem() says, byte for byte: nothing is lost.
    QVERIFY(!store.setAsideTo().isEmpty());
    QVERIFY(problem.contains(store.setAsideTo()));
    QCOMPARE(readAll(store.setAsideTo()), before);
    // The fresh file reads cleanly and takes new annotations.
    store.put(marker(Now, "new"));
    AnnotationStore again(path);
    again.setClock([] { return Now; });
    QCOMPARE(again.load(), QString());
    QCOMPARE(again.annotations().size(), 2);
}

void TestAnnotationStore::listsWhatShowsInARange()
{
    QTemporaryDir dir;
    AnnotationStore store(dir.filePath("a.jsonl"));
    store.setClock([] { return Now; });
    store.load();
    store.put(marker(Now - 9000, "before"));
    store.put(marker(Now - 5000, "inside"));
    Annotation span = marker(Now - 8000, "overlapping span");
    span.endMs = Now - 5500;
    store.put(span);
    store.put(marker(Now - 1000, "after"));
    QStringList titles;
    for (const Annotation &a : store.between(Now - 6000, Now - 2000))
        titles.append(a.title);
    QCOMPARE(titles, (QStringList{"overlapping span", "inside"}));
}

void TestAnnotationStore::readsBackEveryField()
{
    Annotation a;
    a.id = "abc";
    a.kind = Annotation::Kind::AlertFiring;
    a.startMs = Now;
    a.endMs = Now + 5;
    a.title = "Alert HighErrorRate firing";
    a.text = "line one\nline \"two\"";
    a.tags = {"alert", "HighErrorRate"};
    a.colour = "rgba(255, 0, 0, 0.5)";
    QString why;
    const std::optional<Annotation> back = Annotation::fromJson(a.toJson(), &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(*back, a);
}

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
