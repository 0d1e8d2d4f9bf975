#include "profileresolver.h"

#include "effectiveprofile.h"

#include "catalog/catalog.h"

namespace Sysfence {

bool ProfileResolver::needsResolution(const Profile &profile)
{
    if (!profile.archMap.isEmpty() || !profile.defaultErrnoName.isEmpty()) {
        return true;
    }
    return std::any_of(profile.rules.cbegin(), profile.rules.cend(), [](const Rule &r) {
        return !r.includes.isEmpty() || !r.excludes.isEmpty() || !r.comment.isEmpty() || !r.errnoName.isEmpty()
            || (r.source.isObject() && (r.source.contains(u"includes") || r.source.contains(u"excludes")));
    });
}

QString ProfileResolver::architectureList(const QStringList &scmpNames)
{
    QStringList names;
    for (const QString &n : scmpNames) {
        names.append(n.startsWith(QLatin1String("SCMP_ARCH_")) ? n.mid(10).toLower() : n);
    }
    return names.join(QLatin1String(" + "));
}

ProfileResolver::Result ProfileResolver::resolve(const Profile &profile, const Target &target)
{
    Result result;
    if (target.privileged && needsResolution(profile)) {
        result.error = tr("With --privileged no seccomp filter is loaded, so archMap, includes and excludes cannot be "
                          "resolved for it; choose an unprivileged target.");
        return result;
    }
    if (!needsResolution(profile)) {
        result.profile = profile;
        // The 2016 format's one "name" per rule is Docker's alone: write "names".
        int renamed = 0;
        for (Rule &r : result.profile.rules) {
            if (r.source.contains(u"name")) {
                r.source = {};
                ++renamed;
            }
        }
        if (renamed > 0) {
            result.messages.append(
                tr("Rules written with “names” instead of Docker's old single “name”: %1.").arg(renamed));
        }
        return result;
    }
    const EffectiveProfile e = EffectiveProfile::evaluate(profile, target);
    result.profile = e.profile;
    Profile &p = result.profile;

    if (!profile.archMap.isEmpty()) {
        const bool found = std::any_of(profile.archMap.cbegin(), profile.archMap.cend(),
            [&](const ArchMapping &m) { return m.architecture == target.architecture; });
        if (found) {
            result.messages.append(tr("archMap resolved to %1 (the entry for %2).")
                                       .arg(architectureList(p.architectures), target.goArchitecture()));
        } else {
            result.messages.append(tr("archMap has no entry for %1; the exported profile lists %2.")
                                       .arg(target.goArchitecture(),
                                           p.architectures.isEmpty() ? tr("no architecture (the native one only)")
                                                                     : architectureList(p.architectures)));
        }
    }

    int conditional = 0;
    int kept = 0;
    int comments = 0;
    bool errnoNames = !profile.defaultErrnoName.isEmpty();
    for (qsizetype i = 0; i < profile.rules.size(); ++i) {
        const Rule &r = profile.rules.at(i);
        const bool isConditional = !r.includes.isEmpty() || !r.excludes.isEmpty();
        if (isConditional) {
            ++conditional;
            if (e.sourceRules.contains(i)) {
                ++kept;
            }
        }
        if (!r.comment.isEmpty()) {
            ++comments;
        }
        errnoNames = errnoNames || !r.errnoName.isEmpty();
    }
    if (conditional > 0) {
        const QStringList defaults = Catalog::instance().dockerDefaultCapabilities();
        const bool defaultCaps = target.capabilities == QSet<QString>(defaults.cbegin(), defaults.cend());
        QStringList caps;
        for (const QString &c : target.sortedCapabilities()) {
            caps.append(c.startsWith(QLatin1String("CAP_")) ? c.mid(4) : c);
        }
        const QString capsText = defaultCaps ? tr("Docker's default capabilities")
            : caps.isEmpty()                 ? tr("no capabilities")
                                             : tr("caps %1").arg(caps.join(QLatin1Char(',')));
        const QString text = conditional == 1
            ? tr("1 rule with includes/excludes resolved for %1, %2, kernel %3: %4 kept, %5 dropped.")
            : tr("%1 rules with includes/excludes resolved for %2, %3, kernel %4: %5 kept, %6 dropped.")
                  .arg(conditional);
        result.messages.append(
            text.arg(capsText, target.goArchitecture(), target.kernelText()).arg(kept).arg(conditional - kept));
    }
    if (comments > 0) {
        result.messages.append(tr("Comments dropped (%1): the format has no place for them.").arg(comments));
    }
    if (errnoNames) {
        p.defaultErrnoName.clear();
        for (Rule &r : p.rules) {
            r.errnoName.clear();
        }
        result.messages.append(tr("Podman's informational errno names dropped; the errno numbers are kept."));
    }
    return result;
}

} // namespace Sysfence
