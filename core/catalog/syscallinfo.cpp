#include "syscallinfo.h"

#include "seccomp/syscallresolver.h"

#include <QCoreApplication>

namespace Sysfence {

std::optional<int> SyscallInfo::number(const QString &scmpArch) const
{
    const std::optional<int> nr = SyscallResolver::number(scmpArch, name);
    if (!nr || !SyscallResolver::existsOn(*nr)) {
        return std::nullopt;
    }
    return nr;
}

SyscallInfo::DockerDisposition SyscallInfo::dockerDisposition() const
{
    bool anyAllow = false;
    for (const Rule &g : dockerGrants) {
        if (g.action != Action::Allow) {
            continue;
        }
        anyAllow = true;
        if (g.isUnconditional()) {
            return DockerDisposition::Allowed;
        }
    }
    if (!anyAllow) {
        return DockerDisposition::Denied;
    }
    for (const Rule &g : dockerGrants) {
        if (g.action == Action::Allow && !g.includes.caps.isEmpty()) {
            return DockerDisposition::NeedsCapability;
        }
    }
    for (const Rule &g : dockerGrants) {
        if (g.action == Action::Allow && !g.includes.arches.isEmpty()) {
            return DockerDisposition::ArchitectureOnly;
        }
    }
    return DockerDisposition::ArgumentConditioned;
}

QString SyscallInfo::dockerDispositionText() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Sysfence::SyscallInfo", text); };
    if (dockerDisposition() == DockerDisposition::Allowed) {
        return tr("allowed");
    }
    if (dockerDisposition() == DockerDisposition::Denied) {
        return tr("denied");
    }
    // Each grant in words: "allowed with CAP_SYS_PTRACE; allowed on kernel 4.8 or later".
    QStringList grants;
    for (const Rule &g : dockerGrants) {
        if (!g.action) {
            continue;
        }
        QStringList conditions;
        if (!g.includes.caps.isEmpty()) {
            conditions << tr("with %1").arg(g.includes.caps.join(QLatin1String(", ")));
        }
        if (!g.includes.arches.isEmpty()) {
            conditions << tr("on %1").arg(g.includes.arches.join(QLatin1String(", ")));
        }
        if (!g.includes.minKernel.isEmpty()) {
            conditions << tr("on kernel %1 or later").arg(g.includes.minKernel);
        }
        if (!g.excludes.caps.isEmpty()) {
            conditions << tr("without %1").arg(g.excludes.caps.join(QLatin1String(", ")));
        }
        if (!g.excludes.arches.isEmpty()) {
            conditions << tr("except on %1").arg(g.excludes.arches.join(QLatin1String(", ")));
        }
        if (!g.args.isEmpty()) {
            conditions << tr("for some arguments");
        }
        const QString action = *g.action == Action::Allow ? tr("allowed") : Actions::name(*g.action);
        grants << (conditions.isEmpty() ? action : tr("%1 %2").arg(action, conditions.join(QLatin1String(", "))));
    }
    grants.removeDuplicates();
    return grants.join(QLatin1String("; "));
}

} // namespace Sysfence
