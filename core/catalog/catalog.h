#pragma once

#include "capabilityinfo.h"
#include "riskgroup.h"
#include "syscallinfo.h"

#include "profile/archmapping.h"
#include "profile/profile.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Sysfence {

// Everything Sysfence knows about syscalls, risk groups and capabilities:
// the data in resources/catalog, joined with the names libseccomp knows.
// Loaded once; read-only afterwards, so it can be shared across threads.
class Catalog final
{
public:
    static const Catalog &instance();

    const QList<RiskGroup> &groups() const { return m_groups; }
    const RiskGroup *group(const QString &id) const;

    const QList<CapabilityInfo> &capabilities() const { return m_capabilities; }
    // Accepts "CAP_SYS_ADMIN", "SYS_ADMIN" and any letter case.
    const CapabilityInfo *capability(const QString &name) const;
    QStringList capabilityNames() const;
    QStringList dockerDefaultCapabilities() const;

    // The entry for a name; names nobody knows get an entry in the
    // "unknown" group, so every name has one.
    SyscallInfo syscall(const QString &name) const;
    const SyscallInfo *find(const QString &name) const;
    // The data's names and libseccomp's, sorted.
    QStringList syscallNames() const;
    // The same plus every name the profile mentions.
    QStringList syscallNames(const Profile &profile) const;
    QStringList syscallsInGroup(const QString &groupId) const;

    // Docker's default profile facts that are not per syscall.
    Action dockerDefaultAction() const { return m_dockerDefaultAction; }
    quint32 dockerDefaultErrnoRet() const { return m_dockerDefaultErrnoRet; }
    const QList<ArchMapping> &dockerArchMap() const { return m_dockerArchMap; }

    // What the container runtime and a dynamically linked program need
    // after the filter is loaded (interactions.json).
    const QStringList &runtimeSyscalls() const { return m_runtimeSyscalls; }

    // Problems found while loading the data; empty for a correct build.
    const QStringList &loadErrors() const { return m_loadErrors; }

private:
    Catalog();
    void loadSyscalls(const QString &resource);
    void loadGroups();
    void loadCapabilities();
    void loadDocker();
    void loadRuntimeSyscalls();

    QList<RiskGroup> m_groups;
    QList<CapabilityInfo> m_capabilities;
    QList<SyscallInfo> m_syscalls; // sorted by name
    QHash<QString, qsizetype> m_index;
    QStringList m_allNames;
    Action m_dockerDefaultAction = Action::Errno;
    quint32 m_dockerDefaultErrnoRet = 1;
    QList<ArchMapping> m_dockerArchMap;
    QStringList m_runtimeSyscalls;
    QStringList m_loadErrors;
};

} // namespace Sysfence
