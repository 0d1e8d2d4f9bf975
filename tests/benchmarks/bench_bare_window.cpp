// The baseline for the start-up benchmark: a Qt Widgets window with nothing
// in it, rendered into a PNG the way `sysfence --screenshot` renders (same
// size, same PNG compression). It marks the phases it shares with the editor
// (StartupTrace, for startup-phases.py).
#include "startup/startuptrace.h"

#include <QApplication>
#include <QMainWindow>
#include <QPixmap>

using Sysfence::StartupTrace;

int main(int argc, char *argv[])
{
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("application");
    if (argc != 3 || qstrcmp(argv[1], "--screenshot") != 0) {
        return 2;
    }
    QMainWindow window;
    window.resize(1400, 900);
    window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.show();
    QApplication::processEvents();
    QApplication::processEvents();
    StartupTrace::mark("laidOut");
    const QPixmap shot = window.grab();
    StartupTrace::mark("painted");
    const bool ok = shot.save(QString::fromLocal8Bit(argv[2]), "PNG", 80);
    StartupTrace::mark("written");
    return ok ? 0 : 1;
}
