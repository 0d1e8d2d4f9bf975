#include "commandtracer.h"

#include "analysis/syscallverdict.h"
#include "catalog/argumentnames.h"
#include "seccomp/syscallresolver.h"

#include <QFile>
#include <QHash>
#include <QMutexLocker>
#include <QStandardPaths>

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

#if defined(__aarch64__)
#include <elf.h>
#endif

namespace Sysfence {

namespace {

// What the child writes to the error pipe when it cannot get to exec.
struct ChildFailure
{
    int stage; // 0 ptrace, 1 no_new_privs, 2 seccomp, 3 exec
    int error;
};

// What the forked child does, up to exec. It runs after fork in a process
// that may have other threads, so it makes only async-signal-safe calls,
// and after the filter is loaded it must make no syscall of its own that
// the filter might deny. Hence no sanitizer instrumentation here: ASan puts
// __asan_handle_no_return (which calls sigaltstack) in front of noreturn
// calls and then crashes the child instead of letting it report.
struct ChildSetup
{
    bool newProcessGroup;
    int nullFd;
    int stdoutFd;
    int stderrFd;
    int errorPipe;
    unsigned int filterFlags;
    const sock_fprog *prog;
    const char *program;
    char *const *argv;
};

__attribute__((no_sanitize("address", "undefined"))) void failChild(int pipeFd, int stage)
{
    const ChildFailure failure{stage, errno};
    [[maybe_unused]] const ssize_t written = ::write(pipeFd, &failure, sizeof failure);
    for (;;) {
        ::syscall(SYS_exit_group, 127);
        ::syscall(SYS_exit, 127);
    }
}

__attribute__((no_sanitize("address", "undefined"))) void runChild(const ChildSetup &c)
{
    if (c.newProcessGroup) {
        ::setpgid(0, 0);
    }
    if (c.nullFd >= 0) {
        ::dup2(c.nullFd, STDIN_FILENO);
    }
    if (c.stdoutFd >= 0) {
        ::dup2(c.stdoutFd, STDOUT_FILENO);
    }
    if (c.stderrFd >= 0) {
        ::dup2(c.stderrFd, STDERR_FILENO);
    }
    if (::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) != 0) {
        failChild(c.errorPipe, 0);
    }
    // Wait for the tracer to set its options before the filter exists.
    ::raise(SIGSTOP);
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        failChild(c.errorPipe, 1);
    }
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, c.filterFlags, c.prog) != 0) {
        failChild(c.errorPipe, 2);
    }
    ::execv(c.program, c.argv);
    failChild(c.errorPipe, 3);
}

// Skips the syscall the tracee is stopped in and makes it return `value`.
bool skipSyscall(int pid, long value)
{
#if defined(__x86_64__)
    user_regs_struct regs{};
    if (::ptrace(PTRACE_GETREGS, pid, nullptr, &regs) != 0) {
        return false;
    }
    regs.orig_rax = static_cast<unsigned long long>(-1);
    regs.rax = static_cast<unsigned long long>(value);
    return ::ptrace(PTRACE_SETREGS, pid, nullptr, &regs) == 0;
#elif defined(__aarch64__)
    int nr = -1;
    iovec nrVec{&nr, sizeof nr};
    if (::ptrace(PTRACE_SETREGSET, pid, NT_ARM_SYSTEM_CALL, &nrVec) != 0) {
        return false;
    }
    user_pt_regs regs{};
    iovec regsVec{&regs, sizeof regs};
    if (::ptrace(PTRACE_GETREGSET, pid, NT_PRSTATUS, &regsVec) != 0) {
        return false;
    }
    regs.regs[0] = static_cast<unsigned long long>(value);
    return ::ptrace(PTRACE_SETREGSET, pid, NT_PRSTATUS, &regsVec) == 0;
#else
    Q_UNUSED(pid);
    Q_UNUSED(value);
    return false;
#endif
}

int threadGroupOf(int tid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(tid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Tgid:")) {
                return line.mid(5).trimmed().toInt();
            }
        }
    }
    return tid;
}

QString argumentText(quint64 value)
{
    return value < 4096 ? QString::number(value) : QStringLiteral("0x%1").arg(value, 0, 16);
}

} // namespace

QString CommandTracer::Call::displayName() const
{
    return name.isEmpty() ? tr("syscall %1").arg(nr) : name;
}

QString CommandTracer::Call::actionText() const
{
    if (!verdict) {
        return {};
    }
    return SyscallVerdict::actionText(verdict->action, verdict->errnoRet);
}

QString CommandTracer::Call::firstCallText() const
{
    QStringList args;
    for (size_t i = 0; i < firstArgs.size(); ++i) {
        // Flag names where the catalogue has them: unshare(CLONE_NEWUSER, …).
        const QString named = ArgumentNames::instance().format(name, static_cast<quint32>(i), firstArgs[i]);
        args.append(named.isEmpty() ? argumentText(firstArgs[i]) : named);
    }
    return QStringLiteral("%1(%2)").arg(displayName(), args.join(QStringLiteral(", ")));
}

int CommandTracer::Report::shellStatus() const
{
    if (signal != 0) {
        return 128 + signal;
    }
    return exitCode;
}

QList<CommandTracer::Call> CommandTracer::Report::denied() const
{
    QList<Call> list;
    for (const Call &c : calls) {
        if (c.verdict && c.verdict->action != Action::Allow && c.verdict->action != Action::Log) {
            list.append(c);
        }
    }
    return list;
}

QString CommandTracer::unsupportedReason()
{
#if defined(__x86_64__) || defined(__aarch64__)
    return {};
#else
    return tr("Running commands under a profile is supported on x86_64 and aarch64 only.");
#endif
}

void CommandTracer::stop()
{
    m_stopRequested = true;
    QMutexLocker lock(&m_mutex);
    if (m_group > 0) {
        ::kill(-m_group, SIGKILL);
    }
    for (const int pid : std::as_const(m_pids)) {
        ::kill(pid, SIGKILL);
    }
}

CommandTracer::Report CommandTracer::run(const Options &options, const Observer &observer)
{
    Report report;
    // m_stopRequested is not reset: a stop() that came before run() counts.
    if (const QString why = unsupportedReason(); !why.isEmpty()) {
        report.error = why;
        return report;
    }
    if (options.bpf.isEmpty() || options.bpf.size() % static_cast<qsizetype>(sizeof(sock_filter)) != 0) {
        report.error = tr("There is no filter program to load.");
        return report;
    }
    const QString path = options.program.contains(QLatin1Char('/'))
        ? options.program
        : QStandardPaths::findExecutable(options.program);
    if (path.isEmpty()) {
        report.error = tr("Command not found: %1").arg(options.program);
        report.exitCode = 127;
        return report;
    }

    // Everything the child needs is prepared here: between fork and exec
    // it may only make async-signal-safe calls.
    std::vector<QByteArray> argStorage;
    argStorage.push_back(QFile::encodeName(path));
    for (const QString &a : options.arguments) {
        argStorage.push_back(a.toLocal8Bit());
    }
    std::vector<char *> argv;
    for (QByteArray &a : argStorage) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const QByteArray program = argStorage.front();
    QByteArray filterCopy = options.bpf;
    sock_fprog prog{};
    prog.len = static_cast<unsigned short>(filterCopy.size() / static_cast<qsizetype>(sizeof(sock_filter)));
    prog.filter = reinterpret_cast<sock_filter *>(filterCopy.data());
    const int nullFd = options.nullStdin ? ::open("/dev/null", O_RDONLY | O_CLOEXEC) : -1;
    int errorPipe[2];
    if (::pipe2(errorPipe, O_CLOEXEC) != 0) {
        report.error = tr("Cannot create a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return report;
    }

    const ChildSetup setup{options.newProcessGroup, nullFd, options.stdoutFd, options.stderrFd, errorPipe[1],
                           options.filterFlags, &prog, program.constData(), argv.data()};
    const pid_t child = ::fork();
    if (child < 0) {
        report.error = tr("Cannot start a process: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(errorPipe[0]);
        ::close(errorPipe[1]);
        return report;
    }
    if (child == 0) {
        runChild(setup);
    }
    ::close(errorPipe[1]);
    if (nullFd >= 0) {
        ::close(nullFd);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_pids = {child};
        m_group = options.newProcessGroup ? child : 0;
    }

    int status = 0;
    if (::waitpid(child, &status, __WALL) != child || !WIFSTOPPED(status)) {
        report.error = tr("The command stopped before it could be traced.");
        ::close(errorPipe[0]);
        return report;
    }
    constexpr long traceOptions = PTRACE_O_TRACESECCOMP | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK
        | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL;
    if (::ptrace(PTRACE_SETOPTIONS, child, nullptr, traceOptions) != 0) {
        report.error = tr("Cannot trace the command: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, __WALL);
        ::close(errorPipe[0]);
        return report;
    }
    if (m_stopRequested) {
        ::kill(child, SIGKILL);
    }
    ::ptrace(PTRACE_CONT, child, nullptr, nullptr);

    QSet<int> live{child};
    QSet<int> attached{child}; // their first SIGSTOP was taken
    QSet<int> killedBySeccomp;
    QHash<QPair<quint32, int>, qsizetype> callIndex;
    report.processes = 1;

    auto track = [&](int pid) {
        if (!live.contains(pid)) {
            live.insert(pid);
            ++report.processes;
            QMutexLocker lock(&m_mutex);
            m_pids.insert(pid);
            if (m_stopRequested) {
                ::kill(pid, SIGKILL);
            }
        }
    };

    auto onSeccompStop = [&](int pid) {
        __ptrace_syscall_info info{};
        if (::ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof info, &info) <= 0 || info.op != PTRACE_SYSCALL_INFO_SECCOMP) {
            return;
        }
        ++report.stops;
        const int nr = static_cast<int>(info.seccomp.nr);
        std::optional<Verdict> verdict;
        if (!options.verdicts.isEmpty()) {
            const auto index = static_cast<qsizetype>(info.seccomp.ret_data);
            verdict = index < options.verdicts.size() ? options.verdicts.at(index) : Verdict{Action::Allow, 0};
        }
        const QPair<quint32, int> key(info.arch, nr);
        auto found = callIndex.constFind(key);
        if (found == callIndex.cend()) {
            Call call;
            call.architecture = SyscallResolver::architectureName(info.arch, nr);
            call.name = SyscallResolver::name(info.arch, nr);
            call.nr = nr;
            for (size_t i = 0; i < 6; ++i) {
                call.firstArgs[i] = info.seccomp.args[i];
            }
            call.firstPid = pid;
            call.verdict = verdict;
            if (!call.architecture.isEmpty() && !report.architectures.contains(call.architecture)) {
                report.architectures.append(call.architecture);
            }
            found = callIndex.insert(key, report.calls.size());
            report.calls.append(call);
            if (observer) {
                observer(call);
            }
        }
        ++report.calls[*found].count;
        if (!verdict) {
            return;
        }
        switch (verdict->action) {
        case Action::Allow:
        case Action::Log:
            break;
        case Action::Errno:
            skipSyscall(pid, -static_cast<long>(verdict->errnoRet));
            break;
        case Action::Trace:
        case Action::Notify:
            // Nobody else is listening: the kernel answers ENOSYS.
            skipSyscall(pid, -ENOSYS);
            break;
        case Action::Trap:
            skipSyscall(pid, -ENOSYS);
            ::syscall(SYS_tkill, pid, SIGSYS);
            break;
        case Action::Kill:
        case Action::KillThread:
        case Action::KillProcess: {
            const int group = threadGroupOf(pid);
            killedBySeccomp.insert(group);
            if (group == child && report.killedOn.isEmpty()) {
                report.killedOn = report.calls.at(*found).displayName();
            }
            ::kill(group, SIGKILL);
            break;
        }
        }
    };

    while (!live.isEmpty()) {
        const pid_t pid = ::waitpid(-1, &status, __WALL);
        if (pid < 0) {
            if (errno == EINTR) {
                continue;
            }
            break; // ECHILD: nothing is left
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            live.remove(pid);
            {
                QMutexLocker lock(&m_mutex);
                m_pids.remove(pid);
            }
            if (pid == child) {
                if (WIFEXITED(status)) {
                    report.exitCode = WEXITSTATUS(status);
                } else if (killedBySeccomp.contains(child)) {
                    report.signal = SIGSYS;
                    report.killedBySeccomp = true;
                } else {
                    report.signal = WTERMSIG(status);
                }
            }
            continue;
        }
        if (!WIFSTOPPED(status)) {
            continue;
        }
        track(pid);
        const int sig = WSTOPSIG(status);
        const int event = (status >> 16) & 0xff;
        if (sig == SIGTRAP && event != 0) {
            if (event == PTRACE_EVENT_SECCOMP) {
                onSeccompStop(pid);
            } else if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK || event == PTRACE_EVENT_CLONE) {
                unsigned long newPid = 0;
                if (::ptrace(PTRACE_GETEVENTMSG, pid, nullptr, &newPid) == 0 && newPid != 0) {
                    track(static_cast<int>(newPid));
                }
            }
            ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
            continue;
        }
        if (sig == SIGSTOP && !attached.contains(pid)) {
            // A new child or thread starts with a SIGSTOP of ptrace's own.
            attached.insert(pid);
            ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
            continue;
        }
        attached.insert(pid);
        siginfo_t signalInfo{};
        if (::ptrace(PTRACE_GETSIGINFO, pid, nullptr, &signalInfo) != 0) {
            // A group stop (job control): resume without a signal.
            ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
            continue;
        }
        ::ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void *>(static_cast<quintptr>(sig)));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_pids.clear();
        m_group = 0;
    }

    ChildFailure failure{};
    const ssize_t got = ::read(errorPipe[0], &failure, sizeof failure);
    ::close(errorPipe[0]);
    if (got == static_cast<ssize_t>(sizeof failure)) {
        const QString reason = QString::fromLocal8Bit(std::strerror(failure.error));
        switch (failure.stage) {
        case 0:
            report.error = tr("Cannot trace the command: %1").arg(reason);
            break;
        case 1:
            report.error = tr("Cannot set no_new_privs: %1").arg(reason);
            break;
        case 2:
            report.error = tr("The kernel refused the filter: %1").arg(reason);
            break;
        default:
            report.error = tr("Cannot run %1: %2").arg(path, reason);
            break;
        }
        report.exitCode = failure.stage == 3 && failure.error == ENOENT ? 127 : 126;
        report.signal = 0;
        return report;
    }
    report.started = true;
    return report;
}

} // namespace Sysfence
