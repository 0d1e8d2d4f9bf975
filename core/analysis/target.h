#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// The container a profile is evaluated for: what Docker knows when it turns
// a profile into the filter it loads.
struct Target
{
    QString architecture = QStringLiteral("SCMP_ARCH_X86_64"); // native arch, SCMP_ARCH_* spelling
    int kernelMajor = 6;
    int kernelMinor = 8;
    QSet<QString> capabilities; // the bounding set, "CAP_*"
    bool privileged = false;

    // x86_64, kernel 6.8, Docker's 14 default capabilities, not privileged.
    static Target dockerDefault();

    QString goArchitecture() const; // "amd64"
    QString kernelText() const { return QStringLiteral("%1.%2").arg(kernelMajor).arg(kernelMinor); }
    bool kernelAtLeast(const QString &version) const;
    QStringList sortedCapabilities() const;

    // Builds a target from command-line style text; on failure returns
    // nullopt and sets `error` to a message naming the bad part.
    //   arch:   "amd64", "arm64", "SCMP_ARCH_AARCH64", …
    //   kernel: "5.10"
    //   caps:   "default,+SYS_ADMIN,-NET_RAW", "none,+CHOWN", "all"
    static std::optional<Target> parse(const QString &arch, const QString &kernel, const QString &caps,
                                       bool privileged, QString *error);
};

} // namespace Sysfence
