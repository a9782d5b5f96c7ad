#pragma once

// Helpers of the window tests (tst_mainwindow, tst_accessibility, tst_frenchwindow), which
// link the widgets. Header-only.

#include "companion.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>

#include <memory>

namespace pc::test {

using pc::app::Companion;
using pc::app::MainWindow;

/// The whole app on free ports, asking the Prometheus at `prometheus` and never starting one.
/// Check start() before use: it is not called here.
inline std::unique_ptr<Companion> companionAsking(const QUrl &prometheus, int serviceThreads = 1)
{
    pc::Settings settings;
    settings.servicePort = 0;
    settings.metricsPort = 0;
    settings.serviceThreads = serviceThreads;
    settings.prometheus.baseUrl = prometheus;
    settings.managedPrometheus = false;
    return std::make_unique<Companion>(settings);
}

/// The first Alt+letter that reaches two controls on screen (buttons, labels' buddies, tabs,
/// menus) in either view, as "Alt+x: "a" and "b"", or an empty string. Leaves the window on
/// the chart view.
inline QString mnemonicClash(MainWindow *window)
{
    QString clash;
    for (const auto view : {MainWindow::View::Dashboard, MainWindow::View::Chart}) {
        window->setView(view);
        QHash<QChar, QString> seen;
        const auto check = [&](const QString &text) {
            const qsizetype amp = text.indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size() || !clash.isEmpty())
                return;
            const QChar key = text.at(amp + 1).toLower();
            if (seen.contains(key))
                clash = QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(key, seen.value(key), text);
            seen.insert(key, text);
        };
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(window))
                check(button->text());
        }
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(window))
                check(label->text());
        }
        auto *views = window->findChild<QTabWidget *>(QStringLiteral("views"));
        for (int i = 0; i < views->count(); ++i)
            check(views->tabText(i));
        for (QAction *menu : window->menuBar()->actions())
            check(menu->text());
    }
    return clash;
}

}  // namespace pc::test
