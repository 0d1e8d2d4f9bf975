#include "syscallresolver.h"

#include "profile/architecture.h"

#include <seccomp.h>

#include <QHash>
#include <QSet>

#include <cstdlib>
#include <memory>

namespace Sysfence::SyscallResolver {

namespace {
uint32_t archToken(const QString &scmpArch)
{
    if (scmpArch == QLatin1String("SCMP_ARCH_NATIVE")) {
        return seccomp_arch_native();
    }
    if (!scmpArch.startsWith(QLatin1String("SCMP_ARCH_"))) {
        return 0;
    }
    // libseccomp's own names are the lower-case suffix: "x86_64", "aarch64".
    const QByteArray name = scmpArch.mid(10).toLower().toLatin1();
    return seccomp_arch_resolve_name(name.constData());
}
} // namespace

QString libseccompVersion()
{
    static const QString version = [] {
        const scmp_version *v = seccomp_version();
        return QStringLiteral("%1.%2.%3").arg(v->major).arg(v->minor).arg(v->micro);
    }();
    return version;
}

quint32 auditArch(const QString &scmpArch)
{
    // libseccomp's architecture tokens are the kernel's AUDIT_ARCH_* values.
    return archToken(scmpArch);
}

bool supportsArchitecture(const QString &scmpArch)
{
    return archToken(scmpArch) != 0;
}

std::optional<int> number(const QString &scmpArch, const QString &name)
{
    // libseccomp finds a name by comparing it with each of its table's, and
    // the views ask for the same few hundred after every edit; the answer
    // does not change while the process runs.
    thread_local QHash<QString, QHash<QString, std::optional<int>>> known;
    if (known.size() > 64 && !known.contains(scmpArch)) {
        known.clear(); // architecture names read from a hostile file
    }
    QHash<QString, std::optional<int>> &numbers = known[scmpArch];
    if (const auto it = numbers.constFind(name); it != numbers.cend()) {
        return *it;
    }
    std::optional<int> out;
    if (const uint32_t arch = archToken(scmpArch); arch != 0) {
        const QByteArray n = name.toLatin1();
        const int nr = seccomp_syscall_resolve_name_arch(arch, n.constData());
        if (nr != __NR_SCMP_ERROR) {
            out = nr;
        }
    }
    if (numbers.size() < 20000) { // so do names
        numbers.insert(name, out);
    }
    return out;
}

bool isKnown(const QString &name)
{
    const QByteArray n = name.toLatin1();
    return seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86_64, n.constData()) != __NR_SCMP_ERROR;
}

const QStringList &knownNames()
{
    static const QStringList names = [] {
        // libseccomp's table has a row for every syscall of every
        // architecture; on x86_64 the ones that do not exist there resolve
        // through pseudo-numbers below zero: -101 and on for the socketcall
        // and ipc multiplexed calls, -10001 and on for the rest
        // (seccomp-syscalls.h). Walking those ranges yields the whole table;
        // each look-up walks the table, so the empty stretch between them is
        // skipped (a test checks nothing lies there).
        QSet<QString> set;
        auto collect = [&set](int from, int to) {
            for (int nr = from; nr < to; ++nr) {
                char *name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_X86_64, nr);
                if (name) {
                    set.insert(QString::fromLatin1(name));
                    std::free(name);
                }
            }
        };
        collect(0, 1024);
        collect(-1000, 0);
        collect(-11000, -10000);
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    }();
    return names;
}

QString architectureName(quint32 auditArch, int nr)
{
    constexpr int x32SyscallBit = 0x40000000;
    if (auditArch == SCMP_ARCH_X86_64 && (nr & x32SyscallBit) != 0) {
        return QStringLiteral("SCMP_ARCH_X32");
    }
    for (const QString &scmp : Architectures::scmpNames()) {
        if (scmp != QLatin1String("SCMP_ARCH_NATIVE") && archToken(scmp) == auditArch) {
            return scmp;
        }
    }
    return {};
}

QString name(quint32 auditArch, int nr)
{
    const QString arch = architectureName(auditArch, nr);
    const uint32_t token = archToken(arch);
    if (token == 0) {
        return {};
    }
    std::unique_ptr<char, decltype(&std::free)> text(seccomp_syscall_resolve_num_arch(token, nr), &std::free);
    return text ? QString::fromLatin1(text.get()) : QString();
}

QString nativeArchitecture()
{
    return architectureName(seccomp_arch_native());
}

} // namespace Sysfence::SyscallResolver
