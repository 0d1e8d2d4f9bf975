#include "mainwindow.h"

#include "i18n/translations.h"

#include "document.h"
#include "fontwarmup.h"
#include "tiledpaintstyle.h"

#include "format/heapreserve.h"
#include "startup/startuptrace.h"

#include "edit/profileeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The phases for tests/benchmarks/startup-phases.py; the bare window it
    // compares with marks main, application, laidOut, painted and written too.
    Sysfence::StartupTrace::mark("main");
    Sysfence::HeapReserve::reserve(64 * 1024 * 1024);
    QApplication app(argc, argv);
    Sysfence::StartupTrace::mark("application");
    QApplication::setApplicationName(QStringLiteral("Sysfence"));
    QApplication::setOrganizationName(QStringLiteral("Sysfence"));
    QApplication::setApplicationVersion(QStringLiteral(SYSFENCE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sysfence.Sysfence"));
    Sysfence::TiledPaintStyle::install();

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
    const QCommandLineOption restoreOption(
        QStringLiteral("restore-recovery"),
        QApplication::translate("main", "Unsaved changes left by a crash: ask, yes (restore) or no (discard)."),
        QStringLiteral("ANSWER"), QStringLiteral("ask"));
    parser.addOption(restoreOption);
    // For the crash-recovery test: one edit made the way the table makes it,
    // once the event loop runs, and a way to read the state back. Hidden from --help.
    QCommandLineOption applyAction(QStringLiteral("apply-action"), QStringLiteral("SYSCALL=ACTION"),
                                   QStringLiteral("EDIT"));
    applyAction.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(applyAction);
    QCommandLineOption printState(QStringLiteral("print-state"), QStringLiteral("Print the document state as JSON and exit."));
    printState.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(printState);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QApplication::translate("main", "Profile to open."), QStringLiteral("[FILE]"));
    parser.process(app); // exits for --help and --version: start no thread before
    const Sysfence::FontWarmUp fonts;
    Sysfence::StartupTrace::mark("options");

    Sysfence::MainWindow window;
    if (parser.positionalArguments().isEmpty()) {
        window.newFromTemplate(parser.value(templateOption));
    } else {
        // A screenshot run must not stop to ask which YAML document to open.
        window.openFile(parser.positionalArguments().constFirst(), !parser.isSet(screenshot));
    }
    Sysfence::StartupTrace::mark("profile");
    const QString answer = parser.value(restoreOption);
    window.offerRecovery(answer == QLatin1String("yes")  ? Sysfence::MainWindow::RecoveryAnswer::Restore
                         : answer == QLatin1String("no") ? Sysfence::MainWindow::RecoveryAnswer::Discard
                                                         : Sysfence::MainWindow::RecoveryAnswer::Ask);
    if (parser.isSet(printState)) {
        const Sysfence::Document *document = window.document();
        QJsonObject state;
        state.insert(QStringLiteral("title"), window.windowTitle());
        state.insert(QStringLiteral("filePath"), document->filePath());
        state.insert(QStringLiteral("modified"), document->isModified());
        state.insert(QStringLiteral("undoText"), document->undoStack()->undoText());
        state.insert(QStringLiteral("text"), QString::fromUtf8(document->text()));
        const QByteArray json = QJsonDocument(state).toJson(QJsonDocument::Compact);
        std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    if (parser.isSet(applyAction)) {
        const QString edit = parser.value(applyAction);
        QTimer::singleShot(0, &window, [&window, edit] {
            const std::optional<Sysfence::Action> action = Sysfence::Actions::fromName(edit.section(QLatin1Char('='), 1));
            if (action) {
                Sysfence::Document *document = window.document();
                document->apply(Sysfence::ProfileEditor::setSyscallAction(document->profile(),
                                                                          edit.section(QLatin1Char('='), 0, 0), *action));
            }
        });
    }
    if (parser.isSet(select)) {
        window.selectSyscall(parser.value(select));
    }
    if (parser.isSet(screenshot)) {
        return window.saveScreenshot(parser.value(screenshot)) ? 0 : 1;
    }
    window.show();
    // The icon once the window is up: QIcon decodes all six PNGs when they
    // are added (12 ms, 7 % of start-up), and the window needs none of them
    // to draw its first frame. A --screenshot run never gets here.
    QTimer::singleShot(0, &app, [] {
        // PNGs, not the SVG: Qt on Debian 12 has no SVG image plugin unless qt6-svg is installed.
        QIcon icon;
        for (const int size : {16, 32, 48, 64, 128, 256}) {
            icon.addFile(QStringLiteral(":/icons/%1/io.github.sysfence.Sysfence.png").arg(size), QSize(size, size));
        }
        QApplication::setWindowIcon(icon);
    });
    return QApplication::exec();
}
