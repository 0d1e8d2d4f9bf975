#include "architecture.h"

namespace Sysfence {

namespace {
struct Entry {
    const char *scmp;
    const char *go; // as in includes/excludes `arches`; nullptr when none
};
// SCMP_ARCH_NATIVE has no Go name; the Go names follow moby's profiles/seccomp.
constexpr Entry Table[] = {
    {"SCMP_ARCH_NATIVE", nullptr},
    {"SCMP_ARCH_X86", "x86"},
    {"SCMP_ARCH_X86_64", "amd64"},
    {"SCMP_ARCH_X32", "x32"},
    {"SCMP_ARCH_ARM", "arm"},
    {"SCMP_ARCH_AARCH64", "arm64"},
    {"SCMP_ARCH_MIPS", "mips"},
    {"SCMP_ARCH_MIPS64", "mips64"},
    {"SCMP_ARCH_MIPS64N32", "mips64n32"},
    {"SCMP_ARCH_MIPSEL", "mipsel"},
    {"SCMP_ARCH_MIPSEL64", "mipsel64"},
    {"SCMP_ARCH_MIPSEL64N32", "mipsel64n32"},
    {"SCMP_ARCH_PPC", "ppc"},
    {"SCMP_ARCH_PPC64", "ppc64"},
    {"SCMP_ARCH_PPC64LE", "ppc64le"},
    {"SCMP_ARCH_S390", "s390"},
    {"SCMP_ARCH_S390X", "s390x"},
    {"SCMP_ARCH_PARISC", "parisc"},
    {"SCMP_ARCH_PARISC64", "parisc64"},
    {"SCMP_ARCH_RISCV64", "riscv64"},
    {"SCMP_ARCH_LOONGARCH64", "loong64"},
    {"SCMP_ARCH_M68K", "m68k"},
    {"SCMP_ARCH_SH", "sh"},
    {"SCMP_ARCH_SHEB", "sheb"},
};
} // namespace

namespace Architectures {

QStringList scmpNames()
{
    QStringList list;
    for (const Entry &e : Table) {
        list.append(QString::fromLatin1(e.scmp));
    }
    return list;
}

bool isScmpName(QStringView name)
{
    for (const Entry &e : Table) {
        if (name == QLatin1String(e.scmp)) {
            return true;
        }
    }
    return false;
}

QStringList goNames()
{
    QStringList list;
    for (const Entry &e : Table) {
        if (e.go) {
            list.append(QString::fromLatin1(e.go));
        }
    }
    return list;
}

bool isGoName(QStringView name)
{
    return !scmpName(name).isEmpty();
}

QString goName(QStringView scmpName)
{
    for (const Entry &e : Table) {
        if (scmpName == QLatin1String(e.scmp)) {
            return e.go ? QString::fromLatin1(e.go) : QString();
        }
    }
    return {};
}

QString scmpName(QStringView goName)
{
    for (const Entry &e : Table) {
        if (e.go && goName == QLatin1String(e.go)) {
            return QString::fromLatin1(e.scmp);
        }
    }
    return {};
}

} // namespace Architectures

namespace FilterFlags {
QStringList names()
{
    return {QStringLiteral("SECCOMP_FILTER_FLAG_TSYNC"), QStringLiteral("SECCOMP_FILTER_FLAG_LOG"),
        QStringLiteral("SECCOMP_FILTER_FLAG_SPEC_ALLOW"), QStringLiteral("SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV")};
}
} // namespace FilterFlags

} // namespace Sysfence
