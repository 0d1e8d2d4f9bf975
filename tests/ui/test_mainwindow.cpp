#include "testcorpus.h"

#include "document.h"
#include "jsonpreview.h"
#include "mainwindow.h"
#include "risktreemodel.h"
#include "steadyscrollbar.h"
#include "tiledpaintstyle.h"
#include "syscalltablemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QDockWidget>
#include <QListWidget>
#include <QPaintEvent>
#include <QStyleFactory>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

#include "analysis/syscallview.h"
#include "edit/profileeditor.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>
#include <QToolBar>
#include <QToolTip>
#include <QHelpEvent>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>

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
    void editedWindowListsWhatAFreshOneLists();
    void brokenFileIsShownNotLost();
    void capabilityPanelReevaluatesLive();
    void ruleEditorChecksInputAndApplies();
    void fileChangedOnDiskIsNoticed();
    void failedSaveKeepsEverything();
    void testAndCompareDialogs();
    void findingExplainsAndLinksThePage();
    void screenshotIsWritten();
    void copiesDockerRunCommand();
    void previewShowsExactlyTheText();
    void previewMarksWhatComesIntoView();
    void previewRepaintsOnlyWhatAnEditChanged();
    void scrollBarRepaintsWhenItsHandleMoves();
    void scrollBarRepaintsOnlyWhereItsHandleWasAndIs_data();
    void scrollBarRepaintsOnlyWhereItsHandleWasAndIs();
    void previewLooksTheSameFromItsLineCache();
    void menuIconsAppearWhenTheirMenuOpens();

private:
    QTemporaryDir m_data;
};

void TestMainWindow::menuIconsAppearWhenTheirMenuOpens()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto image = [](const QIcon &icon) { return icon.pixmap(QSize(16, 16), 1.0).toImage(); };
    // The toolbar's icons are drawn at once.
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QVERIFY(toolbar);
    for (QAction *a : toolbar->actions()) {
        QVERIFY2(a->isSeparator() || !a->icon().isNull(), qPrintable(a->text()));
    }
    // An action only a menu shows gets its icon as the menu opens, the
    // icon it had when made at start-up (no icon theme here: the style's).
    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QVERIFY(quit->icon().isNull());
    QMenu *file = nullptr;
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(quit)) {
            file = a->menu();
        }
    }
    QVERIFY(file);
    file->popup(window.mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(!quit->icon().isNull());
    const QIcon expected = QIcon::fromTheme(QStringLiteral("application-exit"),
                                            QApplication::style()->standardIcon(QStyle::SP_DialogCloseButton));
    QCOMPARE(image(quit->icon()), image(expected));
    // The templates submenu's entry in it too.
    const auto entries = file->actions();
    const auto templates = std::find_if(entries.cbegin(), entries.cend(), [](const QAction *a) {
        return a->menu() && a->text() == QLatin1String("&New from Template");
    });
    QVERIFY(templates != entries.cend());
    QVERIFY(!(*templates)->icon().isNull());
    file->hide();
    // Opening it again keeps the icon.
    file->popup(window.mapToGlobal(QPoint(10, 10)));
    QCOMPARE(image(quit->icon()), image(expected));
    file->hide();
}

void TestMainWindow::initTestCase()
{
    // Recovery files of these windows stay out of the user's data folder.
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
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
    QVERIFY(!QApplication::overrideCursor()); // the wait cursor of the load is gone
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
    // The toolbar button keeps its label; its tooltip names the step.
    auto *undoTool = window.findChild<QAction *>(QStringLiteral("undoActionTool"));
    QVERIFY(undoTool && undoTool->isEnabled());
    QCOMPARE(undoTool->iconText(), QStringLiteral("Undo"));
    QWidget *undoButton = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"))->widgetForAction(undoTool);
    QHelpEvent tip(QEvent::ToolTip, QPoint(2, 2), undoButton->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(undoButton, &tip);
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("Undo Set ptrace to SCMP_ACT_KILL_PROCESS")),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // Undo (from the toolbar), then save: the bytes are the original's.
    undoTool->trigger();
    QVERIFY(!undoTool->isEnabled());
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
    // The profile also starts no container (a capability finding); show the file's own problems.
    auto *filter = window.findChild<QComboBox *>(QStringLiteral("diagnosticsFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("finding")));
    QVERIFY(list->topLevelItemCount() >= 1);
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("runtime-needs"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("profile")));
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

namespace {
// Every column and role of the diagnostics list a user sees or clicks.
QStringList listed(const MainWindow &window)
{
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < 4; ++c) {
            cells << item->text(c) << item->data(c, Qt::UserRole).toString() << item->toolTip(c);
        }
        cells << QString::number(item->icon(0).isNull());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

// The lines the preview shows marked, read off the screen: a marked line's
// background differs from the base colour at the right edge of the view.
QList<int> linesMarkedOnScreen(JsonPreview *preview)
{
    const QImage image = preview->viewport()->grab().toImage();
    const QColor base = preview->palette().color(QPalette::Base);
    QList<int> lines;
    for (QTextBlock block = preview->cursorForPosition(QPoint(1, 1)).block(); block.isValid(); block = block.next()) {
        const int y = preview->cursorRect(QTextCursor(block)).center().y(); // viewport coordinates
        if (y >= image.height()) {
            break;
        }
        if (y >= 0 && image.pixelColor(image.width() - 2, y) != base) {
            lines.append(block.blockNumber() + 1);
        }
    }
    return lines;
}

// What the window shows about its selected syscall: the explanation, the
// rules listed for it and the loaded one, the lines marked in the preview.
QStringList selectionShown(const MainWindow &window)
{
    QStringList shown;
    shown << window.findChild<QTextBrowser *>(QStringLiteral("explainPanel"))->toPlainText();
    // The rules are listed in their own tab, behind the explanation's: the
    // user brings it forward to see them (in a shown window they are listed
    // only then), and goes back.
    auto *rulesDock = window.findChild<QDockWidget *>(QStringLiteral("rulesDock"));
    auto *rules = window.findChild<QListWidget *>(QStringLiteral("ruleList"));
    rulesDock->raise();
    shown << (rules->visibleRegion().isEmpty() ? QStringLiteral("rule list out of sight")
                                               : QStringLiteral("rule list in view"));
    for (int i = 0; i < rules->count(); ++i) {
        shown << rules->item(i)->text() + (i == rules->currentRow() ? QStringLiteral(" (current)") : QString());
    }
    if (rules->currentRow() >= 0) { // else the form is disabled
        shown << window.findChild<QComboBox *>(QStringLiteral("ruleAction"))->currentText()
              << window.findChild<QLineEdit *>(QStringLiteral("ruleComment"))->text()
              << window.findChild<QLabel *>(QStringLiteral("ruleAlsoNames"))->text();
    }
    window.findChild<QDockWidget *>(QStringLiteral("explainDock"))->raise();
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    for (const auto &[first, last] : preview->markedLines()) {
        shown << QStringLiteral("lines %1-%2 marked").arg(first).arg(last);
    }
    for (const int line : linesMarkedOnScreen(preview)) {
        shown << QStringLiteral("line %1 shown marked").arg(line);
    }
    if (!preview->markedLines().isEmpty()) { // else the view stays where it was
        shown << QStringLiteral("from line %1").arg(preview->verticalScrollBar()->value() + 1);
    }
    return shown;
}
} // namespace

// The diagnostics list is updated in place after an edit (items stay, what
// changed is set) and the preview patched: after each edit, undo and redo
// they must show exactly what a window opened on the same text shows.
void TestMainWindow::editedWindowListsWhatAFreshOneLists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
	"defaultAction": "SCMP_ACT_ERRNO",
	"syscalls": [
		{"names": ["read", "write"], "action": "SCMP_ACT_ALLOW"},
		{"names": ["mount"], "action": "SCMP_ACT_ALOW"},
		{"names": ["read", "frobnicate"], "action": "SCMP_ACT_KILL"},
		{"names": ["ptrace"], "action": "SCMP_ACT_ALLOW", "comentt": "typo"}
	]
}
)");
    f.close();
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    // The explanation, rule list and marks follow edits in place too.
    window.selectSyscall(QStringLiteral("read"));
    Document *document = window.document();
    // The explanation repaints only its status line when that is all that
    // changed: on screen it shows what it says.
    auto *explain = window.findChild<QTextBrowser *>(QStringLiteral("explainPanel"));
    auto explainShownAsItSays = [&] {
        QApplication::processEvents();
        const QImage onScreen = window.screen()->grabWindow(window.winId()).toImage().copy(
            QRect(explain->viewport()->mapTo(&window, QPoint()), explain->viewport()->size()));
        return onScreen.convertToFormat(QImage::Format_RGB32)
            == explain->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    auto compare = [&] {
        const QString copy = dir.filePath(QStringLiteral("copy.json"));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(document->text());
        out.close();
        QVERIFY(explainShownAsItSays());
        MainWindow fresh;
        fresh.resize(window.size()); // the same lines in view
        fresh.show();
        QVERIFY(fresh.openFile(copy));
        QCOMPARE(listed(window), listed(fresh));
        fresh.selectSyscall(QStringLiteral("read"));
        const QStringList shown = selectionShown(window);
        QVERIFY(shown.contains(QStringLiteral("rule list in view")));
        // The rules that decide read are listed (the list is brought up to
        // date when its tab comes forward).
        const SyscallView::Entry *read = document->syscallView().entry(QStringLiteral("read"));
        const qsizetype deciding = !read ? 0 : (read->unconditionalRule >= 0 ? 1 : 0) + read->conditionalRules.size();
        QCOMPARE(std::count_if(shown.cbegin(), shown.cend(), [](const QString &s) { return s.startsWith(QStringLiteral("Rule ")); }),
                 deciding);
        QCOMPARE(shown, selectionShown(fresh));
        // The preview is patched line run by line run: it must show the text.
        QCOMPARE(window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"))->toPlainText().toUtf8(), document->text());
        // The diagnostics list's rows change quietly and the list is
        // repainted once: on screen its Line column shows what its items
        // say. (Only that column: a long message's elision on screen and in
        // a fresh rendering can differ by a letter, before this too.)
        QApplication::processEvents();
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
        const QRect lines(list->header()->sectionViewportPosition(1), 0, list->header()->sectionSize(1),
                          list->viewport()->height());
        const QPoint at = list->viewport()->mapTo(&window, lines.topLeft());
        const QImage onScreen = window.screen()->grabWindow(window.winId()).toImage().copy(QRect(at, lines.size()));
        QCOMPARE(onScreen.convertToFormat(QImage::Format_RGB32),
                 list->viewport()->grab(lines).toImage().convertToFormat(QImage::Format_RGB32));
    };
    QVERIFY(listed(window).size() >= 4);
    const QList<std::pair<QString, Action>> edits = {
        {QStringLiteral("close"), Action::Allow},     // the same problems, lines move
        {QStringLiteral("mount"), Action::Allow},     // one problem less
        {QStringLiteral("bpf"), Action::KillProcess}, // a rule more
        {QStringLiteral("read"), Action::Errno},      // a conflict goes
        {QStringLiteral("ptrace"), Action::Log},      // the rule with the typo goes
    };
    for (const auto &[name, action] : edits) {
        document->apply(ProfileEditor::setSyscallAction(document->profile(), name, action));
        compare();
    }
    while (document->undoStack()->canUndo()) {
        document->undoStack()->undo();
        compare();
    }
    document->undoStack()->redo();
    compare();
    // An edit made while the Rules tab is in front reaches the explanation
    // when its tab comes back.
    window.findChild<QDockWidget *>(QStringLiteral("rulesDock"))->raise();
    document->apply(ProfileEditor::setSyscallAction(document->profile(), QStringLiteral("read"), Action::Log));
    window.findChild<QDockWidget *>(QStringLiteral("explainDock"))->raise();
    QVERIFY(explain->toPlainText().contains(QStringLiteral("This profile: SCMP_ACT_LOG")));
    QVERIFY(explainShownAsItSays());
    // (The preview, shorter while the Rules tab was in front, is not
    // centred again when it grows back: no whole comparison here.)
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

void TestMainWindow::capabilityPanelReevaluatesLive()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    QCOMPARE(treeState(window, QStringLiteral("mount")), QStringLiteral("SCMP_ACT_ERRNO"));
    auto *caps = window.findChild<QListWidget *>(QStringLiteral("capabilityList"));
    QListWidgetItem *sysAdmin = caps->findItems(QStringLiteral("CAP_SYS_ADMIN"), Qt::MatchExactly).value(0);
    QVERIFY(sysAdmin);
    QCOMPARE(sysAdmin->checkState(), Qt::Unchecked);
    sysAdmin->setCheckState(Qt::Checked);
    QCOMPARE(treeState(window, QStringLiteral("mount")), QStringLiteral("SCMP_ACT_ALLOW"));
    auto *flags = window.findChild<QLineEdit *>(QStringLiteral("dockerRunFlags"));
    QCOMPARE(flags->text(), QStringLiteral("--cap-add SYS_ADMIN --security-opt seccomp=profile.json"));
    // The dangerous pair shows up among the findings.
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    QVERIFY(!list->findItems(QStringLiteral("dangerous-sys-admin"), Qt::MatchExactly, 3).isEmpty());

    window.findChild<QCheckBox *>(QStringLiteral("privilegedCheck"))->setChecked(true);
    QCOMPARE(treeState(window, QStringLiteral("kexec_load")), QStringLiteral("no filter"));
    QVERIFY(flags->text().startsWith(QStringLiteral("--privileged")));
    window.findChild<QPushButton *>(QStringLiteral("resetCapabilities"))->click();
    QCOMPARE(treeState(window, QStringLiteral("mount")), QStringLiteral("SCMP_ACT_ERRNO"));
    QCOMPARE(flags->text(), QStringLiteral("--security-opt seccomp=profile.json"));
}

void TestMainWindow::findingExplainsAndLinksThePage()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("empty"));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    const QList<QTreeWidgetItem *> items = list->findItems(QStringLiteral("clone3-eperm"), Qt::MatchExactly, 3);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items.constFirst());
    emit list->itemActivated(items.constFirst(), 0);
    auto *explain = window.findChild<QTextBrowser *>(QStringLiteral("explainPanel"));
    QVERIFY(explain->toPlainText().contains(QStringLiteral("glibc")));
    QVERIFY(explain->toHtml().contains(QStringLiteral("sysfence:seccomp-vs-capabilities")));
    emit explain->anchorClicked(QUrl(QStringLiteral("sysfence:seccomp-vs-capabilities#CAP_SYS_ADMIN")));
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("seccompCapabilitiesDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("explorerResult"));
    // The empty allowlist names no syscall, so no capability unlocks anything.
    QVERIFY(result->text().contains(QStringLiteral("changes nothing")));
    window.newFromTemplate(QStringLiteral("docker-default"));
    QVERIFY(result->text().contains(QStringLiteral("mount")));
    dialog->findChild<QPushButton *>(QStringLiteral("explorerToggle"))->click();
    QVERIFY(window.document()->target().capabilities.contains(QStringLiteral("CAP_SYS_ADMIN")));
    QCOMPARE(treeState(window, QStringLiteral("mount")), QStringLiteral("SCMP_ACT_ALLOW"));
}

void TestMainWindow::ruleEditorChecksInputAndApplies()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    window.selectSyscall(QStringLiteral("clone"));
    auto *rules = window.findChild<QListWidget *>(QStringLiteral("ruleList"));
    QVERIFY(rules->count() >= 2); // Docker filters clone's flags in several rules
    // Find the rule that masks the namespace flags of argument 0 (s390 has
    // its own rule on argument 1) and see them symbolically.
    int masked = -1;
    for (int row = 0; row < rules->count() && masked < 0; ++row) {
        if (rules->item(row)->text().contains(QStringLiteral("(arg0 & 0x7e020000)"))) {
            masked = row;
        }
    }
    QVERIFY(masked >= 0);
    rules->setCurrentRow(masked);
    auto *args = window.findChild<QTableWidget *>(QStringLiteral("ruleArgs"));
    QCOMPARE(args->rowCount(), 1);
    auto *value = qobject_cast<QLineEdit *>(args->cellWidget(0, 2));
    QCOMPARE(value->text(), QStringLiteral("CLONE_NEWNS|CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET"));
    auto *apply = window.findChild<QPushButton *>(QStringLiteral("ruleApply"));
    auto *errors = window.findChild<QLabel *>(QStringLiteral("ruleErrors"));
    QVERIFY(!apply->isEnabled());

    // Invalid input is shown and never reaches the profile.
    value->setText(QStringLiteral("CLONE_NEWUSR"));
    QVERIFY(errors->isVisibleTo(&window));
    QVERIFY(errors->text().contains(QStringLiteral("CLONE_NEWUSR")));
    QVERIFY(!apply->isEnabled());
    auto *kernel = window.findChild<QLineEdit *>(QStringLiteral("includeKernel"));
    kernel->setText(QStringLiteral("five"));
    QVERIFY(errors->text().contains(QStringLiteral("4.8")));

    // An edit elsewhere in the profile leaves what is being typed alone.
    auto *comment = window.findChild<QLineEdit *>(QStringLiteral("ruleComment"));
    comment->setText(QStringLiteral("half-typed"));
    window.document()->apply(ProfileEditor::setSyscallAction(window.document()->profile(), QStringLiteral("ptrace"),
                                                             Action::KillProcess));
    QCOMPARE(comment->text(), QStringLiteral("half-typed"));
    QCOMPARE(value->text(), QStringLiteral("CLONE_NEWUSR"));
    window.document()->undoStack()->undo();
    // A rule put in before it moves the loaded rule down: the list follows
    // it, and what is typed stays.
    const QString loadedText = rules->currentItem()->text();
    Rule first;
    first.names = {QStringLiteral("getpid")};
    first.action = Action::Allow;
    window.document()->apply(ProfileEditor::addRule(window.document()->profile(), first, 0));
    QCOMPARE(rules->currentRow(), masked);
    QVERIFY(rules->currentItem()->text() != loadedText); // its number is one more
    QCOMPARE(rules->currentItem()->text().section(u':', 1), loadedText.section(u':', 1));
    QCOMPARE(comment->text(), QStringLiteral("half-typed"));
    QCOMPARE(value->text(), QStringLiteral("CLONE_NEWUSR"));
    window.document()->undoStack()->undo();
    QCOMPARE(rules->currentItem()->text(), loadedText);
    comment->clear();

    // Valid again: one undoable edit.
    kernel->clear();
    value->setText(QStringLiteral("CLONE_NEWUSER|CLONE_NEWNS"));
    QVERIFY(apply->isEnabled());
    const QByteArray before = window.document()->text();
    apply->click();
    QVERIFY(window.document()->text().contains("\"value\": 268566528"));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->text(), before);
}

void TestMainWindow::fileChangedOnDiskIsNoticed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\"\n}");
    f.close();
    Document document;
    QString error;
    QVERIFY(document.load(path, &error));
    QSignalSpy changed(&document, &Document::changedOnDisk);
    // Our own save is not "another program".
    QVERIFY(document.save(path, &error));
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\n\t\"defaultAction\": \"SCMP_ACT_KILL\"\n}");
    f.close();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), path);
}

void TestMainWindow::failedSaveKeepsEverything()
{
    // Root writes into read-only folders, so aim at a folder that cannot exist.
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("mount"), Action::Allow));
    const QByteArray text = document.text();
    QString error;
    QVERIFY(!document.save(QStringLiteral("/proc/sysfence-cannot-write-here/p.json"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.text(), text);
    QVERIFY(document.filePath().isEmpty());
}

void TestMainWindow::testAndCompareDialogs()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    window.selectSyscall(QStringLiteral("personality"));
    window.findChild<QAction *>(QStringLiteral("testSyscallAction"))->trigger();
    auto *result = window.findChild<QLabel *>(QStringLiteral("testSyscallResult"));
    QVERIFY(result);
    QCOMPARE(result->text(), QStringLiteral("SCMP_ACT_ALLOW on amd64")); // personality(PER_LINUX)
    auto *arg0 = window.findChild<QLineEdit *>(QStringLiteral("testArg0"));
    arg0->setText(QStringLiteral("7"));
    QCOMPARE(result->text(), QStringLiteral("SCMP_ACT_ERRNO(1) on amd64"));
    arg0->setText(QStringLiteral("PER_QUERY"));
    QCOMPARE(result->text(), QStringLiteral("SCMP_ACT_ALLOW on amd64"));
    QVERIFY(window.findChild<QListWidget *>(QStringLiteral("testSyscallPath"))->count() > 3);

    // Edits show up in the comparison with Docker's default.
    window.document()->apply(ProfileEditor::setSyscallAction(window.document()->profile(), QStringLiteral("mount"), Action::Allow));
    window.document()->apply(ProfileEditor::setSyscallAction(window.document()->profile(), QStringLiteral("read"), Action::KillProcess));
    window.findChild<QAction *>(QStringLiteral("compareAction"))->trigger();
    auto *header = window.findChild<QLabel *>(QStringLiteral("diffHeader"));
    QVERIFY2(header->text().contains(QStringLiteral("2 syscall(s) differ — 1 more permissive, 1 less permissive")),
             qPrintable(header->text()));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diffList"));
    QCOMPARE(list->topLevelItemCount(), 2);
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

void TestMainWindow::copiesDockerRunCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("my profile.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW"}]})");
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    Document *document = window.findChild<Document *>();
    Target target = document->target();
    target.capabilities.insert(QStringLiteral("CAP_SYS_ADMIN"));
    target.capabilities.remove(QStringLiteral("CAP_NET_RAW"));
    document->setTarget(target);
    auto *action = window.findChild<QAction *>(QStringLiteral("copyDockerRunAction"));
    QVERIFY(action);
    action->trigger();
    // The path has a blank, so it is quoted for the shell.
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("docker run --cap-add SYS_ADMIN --cap-drop NET_RAW --security-opt 'seccomp=%1' IMAGE")
                 .arg(QFileInfo(path).absoluteFilePath()));
}

void TestMainWindow::previewShowsExactlyTheText()
{
    // The preview replaces only what changed: after every step it must
    // still hold exactly what Save would write.
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    Document *document = window.document();
    auto shown = [preview] { return preview->toPlainText().toUtf8(); };
    QCOMPARE(shown(), document->text());
    document->apply(ProfileEditor::setSyscallAction(document->profile(), QStringLiteral("mount"), Action::Allow));
    QCOMPARE(shown(), document->text());
    document->apply(ProfileEditor::setSyscallAction(document->profile(), QStringLiteral("read"), Action::KillProcess));
    QCOMPARE(shown(), document->text());
    document->apply(ProfileEditor::setRuleComment(document->profile(), 0, QStringLiteral("é → 🛡 ok")));
    QCOMPARE(shown(), document->text());
    document->apply(ProfileEditor::setRuleComment(document->profile(), 0, QStringLiteral("è → 🛡")));
    QCOMPARE(shown(), document->text());
    while (document->undoStack()->canUndo()) {
        document->undoStack()->undo();
        QCOMPARE(shown(), document->text());
    }

    // Multi-byte characters at the edges of a change.
    JsonPreview direct;
    for (const char *text : {"{\"a\": \"é\"}", "{\"a\": \"è\"}", "{\"a\": \"🛡é\"}", "{\"a\": \"🛡\"}",
                             "{\"a\": \"\"}", "{}", "{\"a\":\n\t\"€€\"\n}", "{\"a\":\n\t\"€\"\n}",
                             // ASCII until a change brings the first other character, and back;
                             // carriage returns come and go.
                             "{\"a\":\n1,\n\"b\": 2\n}", "{\"a\":\n\"é\",\n\"b\": 2\n}", "{\"a\":\n\"é\",\n\"b\": 3\n}",
                             "{\"a\":\n1,\n\"b\": 3\n}", "{\"a\":\n1,\n\"b\": 4\n}", "{\"a\":\r\n1,\n\"b\": 4\n}",
                             "{\"a\":\r\n1,\n\"b\": 5\n}", "{\"a\":\n1,\n\"b\": 5\n}", "{\"a\":\n1,\n\"b\": 6\n}"}) {
        direct.setJson(QByteArray(text));
        // A line ends at a carriage return and line feed as at a line feed.
        QCOMPARE(direct.toPlainText(), QString::fromUtf8(text).remove(u'\r'));
    }

    // Lines taken out, put in, changed and moved, a few or many at a time,
    // in random places: the line diff must always put the text together again.
    QRandomGenerator random(11);
    QByteArrayList lines;
    for (int i = 0; i < 400; ++i) {
        lines.append("line " + QByteArray::number(random.bounded(50)));
    }
    for (int step = 0; step < 200; ++step) {
        const int edits = 1 + random.bounded(step % 10 == 0 ? 60 : 4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(lines.size()) + 1);
            switch (random.bounded(3)) {
            case 0:
                if (at < lines.size()) {
                    lines.removeAt(at);
                }
                break;
            case 1:
                lines.insert(at, "new " + QByteArray::number(random.bounded(50)));
                break;
            default:
                if (at < lines.size()) {
                    lines[at] = "changed " + QByteArray::number(random.bounded(50));
                }
            }
        }
        const QByteArray text = lines.join('\n') + '\n';
        direct.setJson(text);
        QCOMPARE(direct.toPlainText().toUtf8(), text);
    }
}

// A syscall named in hundreds of rules is marked as the user scrolls: the
// marks in view are always there, and the first is centred.
void TestMainWindow::previewMarksWhatComesIntoView()
{
    JsonPreview preview;
    preview.resize(400, 300);
    preview.show();
    QByteArray text = "[\n";
    for (int i = 0; i < 1000; ++i) {
        text += "\t" + QByteArray::number(i) + ",\n";
    }
    text += "\t0\n]\n";
    preview.setJson(text);
    auto markedInView = [&preview] { return linesMarkedOnScreen(&preview); };
    QCOMPARE(preview.verticalScrollBar()->value(), 0);
    preview.markLines({{500, 501}, {503, 503}, {900, 902}});
    const int top = preview.verticalScrollBar()->value() + 1;
    const int inView = preview.viewport()->height() / preview.fontMetrics().lineSpacing();
    QVERIFY(top < 500 && 500 < top + inView); // the first mark is in the middle
    QVERIFY(qAbs((500 - top) - inView / 2) <= 1);
    QCOMPARE(markedInView(), (QList<int>{500, 501, 503}));
    // Scrolled to the last one: it is marked there.
    preview.verticalScrollBar()->setValue(895);
    QCOMPARE(markedInView(), (QList<int>{900, 901, 902}));
    QVERIFY(!markedInView().contains(899)); // only the marked lines
    QVERIFY(!markedInView().contains(903));
    // A mark longer than the view is marked where it is seen.
    preview.markLines({{100, 800}});
    const QList<int> marked = markedInView();
    QVERIFY(!marked.isEmpty());
    const int visibleTop = preview.verticalScrollBar()->value() + 1;
    QCOMPARE(marked.constFirst(), 100);
    QVERIFY(!markedInView().contains(99));
    QVERIFY(marked.constLast() >= visibleTop + inView - 1); // to the bottom of the view
    preview.verticalScrollBar()->setValue(700);
    QVERIFY(markedInView().contains(720));
    preview.markLines({});
    QVERIFY(markedInView().isEmpty());

    // Marked before the window had its size (as at start-up): the first
    // mark is centred once it has, unless the user scrolled meanwhile.
    preview.resize(400, 40);
    preview.markLines({{600, 600}});
    preview.resize(400, 300);
    const int centredTop = preview.verticalScrollBar()->value() + 1;
    QVERIFY(qAbs((600 - centredTop) - inView / 2) <= 1);
    preview.verticalScrollBar()->setValue(10);
    preview.resize(400, 320);
    QCOMPARE(preview.verticalScrollBar()->value(), 10);
}

namespace {
// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};
} // namespace

// An edit far from the lines in view leaves them in view and on screen as
// they were, unpainted (QPlainTextEdit repainted its whole view whenever
// the number of lines changed, and kept the first line's number, so the
// text in view jumped by the lines put in above it). Whatever an edit
// changes, what is on screen afterwards is what a fresh rendering shows.
void TestMainWindow::previewRepaintsOnlyWhatAnEditChanged()
{
    JsonPreview preview;
    preview.resize(400, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QList<QByteArray> lines;
    for (int i = 0; i < 1000; ++i) {
        lines.append("\t\"line " + QByteArray::number(i) + "\",");
    }
    auto text = [&lines] { return "[\n" + lines.join('\n') + "\n\t0\n]\n"; };
    preview.setJson(text());
    preview.setFirstLine(500);
    QApplication::processEvents();
    // What the screen shows of the view (the backing store), and what
    // rendering the view afresh gives.
    auto onScreen = [&preview] {
        const QPoint at = preview.viewport()->mapTo(&preview, QPoint(0, 0));
        return preview.screen()->grabWindow(preview.winId()).toImage().copy(QRect(at, preview.viewport()->size()));
    };
    auto fresh = [&preview] { return preview.viewport()->grab().toImage(); };
    QImage before = onScreen();
    QCOMPARE(before.convertToFormat(QImage::Format_RGB32), fresh().convertToFormat(QImage::Format_RGB32));
    auto firstLineInView = [&preview] { return preview.cursorForPosition(QPoint(1, 1)).block().text(); };
    const QString firstInView = firstLineInView();
    QCOMPARE(firstInView, QStringLiteral("\t\"line 499\","));
    PaintCounter counter; // (grab() paints too)
    preview.viewport()->installEventFilter(&counter);

    // Three lines put in and one taken out far above the view, one changed
    // far below it.
    for (const char *line : {"\t\"new c\",", "\t\"new b\",", "\t\"new a\","}) {
        lines.insert(10, line);
    }
    lines.removeAt(100);
    lines[900] = "\t\"changed\",";
    preview.setJson(text());
    QApplication::processEvents();
    QCOMPARE(firstLineInView(), firstInView);
    QCOMPARE(counter.paints, 0);
    QCOMPARE(onScreen(), before);

    // Random edits above, in and below the view, with marks moving along:
    // the screen always shows the text as it is.
    QRandomGenerator random(20261129);
    for (int step = 0; step < 40; ++step) {
        // A third of the edits in view (the text starts with "[" on line 0).
        const int top = preview.verticalScrollBar()->value() - 1;
        const int at = step % 3 == 1 ? std::clamp(top + random.bounded(20), 0, int(lines.size()) - 1)
                                     : random.bounded(int(lines.size()));
        switch (random.bounded(3)) {
        case 0:
            lines.insert(at, "\t\"put in " + QByteArray::number(step) + "\",");
            break;
        case 1:
            lines.removeAt(at);
            break;
        default:
            lines[at] = "\t\"changed " + QByteArray::number(step) + "\",";
        }
        preview.setJson(text());
        if (step % 3 == 0) {
            const int mark = random.bounded(int(lines.size()));
            preview.markLines({{mark, mark + random.bounded(3)}});
        }
        QApplication::processEvents();
        QCOMPARE(preview.toPlainText().toUtf8(), text());
        QCOMPARE(onScreen().convertToFormat(QImage::Format_RGB32), fresh().convertToFormat(QImage::Format_RGB32));
    }
    QVERIFY(counter.paints > 0); // some edits were in view
}

// The preview's scroll bar: a range a line longer leaves the handle on the
// same pixels (no repaint); a value far away moves it (repainted, and the
// screen shows it where a fresh rendering does).
void TestMainWindow::scrollBarRepaintsWhenItsHandleMoves()
{
    SteadyScrollBar bar(Qt::Vertical);
    bar.resize(16, 400);
    bar.setRange(0, 80000);
    bar.setPageStep(30);
    bar.setValue(40000);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QApplication::processEvents();
    auto onScreen = [&bar] { return bar.screen()->grabWindow(bar.winId()).toImage().convertToFormat(QImage::Format_RGB32); };
    const QImage before = onScreen();
    PaintCounter counter;
    bar.installEventFilter(&counter);
    bar.setRange(0, 80001);
    bar.setValue(40001);
    QApplication::processEvents();
    QCOMPARE(counter.paints, 0);
    QCOMPARE(onScreen(), before);
    bar.setValue(70000);
    QApplication::processEvents();
    QCOMPARE(counter.paints, 1);
    QVERIFY(onScreen() != before);
    bar.removeEventFilter(&counter);
    QCOMPARE(onScreen(), bar.grab().toImage().convertToFormat(QImage::Format_RGB32));
    // At the end the down arrow is drawn disabled: repainted for one step.
    bar.setValue(79999);
    QApplication::processEvents();
    bar.installEventFilter(&counter);
    bar.setValue(80001);
    QApplication::processEvents();
    QCOMPARE(counter.paints, 2);
    bar.removeEventFilter(&counter);
    QCOMPARE(onScreen(), bar.grab().toImage().convertToFormat(QImage::Format_RGB32));
}

namespace {
// Remembers the region of each paint event.
class PaintRegions final : public QObject
{
public:
    QList<QRegion> regions;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            regions.append(static_cast<QPaintEvent *>(event)->region());
        }
        return false;
    }
};
} // namespace

// When its handle moves, the scroll bar repaints where the handle was and
// is (and an arrow that turned enabled or disabled), not the whole groove:
// after every move the screen shows what a whole repaint shows, with the
// application's plain style and with the tiles the editor paints it in.
void TestMainWindow::scrollBarRepaintsOnlyWhereItsHandleWasAndIs_data()
{
    QTest::addColumn<bool>("tiled");
    QTest::newRow("style") << false;
    QTest::newRow("tiles") << true;
}

void TestMainWindow::scrollBarRepaintsOnlyWhereItsHandleWasAndIs()
{
    QFETCH(bool, tiled);
    TiledPaintStyle tiles(QStyleFactory::create(QApplication::style()->name()));
    // Inside a window, away from its corner, as in the editor: what a paint
    // event covers is then not where the bar's own pixels start.
    QWidget window;
    window.resize(200, 500);
    auto *barPointer = new SteadyScrollBar(Qt::Vertical, &window);
    SteadyScrollBar &bar = *barPointer;
    if (tiled) {
        bar.setStyle(&tiles);
    }
    bar.setGeometry(100, 50, 14, 393);
    bar.setRange(0, 20000);
    bar.setPageStep(40);
    bar.setValue(10000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::processEvents();
    auto onScreen = [&window, &bar] {
        return window.screen()->grabWindow(window.winId()).toImage().copy(bar.geometry()).convertToFormat(QImage::Format_RGB32);
    };
    PaintRegions painted;
    bar.installEventFilter(&painted);
    QRandomGenerator random(20261129);
    const QList<int> values = {0, 1, 20000, 19999, 10000, 10001, 3000, 15000};
    for (int i = 0; i < 40; ++i) {
        const int value = i < values.size() ? values.at(i) : random.bounded(20001);
        const int before = bar.value();
        painted.regions.clear();
        bar.setValue(value);
        QApplication::processEvents();
        // What a whole repaint shows (tiles themselves are compared with
        // the style's own painting in test_tiledpaintstyle).
        bar.removeEventFilter(&painted);
        QCOMPARE(onScreen(), bar.grab().toImage().convertToFormat(QImage::Format_RGB32));
        bar.installEventFilter(&painted);
        // A move between two places away from the ends repaints at most
        // the two places of the handle, not the groove between them.
        const bool middle = std::min(before, value) > 0 && std::max(before, value) < 20000;
        if (middle && std::abs(before - value) > 2000) {
            QCOMPARE(painted.regions.size(), 1);
            QVERIFY2(painted.regions.constFirst().rectCount() == 2,
                     qPrintable(QStringLiteral("from %1 to %2").arg(before).arg(value)));
            QVERIFY(painted.regions.constFirst().boundingRect().height() > 0);
            int area = 0;
            for (const QRect &r : painted.regions.constFirst()) {
                area += r.width() * r.height();
            }
            QVERIFY(area < bar.width() * bar.height() / 4);
        }
    }
}

// Lines painted from PreviewLineCache look as QPlainTextEdit paints them:
// highlighted, marked or not, scrolled sideways, after edits. The one
// difference is ink a glyph puts past its own line (the faint lowest row of
// an underscore): each cached line is painted whole, background and all,
// as code editors paint lines, so the line below covers it. A pixel may
// differ only that way: background in the cached image where the other has
// a trace of ink, and only a few of them.
void TestMainWindow::previewLooksTheSameFromItsLineCache()
{
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *preview = window.findChild<JsonPreview *>();
    QVERIFY(preview);
    auto render = [preview](bool cached) {
        preview->setLineCacheEnabled(cached);
        return preview->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    QColor marked = preview->palette().color(QPalette::Highlight);
    marked.setAlpha(50);
    QImage markedSample(1, 1, QImage::Format_RGB32);
    markedSample.fill(preview->palette().color(QPalette::Base));
    {
        QPainter painter(&markedSample);
        painter.fillRect(0, 0, 1, 1, marked);
    }
    const QList<QRgb> backgrounds = {preview->palette().color(QPalette::Base).rgb(), markedSample.pixel(0, 0)};
    auto compare = [&](const char *where) {
        const QImage now = preview->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage plain = render(false);
        const QImage first = render(true); // every line painted anew into the cache
        const QImage again = render(true);
        QVERIFY2(now == first, where);
        QVERIFY2(again == first, where);
        qsizetype differ = 0;
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < plain.width(); ++x) {
                if (plain.pixel(x, y) != first.pixel(x, y)) {
                    ++differ;
                    QVERIFY2(backgrounds.contains(first.pixel(x, y)), where);
                }
            }
        }
        QVERIFY2(differ * 500 < qsizetype(plain.width()) * plain.height(), where); // under 0.2 %
    };
    compare("top of Docker's default");
    window.selectSyscall(QStringLiteral("clone"));
    QVERIFY(!preview->markedLines().isEmpty());
    compare("clone's rules marked");
    QVERIFY(preview->lineCache().hits() > 0);
    preview->horizontalScrollBar()->setValue(preview->horizontalScrollBar()->maximum() / 2 + 20);
    compare("scrolled sideways");
    preview->horizontalScrollBar()->setValue(0);
    window.document()->apply(
        ProfileEditor::setSyscallAction(window.document()->profile(), QStringLiteral("clone"), Action::Log));
    QApplication::processEvents();
    compare("after an edit of clone");
    window.selectSyscall(QStringLiteral("ptrace"));
    compare("ptrace's rules marked");

    // Undone, the lines come back as they were painted before: found in the
    // cache before anything laid the new blocks out (only their height is
    // needed), they must still land where QPlainTextEdit puts them.
    preview->setLineCacheEnabled(true);
    window.document()->apply(
        ProfileEditor::setSyscallAction(window.document()->profile(), QStringLiteral("ptrace"), Action::Log));
    QApplication::processEvents();
    const int hits = preview->lineCache().hits();
    window.document()->undoStack()->undo();
    QApplication::processEvents();
    QVERIFY(preview->lineCache().hits() > hits);
    compare("after an undo");
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
