#include "profilediff.h"

#include "catalog/catalog.h"

#include <QSet>

namespace Sysfence {

namespace {
// A rough order of how much an action lets through.
int openness(const QString &action)
{
    if (action.startsWith(QLatin1String("SCMP_ACT_ALLOW")) || action.startsWith(QLatin1String("SCMP_ACT_LOG"))) {
        return 3;
    }
    if (action.startsWith(QLatin1String("SCMP_ACT_NOTIFY")) || action.startsWith(QLatin1String("SCMP_ACT_TRACE"))) {
        return 2;
    }
    if (action.startsWith(QLatin1String("SCMP_ACT_ERRNO")) || action.startsWith(QLatin1String("SCMP_ACT_TRAP"))) {
        return 1;
    }
    return 0; // kill
}

int verdictOpenness(const SyscallVerdict &v)
{
    // Conditional allows sit between the unconditional action and ALLOW.
    int best = openness(v.action) * 2;
    for (const QString &c : v.conditions) {
        best = std::max(best, openness(c) * 2 - 1);
    }
    return best;
}
} // namespace

ProfileDiff ProfileDiff::compare(const Profile &before, const Profile &after, const Target &target)
{
    ProfileDiff diff;
    QSet<QString> names;
    for (const Profile *p : {&before, &after}) {
        for (const Rule &r : p->rules) {
            for (const QString &n : r.names) {
                names.insert(n);
            }
        }
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    const EffectiveProfile a = EffectiveProfile::evaluate(before, target);
    const EffectiveProfile b = EffectiveProfile::evaluate(after, target);
    const auto va = SyscallVerdict::compute(a, sorted);
    const auto vb = SyscallVerdict::compute(b, sorted);
    diff.defaultBefore = SyscallVerdict::actionText(before.defaultAction.value_or(Action::Errno), before.defaultErrnoRet);
    diff.defaultAfter = SyscallVerdict::actionText(after.defaultAction.value_or(Action::Errno), after.defaultErrnoRet);
    for (const QString &name : std::as_const(sorted)) {
        const SyscallVerdict &x = va.value(name);
        const SyscallVerdict &y = vb.value(name);
        if (x.action == y.action && x.conditions == y.conditions) {
            continue;
        }
        Change c{name, x, y, 0};
        const int ox = verdictOpenness(x);
        const int oy = verdictOpenness(y);
        c.permissiveness = oy > ox ? 1 : (oy < ox ? -1 : 0);
        diff.changes.append(c);
    }
    return diff;
}

} // namespace Sysfence
