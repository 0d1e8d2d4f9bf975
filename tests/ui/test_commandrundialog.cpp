// The "Try It" and "Record from Command" dialogs run real commands under
// real filters; what they change in the profile goes through the undo stack.
#include "commandrundialog.h"
#include "document.h"

#include "seccomp/syscallresolver.h"
#include "trace/recordedprofile.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>

using namespace Sysfence;

namespace {
QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &name)
{
    const QList<QTreeWidgetItem *> items = tree->findItems(name, Qt::MatchExactly, 0);
    return items.isEmpty() ? nullptr : items.constFirst();
}

// For looking at the dialog: SYSFENCE_SCREENSHOT_DIR=/tmp saves a PNG.
void screenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("SYSFENCE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
    }
}

bool runAndWait(CommandRunDialog &dialog, const QString &command)
{
    QSignalSpy finished(&dialog, &CommandRunDialog::finished);
    dialog.setCommand(command);
    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("runButton"));
    if (!run || !run->isEnabled()) {
        return false;
    }
    QTest::mouseClick(run, Qt::LeftButton);
    return finished.wait(60000);
}
} // namespace

class TestCommandRunDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tryShowsOutputAndAllowsDenied();
    void recordMergesAsOneUndoStep();
    void stopEndsALongCommand();
};

void TestCommandRunDialog::initTestCase()
{
    if (const QString why = CommandTracer::unsupportedReason(); !why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestCommandRunDialog::tryShowsOutputAndAllowsDenied()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    Target target = document.target();
    target.architecture = SyscallResolver::nativeArchitecture();
    document.setTarget(target);
    CommandRunDialog dialog(CommandRunDialog::Mode::Try, &document);
    dialog.show();
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(!apply->isEnabled()); // nothing to allow before a run

    QVERIFY(runAndWait(dialog, QStringLiteral("/bin/sh -c 'echo hello from the command; unshare -U true'")));
    auto *output = dialog.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("commandStatus"));
    QVERIFY2(output->toPlainText().contains(QStringLiteral("hello from the command")), qPrintable(status->text()));
    QVERIFY(output->toPlainText().contains(QStringLiteral("Operation not permitted"))); // unshare's own message
    auto *calls = dialog.findChild<QTreeWidget *>(QStringLiteral("commandCalls"));
    QTreeWidgetItem *unshare = findItem(calls, QStringLiteral("unshare"));
    QVERIFY(unshare);
    QCOMPARE(unshare->text(1), QStringLiteral("SCMP_ACT_ERRNO(1)"));
    QVERIFY(!findItem(calls, QStringLiteral("write"))); // allowed calls are not listed
    QVERIFY2(status->text().contains(QStringLiteral("Exit status 1")), qPrintable(status->text()));
    screenshot(&dialog, QStringLiteral("try-it.png"));

    // One click allows it, as an undoable edit of the document.
    const int steps = document.undoStack()->count();
    unshare->setSelected(true);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.verdicts().value(QStringLiteral("unshare")).action, QStringLiteral("SCMP_ACT_ALLOW"));

    // Run again: the filter lets unshare through now (the kernel may still
    // refuse a user namespace, e.g. inside a chroot; that is not ours to list).
    QVERIFY(runAndWait(dialog, QStringLiteral("/bin/sh -c 'unshare -U true; echo ran again'")));
    QVERIFY(output->toPlainText().contains(QStringLiteral("ran again")));
    QVERIFY(!findItem(calls, QStringLiteral("unshare")));
    document.undoStack()->undo();
    QCOMPARE(document.verdicts().value(QStringLiteral("unshare")).action, QStringLiteral("SCMP_ACT_ERRNO(1)"));

    // A command that fails at once still shows what it said.
    QVERIFY(runAndWait(dialog, QStringLiteral("/bin/sh -c \"'echo\"")));
    QVERIFY2(output->toPlainText().contains(QStringLiteral("Unterminated")), qPrintable(output->toPlainText()));
    QVERIFY(status->text().contains(QStringLiteral("Exit status 2")));
}

void TestCommandRunDialog::recordMergesAsOneUndoStep()
{
    Document document;
    document.loadTemplate(QStringLiteral("empty"));
    const Profile before = document.profile();
    CommandRunDialog dialog(CommandRunDialog::Mode::Record, &document);
    dialog.show();
    QVERIFY(runAndWait(dialog, QStringLiteral("/bin/sh -c 'ls / > /dev/null'")));
    auto *calls = dialog.findChild<QTreeWidget *>(QStringLiteral("commandCalls"));
    QVERIFY(findItem(calls, QStringLiteral("getdents64")));
    QVERIFY(findItem(calls, QStringLiteral("execve")));
    screenshot(&dialog, QStringLiteral("record.png"));

    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
    QVERIFY(merge->isEnabled());
    const int steps = document.undoStack()->count();
    QTest::mouseClick(merge, Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    for (const QString &name : RecordedProfile::syscallNames(dialog.lastReport())) {
        QCOMPARE(document.verdicts().value(name).action, QStringLiteral("SCMP_ACT_ALLOW"));
    }
    document.undoStack()->undo();
    QCOMPARE(document.profile(), before);
}

void TestCommandRunDialog::stopEndsALongCommand()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    CommandRunDialog dialog(CommandRunDialog::Mode::Record, &document);
    QSignalSpy finished(&dialog, &CommandRunDialog::finished);
    dialog.setCommand(QStringLiteral("/bin/sh -c 'sleep 600 & sleep 600; wait'"));
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTest::qWait(300);
    auto *stop = dialog.findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait(10000)); // both sleeps and the shell are gone
    QVERIFY(!dialog.isRunning());
    QCOMPARE(dialog.lastReport().signal, SIGKILL);
}

QTEST_MAIN(TestCommandRunDialog)
#include "test_commandrundialog.moc"
