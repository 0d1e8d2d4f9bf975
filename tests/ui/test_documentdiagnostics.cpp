#include "testcorpus.h"

#include "document.h"

#include "analysis/capabilityanalyzer.h"
#include "analysis/profilevalidator.h"
#include "edit/profileeditor.h"
#include "format/profilereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
// A profile with a problem of every kind the reader and the validator find
// in a rule, next to clean rules that edits move around.
const QByteArray Fixture = R"({
	"defaultAction": "SCMP_ACT_ERRNO",
	"defaultErrnoRet": 1,
	"syscalls": [
		{
			"names": ["read", "write", "close"],
			"action": "SCMP_ACT_ALLOW"
		},
		{
			"names": ["getpid", "gettid"],
			"action": "SCMP_ACT_ALLOW",
			"comentt": "a typo in a field name"
		},
		{
			"names": ["personality"],
			"action": "SCMP_ACT_ALLOW",
			"args": [{"index": 0, "value": 8, "valueTwo": 3, "op": "SCMP_CMP_EQ"}]
		},
		{
			"names": ["mount"],
			"action": "SCMP_ACT_ALOW"
		},
		{
			"names": ["ioctl"],
			"action": "SCMP_ACT_NOTIFY"
		},
		{
			"names": ["read", "frobnicate"],
			"action": "SCMP_ACT_KILL"
		},
		{
			"names": ["close"],
			"action": "SCMP_ACT_ALLOW"
		},
		{
			"names": ["ptrace", "keyctl"],
			"action": "SCMP_ACT_ALLOW"
		}
	]
}
)";

// What reading the document's text from scratch says, in the document's
// order: the reader's problems, the validator's, then capability findings.
Diagnostics fromScratch(const Document &document, const QString &fileName)
{
    const ProfileReader::Result read = ProfileReader::read(document.text(), fileName);
    Diagnostics all = read.diagnostics;
    all.append(ProfileValidator::validate(read.profile, read.text, fileName));
    all.append(CapabilityAnalyzer::analyze(read.profile, document.target(), read.text, fileName));
    return all;
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1:%2 %3 %4 [%5] %6 (%7)")
        .arg(d.line)
        .arg(d.column)
        .arg(Diagnostic::severityName(d.severity), d.pointer, d.code, d.message, d.syscalls.join(u','));
}

QStringList describe(const Diagnostics &all)
{
    QStringList out;
    for (const Diagnostic &d : all) {
        out.append(describe(d));
    }
    return out;
}
} // namespace

// After every edit the document reads back only the rules the edit changed
// (the others are known to be clean) and places diagnostics with a parse of
// its new text instead of a second profile. What the user sees must be
// exactly what a full read of that text gives: same problems, same lines and
// columns, same pointers.
class TestDocumentDiagnostics final : public QObject {
    Q_OBJECT

private slots:
    void editsMatchAFullRead_data();
    void editsMatchAFullRead();
};

void TestDocumentDiagnostics::editsMatchAFullRead_data()
{
    QTest::addColumn<QString>("corpusFile"); // empty: the fixture above
    QTest::newRow("fixture with every kind of problem") << QString();
    QTest::newRow("docker-default-2026.json") << QStringLiteral("docker-default-2026.json");
    QTest::newRow("podman-containers-common.json") << QStringLiteral("podman-containers-common.json");
}

void TestDocumentDiagnostics::editsMatchAFullRead()
{
    QFETCH(QString, corpusFile);
    QByteArray text = Fixture;
    if (!corpusFile.isEmpty()) {
        SKIP_WITHOUT_CORPUS();
        QFile corpus(TestCorpus::path(corpusFile));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        text = corpus.readAll();
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(text), text.size());
    f.close();

    Document document;
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));
    QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    if (corpusFile.isEmpty()) {
        // The fixture's problems are all there to begin with.
        QStringList codes;
        for (const Diagnostic &d : document.diagnostics()) {
            codes.append(d.code);
        }
        for (const char *code : {"unknown-field", "unused-value-two", "unknown-action", "notify-without-listener",
                                 "unknown-syscall", "conflicting-actions", "duplicate-syscall"}) {
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        }
    }

    // Edits that add lines above other rules, take names out of rules,
    // remove the last rule of an action, and change the header.
    const QList<std::pair<QString, Action>> edits = {
        {QStringLiteral("ptrace"), Action::KillProcess}, {QStringLiteral("mount"), Action::Allow},
        {QStringLiteral("read"), Action::Errno},         {QStringLiteral("bpf"), Action::Log},
        {QStringLiteral("ioctl"), Action::Allow},        {QStringLiteral("keyctl"), Action::Errno},
    };
    int step = 0;
    for (const auto &[name, action] : edits) {
        document.apply(ProfileEditor::setSyscallAction(document.profile(), name, action));
        QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
        ++step;
    }
    document.apply(ProfileEditor::setDefaultAction(document.profile(), Action::Allow));
    QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    if (!document.profile().rules.isEmpty()) {
        document.apply(ProfileEditor::removeRule(document.profile(), 0));
        QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    }
    // Undo all the way back, then redo: each state is read as if new.
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
        QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    }
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    }
    QCOMPARE(step, int(edits.size()));
}

QTEST_MAIN(TestDocumentDiagnostics)
#include "test_documentdiagnostics.moc"
