#include "target.h"

#include "catalog/catalog.h"
#include "format/namesuggester.h"
#include "profile/architecture.h"

#include <QRegularExpression>

#include <algorithm>

namespace Sysfence {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Sysfence::Target", text);
}
} // namespace

Target Target::dockerDefault()
{
    Target t;
    const QStringList caps = Catalog::instance().dockerDefaultCapabilities();
    t.capabilities = QSet<QString>(caps.cbegin(), caps.cend());
    return t;
}

QString Target::goArchitecture() const
{
    return Architectures::goName(architecture);
}

bool Target::kernelAtLeast(const QString &version) const
{
    const QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() != 2) {
        return false;
    }
    const int major = parts.at(0).toInt();
    const int minor = parts.at(1).toInt();
    return kernelMajor > major || (kernelMajor == major && kernelMinor >= minor);
}

QStringList Target::sortedCapabilities() const
{
    QStringList list(capabilities.cbegin(), capabilities.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const CapabilityInfo *ca = Catalog::instance().capability(a);
        const CapabilityInfo *cb = Catalog::instance().capability(b);
        return (ca ? ca->number : 99) < (cb ? cb->number : 99);
    });
    return list;
}

std::optional<Target> Target::parse(const QString &arch, const QString &kernel, const QString &caps, bool privileged,
                                    QString *error)
{
    Target t = dockerDefault();
    t.privileged = privileged;
    if (privileged) {
        // --privileged grants every capability (and turns seccomp off).
        const QStringList all = Catalog::instance().capabilityNames();
        t.capabilities = QSet<QString>(all.cbegin(), all.cend());
    }
    if (!arch.isEmpty()) {
        QString scmp = arch.startsWith(QLatin1String("SCMP_ARCH_")) ? arch : Architectures::scmpName(arch.toLower());
        if (arch.compare(QLatin1String("x86_64"), Qt::CaseInsensitive) == 0) {
            scmp = QStringLiteral("SCMP_ARCH_X86_64");
        } else if (arch.compare(QLatin1String("aarch64"), Qt::CaseInsensitive) == 0) {
            scmp = QStringLiteral("SCMP_ARCH_AARCH64");
        }
        if (scmp.isEmpty() || !Architectures::isScmpName(scmp) || scmp == QLatin1String("SCMP_ARCH_NATIVE")) {
            const QString hint = NameSuggester::closest(arch, Architectures::goNames());
            *error = hint.isEmpty() ? tr("unknown architecture “%1”.").arg(arch)
                                    : tr("unknown architecture “%1” — did you mean “%2”?").arg(arch, hint);
            return std::nullopt;
        }
        t.architecture = scmp;
    }
    if (!kernel.isEmpty()) {
        static const QRegularExpression form(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.\\d+)?$"));
        const QRegularExpressionMatch m = form.match(kernel);
        if (!m.hasMatch()) {
            *error = tr("kernel version “%1” is not of the form 5.10.").arg(kernel);
            return std::nullopt;
        }
        t.kernelMajor = m.captured(1).toInt();
        t.kernelMinor = m.captured(2).toInt();
    }
    if (!caps.isEmpty()) {
        const Catalog &catalog = Catalog::instance();
        const QStringList parts = caps.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString part = parts.at(i).trimmed();
            if (part == QLatin1String("default")) {
                if (i != 0) {
                    *error = tr("“default” must come first in the capability list.");
                    return std::nullopt;
                }
                continue;
            }
            if (part == QLatin1String("none")) {
                t.capabilities.clear();
                continue;
            }
            if (part == QLatin1String("all") || part == QLatin1String("+ALL")) {
                const QStringList all = catalog.capabilityNames();
                t.capabilities = QSet<QString>(all.cbegin(), all.cend());
                continue;
            }
            const bool drop = part.startsWith(QLatin1Char('-'));
            const QString name = (part.startsWith(QLatin1Char('+')) || drop) ? part.mid(1) : part;
            if (drop && name.compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0) {
                t.capabilities.clear();
                continue;
            }
            const CapabilityInfo *cap = catalog.capability(name);
            if (!cap) {
                const QString hint = NameSuggester::closest(QStringLiteral("CAP_") + name.toUpper(), catalog.capabilityNames());
                *error = hint.isEmpty() ? tr("unknown capability “%1”.").arg(name)
                                        : tr("unknown capability “%1” — did you mean “%2”?").arg(name, hint);
                return std::nullopt;
            }
            if (drop) {
                t.capabilities.remove(cap->name);
            } else {
                t.capabilities.insert(cap->name);
            }
        }
    }
    return t;
}

} // namespace Sysfence
