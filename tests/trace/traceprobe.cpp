// A command for the tracer tests: makes the syscalls named on its command
// line and prints what each returned, so a test can compare the answers a
// real filter gives with the answers `run` gives.
//   traceprobe getppid thread:getuid fork:getgid
// "thread:" makes the call in a second thread, "fork:" in a child process.
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

namespace {
long numberOf(const std::string &name)
{
    if (name == "getppid") return SYS_getppid;
    if (name == "getpgrp") return SYS_getpgrp;
    if (name == "getuid") return SYS_getuid;
    if (name == "getgid") return SYS_getgid;
    if (name == "geteuid") return SYS_geteuid;
    if (name == "getegid") return SYS_getegid;
    if (name == "sched_yield") return SYS_sched_yield;
    if (name == "getsid") return SYS_getsid;
    return -1;
}

void call(const std::string &where, const std::string &name)
{
    const long nr = numberOf(name);
    if (nr < 0) {
        std::printf("%s:%s unknown\n", where.c_str(), name.c_str());
        return;
    }
    errno = 0;
    const long rc = syscall(nr, 0, 0, 0, 0, 0, 0);
    // The value itself (a pid, a uid) differs between runs; its sign does not.
    std::printf("%s:%s %s errno=%d\n", where.c_str(), name.c_str(), rc < 0 ? "failed" : "ok", rc < 0 ? errno : 0);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg.rfind("thread:", 0) == 0) {
            std::thread t(call, "thread", arg.substr(7));
            t.join();
        } else if (arg.rfind("fork:", 0) == 0) {
            std::fflush(stdout);
            const pid_t pid = fork();
            if (pid == 0) {
                call("fork", arg.substr(5));
                _exit(0);
            }
            int status = 0;
            waitpid(pid, &status, 0);
        } else {
            call("main", arg);
        }
    }
    return 0;
}
