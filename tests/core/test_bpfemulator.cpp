#include "analysis/effectiveprofile.h"
#include "catalog/profiletemplates.h"
#include "format/profilereader.h"
#include "seccomp/bpfemulator.h"
#include "seccomp/filtercompiler.h"
#include "seccomp/syscallresolver.h"

#include <QTest>

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <fcntl.h>

using namespace Sysfence;

namespace {
// What happened when the kernel ran the call under the filter.
struct KernelOutcome
{
    bool killed = false;
    int error = 0; // errno when the call returned -1, else 0
};

KernelOutcome runInKernel(const QByteArray &bpf, long nr, const std::array<quint64, 6> &args)
{
    int pipefd[2];
    if (pipe(pipefd) != 0) {
        return {};
    }
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        sock_fprog program{};
        program.len = static_cast<unsigned short>(bpf.size() / sizeof(sock_filter));
        program.filter = reinterpret_cast<sock_filter *>(const_cast<char *>(bpf.constData()));
        if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program) != 0) {
            _exit(3);
        }
        const long rc = syscall(nr, args[0], args[1], args[2], args[3], args[4], args[5]);
        const int error = rc == -1 ? errno : 0;
        if (write(pipefd[1], &error, sizeof error) != sizeof error) {
            _exit(4);
        }
        _exit(0);
    }
    close(pipefd[1]);
    KernelOutcome outcome;
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS) {
        outcome.killed = true;
    } else if (read(pipefd[0], &outcome.error, sizeof outcome.error) != sizeof outcome.error) {
        outcome.error = -1;
    }
    close(pipefd[0]);
    return outcome;
}

// Docker's default with an errno nothing else returns, so "the filter
// refused it" cannot be confused with the call failing on its own.
QByteArray dockerDefaultFilter()
{
    Profile p = ProfileTemplates::dockerDefault();
    p.defaultErrnoRet = 200;
    return FilterCompiler::compile(EffectiveProfile::evaluate(p, Target::dockerDefault()), QStringLiteral("SCMP_ARCH_X86_64")).bpf;
}
} // namespace

class TestBpfEmulator final : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheKernel_data();
    void agreesWithTheKernel();
    void sixtyFourBitArguments();
    void killIsSigsys();
    void rejectsBrokenPrograms();
};

void TestBpfEmulator::agreesWithTheKernel_data()
{
    QTest::addColumn<QString>("syscall");
    QTest::addColumn<quint64>("arg0");
    QTest::addColumn<quint64>("arg1");
    QTest::addColumn<quint64>("arg2");
    QTest::addColumn<QString>("expected");

    QTest::newRow("personality query") << "personality" << quint64(0xffffffff) << quint64(0) << quint64(0) << "SCMP_ACT_ALLOW";
    QTest::newRow("personality PER_LINUX32") << "personality" << quint64(8) << quint64(0) << quint64(0) << "SCMP_ACT_ALLOW";
    QTest::newRow("personality other") << "personality" << quint64(7) << quint64(0) << quint64(0) << "SCMP_ACT_ERRNO(200)";
    QTest::newRow("socket AF_VSOCK") << "socket" << quint64(40) << quint64(1) << quint64(0) << "SCMP_ACT_ERRNO(200)";
    QTest::newRow("socket AF_UNIX") << "socket" << quint64(1) << quint64(1) << quint64(0) << "SCMP_ACT_ALLOW";
    QTest::newRow("mkdirat") << "mkdirat" << quint64(quint32(AT_FDCWD)) << quint64(0) << quint64(0755) << "SCMP_ACT_ALLOW";
    QTest::newRow("getpid") << "getpid" << quint64(0) << quint64(0) << quint64(0) << "SCMP_ACT_ALLOW";
    QTest::newRow("unshare user namespace") << "unshare" << quint64(CLONE_NEWUSER) << quint64(0) << quint64(0) << "SCMP_ACT_ERRNO(200)";
    QTest::newRow("unshare nothing") << "unshare" << quint64(0) << quint64(0) << quint64(0) << "SCMP_ACT_ERRNO(200)";
    QTest::newRow("clone3") << "clone3" << quint64(0) << quint64(0) << quint64(0) << "SCMP_ACT_ERRNO(38)";
    QTest::newRow("kexec_load") << "kexec_load" << quint64(0) << quint64(0) << quint64(0) << "SCMP_ACT_ERRNO(200)";
}

void TestBpfEmulator::agreesWithTheKernel()
{
    QFETCH(QString, syscall);
    QFETCH(quint64, arg0);
    QFETCH(quint64, arg1);
    QFETCH(quint64, arg2);
    QFETCH(QString, expected);
    const QByteArray bpf = dockerDefaultFilter();
    QVERIFY(!bpf.isEmpty());
    BpfEmulator::Call call;
    call.arch = SyscallResolver::auditArch(QStringLiteral("SCMP_ARCH_X86_64"));
    call.nr = *SyscallResolver::number(QStringLiteral("SCMP_ARCH_X86_64"), syscall);
    call.args = {arg0, arg1, arg2, 0, 0, 0};
    const BpfEmulator::Result emulated = BpfEmulator::run(bpf, call);
    QVERIFY2(emulated.ok, qPrintable(emulated.error));
    QCOMPARE(emulated.action(), expected);
    QVERIFY(emulated.path.size() >= 3);

    const KernelOutcome kernel = runInKernel(bpf, call.nr, call.args);
    QVERIFY(!kernel.killed);
    if (expected.startsWith(QLatin1String("SCMP_ACT_ERRNO"))) {
        QCOMPARE(kernel.error, int(emulated.value & SECCOMP_RET_DATA));
    } else {
        QVERIFY2(kernel.error != 200 && kernel.error != 38, qPrintable(QString::number(kernel.error)));
    }
}

void TestBpfEmulator::sixtyFourBitArguments()
{
    // Argument values are 64 bits; the filter compares both halves.
    const ProfileReader::Result r = ProfileReader::read(R"({
        "defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [{"names": ["prctl"], "action": "SCMP_ACT_ERRNO", "errnoRet": 201,
                      "args": [{"index": 1, "value": 4294967297, "op": "SCMP_CMP_EQ"}]}]
    })");
    const QByteArray bpf = FilterCompiler::compile(EffectiveProfile::evaluate(r.profile, Target::dockerDefault()),
                                                   QStringLiteral("SCMP_ARCH_X86_64")).bpf;
    BpfEmulator::Call call;
    call.arch = SyscallResolver::auditArch(QStringLiteral("SCMP_ARCH_X86_64"));
    call.nr = SYS_prctl;
    for (const quint64 value : {quint64(0x100000001), quint64(1), quint64(0x200000001)}) {
        call.args = {0x7fffffff, value, 0, 0, 0, 0}; // an option prctl does not know
        const BpfEmulator::Result emulated = BpfEmulator::run(bpf, call);
        const KernelOutcome kernel = runInKernel(bpf, call.nr, call.args);
        const bool refused = value == 0x100000001;
        QCOMPARE(emulated.action(), refused ? QStringLiteral("SCMP_ACT_ERRNO(201)") : QStringLiteral("SCMP_ACT_ALLOW"));
        QCOMPARE(kernel.error, refused ? 201 : EINVAL);
    }
}

void TestBpfEmulator::killIsSigsys()
{
    const ProfileReader::Result r = ProfileReader::read(R"({
        "defaultAction": "SCMP_ACT_ALLOW",
        "syscalls": [{"names": ["getppid"], "action": "SCMP_ACT_KILL_PROCESS"}]
    })");
    const QByteArray bpf = FilterCompiler::compile(EffectiveProfile::evaluate(r.profile, Target::dockerDefault()),
                                                   QStringLiteral("SCMP_ARCH_X86_64")).bpf;
    BpfEmulator::Call call;
    call.arch = SyscallResolver::auditArch(QStringLiteral("SCMP_ARCH_X86_64"));
    call.nr = SYS_getppid;
    QCOMPARE(BpfEmulator::run(bpf, call).action(), QStringLiteral("SCMP_ACT_KILL_PROCESS"));
    QVERIFY(runInKernel(bpf, call.nr, call.args).killed);
    // Another architecture's call falls to libseccomp's bad-architecture action.
    call.arch = SyscallResolver::auditArch(QStringLiteral("SCMP_ARCH_AARCH64"));
    QCOMPARE(BpfEmulator::run(bpf, call).action(), QStringLiteral("SCMP_ACT_KILL_THREAD"));
}

void TestBpfEmulator::rejectsBrokenPrograms()
{
    BpfEmulator::Call call;
    QVERIFY(!BpfEmulator::run(QByteArray(), call).ok);
    QVERIFY(!BpfEmulator::run(QByteArray(7, '\0'), call).ok);
    // ld [64]: past the end of seccomp_data.
    sock_filter bad[] = {BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)};
    const BpfEmulator::Result r = BpfEmulator::run(QByteArray(reinterpret_cast<const char *>(bad), sizeof bad), call);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("outside")));
}

QTEST_GUILESS_MAIN(TestBpfEmulator)
#include "test_bpfemulator.moc"
