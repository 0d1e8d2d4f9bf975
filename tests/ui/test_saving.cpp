#include "messageboxes.h"

#include "document.h"
#include "mainwindow.h"

#include "catalog/profiletemplates.h"
#include "edit/profileeditor.h"
#include "format/jsonstyle.h"
#include "format/profilewriter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <unistd.h>

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

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A tmpfs of its own: root ignores permission bits, so only a read-only
// mount, an immutable file or a full file system make a save fail for real.
class ScratchMount final
{
public:
    explicit ScratchMount(const QString &size)
    {
        m_path = m_parent.filePath(QStringLiteral("mnt"));
        QDir().mkpath(m_path);
        m_mounted = ::geteuid() == 0
            && run(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1,mode=0755").arg(size), QStringLiteral("tmpfs"), m_path});
    }
    ~ScratchMount()
    {
        if (m_mounted) {
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
        }
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }
    QString path() const { return m_path; }
    QStringList entries() const { return QDir(m_path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }

private:
    QTemporaryDir m_parent;
    QString m_path;
    bool m_mounted = false;
};

#define REQUIRE_MOUNT(mount)                                                                                           \
    do {                                                                                                               \
        if (!(mount).isMounted()) {                                                                                    \
            QSKIP("Needs root and `mount -t tmpfs` (root ignores permission bits, so a real failure needs a "          \
                  "read-only or full file system); skipped.");                                                         \
        }                                                                                                              \
    } while (false)

// Opens `path` in a window and makes one edit; returns the edited text.
QByteArray openAndEdit(MainWindow &window, const QString &path)
{
    if (!window.openFile(path)) {
        return {};
    }
    Document *document = window.document();
    document->apply(ProfileEditor::setSyscallAction(document->profile(), QStringLiteral("ptrace"), Action::KillProcess));
    return document->text();
}

// Saves through the File menu and returns the text of the error box shown.
QString saveExpectingError(MainWindow &window)
{
    QString message;
    MessageBoxes::answerNext([&message](QMessageBox *box) {
        message = MessageBoxes::fullText(box);
        box->accept();
    });
    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    return message;
}
} // namespace

class TestSaving final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyDirectory();
    void readOnlyFile();
    void fullDisk();
    void changedOnDiskIsNotOverwrittenSilently();

private:
    QTemporaryDir m_data;
};

void TestSaving::initTestCase()
{
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("SysfenceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_saving"));
}

// What the user still has after a failed save: the file as it was, no
// stray temporary files, the edit unsaved and undoable.
#define VERIFY_NOTHING_LOST(mount, file, original, edited, window)                                                     \
    do {                                                                                                               \
        QCOMPARE(readAll(file), original);                                                                             \
        QCOMPARE((mount).entries(), QStringList{QFileInfo(file).fileName()});                                          \
        QVERIFY((window).document()->isModified());                                                                    \
        QVERIFY((window).isWindowModified());                                                                          \
        QCOMPARE((window).document()->text(), edited);                                                                 \
        QCOMPARE((window).document()->undoStack()->count(), 1);                                                        \
        (window).document()->undoStack()->undo();                                                                      \
        QCOMPARE((window).document()->text(), original);                                                               \
    } while (false)

void TestSaving::readOnlyDirectory()
{
    ScratchMount mount(QStringLiteral("1m"));
    REQUIRE_MOUNT(mount);
    const QString file = mount.filePath(QStringLiteral("profile.json"));
    const QByteArray original = dockerDefaultText();
    QVERIFY(writeFile(file, original));
    MainWindow window;
    const QByteArray edited = openAndEdit(window, file);
    QVERIFY(!edited.isEmpty());
    if (!run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), mount.path()})) {
        QSKIP("Cannot remount the scratch tmpfs read-only here; skipped.");
    }

    const QString message = saveExpectingError(window);
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Read-only file system")), qPrintable(message));
    VERIFY_NOTHING_LOST(mount, file, original, edited, window);
}

void TestSaving::readOnlyFile()
{
    ScratchMount mount(QStringLiteral("1m"));
    REQUIRE_MOUNT(mount);
    const QString file = mount.filePath(QStringLiteral("profile.json"));
    const QByteArray original = dockerDefaultText();
    QVERIFY(writeFile(file, original));
    // Immutable: even root cannot replace it, and the folder stays writable.
    if (!run(QStringLiteral("chattr"), {QStringLiteral("+i"), file})) {
        QSKIP("chattr +i is not supported here; skipped.");
    }
    struct Unlock {
        QString file;
        ~Unlock() { run(QStringLiteral("chattr"), {QStringLiteral("-i"), file}); }
    } unlock{file};
    MainWindow window;
    const QByteArray edited = openAndEdit(window, file);
    QVERIFY(!edited.isEmpty());

    const QString message = saveExpectingError(window);
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Operation not permitted")), qPrintable(message));
    VERIFY_NOTHING_LOST(mount, file, original, edited, window);
}

void TestSaving::fullDisk()
{
    ScratchMount mount(QStringLiteral("64k"));
    REQUIRE_MOUNT(mount);
    const QString file = mount.filePath(QStringLiteral("profile.json"));
    const QByteArray original = dockerDefaultText();
    QVERIFY(writeFile(file, original));
    MainWindow window;
    const QByteArray edited = openAndEdit(window, file);
    QVERIFY(!edited.isEmpty());
    // Fill what is left, so the new copy cannot fit beside the old one.
    {
        QFile filler(mount.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    const qint64 fillerSize = QFileInfo(mount.filePath(QStringLiteral("filler"))).size();

    const QString message = saveExpectingError(window);
    QVERIFY2(message.contains(file), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("No space left on device")), qPrintable(message));
    QVERIFY(QFile::remove(mount.filePath(QStringLiteral("filler"))));
    QVERIFY(fillerSize > 0);
    VERIFY_NOTHING_LOST(mount, file, original, edited, window);
}

void TestSaving::changedOnDiskIsNotOverwrittenSilently()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("profile.json"));
    QVERIFY(writeFile(file, dockerDefaultText()));
    MainWindow window;
    window.show();
    const QByteArray edited = openAndEdit(window, file);
    QVERIFY(!edited.isEmpty());

    // Another program rewrites the file: the window says so; the user keeps editing.
    QString reloadPrompt;
    MessageBoxes::answerNext([&reloadPrompt](QMessageBox *box) {
        reloadPrompt = MessageBoxes::fullText(box);
        box->button(QMessageBox::No)->click();
    });
    const QByteArray theirs = dockerDefaultText().replace("SCMP_ACT_ERRNO", "SCMP_ACT_KILL");
    QVERIFY(writeFile(file, theirs));
    QTRY_VERIFY(!reloadPrompt.isEmpty());
    QVERIFY2(reloadPrompt.contains(QLatin1String("changed by another program")), qPrintable(reloadPrompt));
    QCOMPARE(window.document()->text(), edited);

    // The document alone refuses to overwrite it.
    QString error;
    QVERIFY(!window.document()->save(file, &error));
    QVERIFY2(error.contains(QLatin1String("Another program changed the file")), qPrintable(error));
    QCOMPARE(readAll(file), theirs);

    // Save asks first; Cancel keeps their file and our edit.
    QString overwritePrompt;
    MessageBoxes::answerNext([&overwritePrompt](QMessageBox *box) {
        overwritePrompt = MessageBoxes::fullText(box);
        QCOMPARE(box->objectName(), QStringLiteral("overwritePrompt"));
        box->button(QMessageBox::Cancel)->click();
    });
    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QVERIFY2(overwritePrompt.contains(file), qPrintable(overwritePrompt));
    QCOMPARE(readAll(file), theirs);
    QVERIFY(window.document()->isModified());

    // Replace writes ours.
    MessageBoxes::answerNext([](QMessageBox *box) {
        box->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
    });
    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    QCOMPARE(readAll(file), edited);
    QVERIFY(!window.document()->isModified());
}

QTEST_MAIN(TestSaving)
#include "test_saving.moc"
