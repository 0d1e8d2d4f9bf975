#include "testcorpus.h"

#include "document.h"
#include "risktreemodel.h"
#include "syscalltablemodel.h"

#include "analysis/capabilityanalyzer.h"
#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "analysis/syscallview.h"
#include "catalog/catalog.h"
#include "analysis/profilevalidator.h"
#include "edit/profileeditor.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QBrush>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

QStringList describe(const QMap<QString, SyscallVerdict> &verdicts)
{
    QStringList out;
    for (const SyscallVerdict &v : verdicts) {
        out.append(QStringLiteral("%1 %2 %3 %4").arg(v.name, v.action).arg(v.byDefault).arg(v.conditions.join(u';')));
    }
    return out;
}

// For each syscall: the rules that name it, as the rule editor lists them.
QStringList describe(const SyscallView &view, const QStringList &names)
{
    QStringList out;
    auto join = [](const QList<qsizetype> &list) {
        QStringList parts;
        for (const qsizetype r : list) {
            parts.append(QString::number(r));
        }
        return parts.join(u',');
    };
    for (const QString &name : names) {
        const SyscallView::Entry *e = view.entry(name);
        out.append(!e ? name + QStringLiteral(": none")
                      : QStringLiteral("%1: %2 %3 %4 [%5] [%6]")
                            .arg(name)
                            .arg(e->unconditionalRule)
                            .arg(e->action ? Actions::name(*e->action) : QStringLiteral("-"))
                            .arg(e->errnoRet ? QString::number(*e->errnoRet) : QStringLiteral("-"))
                            .arg(join(e->conditionalRules), join(e->unconditionalRules)));
    }
    return out;
}

// Everything a view shows of one model row (and keeps until told the row changed).
QString rowText(const QAbstractItemModel &model, const QModelIndex &parent, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(parent); ++column) {
        const QModelIndex index = model.index(row, column, parent);
        QStringList roles;
        for (int role : {int(Qt::DisplayRole), int(Qt::ForegroundRole), int(Qt::FontRole), int(Qt::DecorationRole)}) {
            const QVariant v = index.data(role);
            if (role == Qt::ForegroundRole) {
                roles.append(v.isNull() ? QString() : v.value<QBrush>().color().name());
            } else if (role == Qt::FontRole) {
                roles.append(v.isNull() ? QString() : QString::number(v.value<QFont>().bold()));
            } else if (role == Qt::DecorationRole) {
                roles.append(v.isNull() ? QString() : QString::number(v.value<QIcon>().cacheKey()));
            } else {
                roles.append(v.toString());
            }
        }
        for (int role = Qt::UserRole + 1; role <= Qt::UserRole + 6; ++role) {
            roles.append(index.data(role).toString());
        }
        cells.append(roles.join(u'|'));
    }
    return cells.join(u'\t');
}

// Each row of a model (one level of children) by its path "group/row".
QMap<QString, QString> rows(const QAbstractItemModel &model)
{
    QMap<QString, QString> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex top = model.index(r, 0);
        out.insert(QString::number(r), rowText(model, {}, r));
        for (int c = 0; c < model.rowCount(top); ++c) {
            out.insert(QStringLiteral("%1/%2").arg(r).arg(c), rowText(model, top, c));
        }
    }
    return out;
}

// Watches what a model tells its views, so that a row whose contents
// changed without a dataChanged covering it (a stale row on screen) is found.
class ModelWatch final
{
public:
    explicit ModelWatch(const QAbstractItemModel &model)
        : m_model(model)
        , m_changed(&model, &QAbstractItemModel::dataChanged)
        , m_reset(&model, &QAbstractItemModel::modelReset)
        , m_before(rows(model))
    {
    }

    // The rows whose contents changed and that no signal announced.
    QStringList staleRows()
    {
        QStringList stale;
        if (!m_reset.isEmpty()) {
            return stale;
        }
        const QMap<QString, QString> after = rows(m_model);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (m_before.value(it.key()) != it.value() && !announced(it.key())) {
                stale.append(it.key());
            }
        }
        return stale;
    }

private:
    bool announced(const QString &path) const
    {
        const QStringList parts = path.split(u'/');
        const QModelIndex parent = parts.size() == 2 ? m_model.index(parts.at(0).toInt(), 0) : QModelIndex();
        const int row = parts.constLast().toInt();
        for (const QList<QVariant> &signal : m_changed) {
            const auto from = signal.at(0).value<QModelIndex>();
            const auto to = signal.at(1).value<QModelIndex>();
            if (from.parent() == parent && from.row() <= row && row <= to.row()) {
                return true;
            }
        }
        return false;
    }

    const QAbstractItemModel &m_model;
    QSignalSpy m_changed;
    QSignalSpy m_reset;
    QMap<QString, QString> m_before;
};
} // namespace

// After every edit the document redoes only what the edit can reach: it
// reads back only the rules the edit changed (the others are known to be
// clean), places diagnostics with a parse of its new text instead of a second
// profile, re-evaluates only the replaced rules for the target, recomputes
// the verdicts of only their syscalls, and its models announce only those
// rows. What the user sees must be exactly what a document opened on that
// text from scratch shows: same problems at the same lines, columns and
// pointers, same verdicts, and no table or tree row left stale on screen.
class TestDocumentEdits final : public QObject {
    Q_OBJECT

private slots:
    void editsMatchAFullRead_data();
    void editsMatchAFullRead();
};

void TestDocumentEdits::editsMatchAFullRead_data()
{
    QTest::addColumn<QString>("corpusFile"); // empty: the fixture above
    QTest::newRow("fixture with every kind of problem") << QString();
    QTest::newRow("clean and broken rules in turn") << QStringLiteral(":interleaved");
    QTest::newRow("docker-default-2026.json") << QStringLiteral("docker-default-2026.json");
    QTest::newRow("podman-containers-common.json") << QStringLiteral("podman-containers-common.json");
}

void TestDocumentEdits::editsMatchAFullRead()
{
    QFETCH(QString, corpusFile);
    QByteArray text = Fixture;
    if (corpusFile == QLatin1String(":interleaved")) {
        // Every rule an edit leaves alone next to one with a problem: a rule
        // taken for another after an edit shows or hides a problem.
        text = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n";
        const char *const clean[] = {"ptrace", "mount", "read", "bpf", "ioctl", "keyctl", "write", "close"};
        const char *const broken[] = {"mmap", "brk", "munmap", "mprotect", "dup", "dup2", "pipe", "poll"};
        for (int i = 0; i < 8; ++i) {
            text += QByteArray("\t\t{\"names\": [\"") + clean[i] + "\"], \"action\": \"SCMP_ACT_ALLOW\"},\n";
            text += QByteArray("\t\t{\"names\": [\"") + broken[i] + "\"], \"action\": \"SCMP_ACT_LOG\", \"bogus\": "
                + QByteArray::number(i) + "}" + (i < 7 ? ",\n" : "\n");
        }
        text += "\t]\n}\n";
    } else if (!corpusFile.isEmpty()) {
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
    SyscallTableModel table(&document);
    RiskTreeModel tree(&document);
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));
    QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
    // One step (an edit, an undo or a redo), checked against a fresh start.
    auto check = [&](const std::function<void()> &step) {
        ModelWatch tableWatch(table);
        ModelWatch treeWatch(tree);
        step();
        // The text after an edit is spliced from the one before: it must be
        // what writing the whole profile gives.
        QCOMPARE(document.text(), ProfileWriter::write(document.profile(), document.style()));
        QCOMPARE(describe(document.diagnostics()), describe(fromScratch(document, path)));
        const EffectiveProfile effective = EffectiveProfile::evaluate(document.profile(), document.target());
        QVERIFY(document.effective().profile == effective.profile);
        QCOMPARE(document.effective().sourceRules, effective.sourceRules);
        const QStringList names = Catalog::instance().syscallNames(document.profile());
        QCOMPARE(document.syscallNames(), names);
        QCOMPARE(describe(document.verdicts()), describe(SyscallVerdict::compute(effective, names)));
        // The rules of each syscall (the rule editor's list, the preview's
        // marks) are moved, not found again.
        QCOMPARE(describe(document.syscallView(), names), describe(SyscallView(document.profile()), names));
        QCOMPARE(tableWatch.staleRows(), QStringList());
        QCOMPARE(treeWatch.staleRows(), QStringList());
    };
    if (corpusFile == QLatin1String(":interleaved")) {
        const auto unknownFields = std::count_if(document.diagnostics().cbegin(), document.diagnostics().cend(),
                                                 [](const Diagnostic &d) { return d.code == QLatin1String("unknown-field"); });
        QCOMPARE(unknownFields, 8); // one in every other rule
    }
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
        check([&] { document.apply(ProfileEditor::setSyscallAction(document.profile(), name, action)); });
        if (QTest::currentTestFailed()) {
            return;
        }
        ++step;
    }
    check([&] { document.apply(ProfileEditor::setDefaultAction(document.profile(), Action::Allow)); });
    if (!document.profile().rules.isEmpty()) {
        check([&] { document.apply(ProfileEditor::removeRule(document.profile(), 0)); });
    }
    // Undo all the way back, then redo: each state is read as if new.
    while (document.undoStack()->canUndo() && !QTest::currentTestFailed()) {
        check([&] { document.undoStack()->undo(); });
    }
    while (document.undoStack()->canRedo() && !QTest::currentTestFailed()) {
        check([&] { document.undoStack()->redo(); });
    }
    QCOMPARE(step, int(edits.size()));
}

QTEST_MAIN(TestDocumentEdits)
#include "test_documentedits.moc"
