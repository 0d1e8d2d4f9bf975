#include "messageboxes.h"
#include "scratchenvironment.h"
#include "testcorpus.h"

#include "document.h"
#include "mainwindow.h"
#include "recoverystore.h"

#include "catalog/profiletemplates.h"
#include "edit/profileeditor.h"
#include "format/jsonstyle.h"
#include "format/profilewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Sysfence;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray dockerDefaultText()
{
    return ProfileWriter::write(*ProfileTemplates::create(QStringLiteral("docker-default")), JsonStyle::dockerDefault());
}

QStringList recoveryFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
}
} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void autosavesAfterEditsAndCleansUp();
    void runningSessionIsNotOffered();
    void restoreKeepsPathAndUndoGoesBackToDisk();
    void discardRemovesTheCopy();
    void untitledIsRestoredUnsaved();
    void crashedProcessIsRecovered();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_recoveryDir;
};

void TestRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_recoveryDir = m_dir->filePath(QStringLiteral("recovery"));
    // Every store this test makes, the main window's included, writes here.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
}

void TestRecovery::autosavesAfterEditsAndCleansUp()
{
    const QString path = m_dir->filePath(QStringLiteral("p.json"));
    QVERIFY(writeFile(path, dockerDefaultText()));
    Document document;
    QString error;
    QVERIFY(document.load(path, &error));
    RecoveryStore store(&document);
    QCOMPARE(store.delay(), RecoveryStore::DefaultDelayMs);
    store.setDirectory(m_recoveryDir);
    store.setDelay(50);
    QSignalSpy written(&store, &RecoveryStore::written);

    // Nothing is written for an unmodified document.
    QTest::qWait(150);
    QCOMPARE(written.count(), 0);
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());

    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("ptrace"), Action::KillProcess));
    QTRY_COMPARE(written.count(), 1);
    const QString file = store.currentFile();
    QCOMPARE(QFileInfo(file).absolutePath(), QDir(m_recoveryDir).absolutePath());
    QList<RecoveryStore::Entry> found = RecoveryStore::findOrphans(m_recoveryDir);
    QVERIFY2(found.isEmpty(), "this session's own copy is not an orphan while it runs");
    const QJsonObject saved = QJsonDocument::fromJson(readAll(file)).object();
    QCOMPARE(saved.value(QStringLiteral("originalPath")).toString(), document.filePath());
    QCOMPARE(saved.value(QStringLiteral("profile")).toString().toUtf8(), document.text());
    // The profile on disk is not touched by autosaving.
    QCOMPARE(readAll(path), dockerDefaultText());

    // Saving removes the copy.
    QVERIFY(document.save(path, &error));
    QVERIFY(!QFile::exists(file));

    // So does undoing back to what is on disk.
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("mount"), Action::Allow));
    QTRY_VERIFY(QFile::exists(store.currentFile()));
    const QString second = store.currentFile();
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(!QFile::exists(second));

    // And discarding, as a clean close does.
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("mount"), Action::Allow));
    QTRY_VERIFY(!store.currentFile().isEmpty());
    const QString third = store.currentFile();
    store.discard();
    QVERIFY(!QFile::exists(third));
    QVERIFY(recoveryFiles(m_recoveryDir).isEmpty());
}

void TestRecovery::runningSessionIsNotOffered()
{
    Document document;
    document.loadTemplate(QStringLiteral("docker-default"));
    auto store = std::make_unique<RecoveryStore>(&document);
    store->setDirectory(m_recoveryDir);
    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("ptrace"), Action::Allow));
    QVERIFY(store->writeNow());
    QCOMPARE(recoveryFiles(m_recoveryDir).size(), 1);
    QVERIFY(RecoveryStore::findOrphans(m_recoveryDir).isEmpty());
    // The store goes away without discarding, as in a crash: the copy is an orphan now.
    store.reset();
    const QList<RecoveryStore::Entry> found = RecoveryStore::findOrphans(m_recoveryDir);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().text, document.text());
    QCOMPARE(found.constFirst().title, QStringLiteral("Docker default"));
    QVERIFY(found.constFirst().originalPath.isEmpty());
}

void TestRecovery::restoreKeepsPathAndUndoGoesBackToDisk()
{
    const QString path = m_dir->filePath(QStringLiteral("p.json"));
    QVERIFY(writeFile(path, dockerDefaultText()));
    QByteArray recovered;
    {
        Document crashed;
        QString error;
        QVERIFY(crashed.load(path, &error));
        RecoveryStore store(&crashed);
        crashed.apply(ProfileEditor::setSyscallAction(crashed.profile(), QStringLiteral("ptrace"), Action::KillProcess));
        QVERIFY(store.writeNow());
        recovered = crashed.text();
    }

    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    QString prompt;
    MessageBoxes::answerNext([&prompt](QMessageBox *box) {
        prompt = MessageBoxes::fullText(box);
        box->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    QVERIFY(window.offerRecovery());
    QVERIFY2(prompt.contains(path), qPrintable(prompt));

    Document *document = window.document();
    QCOMPARE(document->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(document->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(document->text(), recovered);
    QCOMPARE(readAll(path), dockerDefaultText()); // not written until the user saves
    // The orphan is gone; this window keeps its own copy until it is saved.
    QVERIFY(RecoveryStore::findOrphans(RecoveryStore::defaultDirectory()).isEmpty());
    QCOMPARE(recoveryFiles(RecoveryStore::defaultDirectory()).size(), 1);

    document->undoStack()->undo();
    QCOMPARE(document->text(), dockerDefaultText());
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    QCOMPARE(document->text(), recovered);

    // Save writes to the original file and removes the copy.
    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QCOMPARE(readAll(path), recovered);
    QVERIFY(recoveryFiles(RecoveryStore::defaultDirectory()).isEmpty());
}

void TestRecovery::discardRemovesTheCopy()
{
    {
        Document crashed;
        crashed.loadTemplate(QStringLiteral("docker-default"));
        RecoveryStore store(&crashed);
        crashed.apply(ProfileEditor::setSyscallAction(crashed.profile(), QStringLiteral("ptrace"), Action::KillProcess));
        QVERIFY(store.writeNow());
    }
    QCOMPARE(RecoveryStore::findOrphans(RecoveryStore::defaultDirectory()).size(), 1);
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    MessageBoxes::answerNext([](QMessageBox *box) {
        box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    });
    QVERIFY(!window.offerRecovery());
    QVERIFY(!window.document()->isModified());
    QCOMPARE(window.document()->text(), dockerDefaultText());
    QVERIFY(recoveryFiles(RecoveryStore::defaultDirectory()).isEmpty());
    // Nothing is left to offer.
    QVERIFY(!window.offerRecovery());
}

void TestRecovery::untitledIsRestoredUnsaved()
{
    QByteArray recovered;
    {
        Document crashed;
        crashed.loadTemplate(QStringLiteral("strict"));
        RecoveryStore store(&crashed);
        crashed.apply(ProfileEditor::setSyscallAction(crashed.profile(), QStringLiteral("mount"), Action::Allow));
        QVERIFY(store.writeNow());
        recovered = crashed.text();
    }
    MainWindow window;
    window.newFromTemplate(QStringLiteral("docker-default"));
    QVERIFY(window.offerRecovery(MainWindow::RecoveryAnswer::Restore));
    QCOMPARE(window.document()->text(), recovered);
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(window.document()->isModified());
    QVERIFY2(window.windowTitle().startsWith(ProfileTemplates::title(QStringLiteral("strict"))),
             qPrintable(window.windowTitle()));
}

void TestRecovery::crashedProcessIsRecovered()
{
    const QString binary = QStringLiteral(SYSFENCE_GUI_BINARY);
    QVERIFY2(QFile::exists(binary), qPrintable(binary));
    const QString path = m_dir->filePath(QStringLiteral("profile.json"));
    QVERIFY(writeFile(path, dockerDefaultText()));

    const QProcessEnvironment env = scratchEnvironment(*m_dir);
    const QString recoveryDir = m_dir->filePath(QStringLiteral("xdg-data/Sysfence/Sysfence/recovery"));

    // A session that edits and is killed before anybody saves.
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(binary, {path, QStringLiteral("--apply-action"), QStringLiteral("ptrace=SCMP_ACT_KILL_PROCESS")});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!recoveryFiles(recoveryDir).isEmpty(), 30000);
    first.kill(); // SIGKILL: no close event, no cleanup
    QVERIFY(first.waitForFinished());
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(path), dockerDefaultText());

    auto state = [&](const QString &answer) {
        QProcess next;
        next.setProcessEnvironment(env);
        next.start(binary, {QStringLiteral("--restore-recovery"), answer, QStringLiteral("--print-state")});
        if (!next.waitForFinished(60000) || next.exitCode() != 0) {
            return QJsonObject();
        }
        return QJsonDocument::fromJson(next.readAllStandardOutput()).object();
    };

    // The next start restores it into the same file, unsaved.
    const QJsonObject restored = state(QStringLiteral("yes"));
    QVERIFY(!restored.isEmpty());
    QCOMPARE(restored.value(QStringLiteral("filePath")).toString(), QFileInfo(path).absoluteFilePath());
    QVERIFY(restored.value(QStringLiteral("modified")).toBool());
    QCOMPARE(restored.value(QStringLiteral("undoText")).toString(), QStringLiteral("Restore unsaved changes"));
    QCOMPARE(restored.value(QStringLiteral("title")).toString(), QStringLiteral("profile.json[*] — Sysfence"));
    const QByteArray text = restored.value(QStringLiteral("text")).toString().toUtf8();
    QVERIFY(text != dockerDefaultText());
    Document expected;
    QString error;
    QVERIFY(expected.load(path, &error));
    expected.apply(ProfileEditor::setSyscallAction(expected.profile(), QStringLiteral("ptrace"), Action::KillProcess));
    QCOMPARE(text, expected.text());

    // That session ended without a clean close either, so its copy is still
    // offered; discarding it leaves the file and nothing to recover.
    const QJsonObject discarded = state(QStringLiteral("no"));
    QVERIFY(!discarded.isEmpty());
    QVERIFY(!discarded.value(QStringLiteral("modified")).toBool());
    QVERIFY(recoveryFiles(recoveryDir).isEmpty());
    QCOMPARE(readAll(path), dockerDefaultText());
}

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"
