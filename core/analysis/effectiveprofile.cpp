#include "effectiveprofile.h"

#include <algorithm>

namespace Sysfence {

bool EffectiveProfile::applies(const Rule &rule, const Target &target)
{
    return applies(rule, target, target.goArchitecture());
}

bool EffectiveProfile::applies(const Rule &rule, const Target &target, const QString &arch)
{
    const Filter &ex = rule.excludes;
    if (!ex.arches.isEmpty() && ex.arches.contains(arch)) {
        return false;
    }
    for (const QString &cap : ex.caps) {
        if (target.capabilities.contains(cap)) {
            return false;
        }
    }
    if (!ex.minKernel.isEmpty() && target.kernelAtLeast(ex.minKernel)) {
        return false;
    }
    const Filter &in = rule.includes;
    if (!in.arches.isEmpty() && !in.arches.contains(arch)) {
        return false;
    }
    for (const QString &cap : in.caps) {
        if (!target.capabilities.contains(cap)) {
            return false;
        }
    }
    if (!in.minKernel.isEmpty() && !target.kernelAtLeast(in.minKernel)) {
        return false;
    }
    return true;
}

namespace {
// What runc sees of a rule: no filters, comment or sources. Built from the
// parts it keeps (copying the whole rule and clearing the rest cost twice as
// much on a big profile).
Rule keptParts(const Rule &rule)
{
    Rule r;
    r.names = rule.names;
    r.action = rule.action;
    r.errnoRet = rule.errnoRet;
    r.errnoName = rule.errnoName;
    r.args = rule.args;
    if (std::any_of(r.args.cbegin(), r.args.cend(), [](const ArgCondition &a) { return a.source.isValid(); })) {
        for (ArgCondition &a : r.args) {
            a.source = {};
        }
    }
    return r;
}
} // namespace

EffectiveProfile EffectiveProfile::evaluate(const Profile &profile, const Target &target)
{
    EffectiveProfile e;
    e.seccompDisabled = target.privileged;
    Profile &p = e.profile;
    p.defaultAction = profile.defaultAction;
    p.defaultErrnoRet = profile.defaultErrnoRet;
    p.defaultErrnoName = profile.defaultErrnoName;
    p.flags = profile.flags;
    p.listenerPath = profile.listenerPath;
    p.listenerMetadata = profile.listenerMetadata;
    p.architectures = profile.architectures;
    // Only the archMap entry of the native architecture is used.
    for (const ArchMapping &m : profile.archMap) {
        if (m.architecture == target.architecture) {
            p.architectures.append(m.architecture);
            p.architectures.append(m.subArchitectures);
        }
    }
    p.rules.reserve(profile.rules.size());
    const QString arch = target.goArchitecture(); // once, not per rule
    for (qsizetype i = 0; i < profile.rules.size(); ++i) {
        const Rule &rule = profile.rules.at(i);
        if (applies(rule, target, arch)) {
            p.rules.append(keptParts(rule));
            e.sourceRules.append(i);
        }
    }
    return e;
}

void EffectiveProfile::update(const Profile &source, const Target &target, const RuleChange &change)
{
    Q_ASSERT(!change.everything);
    // sourceRules is ascending: the effective rules of the replaced ones are one run.
    const auto from = std::lower_bound(sourceRules.cbegin(), sourceRules.cend(), change.first);
    const auto to = std::lower_bound(from, sourceRules.cend(), change.first + change.removed);
    const qsizetype at = from - sourceRules.cbegin();
    const qsizetype count = to - from;
    profile.rules.remove(at, count);
    sourceRules.remove(at, count);
    const qsizetype shift = change.inserted - change.removed;
    if (shift != 0) {
        for (qsizetype k = at; k < sourceRules.size(); ++k) {
            sourceRules[k] += shift;
        }
    }
    const QString arch = target.goArchitecture();
    qsizetype next = at;
    for (qsizetype i = change.first; i < change.first + change.inserted; ++i) {
        const Rule &rule = source.rules.at(i);
        if (applies(rule, target, arch)) {
            profile.rules.insert(next, keptParts(rule));
            sourceRules.insert(next, i);
            ++next;
        }
    }
}

} // namespace Sysfence
