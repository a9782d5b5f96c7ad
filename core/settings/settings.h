#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace pc {

/// What the app runs with, from the command line. A plain value.
struct Settings
{
    QHostAddress bindAddress{QHostAddress::LocalHost};
    quint16 servicePort = 5000;
    quint16 metricsPort = 8000;
    int serviceThreads = 0;  // 0: one per core
    bool headless = false;
};

/// What parseCommandLine() decided.
struct CommandLineResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Fail };
    Action action = Action::Run;
    Settings settings;
    QString output;        // help or version text, or the error sentence for Fail
    QStringList warnings;  // to print on stderr before running
};

/// Parses the program's arguments (`arguments[0]` is the program). Every option lives here.
/// Never exits the process: --help and --version come back as actions, errors as a sentence
/// that names the option and the value.
CommandLineResult parseCommandLine(const QStringList &arguments);

}  // namespace pc
