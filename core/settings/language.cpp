#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pc {

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

LanguageChoice chooseLanguage(const QStringList &arguments, const QLocale &system)
{
    LanguageChoice choice;
    QString asked;
    bool given = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--lang" && i + 1 < arguments.size()) {
            asked = arguments[i + 1];
            given = true;
        } else if (argument.startsWith(u"--lang=")) {
            asked = argument.mid(7);
            given = true;
        }
    }
    const QString systemLanguage = system.name().section(u'_', 0, 0);
    if (given && !shippedLanguages().contains(asked)) {
        choice.error = QCoreApplication::translate("pc::Language", "--lang: '%1' is not one of %2.")
                           .arg(asked, shippedLanguages().join(QStringLiteral(", ")));
        asked.clear();
    }
    if (asked.isEmpty())
        asked = shippedLanguages().contains(systemLanguage) ? systemLanguage : QStringLiteral("en");
    choice.language = asked;
    // The system's region when it speaks the language (fr_CA stays Canadian), else the
    // language's main one.
    choice.locale = systemLanguage == asked ? system : QLocale(asked);
    return choice;
}

bool installTranslations(const LanguageChoice &choice, QString *error)
{
    QLocale::setDefault(choice.locale);
    if (choice.language == u"en")
        return true;
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/prom-companion_%1.qm").arg(choice.language))) {
        delete app;
        if (error) {
            *error = QStringLiteral("The %1 translation is missing from this build.")
                         .arg(choice.language);
        }
        return false;
    }
    QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(choice.language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace pc
