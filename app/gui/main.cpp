#include "mainwindow.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sysfence"));
    QApplication::setOrganizationName(QStringLiteral("Sysfence"));
    QApplication::setApplicationVersion(QStringLiteral(SYSFENCE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sysfence.Sysfence"));
    // PNGs, not the SVG: Qt on Debian 12 has no SVG image plugin unless qt6-svg is installed.
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/%1/io.github.sysfence.Sysfence.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    // --lang must be known before any text is shown, --help included.
    QString language;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size()) {
        language = args.at(langAt + 1);
    }
    Sysfence::Translations::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop editor for Linux seccomp profiles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window at 1400×900 into PNG and exit."), QStringLiteral("PNG"));
    parser.addOption(screenshot);
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select a syscall at start (for screenshots)."),
                                    QStringLiteral("SYSCALL"));
    parser.addOption(select);
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        QApplication::translate("main", "Start on a built-in profile: docker-default, strict, audit or empty."),
        QStringLiteral("NAME"), QStringLiteral("docker-default"));
    parser.addOption(templateOption);
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language: en or zh_CN."),
                                        QStringLiteral("LANG")));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QApplication::translate("main", "Profile to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    Sysfence::MainWindow window;
    if (parser.positionalArguments().isEmpty()) {
        window.newFromTemplate(parser.value(templateOption));
    } else {
        // A screenshot run must not stop to ask which YAML document to open.
        window.openFile(parser.positionalArguments().constFirst(), !parser.isSet(screenshot));
    }
    if (parser.isSet(select)) {
        window.selectSyscall(parser.value(select));
    }
    if (parser.isSet(screenshot)) {
        return window.saveScreenshot(parser.value(screenshot)) ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
