#include "testcorpus.h"

#include "document.h"
#include "jsonpreview.h"
#include "mainwindow.h"
#include "risktreemodel.h"
#include "syscalltablemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Sysfence;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The visible table row of a syscall, after filtering by its name.
QModelIndex findRow(MainWindow &window, const QString &name, int column)
{
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    filter->clear();
    QTest::keyClicks(filter, name);
    auto *table = window.findChild<QTableView *>(QStringLiteral("syscallTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data(SyscallTableModel::NameRole).toString() == name) {
            return index;
        }
    }
    return {};
}

QString treeState(MainWindow &window, const QString &name)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("riskTree"));
    auto *model = static_cast<RiskTreeModel *>(tree->model());
    const QModelIndex index = model->indexOfSyscall(name);
    return index.siblingAtColumn(RiskTreeModel::State).data().toString();
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnDockerDefault();
    void editThroughTableUndoAndSave();
    void diagnosticsAreListedAndClickable();
    void brokenFileIsShownNotLost();
    void screenshotIsWritten();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SysfenceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
}

void TestMainWindow::startsOnDockerDefault()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    QVERIFY(preview->toPlainText().startsWith(QStringLiteral("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\"")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Docker default")));
    QCOMPARE(treeState(window, QStringLiteral("read")), QStringLiteral("SCMP_ACT_ALLOW"));
    QCOMPARE(treeState(window, QStringLiteral("kexec_load")), QStringLiteral("SCMP_ACT_ERRNO"));
}

void TestMainWindow::editThroughTableUndoAndSave()
{
    SKIP_WITHOUT_CORPUS();
    QTemporaryDir dir;
    const QString original = TestCorpus::path(QStringLiteral("docker-default-2026.json"));
    const QString copy = dir.filePath(QStringLiteral("profile.json"));
    QVERIFY(QFile::copy(original, copy));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(copy));
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    QCOMPARE(preview->toPlainText().toUtf8(), readAll(original));
    QCOMPARE(treeState(window, QStringLiteral("ptrace")), QStringLiteral("SCMP_ACT_ALLOW"));

    // Set ptrace to ERRNO through the table's combo box.
    auto *table = window.findChild<QTableView *>(QStringLiteral("syscallTable"));
    const QModelIndex cell = findRow(window, QStringLiteral("ptrace"), SyscallTableModel::Action);
    QVERIFY(cell.isValid());
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *combo = table->findChild<QComboBox *>(QStringLiteral("actionEditor"));
    QVERIFY(combo);
    combo->setCurrentText(QStringLiteral("SCMP_ACT_KILL_PROCESS"));
    emit combo->activated(combo->currentIndex());

    // The preview and the tree follow.
    QVERIFY(preview->toPlainText().contains(QStringLiteral("\"action\": \"SCMP_ACT_KILL_PROCESS\"")));
    QCOMPARE(treeState(window, QStringLiteral("ptrace")), QStringLiteral("SCMP_ACT_KILL_PROCESS"));
    QVERIFY(window.isWindowModified());
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Set ptrace to SCMP_ACT_KILL_PROCESS"));

    // Undo, then save: the bytes are the original's.
    undo->trigger();
    QCOMPARE(treeState(window, QStringLiteral("ptrace")), QStringLiteral("SCMP_ACT_ALLOW"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(preview->toPlainText().toUtf8(), readAll(original));
    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QCOMPARE(readAll(copy), readAll(original));
}

void TestMainWindow::diagnosticsAreListedAndClickable()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(TestCorpus::dataPath(QStringLiteral("invalid/bad-min-kernel.json"))));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    // The file has "names": ["bpf"] on one line; the preview (what Save
    // writes) spreads it over three, and diagnostics point into the preview.
    QCOMPARE(item->text(1), QStringLiteral("10:18"));
    QCOMPARE(item->text(3), QStringLiteral("bad-min-kernel"));

    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    QCOMPARE(preview->textCursor().blockNumber(), 9);
    QVERIFY(preview->textCursor().selectedText().contains(QStringLiteral("minKernel")));
}

void TestMainWindow::brokenFileIsShownNotLost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"syscalls\": [\n");
    f.close();
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(!window.document()->isEditable());
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    QCOMPARE(preview->toPlainText().toUtf8(), readAll(path));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("json-syntax"));
}

void TestMainWindow::screenshotIsWritten()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    QVERIFY(window.saveScreenshot(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1400, 900));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
