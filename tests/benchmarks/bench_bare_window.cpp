// The baseline for the start-up benchmark: a Qt Widgets window with nothing
// in it, rendered into a PNG the way `sysfence --screenshot` renders (same
// size, same PNG compression).
#include <QApplication>
#include <QMainWindow>
#include <QPixmap>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3 || qstrcmp(argv[1], "--screenshot") != 0) {
        return 2;
    }
    QMainWindow window;
    window.resize(1400, 900);
    window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.show();
    QApplication::processEvents();
    QApplication::processEvents();
    return window.grab().save(QString::fromLocal8Bit(argv[2]), "PNG", 80) ? 0 : 1;
}
