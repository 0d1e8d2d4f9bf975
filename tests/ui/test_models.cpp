#include "testcorpus.h"

#include "document.h"
#include "risktreemodel.h"
#include "syscallfilterproxymodel.h"
#include "syscalltablemodel.h"

#include "catalog/risklevel.h"
#include "edit/profileeditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Sysfence;

class TestModels final : public QObject
{
    Q_OBJECT

private slots:
    void modelsPassTheTester();
    void tableSetDataPushesAnUndoableEdit();
    void mergeConsecutiveEditsOfOneSyscall();
    void groupStateCounts();
    void filters_data();
    void filters();
    void targetChangeMovesEffectiveActions();
};

void TestModels::modelsPassTheTester()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    SyscallTableModel table(&document);
    RiskTreeModel tree(&document);
    SyscallFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Edits, undo, a new template and a filter, all under the testers' eyes.
    QVERIFY(table.setData(table.indexOf(QStringLiteral("mount"), SyscallTableModel::Action), QStringLiteral("SCMP_ACT_ALLOW")));
    document.undoStack()->undo();
    proxy.setNameFilter(QStringLiteral("time"));
    proxy.setMinimumRisk(static_cast<int>(RiskLevel::High));
    document.loadTemplate(QStringLiteral("empty"));
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("a_name_nobody_knows"), Action::Allow));
    QVERIFY(table.indexOf(QStringLiteral("a_name_nobody_knows")).isValid());
    QVERIFY(tree.indexOfSyscall(QStringLiteral("a_name_nobody_knows")).isValid());
}

void TestModels::tableSetDataPushesAnUndoableEdit()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    const QByteArray before = document.text();
    SyscallTableModel table(&document);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    const QModelIndex action = table.indexOf(QStringLiteral("mount"), SyscallTableModel::Action);
    QCOMPARE(action.data().toString(), QStringLiteral("SCMP_ACT_ERRNO (default)"));
    QVERIFY(table.setData(action, QStringLiteral("SCMP_ACT_ALLOW")));
    QCOMPARE(action.data().toString(), QStringLiteral("SCMP_ACT_ALLOW"));
    QVERIFY(!changed.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set mount to SCMP_ACT_ALLOW"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), before);
    QCOMPARE(action.data().toString(), QStringLiteral("SCMP_ACT_ERRNO (default)"));

    // The errno column edits the number.
    const QModelIndex clone3 = table.indexOf(QStringLiteral("clone3"), SyscallTableModel::Errno);
    QCOMPARE(clone3.data().toString(), QStringLiteral("38 ENOSYS"));
    QVERIFY(!table.setData(table.indexOf(QStringLiteral("read"), SyscallTableModel::Errno), 5)); // ALLOW has none
}

void TestModels::mergeConsecutiveEditsOfOneSyscall()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    SyscallTableModel table(&document);
    const QByteArray original = document.text();
    const QModelIndex action = table.indexOf(QStringLiteral("ptrace"), SyscallTableModel::Action);
    table.setData(action, QStringLiteral("SCMP_ACT_LOG"));
    table.setData(action, QStringLiteral("SCMP_ACT_KILL"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Set ptrace to SCMP_ACT_KILL"));
    const QByteArray killed = document.text();
    const QModelIndex kexecLoad = table.indexOf(QStringLiteral("kexec_load"), SyscallTableModel::Action); // in no rule
    const QVariant kexecLoadBefore = kexecLoad.data(Qt::EditRole);
    table.setData(kexecLoad, QStringLiteral("SCMP_ACT_LOG"));
    QCOMPARE(document.undoStack()->count(), 2);
    const QByteArray logged = document.text();

    // The merged step goes back over both edits at once, and forward again.
    document.undoStack()->undo();
    QCOMPARE(document.text(), killed);
    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
    document.undoStack()->redo();
    QCOMPARE(document.text(), killed);
    document.undoStack()->redo();
    QCOMPARE(document.text(), logged);

    // Setting kexec_load back merges into its step, which is then no step at all.
    table.setData(kexecLoad, QStringLiteral("SCMP_ACT_TRACE"));
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(table.setData(kexecLoad, kexecLoadBefore));
    QCOMPARE(document.text(), killed);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
}

void TestModels::groupStateCounts()
{
    Document document;
    document.loadTemplate(QStringLiteral("empty"));
    RiskTreeModel tree(&document);
    const QModelIndex keys = tree.indexOfGroup(QStringLiteral("keys"));
    QVERIFY(keys.isValid());
    QCOMPARE(keys.siblingAtColumn(RiskTreeModel::State).data().toString(), QStringLiteral("all denied"));
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("keyctl"), Action::Allow));
    const RiskTreeModel::GroupState state = tree.groupState(keys.row());
    QCOMPARE(state.allowed, 1);
    QCOMPARE(state.denied, state.total() - 1);
    QVERIFY(keys.siblingAtColumn(RiskTreeModel::State).data().toString().startsWith(QStringLiteral("1 of")));
    document.apply(ProfileEditor::setGroupAction(document.profile(), QStringLiteral("keys"), Action::Allow));
    QCOMPARE(keys.siblingAtColumn(RiskTreeModel::State).data().toString(), QStringLiteral("all allowed"));
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestModels::filters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("risk");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("name") << "mount" << "" << 0 << false << "umount2" << "read";
    QTest::newRow("action allow") << "" << "SCMP_ACT_ALLOW" << 0 << false << "read" << "kexec_load";
    QTest::newRow("default") << "" << "default" << 0 << false << "kexec_load" << "read";
    QTest::newRow("only risky") << "" << "" << static_cast<int>(RiskLevel::High) << false << "ptrace" << "read";
    QTest::newRow("changed") << "" << "" << 0 << true << "mount" << "ptrace";
}

void TestModels::filters()
{
    QFETCH(QString, name);
    QFETCH(QString, action);
    QFETCH(int, risk);
    QFETCH(bool, changed);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    // One change against Docker's default.
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("mount"), Action::Allow));
    SyscallTableModel table(&document);
    SyscallFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setNameFilter(name);
    proxy.setActionFilter(action);
    proxy.setMinimumRisk(risk);
    proxy.setOnlyChanged(changed);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        shown.append(proxy.index(row, 0).data(SyscallTableModel::NameRole).toString());
    }
    QVERIFY2(shown.contains(mustContain), qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY(!shown.contains(mustNotContain));
    if (changed) {
        QCOMPARE(shown, QStringList{QStringLiteral("mount")});
    }
}

void TestModels::targetChangeMovesEffectiveActions()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    SyscallTableModel table(&document);
    const QModelIndex mount = table.indexOf(QStringLiteral("mount"), SyscallTableModel::Action);
    QCOMPARE(mount.data().toString(), QStringLiteral("SCMP_ACT_ERRNO (default)"));
    Target t = document.target();
    t.capabilities.insert(QStringLiteral("CAP_SYS_ADMIN"));
    document.setTarget(t);
    QCOMPARE(mount.data().toString(), QStringLiteral("SCMP_ACT_ALLOW"));
    t.privileged = true;
    document.setTarget(t);
    QCOMPARE(mount.data().toString(), QStringLiteral("no filter (privileged)"));
}

QTEST_MAIN(TestModels)
#include "test_models.moc"
