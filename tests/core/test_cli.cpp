#include "testcorpus.h"

#include "cli/cliapplication.h"
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
using CliRun::Run;
using CliRun::cli;

QString fixture(const char *name)
{
    return TestCorpus::dataPath(QStringLiteral("invalid/") + QString::fromLatin1(name));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void validateTextLines();
    void validateJson();
    void validateExitCodes();
    void fmtPreservesAndReindents();
    void fmtCheck();
    void usageErrors();
    void effectiveResolvesIncludes();
    void effectivePrivileged();
    void compileReportsSize();
    void templatePrintsValidProfiles();
    void explainSyscallAndCapability();
    void explainInChinese();
    void diffListsChanges();
    void unknownNamesGetSuggestions();
    void lintReportsFindings();
    void lintSarifIsValid();
    void testRunsTheEmulator();
};

void TestCli::validateTextLines()
{
    const QString file = fixture("unknown-action.json");
    const Run run = cli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        QStringLiteral("%1:6:14: error: Unknown action “SCMP_ACT_ALOW” — did you mean "
                       "“SCMP_ACT_ALLOW”? [unknown-action]\n")
            .arg(file));
}

void TestCli::validateJson()
{
    const QString file = fixture("value-two.json");
    const Run run = cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(run.exitCode, 0); // a warning is not an error
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject d = doc.array().first().toObject();
    QCOMPARE(d.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(d.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(d.value(QStringLiteral("column")).toInt(), 42);
    QCOMPARE(d.value(QStringLiteral("pointer")).toString(), QStringLiteral("/syscalls/0/args/0/valueTwo"));
    QCOMPARE(d.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(d.value(QStringLiteral("code")).toString(), QStringLiteral("unused-value-two"));
    QVERIFY(d.value(QStringLiteral("message")).toString().contains(QStringLiteral("MASKED_EQ")));
}

void TestCli::validateExitCodes()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": "
            "\"SCMP_ACT_ALLOW\"}]}");
    f.close();
    QCOMPARE(cli({QStringLiteral("validate"), good}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("validate"), good, fixture("name-and-names.json")}).exitCode, 1);
    const Run missing = cli({QStringLiteral("validate"), good, dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains(QStringLiteral("missing.json: error: Cannot open the file")));
}

void TestCli::fmtPreservesAndReindents()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.json"));
    const QByteArray text = "{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"syscalls\": [\n    {\n"
                            "      \"names\": [\"read\"],\n      \"action\": \"SCMP_ACT_ALLOW\"\n    }\n  ]\n}\n";
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();

    const Run toStdout = cli({QStringLiteral("fmt"), input});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out,
        QStringLiteral("{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"syscalls\": [\n    {\n"
                       "      \"names\": [\n        \"read\"\n      ],\n"
                       "      \"action\": \"SCMP_ACT_ALLOW\"\n    }\n  ]\n}\n"));

    const QString output = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(cli({QStringLiteral("fmt"), input, QStringLiteral("--indent"), QStringLiteral("tab"), QStringLiteral("-o"),
                     output})
                 .exitCode,
        0);
    QVERIFY(readAll(output).startsWith("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{"));
    QCOMPARE(readAll(input), text); // the input is untouched
}

void TestCli::fmtCheck()
{
    SKIP_WITHOUT_CORPUS();
    const QString docker = TestCorpus::path(QStringLiteral("docker-default-2026.json"));
    QCOMPARE(cli({QStringLiteral("fmt"), QStringLiteral("--check"), docker}).exitCode, 0);
    const Run unformatted = cli({QStringLiteral("fmt"), QStringLiteral("--check"),
        TestCorpus::path(QStringLiteral("moby-fixture-conditional_include.json"))});
    QCOMPARE(unformatted.exitCode, 1);
    QVERIFY(unformatted.out.contains(QStringLiteral("not formatted")));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x")})
                 .exitCode,
        2);
    QCOMPARE(
        cli({QStringLiteral("fmt"), QStringLiteral("--indent"), QStringLiteral("eight"), fixture("value-two.json")})
            .exitCode,
        2);
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("validate FILE...")));
}

void TestCli::effectiveResolvesIncludes()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
	"defaultAction": "SCMP_ACT_ERRNO",
	"archMap": [
		{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86"]},
		{"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}
	],
	"syscalls": [
		{"names": ["read"], "action": "SCMP_ACT_ALLOW", "comment": "everyday"},
		{"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
		{"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38, "excludes": {"caps": ["CAP_SYS_ADMIN"]}}
	]
})");
    f.close();
    const Run plain = cli({QStringLiteral("effective"), file});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out, QStringLiteral("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"architectures\": [\n"
                                       "\t\t\"SCMP_ARCH_X86_64\",\n\t\t\"SCMP_ARCH_X86\"\n\t],\n\t\"syscalls\": [\n"
                                       "\t\t{\n\t\t\t\"names\": [\n\t\t\t\t\"read\"\n\t\t\t],\n"
                                       "\t\t\t\"action\": \"SCMP_ACT_ALLOW\"\n\t\t},\n"
                                       "\t\t{\n\t\t\t\"names\": [\n\t\t\t\t\"clone3\"\n\t\t\t],\n"
                                       "\t\t\t\"action\": \"SCMP_ACT_ERRNO\",\n\t\t\t\"errnoRet\": 38\n\t\t}\n\t]\n}\n"));
    const Run admin = cli({QStringLiteral("effective"), file, QStringLiteral("--caps"), QStringLiteral("default,+SYS_ADMIN"),
                           QStringLiteral("--arch"), QStringLiteral("arm64")});
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(admin.out.contains(QStringLiteral("\"mount\"")));
    QVERIFY(!admin.out.contains(QStringLiteral("clone3")));
    QVERIFY(admin.out.contains(QStringLiteral("SCMP_ARCH_ARM\"")));
    QCOMPARE(cli({QStringLiteral("effective"), file, QStringLiteral("--caps"), QStringLiteral("+SYS_ADMINN")}).exitCode, 2);
}

void TestCli::effectivePrivileged()
{
    const Run run = cli({QStringLiteral("effective"), fixture("value-two.json"), QStringLiteral("--privileged")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("no seccomp filter")));
    QVERIFY(!run.out.contains(QLatin1Char('{')));
}

void TestCli::compileReportsSize()
{
    SKIP_WITHOUT_CORPUS();
    QTemporaryDir dir;
    const QString bpf = dir.filePath(QStringLiteral("filter.bpf"));
    const Run run = cli({QStringLiteral("compile"), TestCorpus::path(QStringLiteral("docker-default-2026.json")),
                         QStringLiteral("--bpf"), bpf});
    QCOMPARE(run.exitCode, 0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^instructions: (\\d+)$"),
                                                         QRegularExpression::MultilineOption)
                                          .match(run.out);
    QVERIFY2(m.hasMatch(), qPrintable(run.out));
    const int count = m.captured(1).toInt();
    QVERIFY(count > 100 && count < 4096);
    QCOMPARE(QFileInfo(bpf).size(), qint64(count) * 8);
    QVERIFY(run.out.contains(QStringLiteral("SCMP_ARCH_X86_64, SCMP_ARCH_X86, SCMP_ARCH_X32")));

    const Run pfc = cli({QStringLiteral("compile"), TestCorpus::path(QStringLiteral("docker-default-2026.json")),
                         QStringLiteral("--pfc"), QStringLiteral("--optimize"), QStringLiteral("tree")});
    QVERIFY(pfc.out.contains(QStringLiteral("pseudo filter code start")));
}

void TestCli::templatePrintsValidProfiles()
{
    const Run run = cli({QStringLiteral("template"), QStringLiteral("docker-default")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"defaultErrnoRet\": 1,")));
    const Run unknown = cli({QStringLiteral("template"), QStringLiteral("docker-defualt")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("did you mean “docker-default”")));
}

void TestCli::explainSyscallAndCapability()
{
    const Run ptrace = cli({QStringLiteral("explain"), QStringLiteral("ptrace")});
    QCOMPARE(ptrace.exitCode, 0);
    QVERIFY(ptrace.out.startsWith(QStringLiteral("ptrace — ")));
    QVERIFY(ptrace.out.contains(QStringLiteral("CAP_SYS_PTRACE")));
    QVERIFY(ptrace.out.contains(QStringLiteral("amd64 101")));
    const Run cap = cli({QStringLiteral("explain"), QStringLiteral("CAP_SYS_ADMIN")});
    QCOMPARE(cap.exitCode, 0);
    QVERIFY(cap.out.startsWith(QStringLiteral("CAP_SYS_ADMIN (21)")));
    QVERIFY(cap.out.contains(QStringLiteral("mount")));
}

void TestCli::explainInChinese()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const Run run = cli({QStringLiteral("explain"), QStringLiteral("mount")});
    QLocale::setDefault(before);
    QCOMPARE(run.exitCode, 0);
    // The description comes from the catalogue's Chinese text.
    const QString firstLine = run.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(firstLine));
}

void TestCli::diffListsChanges()
{
    SKIP_WITHOUT_CORPUS();
    const Run run = cli({QStringLiteral("diff"), TestCorpus::path(QStringLiteral("docker-default-2020.json")),
                         TestCorpus::path(QStringLiteral("docker-default-2026.json"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("~ clone3: SCMP_ACT_ERRNO(1) (default) → SCMP_ACT_ERRNO(38)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("+ close_range: SCMP_ACT_ERRNO(1) (default) → SCMP_ACT_ALLOW")));
    const Run same = cli({QStringLiteral("diff"), TestCorpus::path(QStringLiteral("docker-default-2026.json")),
                          QStringLiteral("template:docker-default")});
    QCOMPARE(same.out, QStringLiteral("No difference for this target.\n"));
    QCOMPARE(same.exitCode, 0);
}

void TestCli::unknownNamesGetSuggestions()
{
    const Run command = cli({QStringLiteral("valdate")});
    QCOMPARE(command.exitCode, 2);
    QVERIFY(command.err.contains(QStringLiteral("did you mean “validate”")));
    const Run syscall = cli({QStringLiteral("explain"), QStringLiteral("ptrcae")});
    QCOMPARE(syscall.exitCode, 2);
    QVERIFY(syscall.err.contains(QStringLiteral("did you mean “ptrace”")));
    const Run arch = cli({QStringLiteral("compile"), fixture("value-two.json"), QStringLiteral("--arch"), QStringLiteral("arm46")});
    QCOMPARE(arch.exitCode, 2);
    QVERIFY(arch.err.contains(QStringLiteral("did you mean “arm64”")));
}

namespace {
QString writeTemp(QTemporaryDir &dir, const QByteArray &text)
{
    const QString file = dir.filePath(QStringLiteral("lint.json"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return file;
}

// Starts (the runtime's syscalls are there), but allows mount without CAP_SYS_ADMIN.
const QByteArray MountWithoutCapability = R"({
    "defaultAction": "SCMP_ACT_ERRNO",
    "syscalls": [
        {"names": ["mount"], "action": "SCMP_ACT_ALLOW"},
        {"names": ["execve", "exit_group", "exit", "futex", "prctl", "capget", "capset", "setgroups", "setresuid",
                   "setresgid", "rt_sigreturn", "rt_sigprocmask", "rt_sigaction", "sigaltstack", "mmap", "munmap",
                   "mprotect", "brk", "read", "write", "close", "openat", "fstat", "newfstatat", "fcntl", "nanosleep",
                   "sched_yield", "getpid", "gettid", "tgkill", "arch_prctl", "set_tid_address", "set_robust_list",
                   "chroot", "unshare"],
         "action": "SCMP_ACT_ALLOW"},
        {"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}
    ]
})";
} // namespace

void TestCli::lintReportsFindings()
{
    QTemporaryDir dir;
    const QString file = writeTemp(dir, MountWithoutCapability);
    // Warnings only: exit 0 by default, 1 with --fail-on warning.
    QCOMPARE(cli({QStringLiteral("lint"), file}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("lint"), file, QStringLiteral("--fail-on"), QStringLiteral("warning")}).exitCode, 1);
    // validate knows nothing of capabilities.
    QCOMPARE(cli({QStringLiteral("validate"), file}).out, QString());

    const Run json = cli({QStringLiteral("lint"), file, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QJsonObject needs;
    for (const QJsonValue &f : findings) {
        if (f[QStringLiteral("code")] == QStringLiteral("allowed-needs-capability")) {
            needs = f.toObject();
        }
    }
    QCOMPARE(needs[QStringLiteral("syscalls")].toArray(), QJsonArray{QStringLiteral("mount")});
    QCOMPARE(needs[QStringLiteral("capabilities")].toArray(), QJsonArray{QStringLiteral("CAP_SYS_ADMIN")});
    QCOMPARE(needs[QStringLiteral("line")].toInt(), 4);
    QCOMPARE(needs[QStringLiteral("pointer")].toString(), QStringLiteral("/syscalls/0/names/0"));

    // Adding the capability turns it into a dangerous pair: an error.
    const Run admin = cli({QStringLiteral("lint"), file, QStringLiteral("--caps"), QStringLiteral("default,+SYS_ADMIN")});
    QCOMPARE(admin.exitCode, 1);
    QVERIFY(admin.out.contains(QStringLiteral("[dangerous-sys-admin]")));
}

void TestCli::lintSarifIsValid()
{
    QTemporaryDir dir;
    const QString file = writeTemp(dir, MountWithoutCapability);
    const Run run = cli({QStringLiteral("lint"), file, QStringLiteral("--format"), QStringLiteral("sarif")});
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The required fields of SARIF 2.1.0 (sarif-schema-2.1.0.json).
    QCOMPARE(log[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
    QVERIFY(log[QStringLiteral("$schema")].toString().contains(QStringLiteral("sarif-2.1.0")));
    const QJsonArray runs = log[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject driver = runs[0][QStringLiteral("tool")][QStringLiteral("driver")].toObject();
    QCOMPARE(driver[QStringLiteral("name")].toString(), QStringLiteral("sysfence-cli"));
    const QJsonArray rules = driver[QStringLiteral("rules")].toArray();
    QStringList ruleIds;
    for (const QJsonValue &rule : rules) {
        QVERIFY(!rule[QStringLiteral("id")].toString().isEmpty());
        ruleIds << rule[QStringLiteral("id")].toString();
    }
    const QJsonArray results = runs[0][QStringLiteral("results")].toArray();
    QVERIFY(results.size() >= 2);
    const QStringList levels = {QStringLiteral("none"), QStringLiteral("note"), QStringLiteral("warning"), QStringLiteral("error")};
    for (const QJsonValue &result : results) {
        QVERIFY(!result[QStringLiteral("message")][QStringLiteral("text")].toString().isEmpty());
        QVERIFY(levels.contains(result[QStringLiteral("level")].toString()));
        const int index = result[QStringLiteral("ruleIndex")].toInt();
        QCOMPARE(ruleIds.value(index), result[QStringLiteral("ruleId")].toString());
        const QJsonObject physical = result[QStringLiteral("locations")][0][QStringLiteral("physicalLocation")].toObject();
        QVERIFY(!physical[QStringLiteral("artifactLocation")][QStringLiteral("uri")].toString().isEmpty());
        if (physical.contains(QStringLiteral("region"))) {
            QVERIFY(physical[QStringLiteral("region")][QStringLiteral("startLine")].toInt() >= 1);
            QVERIFY(physical[QStringLiteral("region")][QStringLiteral("startColumn")].toInt() >= 1);
        }
    }
}

void TestCli::testRunsTheEmulator()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("docker.json"));
    const Run docker = cli({QStringLiteral("template"), QStringLiteral("docker-default")});
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(docker.out.toUtf8());
    f.close();
    auto test = [&](const QStringList &args) { return cli(QStringList{QStringLiteral("test"), file} + args).out; };
    QCOMPARE(test({QStringLiteral("personality"), QStringLiteral("0xffffffff")}), QStringLiteral("SCMP_ACT_ALLOW\n"));
    QCOMPARE(test({QStringLiteral("personality"), QStringLiteral("7")}), QStringLiteral("SCMP_ACT_ERRNO(1)\n"));
    QCOMPARE(test({QStringLiteral("socket"), QStringLiteral("AF_VSOCK"), QStringLiteral("1")}), QStringLiteral("SCMP_ACT_ERRNO(1)\n"));
    QCOMPARE(test({QStringLiteral("41"), QStringLiteral("2")}), QStringLiteral("SCMP_ACT_ALLOW\n")); // socket(AF_INET) by number
    QCOMPARE(test({QStringLiteral("mount"), QStringLiteral("--caps"), QStringLiteral("default,+SYS_ADMIN")}),
             QStringLiteral("SCMP_ACT_ALLOW\n"));
    QCOMPARE(test({QStringLiteral("mount"), QStringLiteral("--arch"), QStringLiteral("arm64")}), QStringLiteral("SCMP_ACT_ERRNO(1)\n"));
    const QString path = test({QStringLiteral("getpid"), QStringLiteral("--path")});
    QVERIFY(path.startsWith(QStringLiteral("SCMP_ACT_ALLOW\n")));
    QVERIFY(path.contains(QStringLiteral("ld [arch]")));
    QVERIFY(path.contains(QStringLiteral("ret SCMP_ACT_ALLOW")));
    const Run unknown = cli({QStringLiteral("test"), file, QStringLiteral("getpdi")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("did you mean “getpid”")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
