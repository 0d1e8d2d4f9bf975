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
// The syscall's number on the architecture. A negative number means the
// syscall does not exist there (libseccomp's pseudo-numbers); nullopt means
// libseccomp does not know the name at all, so runc would drop it.
std::optional<int> number(const QString &scmpArch, const QString &name);
bool isKnown(const QString &name);
// Every name in libseccomp's syscall table, sorted.
const QStringList &knownNames();
} // namespace SyscallResolver

} // namespace Sysfence
