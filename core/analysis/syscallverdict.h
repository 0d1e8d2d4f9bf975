#pragma once

#include "effectiveprofile.h"
#include "syscallview.h"

#include <QMap>
#include <QStringList>

namespace Sysfence {

// What the filter does with one syscall for a target, in a form two profiles
// can be compared by: its unconditional action and its conditional rules,
// after runc has dropped rules equal to the default action.
struct SyscallVerdict
{
    QString name;
    QString action;           // "SCMP_ACT_ERRNO(1)", the default's when no rule names it
    bool byDefault = true;    // no unconditional rule: the default action applies
    QStringList conditions;   // "SCMP_ACT_ALLOW if arg0 == 0x0", sorted

    bool operator==(const SyscallVerdict &other) const
    {
        return action == other.action && byDefault == other.byDefault && conditions == other.conditions;
    }
    QString summary() const; // one line for people

    // Verdicts for the given names (all the profile mentions if empty).
    static QMap<QString, SyscallVerdict> compute(const EffectiveProfile &effective, const QStringList &names = {});
    // Recomputes, in a map computed before for the same target, the verdicts
    // of `names` only (those an edit's rules name; names the map has not are
    // left out); returns the names whose verdict changed.
    // With `view`, the SyscallView of the profile `effective` was evaluated
    // from, only the rules naming each of `names` are read, not every rule.
    static QStringList update(QMap<QString, SyscallVerdict> &verdicts, const EffectiveProfile &effective,
                              const QStringList &names, const SyscallView *view = nullptr);
    static QString actionText(Action action, const std::optional<quint32> &errnoRet);
    static QString conditionText(const ArgCondition &condition);

private:
    // "ACTION if CONDITION && …" for a rule with arguments (text: its action), else empty.
    static QString ruleCondition(const Rule &rule, const QString &text);
    // What `rule` (not the default action) does to the verdict of one of its names.
    static void apply(SyscallVerdict &verdict, const Rule &rule, const QString &text, const QString &condition);
    static QMap<QString, SyscallVerdict> computeFrom(const EffectiveProfile &effective, const QStringList &names,
                                                     const SyscallView &view);
};

} // namespace Sysfence
