#include "format/displayformat.h"
#include "settings/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped translations are complete and current, and the language is chosen as the issue
// says: --lang first, then the system locale, then English.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedTranslationIsFinishedAndCurrent_data();
    void everyShippedTranslationIsFinishedAndCurrent();
    void choosesTheLanguage_data();
    void choosesTheLanguage();
    void formatsNumbersTheChosenWayWithSiUnits();
};

void TestTranslations::everyShippedTranslationIsFinishedAndCurrent_data()
{
    QTest::addColumn<QString>("ts");
    const QDir dir(PC_SOURCE_DIR "/resources/translations");
    const QStringList files = dir.entryList({"*.ts"});
    QVERIFY(files.contains("prom-companion_fr.ts"));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyShippedTranslationIsFinishedAndCurrent()
{
    QFETCH(QString, ts);
    // lupdate over today's sources, on a copy: a string added since is "unfinished", one
    // removed since is "vanished".
    QTemporaryDir work;
    const QString copy = work.filePath("check.ts");
    QVERIFY(QFile::copy(ts, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(PC_SOURCE_DIR);
    lupdate.start(PC_LUPDATE, {"app", "core", "-locations", "none", "-no-ui-lines", "-ts", copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value("type").toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished")
                problems.append(QString("unfinished in %1: %2").arg(context, source));
            else if (type == u"vanished" || type == u"obsolete")
                problems.append(QString("%1 in %2: %3").arg(type, context, source));
            else if (text.isEmpty())
                problems.append(QString("empty in %1: %2").arg(context, source));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QString("%1 of %2 messages (run the update_translations target, then "
                                "translate):\n%3")
                            .arg(problems.size())
                            .arg(messages)
                            .arg(problems.join('\n'))));
}

void TestTranslations::choosesTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");

    QTest::addRow("French system") << QStringList{} << "fr_FR"
                                   << "fr"
                                   << "fr_FR";
    QTest::addRow("Canadian French keeps its region") << QStringList{} << "fr_CA"
                                                      << "fr"
                                                      << "fr_CA";
    QTest::addRow("--lang en overrides a French system") << QStringList{"--lang", "en"} << "fr_FR"
                                                         << "en"
                                                         << "en_US";
    QTest::addRow("--lang=fr on an English system") << QStringList{"--lang=fr"} << "en_GB"
                                                    << "fr"
                                                    << "fr_FR";
    QTest::addRow("German system falls back to English") << QStringList{} << "de_DE"
                                                         << "en"
                                                         << "en_US";
    QTest::addRow("British English keeps its region") << QStringList{} << "en_GB"
                                                      << "en"
                                                      << "en_GB";
}

void TestTranslations::choosesTheLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QFETCH(QString, locale);
    arguments.prepend("prom-companion");
    const pc::LanguageChoice choice = pc::chooseLanguage(arguments, QLocale(system));
    QVERIFY2(choice.error.isEmpty(), qPrintable(choice.error));
    QCOMPARE(choice.language, language);
    QCOMPARE(choice.locale.name(), locale);

    const pc::LanguageChoice wrong =
        pc::chooseLanguage({"prom-companion", "--lang", "klingon"}, QLocale(system));
    QVERIFY2(wrong.error.contains("--lang: 'klingon'"), qPrintable(wrong.error));
}

void TestTranslations::formatsNumbersTheChosenWayWithSiUnits()
{
    using Unit = pc::DisplayFormat::Unit;
    const QLocale french(QLocale::French, QLocale::France);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QChar group = french.groupSeparator().at(0);  // a narrow no-break space
    QCOMPARE(pc::DisplayFormat::value(1234.5, Unit::Percent, french),
             QString("1") + group + QString("234,5%"));
    QCOMPARE(pc::DisplayFormat::value(1234.5, Unit::Percent, english), QString("1,234.5%"));
    QCOMPARE(pc::DisplayFormat::value(1234567, Unit::Count, french),
             QString("1") + group + QString("234") + group + QString("567"));
    // Units keep their SI symbols in any language.
    QVERIFY(pc::DisplayFormat::value(0.25, Unit::Seconds, french).endsWith(" ms"));
    QVERIFY(pc::DisplayFormat::value(1.5, Unit::RequestsPerSecond, french).startsWith("1,5"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
