// Compiling Docker's default for amd64 (with its sub-architectures x86 and
// x32): FilterCompiler against libseccomp called directly with the same
// rules, prepared beforehand. bench_compile [ITERATIONS]
#include "benchstats.h"

#include "analysis/effectiveprofile.h"
#include "catalog/profiletemplates.h"
#include "seccomp/filtercompiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <seccomp.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

using namespace Sysfence;

namespace {
struct BareRule {
    uint32_t action;
    int nr;
    std::vector<scmp_arg_cmp> args;
};

uint32_t bareAction(Action action, std::optional<quint32> errnoRet)
{
    switch (action) {
    case Action::Allow:
        return SCMP_ACT_ALLOW;
    case Action::Errno:
        return SCMP_ACT_ERRNO(errnoRet.value_or(EPERM));
    case Action::Trace:
        return SCMP_ACT_TRACE(errnoRet.value_or(EPERM));
    case Action::Trap:
        return SCMP_ACT_TRAP;
    case Action::Log:
        return SCMP_ACT_LOG;
    case Action::Notify:
        return SCMP_ACT_NOTIFY;
    case Action::KillProcess:
        return SCMP_ACT_KILL_PROCESS;
    case Action::Kill:
    case Action::KillThread:
        return SCMP_ACT_KILL_THREAD;
    }
    return SCMP_ACT_KILL_THREAD;
}

scmp_compare bareOp(CompareOp op)
{
    switch (op) {
    case CompareOp::NotEqual:
        return SCMP_CMP_NE;
    case CompareOp::Less:
        return SCMP_CMP_LT;
    case CompareOp::LessOrEqual:
        return SCMP_CMP_LE;
    case CompareOp::Equal:
        return SCMP_CMP_EQ;
    case CompareOp::GreaterOrEqual:
        return SCMP_CMP_GE;
    case CompareOp::Greater:
        return SCMP_CMP_GT;
    case CompareOp::MaskedEqual:
        return SCMP_CMP_MASKED_EQ;
    }
    return SCMP_CMP_EQ;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int iterations = QCoreApplication::arguments().value(1, QStringLiteral("200")).toInt();
    const EffectiveProfile effective = EffectiveProfile::evaluate(ProfileTemplates::dockerDefault(), Target::dockerDefault());

    // The bare build gets the rules already resolved; only libseccomp runs.
    const uint32_t defaultAction = bareAction(*effective.profile.defaultAction, effective.profile.defaultErrnoRet);
    std::vector<BareRule> rules;
    for (const Rule &rule : effective.profile.rules) {
        const uint32_t action = bareAction(*rule.action, rule.errnoRet);
        if (action == defaultAction) {
            continue;
        }
        for (const QString &name : rule.names) {
            const int nr = seccomp_syscall_resolve_name(name.toLatin1().constData());
            if (nr == __NR_SCMP_ERROR) {
                continue;
            }
            BareRule r{action, nr, {}};
            for (const ArgCondition &a : rule.args) {
                r.args.push_back({a.index, bareOp(*a.op), a.value, a.valueTwo});
            }
            rules.push_back(r);
        }
    }
    auto bare = [&] {
        scmp_filter_ctx ctx = seccomp_init(defaultAction);
        seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 0);
        seccomp_arch_add(ctx, SCMP_ARCH_X86);
        seccomp_arch_add(ctx, SCMP_ARCH_X32);
        for (const BareRule &r : rules) {
            seccomp_rule_add_array(ctx, r.action, r.nr, static_cast<unsigned>(r.args.size()), r.args.data());
        }
        const int fd = memfd_create("bench", MFD_CLOEXEC);
        seccomp_export_bpf(ctx, fd);
        const off_t size = lseek(fd, 0, SEEK_END);
        close(fd);
        seccomp_release(ctx);
        return int(size / 8);
    };

    QList<double> ours;
    QList<double> full;
    QList<double> theirs;
    int ourCount = 0;
    int bareCount = 0;
    for (int i = 0; i < iterations; ++i) {
        // Interleaved, so a busy moment on the machine hits both alike.
        QElapsedTimer t;
        t.start();
        const FilterCompiler::Result r = FilterCompiler::compile(effective, QStringLiteral("SCMP_ARCH_X86_64"),
                                                                 FilterCompiler::Optimization::Linear,
                                                                 FilterCompiler::Detail::Program);
        ours.append(double(t.nsecsElapsed()) / 1e6);
        ourCount = r.instructionCount;
        t.restart();
        FilterCompiler::compile(effective, QStringLiteral("SCMP_ARCH_X86_64"));
        full.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        bareCount = bare();
        theirs.append(double(t.nsecsElapsed()) / 1e6);
    }
    Bench::report("compile docker-default amd64+x86+x32, FilterCompiler (program)", ours);
    Bench::report("compile docker-default amd64+x86+x32, FilterCompiler (full: both optimisations, PFC)", full);
    Bench::report("compile docker-default amd64+x86+x32, bare libseccomp", theirs);
    std::printf("instructions: FilterCompiler %d, bare %d; ratio of medians %.2f\n", ourCount, bareCount,
                Bench::percentile(ours, 50) / Bench::percentile(theirs, 50));
    return 0;
}
