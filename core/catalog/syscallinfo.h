#pragma once

#include "localizedtext.h"
#include "risklevel.h"

#include "profile/rule.h"

#include <QList>
#include <QString>

#include <optional>

namespace Sysfence {

// What the catalogue knows about one syscall.
struct SyscallInfo
{
    QString name;
    QString group; // a RiskGroup id
    RiskLevel risk = RiskLevel::Medium;
    QString capability; // "CAP_SYS_ADMIN", or empty when the kernel checks none
    LocalizedText summary;
    LocalizedText riskNote;
    // The rules of Docker's default profile that name this syscall, without
    // the names: empty means the default action (denied) applies.
    QList<Rule> dockerGrants;
    LocalizedText dockerWhy;
    bool knownToLibseccomp = true;
    bool fromData = true; // false for names only a loaded profile mentions

    // The syscall's number on an architecture (SCMP_ARCH_*), or nullopt when
    // it does not exist there. Negative: reached through socketcall or ipc.
    std::optional<int> number(const QString &scmpArch) const;

    enum class DockerDisposition : quint8 { Allowed, NeedsCapability, ArchitectureOnly, ArgumentConditioned, Denied };
    DockerDisposition dockerDisposition() const;
    QString dockerDispositionText() const; // "allowed with CAP_SYS_ADMIN"
};

} // namespace Sysfence
