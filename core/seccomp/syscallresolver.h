#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// Syscall names and numbers as libseccomp knows them. The only other place
// besides the compiler that talks to libseccomp.
namespace SyscallResolver {
// "2.5.4": the libseccomp this process runs with.
QString libseccompVersion();
// Whether this libseccomp can build filters for the architecture (SCMP_ARCH_*).
bool supportsArchitecture(const QString &scmpArch);
// The AUDIT_ARCH_* value the kernel puts in seccomp_data.arch (0 when unknown).
quint32 auditArch(const QString &scmpArch);
// The syscall's number on the architecture, or one of libseccomp's
// pseudo-numbers below zero (see existsOn, isMultiplexed); nullopt means
// libseccomp does not know the name at all, so runc would drop it.
std::optional<int> number(const QString &scmpArch, const QString &name);
// Pseudo-numbers from -1 to -9999 stand for calls reached through a
// multiplexer (socketcall, ipc on 32-bit x86 and others): filters still
// catch them. From -10000 down they mean "no such syscall here".
inline bool existsOn(int number) { return number > -10000; }
inline bool isMultiplexed(int number) { return number < 0 && number > -10000; }
bool isKnown(const QString &name);
// The SCMP_ARCH_* name of an AUDIT_ARCH_* value, as the kernel reports it in
// seccomp_data.arch (empty when libseccomp does not know it). x32 shares
// x86_64's audit value and sets bit 30 of the syscall number, so the number
// is needed to tell them apart.
QString architectureName(quint32 auditArch, int nr = 0);
// The name of syscall `nr` on an architecture (empty when unknown).
QString name(quint32 auditArch, int nr);
// The SCMP_ARCH_* name of the architecture this process runs on.
QString nativeArchitecture();
// Every name in libseccomp's syscall table, sorted.
const QStringList &knownNames();
} // namespace SyscallResolver

} // namespace Sysfence
