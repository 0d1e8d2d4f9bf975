#include "testcorpus.h"

#include "document.h"
#include "mainwindow.h"

#include "edit/profileeditor.h"
#include "format/ociconfig.h"
#include "format/profilereader.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

// The Document remembers the format it read, so Save writes an OCI
// config.json back in place and never writes JSON over a YAML manifest.
class TestDocumentFormats final : public QObject {
    Q_OBJECT

private slots:
    void ociSaveReplacesOnlySeccomp();
    void yamlAsksForADocumentAndSavesAsJson();
    void exportActionsExist();
};

void TestDocumentFormats::ociSaveReplacesOnlySeccomp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    const QByteArray original = readAll(TestCorpus::dataPath(QStringLiteral("oci/config.json")));
    QVERIFY(writeAll(path, original));
    const OciConfig::Result before = OciConfig::read(original);

    Document document;
    QString error;
    QVERIFY(document.load(path, &error));
    QCOMPARE(document.format(), ProfileFormat::Oci);
    QVERIFY(document.isEditable());
    QVERIFY(document.canSaveInPlace());
    QCOMPARE(document.profile().rules.size(), 2);
    // The preview is the profile itself, not the whole config.
    QVERIFY(document.text().startsWith("{\n    \"defaultAction\": \"SCMP_ACT_ERRNO\""));

    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("mount"), Action::Log));
    QVERIFY(document.save(path, &error));
    const QByteArray saved = readAll(path);
    QCOMPARE(saved.left(before.seccompBegin), original.left(before.seccompBegin));
    const qsizetype tail = original.size() - before.seccompEnd;
    QCOMPARE(saved.right(tail), original.right(tail));
    QVERIFY(saved.contains("\"mount\""));
    QCOMPARE(document.format(), ProfileFormat::Oci);
    QVERIFY(!document.isModified());

    // Undo and save again: the original bytes come back.
    document.undoStack()->undo();
    QVERIFY(document.save(path, &error));
    QCOMPARE(readAll(path), original);

    // Save As writes Docker JSON, and the document is Docker JSON from then on.
    const QString json = dir.filePath(QStringLiteral("profile.json"));
    QVERIFY(document.save(json, &error));
    QCOMPARE(document.format(), ProfileFormat::Docker);
    const ProfileReader::Result docker = ProfileReader::read(readAll(json));
    QVERIFY(docker.parsed);
    QVERIFY(!docker.hasErrors());
    QCOMPARE(readAll(path), original);
}

void TestDocumentFormats::yamlAsksForADocumentAndSavesAsJson()
{
    SKIP_WITHOUT_CORPUS();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.yaml"));
    const QByteArray original = readAll(TestCorpus::path(QStringLiteral("spo-seccompprofile.yaml")));
    QVERIFY(writeAll(path, original));

    Document document;
    QString error;
    QStringList offered;
    QVERIFY(document.load(path, &error, [&](const QStringList &labels) {
        offered = labels;
        return qsizetype(1);
    }));
    QCOMPARE(offered,
        QStringList(
            {QStringLiteral("profile-block"), QStringLiteral("profile-complain"), QStringLiteral("profile-allow")}));
    QCOMPARE(document.format(), ProfileFormat::Spo);
    QCOMPARE(document.objectName(), QStringLiteral("profile-complain"));
    QCOMPARE(document.profile().defaultAction, std::optional<Action>(Action::Log));
    QVERIFY(!document.canSaveInPlace());

    // Cancel leaves the document as it was.
    QVERIFY(!document.load(path, &error, [](const QStringList &) { return qsizetype(-1); }));
    QVERIFY(error.isEmpty());
    QCOMPARE(document.objectName(), QStringLiteral("profile-complain"));

    document.apply(ProfileEditor::setSyscallAction(document.profile(), QStringLiteral("ptrace"), Action::Errno));
    QVERIFY(!document.save(path, &error));
    QVERIFY(error.contains(QStringLiteral("not written back")));
    QCOMPARE(readAll(path), original);

    const QString json = dir.filePath(QStringLiteral("profiles-seccomp.json"));
    QVERIFY(document.save(json, &error));
    QCOMPARE(document.format(), ProfileFormat::Docker);
    QVERIFY(document.canSaveInPlace());
    QVERIFY(ProfileReader::read(readAll(json)).parsed);
}

void TestDocumentFormats::exportActionsExist()
{
    MainWindow window;
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportOciAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportSpoAction")));
}

QTEST_MAIN(TestDocumentFormats)
#include "test_documentformats.moc"
