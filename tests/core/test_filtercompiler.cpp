#include "analysis/effectiveprofile.h"
#include "format/profilereader.h"
#include "seccomp/filtercompiler.h"

#include <QTest>

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>

using namespace Sysfence;

namespace {
FilterCompiler::Result compile(const QByteArray &json,
                               FilterCompiler::Optimization optimization = FilterCompiler::Optimization::Linear)
{
    const ProfileReader::Result r = ProfileReader::read(json);
    if (r.hasErrors()) {
        qWarning() << r.diagnostics.constFirst().message;
    }
    return FilterCompiler::compile(EffectiveProfile::evaluate(r.profile, Target::dockerDefault()),
                                   QStringLiteral("SCMP_ARCH_X86_64"), optimization);
}

// Loads the exported program into a child and runs `probe` there; returns
// what the probe returned (its exit status).
template<typename Probe>
int inChildUnderFilter(const QByteArray &bpf, Probe probe)
{
    const pid_t pid = fork();
    if (pid == 0) {
        sock_fprog program{};
        program.len = static_cast<unsigned short>(bpf.size() / sizeof(sock_filter));
        program.filter = reinterpret_cast<sock_filter *>(const_cast<char *>(bpf.constData()));
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) != 0) {
            _exit(200);
        }
        _exit(probe());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
        return 1000 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

const QByteArray Rules = R"({
    "defaultAction": "SCMP_ACT_ALLOW",
    "syscalls": [
        {"names": ["getppid"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38},
        {"names": ["personality"], "action": "SCMP_ACT_ERRNO", "errnoRet": 22,
         "args": [{"index": 0, "value": 4294967295, "op": "SCMP_CMP_EQ"}]},
        {"names": ["mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13,
         "args": [{"index": 2, "value": 511, "op": "SCMP_CMP_EQ"}, {"index": 2, "value": 448, "op": "SCMP_CMP_EQ"}]},
        {"names": ["getuid"], "action": "SCMP_ACT_ALLOW"},
        {"names": ["no_such_syscall_here"], "action": "SCMP_ACT_ERRNO"}
    ]
})";
} // namespace

class TestFilterCompiler final : public QObject
{
    Q_OBJECT

private slots:
    void reportsSizeAndDroppedNames();
    void treeOptimisationIsOffered();
    void kernelRunsTheFilter();
    void killMeansKillThread();
};

void TestFilterCompiler::reportsSizeAndDroppedNames()
{
    const FilterCompiler::Result r = compile(Rules);
    QVERIFY2(r.ok, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(r.instructionCount > 5);
    QCOMPARE(r.bpf.size(), qsizetype(r.instructionCount) * 8);
    QCOMPARE(r.unknownNames, QStringList{QStringLiteral("no_such_syscall_here")});
    // getuid has the default action: runc leaves the rule out.
    QCOMPARE(r.skippedRules, QStringList{QStringLiteral("getuid: SCMP_ACT_ALLOW")});
    QVERIFY(r.pfc.contains(QLatin1String("getppid")));
    QVERIFY(r.pfc.contains(QLatin1String("ERRNO(38)")));
    QVERIFY(!r.pfc.contains(QLatin1String("getuid")));
}

void TestFilterCompiler::treeOptimisationIsOffered()
{
    const FilterCompiler::Result linear = compile(Rules, FilterCompiler::Optimization::Linear);
    const FilterCompiler::Result tree = compile(Rules, FilterCompiler::Optimization::BinaryTree);
    QCOMPARE(linear.linearInstructionCount, tree.linearInstructionCount);
    QCOMPARE(linear.treeInstructionCount, tree.treeInstructionCount);
    QCOMPARE(tree.instructionCount, tree.treeInstructionCount);
    QCOMPARE(linear.instructionCount, linear.linearInstructionCount);
}

void TestFilterCompiler::kernelRunsTheFilter()
{
    const FilterCompiler::Result r = compile(Rules);
    QVERIFY(r.ok);
    // Unconditional errno. (glibc's getppid() never reports errors, so ask
    // the kernel directly.)
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return syscall(SYS_getppid) == -1 ? errno : 0; }), 38);
    // Argument condition: only 0xffffffff is refused.
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return personality(0xffffffff) == -1 ? errno : 0; }), 22);
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return personality(PER_LINUX) == -1 ? errno : 0; }), 0);
    // Two conditions on one argument are OR-ed (runc's fallback), not AND-ed.
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return mkdirat(AT_FDCWD, "/nonexistent/a", 0777) == -1 ? errno : 0; }), 13);
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return mkdirat(AT_FDCWD, "/nonexistent/a", 0700) == -1 ? errno : 0; }), 13);
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return mkdirat(AT_FDCWD, "/nonexistent/a", 0755) == -1 ? errno : 0; }), ENOENT);
    // Everything else is allowed.
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return getpid() > 0 ? 0 : 1; }), 0);
}

void TestFilterCompiler::killMeansKillThread()
{
    const FilterCompiler::Result r = compile(R"({
        "defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [{"names": ["getppid"], "action": "SCMP_ACT_KILL"}]
    })");
    QVERIFY(r.ok);
    QVERIFY(r.pfc.contains(QLatin1String("KILL")));
    // The only thread dies with SIGSYS.
    QCOMPARE(inChildUnderFilter(r.bpf, [] { return static_cast<int>(syscall(SYS_getppid)) > 0 ? 0 : 1; }), 1000 + SIGSYS);
}

QTEST_GUILESS_MAIN(TestFilterCompiler)
#include "test_filtercompiler.moc"
