#pragma once

#include "target.h"

#include "profile/profile.h"
#include "profile/rulechange.h"

#include <QList>

namespace Sysfence {

// The rules a container really gets: the profile after Docker has applied
// includes, excludes and archMap for one target (moby's setupSeccomp).
struct EffectiveProfile
{
    // --privileged: Docker loads no seccomp filter at all.
    bool seccompDisabled = false;
    // A Docker profile without includes, excludes or archMap; the
    // architectures are those of the target's archMap entry (or the
    // profile's own list). Rules keep their order and their source spelling.
    Profile profile;
    // For each effective rule, the index of the rule it came from.
    QList<qsizetype> sourceRules;

    static EffectiveProfile evaluate(const Profile &profile, const Target &target);
    // Brings an evaluation of the profile before `change` up to date with
    // `profile`, the one after it, for the same target: only the replaced
    // rules are looked at. The change must not be `everything`.
    void update(const Profile &profile, const Target &target, const RuleChange &change);
    // Whether one rule applies to the target (its includes and excludes).
    static bool applies(const Rule &rule, const Target &target);
    // The same with the target's Go architecture name already looked up.
    static bool applies(const Rule &rule, const Target &target, const QString &goArchitecture);
};

} // namespace Sysfence
