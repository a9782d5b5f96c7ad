#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pc {

/// The interface languages the app ships: English, the source language, and French, the
/// language of the tutorial it follows.
QStringList shippedLanguages();

/// Which language and locale to show, and why not when the choice is wrong. A plain value.
struct LanguageChoice
{
    QString language;  // "en" or "fr"
    QLocale locale;    // numbers, dates and times: the system's when it speaks the language
    QString error;     // set for a `--lang` the app does not ship
};

/// `--lang en|fr` (or `--lang=fr`) from the arguments when given, else the system locale's
/// language when shipped (`LANG=fr_FR.UTF-8`), else English. Read before the command line is
/// parsed, so that `--help` speaks the chosen language. Pure.
LanguageChoice chooseLanguage(const QStringList &arguments, const QLocale &system);

/// Installs the app's translation (built into the binary) and Qt's own (`qtbase_<lang>`, from
/// the system's Qt translations, so standard dialogs match), and makes `choice.locale` the
/// default locale. English needs no translation. Returns false with a sentence when the app's
/// translation is missing; Qt's own missing is not an error (its dialogs stay English). Call
/// once, on the main thread, after the QCoreApplication exists.
bool installTranslations(const LanguageChoice &choice, QString *error);

}  // namespace pc
