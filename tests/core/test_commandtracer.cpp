// `run` and `record` for real: commands run under filters the kernel
// loads, and what the tracer answers is compared with what the kernel
// answers when the same profile is loaded without a tracer.
#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "catalog/profiletemplates.h"
#include "cli/cliapplication.h"
#include "clirun.h"
#include "edit/profileeditor.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"
#include "seccomp/filtercompiler.h"
#include "seccomp/syscallresolver.h"
#include "trace/commandtracer.h"
#include "trace/recordedprofile.h"
#include "trace/tracingfilter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Sysfence;

namespace {
using CliRun::Run;
using CliRun::cli;

const QStringList ShellCommand = {QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                  QStringLiteral("ls / >/dev/null; date")};

Profile parse(const QByteArray &json)
{
    const ProfileReader::Result r = ProfileReader::read(json, QStringLiteral("test.json"));
    if (!r.parsed || r.hasErrors()) {
        qWarning() << "fixture does not parse";
    }
    return r.profile;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Loads `bpf` in a child with no tracer at all, runs the probe there and
// returns what it printed: the kernel's own answers.
QByteArray runUnderRealFilter(const QByteArray &bpf, const QStringList &probeArgs, int *status)
{
    QTemporaryFile output;
    if (!output.open()) {
        return {};
    }
    std::vector<QByteArray> storage{QByteArray(SYSFENCE_TRACEPROBE)};
    for (const QString &a : probeArgs) {
        storage.push_back(a.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &a : storage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    QByteArray program = bpf;
    sock_fprog prog{static_cast<unsigned short>(program.size() / 8), reinterpret_cast<sock_filter *>(program.data())};
    const int fd = output.handle();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(fd, STDOUT_FILENO);
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
            || syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
            _exit(120);
        }
        execv(argv[0], argv.data());
        _exit(121);
    }
    waitpid(pid, status, 0);
    output.seek(0);
    return output.readAll();
}

CommandTracer::Report runTraced(const TracingFilter &filter, const QStringList &probeArgs, QByteArray *printed)
{
    QTemporaryFile output;
    if (!output.open()) {
        return {};
    }
    CommandTracer::Options options;
    options.program = QStringLiteral(SYSFENCE_TRACEPROBE);
    options.arguments = probeArgs;
    options.bpf = filter.compiled.bpf;
    options.verdicts = filter.verdicts;
    options.stdoutFd = output.handle();
    options.nullStdin = true;
    CommandTracer tracer;
    const CommandTracer::Report report = tracer.run(options);
    output.seek(0);
    *printed = output.readAll();
    return report;
}

const CommandTracer::Call *findCall(const CommandTracer::Report &report, const QString &name)
{
    for (const CommandTracer::Call &c : report.calls) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

// A profile that answers each probe syscall differently.
const QByteArray MixedProfile = R"({
    "defaultAction": "SCMP_ACT_ALLOW",
    "syscalls": [
        {"names": ["getppid"], "action": "SCMP_ACT_ERRNO", "errnoRet": 42},
        {"names": ["getgid"], "action": "SCMP_ACT_ERRNO"},
        {"names": ["getpgrp"], "action": "SCMP_ACT_TRACE", "errnoRet": 7},
        {"names": ["getuid"], "action": "SCMP_ACT_LOG"},
        {"names": ["getsid"], "action": "SCMP_ACT_ERRNO", "errnoRet": 5,
         "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"}]}
    ]
})";
} // namespace

class TestCommandTracer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void answersLikeTheKernel();
    void followsThreadsAndChildren();
    void killActionEndsTheCommand();
    void trapRaisesSigsys();
    void recordThenRunRoundTrip();
    void recordSeesThreadsAndForks();
    void mergeWithBaseIsOneUndoableEdit();
    void reportsCommandsThatCannotRun();
};

void TestCommandTracer::initTestCase()
{
    if (const QString why = CommandTracer::unsupportedReason(); !why.isEmpty()) {
        QSKIP(qPrintable(why));
    }
}

void TestCommandTracer::answersLikeTheKernel()
{
    const Profile profile = parse(MixedProfile);
    const Target target = Target::dockerDefault();
    const EffectiveProfile effective = EffectiveProfile::evaluate(profile, target);
    const QString arch = SyscallResolver::nativeArchitecture();
    const FilterCompiler::Result real = FilterCompiler::compile(effective, arch);
    QVERIFY(real.ok);
    const TracingFilter traced = TracingFilter::forProfile(effective, arch);
    QVERIFY(traced.ok());
    // The tracing program is the same program with other return values.
    QCOMPARE(traced.compiled.instructionCount, real.instructionCount);

    const QStringList calls = {QStringLiteral("getppid"), QStringLiteral("getgid"),  QStringLiteral("getpgrp"),
                               QStringLiteral("getuid"),  QStringLiteral("geteuid"), QStringLiteral("getsid")};
    int status = -1;
    const QByteArray kernelAnswers = runUnderRealFilter(real.bpf, calls, &status);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QByteArray tracedAnswers;
    const CommandTracer::Report report = runTraced(traced, calls, &tracedAnswers);
    QVERIFY2(report.started, qPrintable(report.error));
    QCOMPARE(report.exitCode, 0);
    QCOMPARE(tracedAnswers, kernelAnswers);
    // And the answers are the profile's, not accidents of both runs.
    QVERIFY(tracedAnswers.contains("main:getppid failed errno=42\n"));
    QVERIFY(tracedAnswers.contains("main:getgid failed errno=1\n"));
    QVERIFY(tracedAnswers.contains("main:getpgrp failed errno=38\n")); // TRACE without a tracer: ENOSYS
    QVERIFY(tracedAnswers.contains("main:getuid ok"));
    QVERIFY(tracedAnswers.contains("main:getsid ok")); // getsid(0): the condition arg0 == 1 does not match

    QStringList denied;
    for (const CommandTracer::Call &c : report.denied()) {
        denied.append(c.name);
    }
    denied.sort();
    QCOMPARE(denied, (QStringList{QStringLiteral("getgid"), QStringLiteral("getpgrp"), QStringLiteral("getppid")}));
    const CommandTracer::Call *getppid = findCall(report, QStringLiteral("getppid"));
    QVERIFY(getppid);
    QCOMPARE(getppid->actionText(), QStringLiteral("SCMP_ACT_ERRNO(42)"));
    QCOMPARE(getppid->architecture, arch);
    const CommandTracer::Call *getuid = findCall(report, QStringLiteral("getuid"));
    QVERIFY(getuid);
    QCOMPARE(getuid->actionText(), QStringLiteral("SCMP_ACT_LOG"));
    QVERIFY(!findCall(report, QStringLiteral("geteuid"))); // allowed by the program: never stops
}

void TestCommandTracer::followsThreadsAndChildren()
{
    const EffectiveProfile effective = EffectiveProfile::evaluate(parse(MixedProfile), Target::dockerDefault());
    const TracingFilter traced = TracingFilter::forProfile(effective, SyscallResolver::nativeArchitecture());
    const QStringList calls = {QStringLiteral("getppid"), QStringLiteral("thread:getppid"),
                               QStringLiteral("fork:getppid"), QStringLiteral("fork:getgid")};
    QByteArray printed;
    const CommandTracer::Report report = runTraced(traced, calls, &printed);
    QVERIFY2(report.started, qPrintable(report.error));
    QVERIFY(printed.contains("thread:getppid failed errno=42\n"));
    QVERIFY(printed.contains("fork:getppid failed errno=42\n"));
    QVERIFY(printed.contains("fork:getgid failed errno=1\n"));
    const CommandTracer::Call *getppid = findCall(report, QStringLiteral("getppid"));
    QVERIFY(getppid);
    QCOMPARE(getppid->count, 3);
    QVERIFY(report.processes >= 4); // the probe, its thread, two children
}

void TestCommandTracer::killActionEndsTheCommand()
{
    const Profile profile = parse(R"({"defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [{"names": ["getsid"], "action": "SCMP_ACT_KILL_PROCESS"}]})");
    const TracingFilter traced = TracingFilter::forProfile(EffectiveProfile::evaluate(profile, Target::dockerDefault()),
                                                           SyscallResolver::nativeArchitecture());
    QByteArray printed;
    const CommandTracer::Report report =
        runTraced(traced, {QStringLiteral("getppid"), QStringLiteral("getsid"), QStringLiteral("getuid")}, &printed);
    QVERIFY(report.started);
    QVERIFY(report.killedBySeccomp);
    QCOMPARE(report.killedOn, QStringLiteral("getsid"));
    QCOMPARE(report.signal, SIGSYS);
    QCOMPARE(report.shellStatus(), 128 + SIGSYS);
    QVERIFY(printed.contains("main:getppid ok"));
    QVERIFY(!printed.contains("getsid"));
    QVERIFY(!printed.contains("getuid")); // nothing runs after the kill
}

void TestCommandTracer::trapRaisesSigsys()
{
    const Profile profile = parse(R"({"defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [{"names": ["getsid"], "action": "SCMP_ACT_TRAP"}]})");
    const EffectiveProfile effective = EffectiveProfile::evaluate(profile, Target::dockerDefault());
    const QString arch = SyscallResolver::nativeArchitecture();
    int status = -1;
    runUnderRealFilter(FilterCompiler::compile(effective, arch).bpf, {QStringLiteral("getsid")}, &status);
    QVERIFY(WIFSIGNALED(status));
    QCOMPARE(WTERMSIG(status), SIGSYS);
    QByteArray printed;
    const CommandTracer::Report report =
        runTraced(TracingFilter::forProfile(effective, arch), {QStringLiteral("getsid")}, &printed);
    QVERIFY(!report.killedBySeccomp);
    QCOMPARE(report.signal, SIGSYS);
}

void TestCommandTracer::recordThenRunRoundTrip()
{
    QTemporaryDir dir;
    const QString recorded = dir.filePath(QStringLiteral("recorded.json"));
    const Run record = cli(QStringList{QStringLiteral("record"), QStringLiteral("-o"), recorded, QStringLiteral("--")}
                           + ShellCommand);
    QVERIFY2(record.exitCode == 0, qPrintable(record.err));
    QVERIFY(record.err.contains(QStringLiteral("recorded")));

    const ProfileReader::Result read = ProfileReader::readFile(recorded);
    QVERIFY(read.parsed && !read.hasErrors());
    QCOMPARE(read.profile.defaultAction, std::optional<Action>(Action::Errno));
    QCOMPARE(read.profile.defaultErrnoRet, std::optional<quint32>(1));
    QVERIFY(read.profile.architectures.contains(SyscallResolver::nativeArchitecture()));
    QCOMPARE(read.profile.rules.size(), 1);
    const QStringList names = read.profile.rules.constFirst().names;
    for (const char *needed : {"execve", "getdents64", "openat", "write", "exit_group", "wait4"}) {
        QVERIFY2(names.contains(QLatin1String(needed)), needed);
    }

    // The recording is enough to run the command: nothing is denied.
    const Run ok = cli(QStringList{QStringLiteral("run"), recorded, QStringLiteral("--")} + ShellCommand);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY2(ok.err.contains(QStringLiteral("no syscall was denied")), qPrintable(ok.err));

    // Without getdents64, ls cannot list / and run names the call.
    const QString trimmed = dir.filePath(QStringLiteral("without-getdents64.json"));
    const ProfileEdit edit = ProfileEditor::setSyscallAction(read.profile, QStringLiteral("getdents64"), Action::Errno, 1);
    QVERIFY(!edit.after.rules.constFirst().names.contains(QStringLiteral("getdents64")));
    QVERIFY(writeFile(trimmed, ProfileWriter::write(edit.after, read.style)));
    const Run denied = cli(QStringList{QStringLiteral("run"), trimmed, QStringLiteral("--")} + ShellCommand);
    QVERIFY2(denied.err.contains(QStringLiteral("1 syscall(s) denied")), qPrintable(denied.err));
    QVERIFY(denied.err.contains(QStringLiteral("SCMP_ACT_ERRNO(1)")));
    QVERIFY(denied.err.contains(QStringLiteral("getdents64(")));

    // Without execve the command cannot even start.
    const QString noExec = dir.filePath(QStringLiteral("without-execve.json"));
    QVERIFY(writeFile(noExec, ProfileWriter::write(
                                  ProfileEditor::setSyscallAction(read.profile, QStringLiteral("execve"), Action::Errno, 1).after,
                                  read.style)));
    const Run cannot = cli(QStringList{QStringLiteral("run"), noExec, QStringLiteral("--")} + ShellCommand);
    QCOMPARE(cannot.exitCode, int(CliApplication::CannotExecute));
    QVERIFY2(cannot.err.contains(QStringLiteral("Operation not permitted")), qPrintable(cannot.err));

    // --report writes the same findings as JSON.
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    cli(QStringList{QStringLiteral("run"), trimmed, QStringLiteral("--report"), reportPath, QStringLiteral("--")}
        + ShellCommand);
    const QByteArray report = readFile(reportPath);
    QVERIFY(report.contains("\"getdents64\""));
    QVERIFY(report.contains("\"SCMP_ACT_ERRNO(1)\""));
}

void TestCommandTracer::recordSeesThreadsAndForks()
{
    const TracingFilter filter = TracingFilter::forRecording(TracingFilter::nativeArchitectures());
    QVERIFY(filter.ok());
    QVERIFY(filter.verdicts.isEmpty());
    QByteArray printed;
    const CommandTracer::Report report =
        runTraced(filter, {QStringLiteral("thread:getegid"), QStringLiteral("fork:getsid")}, &printed);
    QVERIFY(report.started);
    QCOMPARE(report.exitCode, 0);
    QVERIFY(printed.contains("thread:getegid ok"));
    QVERIFY(printed.contains("fork:getsid ok"));
    const QStringList names = RecordedProfile::syscallNames(report);
    QVERIFY(names.contains(QStringLiteral("getegid")));
    QVERIFY(names.contains(QStringLiteral("getsid")));
    QVERIFY(names.contains(QStringLiteral("wait4")));
    QVERIFY(names.contains(QStringLiteral("clone")) || names.contains(QStringLiteral("clone3")));
    QVERIFY(report.denied().isEmpty());
    const Profile built = RecordedProfile::build(report);
    QCOMPARE(built.rules.size(), 1);
    QCOMPARE(built.rules.constFirst().names, names);
    QCOMPARE(built.architectures, report.architectures);
}

void TestCommandTracer::mergeWithBaseIsOneUndoableEdit()
{
    const Profile base = ProfileTemplates::dockerDefault();
    CommandTracer::Report report;
    report.architectures = {QStringLiteral("SCMP_ARCH_X86_64")};
    for (const char *name : {"read", "unshare", "clone", "mount"}) {
        CommandTracer::Call c;
        c.architecture = QStringLiteral("SCMP_ARCH_X86_64");
        c.name = QString::fromLatin1(name);
        c.count = 1;
        report.calls.append(c);
    }
    const ProfileEdit edit = RecordedProfile::mergeInto(base, report, Target::dockerDefault());
    QCOMPARE(edit.before, base);
    QCOMPARE(edit.syscalls, (QStringList{QStringLiteral("mount"), QStringLiteral("unshare")}));
    // clone is allowed by Docker only without namespace flags: left alone, and said so.
    QVERIFY2(edit.notice.contains(QStringLiteral("clone")), qPrintable(edit.notice));
    const QMap<QString, SyscallVerdict> after = SyscallVerdict::compute(
        EffectiveProfile::evaluate(edit.after, Target::dockerDefault()),
        {QStringLiteral("mount"), QStringLiteral("unshare"), QStringLiteral("clone"), QStringLiteral("read")});
    QCOMPARE(after.value(QStringLiteral("mount")).action, QStringLiteral("SCMP_ACT_ALLOW"));
    QCOMPARE(after.value(QStringLiteral("unshare")).action, QStringLiteral("SCMP_ACT_ALLOW"));
    QVERIFY(!after.value(QStringLiteral("clone")).conditions.isEmpty());

    // A plain architecture list grows by what the command used.
    Profile plain;
    plain.defaultAction = Action::Errno;
    plain.architectures = {QStringLiteral("SCMP_ARCH_X86_64")};
    report.architectures.append(QStringLiteral("SCMP_ARCH_X86"));
    const ProfileEdit grown = RecordedProfile::mergeInto(plain, report, Target::dockerDefault());
    QCOMPARE(grown.after.architectures, (QStringList{QStringLiteral("SCMP_ARCH_X86_64"), QStringLiteral("SCMP_ARCH_X86")}));
    QCOMPARE(grown.before, plain);
}

void TestCommandTracer::reportsCommandsThatCannotRun()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("allow.json"));
    QVERIFY(writeFile(profile, R"({"defaultAction": "SCMP_ACT_ALLOW"})"));
    const Run missing = cli({QStringLiteral("run"), profile, QStringLiteral("--"), QStringLiteral("/nonexistent/cmd")});
    QCOMPARE(missing.exitCode, int(CliApplication::NotFound));
    QVERIFY(missing.err.contains(QStringLiteral("/nonexistent/cmd")));
    const Run notInPath = cli({QStringLiteral("run"), profile, QStringLiteral("--"), QStringLiteral("no-such-command-here")});
    QCOMPARE(notInPath.exitCode, int(CliApplication::NotFound));
    const Run noCommand = cli({QStringLiteral("run"), profile});
    QCOMPARE(noCommand.exitCode, int(CliApplication::UsageError));
    const Run privileged =
        cli({QStringLiteral("run"), profile, QStringLiteral("--privileged"), QStringLiteral("--"), QStringLiteral("true")});
    QCOMPARE(privileged.exitCode, int(CliApplication::RunFailure));
    // The command's own exit status comes back.
    const Run status = cli({QStringLiteral("run"), profile, QStringLiteral("--"), QStringLiteral("/bin/sh"),
                            QStringLiteral("-c"), QStringLiteral("exit 3")});
    QCOMPARE(status.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCommandTracer)
#include "test_commandtracer.moc"
