#include "filtercompiler.h"

#include "syscallresolver.h"

#include <seccomp.h>
#include <sys/mman.h>
#include <unistd.h>

#include <QFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

namespace Sysfence {

namespace {
uint32_t archToken(const QString &scmpArch)
{
    const QByteArray name = scmpArch.mid(10).toLower().toLatin1();
    return seccomp_arch_resolve_name(name.constData());
}

quint32 errnoOf(const std::optional<quint32> &errnoRet)
{
    // runc returns EPERM when a profile gives no number.
    return errnoRet.value_or(EPERM);
}

uint32_t scmpAction(Action action, const std::optional<quint32> &errnoRet)
{
    switch (action) {
    case Action::Kill:
    case Action::KillThread:
        return SCMP_ACT_KILL_THREAD;
    case Action::KillProcess:
        return SCMP_ACT_KILL_PROCESS;
    case Action::Trap:
        return SCMP_ACT_TRAP;
    case Action::Errno:
        return SCMP_ACT_ERRNO(errnoOf(errnoRet));
    case Action::Trace:
        return SCMP_ACT_TRACE(errnoOf(errnoRet));
    case Action::Allow:
        return SCMP_ACT_ALLOW;
    case Action::Log:
        return SCMP_ACT_LOG;
    case Action::Notify:
        return SCMP_ACT_NOTIFY;
    }
    return SCMP_ACT_KILL_THREAD;
}

scmp_compare scmpOp(CompareOp op)
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

struct ContextDeleter
{
    void operator()(void *ctx) const { seccomp_release(ctx); }
};
using Context = std::unique_ptr<void, ContextDeleter>;

// Runs one of libseccomp's exporters into memory.
QByteArray exportWith(int (*exporter)(const scmp_filter_ctx, int), scmp_filter_ctx ctx)
{
    const int fd = memfd_create("sysfence-export", MFD_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    QByteArray out;
    if (exporter(ctx, fd) == 0) {
        QFile f;
        if (f.open(fd, QIODevice::ReadOnly, QFileDevice::DontCloseHandle)) {
            f.seek(0);
            out = f.readAll();
        }
    }
    close(fd);
    return out;
}

QString errorText(int rc)
{
    return QString::fromLocal8Bit(std::strerror(-rc));
}
} // namespace

FilterCompiler::Result FilterCompiler::compile(const EffectiveProfile &effective, const QString &targetArchitecture,
                                               Optimization optimization, Detail detail)
{
    const bool full = detail == Detail::Full;
    Result result;
    const Profile &p = effective.profile;
    const Action defaultAction = p.defaultAction.value_or(Action::Errno);
    const uint32_t defaultScmp = scmpAction(defaultAction, p.defaultErrnoRet);

    result.architectures = p.architectures;
    if (result.architectures.isEmpty()) {
        result.architectures.append(targetArchitecture);
    }
    result.architectures.removeDuplicates();

    // Build once per optimisation level, so both counts can be shown.
    auto build = [&](bool tree, bool record) -> Context {
        Context ctx(seccomp_init(defaultScmp));
        if (!ctx) {
            if (record) {
                result.errors.append(tr("libseccomp could not create a filter for the default action."));
            }
            return nullptr;
        }
        seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0);
        const uint32_t native = seccomp_arch_native();
        bool keepNative = false;
        for (const QString &arch : std::as_const(result.architectures)) {
            const uint32_t token = archToken(arch);
            if (token == 0) {
                if (record) {
                    result.errors.append(tr("libseccomp %1 cannot build filters for %2.")
                                             .arg(SyscallResolver::libseccompVersion(), arch));
                }
                continue;
            }
            if (token == native) {
                keepNative = true;
                continue;
            }
            const int rc = seccomp_arch_add(ctx.get(), token);
            if (rc != 0 && rc != -EEXIST && record) {
                result.errors.append(tr("Cannot add architecture %1: %2.").arg(arch, errorText(rc)));
            }
        }
        if (!keepNative) {
            seccomp_arch_remove(ctx.get(), native);
        }

        int ruleCount = 0;
        for (const Rule &rule : p.rules) {
            if (!rule.action) {
                continue;
            }
            const uint32_t action = scmpAction(*rule.action, rule.errnoRet);
            for (const QString &name : rule.names) {
                if (action == defaultScmp) {
                    if (record && full) {
                        result.skippedRules.append(QStringLiteral("%1: %2").arg(name, Actions::name(*rule.action)));
                    }
                    continue;
                }
                const QByteArray n = name.toLatin1();
                const int nr = seccomp_syscall_resolve_name(n.constData());
                if (nr == __NR_SCMP_ERROR) {
                    if (record && !result.unknownNames.contains(name)) {
                        result.unknownNames.append(name);
                    }
                    continue;
                }
                if (record && full) {
                    for (const QString &arch : std::as_const(result.architectures)) {
                        const uint32_t token = archToken(arch);
                        if (token != 0 && !SyscallResolver::existsOn(seccomp_syscall_resolve_name_arch(token, n.constData()))
                            && !result.absentNames[arch].contains(name)) {
                            result.absentNames[arch].append(name);
                        }
                    }
                }
                std::vector<scmp_arg_cmp> conditions;
                bool repeatedIndex = false;
                int perIndex[6] = {0, 0, 0, 0, 0, 0};
                for (const ArgCondition &a : rule.args) {
                    if (!a.op || a.index > 5) {
                        continue;
                    }
                    repeatedIndex = repeatedIndex || ++perIndex[a.index] > 1;
                    conditions.push_back({a.index, scmpOp(*a.op), a.value, a.valueTwo});
                }
                auto add = [&](const scmp_arg_cmp *args, unsigned count) {
                    const int rc = seccomp_rule_add_array(ctx.get(), action, nr, count, args);
                    ++ruleCount;
                    if (rc != 0 && record) {
                        result.errors.append(tr("libseccomp refused the rule for “%1”: %2.").arg(name, errorText(rc)));
                    }
                };
                if (repeatedIndex) {
                    // runc's fallback: each condition becomes its own rule, OR-ed.
                    for (const scmp_arg_cmp &c : conditions) {
                        add(&c, 1);
                    }
                } else {
                    add(conditions.data(), static_cast<unsigned>(conditions.size()));
                }
            }
        }
        // libseccomp up to 2.5.4 mishandles the tree optimisation without rules.
        if (tree && ruleCount > 0) {
            seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2);
        }
        return ctx;
    };

    const bool wantTree = optimization == Optimization::BinaryTree;
    if (!full) {
        const Context ctx = build(wantTree, true);
        if (!ctx) {
            return result;
        }
        result.bpf = exportWith(seccomp_export_bpf, ctx.get());
        result.instructionCount = static_cast<int>(result.bpf.size() / 8);
        (wantTree ? result.treeInstructionCount : result.linearInstructionCount) = result.instructionCount;
    } else {
        Context linear = build(false, true);
        Context tree = build(true, false);
        if (!linear || !tree) {
            return result;
        }
        const QByteArray linearBpf = exportWith(seccomp_export_bpf, linear.get());
        const QByteArray treeBpf = exportWith(seccomp_export_bpf, tree.get());
        result.linearInstructionCount = static_cast<int>(linearBpf.size() / 8);
        result.treeInstructionCount = static_cast<int>(treeBpf.size() / 8);
        scmp_filter_ctx chosen = wantTree ? tree.get() : linear.get();
        result.bpf = wantTree ? treeBpf : linearBpf;
        result.instructionCount = static_cast<int>(result.bpf.size() / 8);
        result.pfc = QString::fromUtf8(exportWith(seccomp_export_pfc, chosen));
    }
    if (result.bpf.isEmpty()) {
        result.errors.append(tr("libseccomp could not generate the BPF program."));
    }
    if (result.instructionCount > KernelInstructionLimit) {
        result.errors.append(tr("The filter has %1 instructions; the kernel refuses more than %2.")
                                 .arg(result.instructionCount)
                                 .arg(KernelInstructionLimit));
    }
    result.ok = result.errors.isEmpty();
    return result;
}

} // namespace Sysfence
