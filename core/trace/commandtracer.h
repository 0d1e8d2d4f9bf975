#pragma once

#include "profile/action.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>

namespace Sysfence {

// Runs a command under a seccomp filter and watches which syscalls the
// filter stops, following every child process and thread.
//
// The filter is a program libseccomp built (see TracingFilter) in which
// every action that is not ALLOW was turned into SECCOMP_RET_TRACE with
// an index into `verdicts`. The tracer gets a ptrace stop for each such
// call, records it, and then does what the real action would have done:
// ERRNO skips the call and returns -errno, KILL kills, TRAP raises SIGSYS,
// TRACE and NOTIFY without a listener return -ENOSYS, LOG lets it run.
// Without verdicts (recording) every stop is recorded and let through.
//
// Linux only; the answers need the syscall registers, which are written
// for x86_64 and aarch64. The command runs as the calling user; nothing
// runs unless a caller asks for it.
class CommandTracer final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::CommandTracer)

public:
    // The real action behind SECCOMP_RET_TRACE | index.
    struct Verdict
    {
        Action action = Action::Errno;
        quint32 errnoRet = 1;
        bool operator==(const Verdict &other) const { return action == other.action && errnoRet == other.errnoRet; }
    };

    struct Options
    {
        QString program;       // path of the executable, or a name looked up in PATH
        QStringList arguments; // without the program
        QByteArray bpf;        // struct sock_filter[], as libseccomp exported it
        unsigned int filterFlags = 0; // SECCOMP_FILTER_FLAG_*
        QList<Verdict> verdicts;      // empty: record every stop and let it run
        int stdoutFd = -1;            // -1: inherit
        int stderrFd = -1;            // -1: inherit
        bool nullStdin = false;       // read /dev/null instead of our stdin
        bool newProcessGroup = false; // so that stop() reaches every process
    };

    // One syscall as it was seen, folded over every time it was seen.
    struct Call
    {
        QString architecture; // SCMP_ARCH_*
        QString name;         // empty when libseccomp does not know the number
        int nr = 0;
        std::array<quint64, 6> firstArgs{}; // arguments of the first call
        int firstPid = 0;
        qint64 count = 0;
        std::optional<Verdict> verdict; // the profile's action; empty when recording
        QString displayName() const;    // name, or "syscall 451"
        QString actionText() const;     // "SCMP_ACT_ERRNO(1)"; empty when recording
        QString firstCallText() const;  // "openat(0xffffff9c, 0x7ffd…, 0x0, …)"
    };

    struct Report
    {
        bool started = false; // false: the command never ran; see error
        QString error;
        int exitCode = -1; // of the first process, when it exited
        int signal = 0;    // the signal that ended the first process
        bool killedBySeccomp = false; // a KILL action ended it (reported as SIGSYS)
        QString killedOn;             // the syscall that did it
        QList<Call> calls;            // in the order first seen
        QStringList architectures;    // SCMP_ARCH_* of the calls, in the order seen
        int processes = 0;            // processes and threads traced
        qint64 stops = 0;             // syscalls stopped by the filter

        // What a shell would show as $?: the exit code, or 128 + signal.
        int shellStatus() const;
        // The calls whose action is not ALLOW or LOG.
        QList<Call> denied() const;
    };

    // Called on the tracing thread the first time a syscall is seen.
    using Observer = std::function<void(const Call &)>;

    CommandTracer() = default;
    CommandTracer(const CommandTracer &) = delete;
    CommandTracer &operator=(const CommandTracer &) = delete;

    // Blocks until every traced process has ended. One run per object. All ptrace requests
    // come from the calling thread, which must therefore run all of it.
    Report run(const Options &options, const Observer &observer = {});

    // Ends a running command: SIGKILL to every traced process. Any thread.
    void stop();

    // Why tracing cannot work here, or empty when it can.
    static QString unsupportedReason();

private:
    QMutex m_mutex; // guards m_pids and m_group
    QSet<int> m_pids;
    int m_group = 0;
    std::atomic<bool> m_stopRequested{false};
};

} // namespace Sysfence
