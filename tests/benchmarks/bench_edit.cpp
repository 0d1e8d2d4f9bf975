// One edit to a big profile, as the user makes it: the document applies it
// and the table, tree, preview and diagnostics of a shown main window follow,
// painted. bench_edit RULES [ITERATIONS]
//
// Edits alternate between the selected syscall (ptrace: its rule moves, the
// preview scrolls to it, its explanation changes, as after a click in the
// table) and another one (mount); both kinds are reported apart too.
// BENCH_COLLECT=selected or =other counts only that kind under callgrind.
#include "benchstats.h"
#include "profilegenerator.h"

#include "document.h"
#include "jsonpreview.h"
#include "mainwindow.h"
#include "tiledpaintstyle.h"

#include "edit/profileeditor.h"
#include "format/heapreserve.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

// Under `valgrind --tool=callgrind --instr-atstart=no` only the edits are
// counted: instructions per edit do not drift with the machine as times do.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define CALLGRIND_TOGGLE_COLLECT
#endif

using namespace Sysfence;

int main(int argc, char *argv[])
{
    Sysfence::HeapReserve::reserve(64 * 1024 * 1024); // as sysfence's main() does
    QApplication app(argc, argv);
    Sysfence::TiledPaintStyle::install(); // as sysfence's main() does
    QCoreApplication::setOrganizationName(QStringLiteral("SysfenceBench"));
    const QStringList args = QCoreApplication::arguments();
    const int rules = args.value(1, QStringLiteral("5000")).toInt();
    const int iterations = args.value(2, QStringLiteral("200")).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile f(path);
    const QByteArray text = Bench::generateText(rules);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        return 1;
    }
    f.close();

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer open;
    open.start();
    if (!window.openFile(path)) {
        return 1;
    }
    QApplication::processEvents();
    std::printf("open %d rules (%.1f MiB): %.1f ms\n", rules, double(text.size()) / (1 << 20),
                double(open.nsecsElapsed()) / 1e6);
    // BENCH_LINE_CACHE=off: the preview lays out and draws every line it
    // paints (no PreviewLineCache); =cold: the cache is emptied before each
    // edit, as if no line in view had been shown before.
    const QByteArray lineCache = qgetenv("BENCH_LINE_CACHE");
    auto *preview = window.findChild<JsonPreview *>();
    if (lineCache == "off") {
        preview->setLineCacheEnabled(false);
    }
    window.selectSyscall(QStringLiteral("ptrace"));
    QApplication::processEvents();

    Document *document = window.document();
    QList<double> whole;
    QList<double> documentOnly;
    QList<double> byKind[2]; // [0]: another syscall, [1]: the selected one
    const Action actions[] = {Action::KillProcess, Action::Allow};
    const QByteArray collect = qgetenv("BENCH_COLLECT");
    const int collectKind = collect == "selected" ? 1 : collect == "other" ? 0 : -1;
    CALLGRIND_START_INSTRUMENTATION;
    for (int i = 0; i < iterations; ++i) {
        // Alternate two syscalls so no two consecutive edits merge.
        const int kind = i % 2;
        const QString name = kind ? QStringLiteral("ptrace") : QStringLiteral("mount");
        const bool toggle = collectKind >= 0 && kind != collectKind;
        if (toggle) {
            CALLGRIND_TOGGLE_COLLECT;
        }
        if (lineCache == "cold") {
            preview->clearLineCache();
        }
        // From the user's click: building the edit is part of it.
        QElapsedTimer t;
        t.start();
        document->apply(ProfileEditor::setSyscallAction(document->profile(), name, actions[(i / 2) % 2]));
        const qint64 applied = t.nsecsElapsed();
        QApplication::processEvents(); // layout and paint
        whole.append(double(t.nsecsElapsed()) / 1e6);
        byKind[kind].append(whole.constLast());
        documentOnly.append(double(applied) / 1e6);
        if (toggle) {
            CALLGRIND_TOGGLE_COLLECT;
        }
    }
    CALLGRIND_STOP_INSTRUMENTATION;
    const QByteArray label = QByteArray::number(rules);
    Bench::report(("edit, " + label + " rules, all views painted").constData(), whole);
    Bench::report(("edit, " + label + " rules, until views updated (no paint)").constData(), documentOnly);
    Bench::report(("edit of the selected syscall, " + label + " rules, painted").constData(), byKind[1]);
    Bench::report(("edit of another syscall, " + label + " rules, painted").constData(), byKind[0]);
    return 0;
}
