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
    switch (dockerDisposition()) {
    case DockerDisposition::Allowed:
        return QCoreApplication::translate("Sysfence::SyscallInfo", "allowed");
    case DockerDisposition::NeedsCapability: {
        QStringList caps;
        for (const Rule &g : dockerGrants) {
            caps.append(g.includes.caps);
        }
        caps.removeDuplicates();
        return QCoreApplication::translate("Sysfence::SyscallInfo", "allowed with %1").arg(caps.join(QLatin1String(", ")));
    }
    case DockerDisposition::ArchitectureOnly: {
        QStringList arches;
        for (const Rule &g : dockerGrants) {
            arches.append(g.includes.arches);
        }
        arches.removeDuplicates();
        return QCoreApplication::translate("Sysfence::SyscallInfo", "allowed on %1").arg(arches.join(QLatin1String(", ")));
    }
    case DockerDisposition::ArgumentConditioned:
        return QCoreApplication::translate("Sysfence::SyscallInfo", "allowed with argument conditions");
    case DockerDisposition::Denied:
        return QCoreApplication::translate("Sysfence::SyscallInfo", "denied");
    }
    return {};
}

} // namespace Sysfence
