#pragma once

#include <QString>
#include <QStringList>

namespace Sysfence {

// Architecture names as Docker profiles spell them: SCMP_ARCH_* in
// `architectures` and `archMap`, Go's GOARCH style in includes/excludes.
namespace Architectures {
// Every SCMP_ARCH_* name Docker accepts.
QStringList scmpNames();
bool isScmpName(QStringView name);
// Every name Docker accepts in includes/excludes `arches`.
QStringList goNames();
bool isGoName(QStringView name);
// "SCMP_ARCH_X86_64" -> "amd64"; empty when Docker has no Go name for it.
QString goName(QStringView scmpName);
// "amd64" -> "SCMP_ARCH_X86_64".
QString scmpName(QStringView goName);
} // namespace Architectures

// Docker's four filter flags.
namespace FilterFlags {
QStringList names();
} // namespace FilterFlags

} // namespace Sysfence
