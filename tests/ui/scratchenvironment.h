#pragma once

#include <QProcessEnvironment>
#include <QTemporaryDir>

// The environment for a real sysfence process started by a test: offscreen,
// with its home, settings, recovery files and runtime directory inside the
// test's scratch directory, so it neither reads nor leaves anything of the
// user's.
inline QProcessEnvironment scratchEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    return env;
}
