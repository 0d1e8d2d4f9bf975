#include "syscallverdict.h"

#include <QSet>

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>

namespace Sysfence {

QString SyscallVerdict::actionText(Action action, const std::optional<quint32> &errnoRet)
{
    if (Actions::takesErrno(action)) {
        return QStringLiteral("%1(%2)").arg(Actions::name(action)).arg(errnoRet.value_or(EPERM));
    }
    // runc loads SCMP_ACT_KILL as KILL_THREAD: the same filter.
    return Actions::name(action == Action::Kill ? Action::KillThread : action);
}

QString SyscallVerdict::conditionText(const ArgCondition &c)
{
    const QString arg = QStringLiteral("arg%1").arg(c.index);
    const QString value = QStringLiteral("0x%1").arg(c.value, 0, 16);
    switch (c.op.value_or(CompareOp::Equal)) {
    case CompareOp::NotEqual:
        return QStringLiteral("%1 != %2").arg(arg, value);
    case CompareOp::Less:
        return QStringLiteral("%1 < %2").arg(arg, value);
    case CompareOp::LessOrEqual:
        return QStringLiteral("%1 <= %2").arg(arg, value);
    case CompareOp::Equal:
        return QStringLiteral("%1 == %2").arg(arg, value);
    case CompareOp::GreaterOrEqual:
        return QStringLiteral("%1 >= %2").arg(arg, value);
    case CompareOp::Greater:
        return QStringLiteral("%1 > %2").arg(arg, value);
    case CompareOp::MaskedEqual:
        return QStringLiteral("(%1 & %2) == 0x%3").arg(arg, value).arg(c.valueTwo, 0, 16);
    }
    return {};
}

QString SyscallVerdict::summary() const
{
    if (conditions.isEmpty()) {
        return byDefault ? QCoreApplication::translate("Sysfence::SyscallVerdict", "%1 (default)").arg(action) : action;
    }
    return QCoreApplication::translate("Sysfence::SyscallVerdict", "%1 unless: %2")
        .arg(action, conditions.join(QLatin1String("; ")));
}

QString SyscallVerdict::ruleCondition(const Rule &rule, const QString &text)
{
    if (rule.args.isEmpty()) {
        return {};
    }
    QStringList parts;
    for (const ArgCondition &a : rule.args) {
        parts.append(conditionText(a));
    }
    return QStringLiteral("%1 if %2").arg(text, parts.join(QLatin1String(" && ")));
}

void SyscallVerdict::apply(SyscallVerdict &verdict, const Rule &rule, const QString &text, const QString &condition)
{
    if (!rule.args.isEmpty()) {
        verdict.conditions.append(condition);
    } else if (verdict.byDefault) {
        // The first unconditional rule wins.
        verdict.action = text;
        verdict.byDefault = false;
    }
}

QMap<QString, SyscallVerdict> SyscallVerdict::compute(const EffectiveProfile &effective, const QStringList &names)
{
    const Profile &p = effective.profile;
    const QString defaultText = actionText(p.defaultAction.value_or(Action::Errno), p.defaultErrnoRet);
    QMap<QString, SyscallVerdict> out;
    auto entry = [&](const QString &name) -> SyscallVerdict & {
        auto it = out.find(name);
        if (it == out.end()) {
            SyscallVerdict v;
            v.name = name;
            v.action = defaultText;
            it = out.insert(name, v);
        }
        return *it;
    };
    for (const QString &name : names) {
        entry(name);
    }
    const QSet<QString> wanted(names.cbegin(), names.cend()); // hashed: looked up for every name of every rule
    QSet<QString> withConditions;
    for (const Rule &rule : p.rules) {
        if (!rule.action) {
            continue;
        }
        // Asked for a few names (after an edit): most rules name none of them.
        if (!names.isEmpty()
            && std::none_of(rule.names.cbegin(), rule.names.cend(), [&](const QString &n) { return wanted.contains(n); })) {
            continue;
        }
        const QString text = actionText(*rule.action, rule.errnoRet);
        if (text == defaultText) {
            continue; // runc skips it
        }
        // A rule's condition reads the same for each of its names: build it once.
        const QString condition = ruleCondition(rule, text);
        for (const QString &name : rule.names) {
            auto it = out.find(name);
            if (it == out.end()) {
                if (!names.isEmpty()) {
                    continue;
                }
                entry(name);
                it = out.find(name);
            }
            apply(*it, rule, text, condition);
            if (!rule.args.isEmpty()) {
                withConditions.insert(name);
            }
        }
    }
    for (const QString &name : std::as_const(withConditions)) {
        out[name].conditions.sort();
    }
    return out;
}

QMap<QString, SyscallVerdict> SyscallVerdict::computeFrom(const EffectiveProfile &effective, const QStringList &names,
                                                          const SyscallView &view)
{
    // What compute() does for a few names, reading only their rules: the
    // view has each name's rules of the source profile, and an effective
    // rule's source index is found in the ascending sourceRules.
    const Profile &p = effective.profile;
    const QString defaultText = actionText(p.defaultAction.value_or(Action::Errno), p.defaultErrnoRet);
    QMap<QString, SyscallVerdict> out;
    for (const QString &name : names) {
        SyscallVerdict v;
        v.name = name;
        v.action = defaultText;
        if (const SyscallView::Entry *entry = view.entry(name)) {
            QList<qsizetype> sources = entry->unconditionalRules + entry->conditionalRules;
            std::sort(sources.begin(), sources.end());
            for (const qsizetype source : std::as_const(sources)) {
                const auto at = std::lower_bound(effective.sourceRules.cbegin(), effective.sourceRules.cend(), source);
                if (at == effective.sourceRules.cend() || *at != source) {
                    continue; // does not apply to the target
                }
                const Rule &rule = p.rules.at(at - effective.sourceRules.cbegin());
                if (!rule.action) {
                    continue;
                }
                const QString text = actionText(*rule.action, rule.errnoRet);
                if (text == defaultText) {
                    continue; // runc skips it
                }
                const QString condition = ruleCondition(rule, text);
                for (const QString &n : rule.names) {
                    if (n == name) {
                        apply(v, rule, text, condition);
                    }
                }
            }
            v.conditions.sort();
        }
        out.insert(name, v);
    }
    return out;
}

QStringList SyscallVerdict::update(QMap<QString, SyscallVerdict> &verdicts, const EffectiveProfile &effective,
                                   const QStringList &names, const SyscallView *view)
{
    QStringList wanted; // the map's names only: it was computed for those
    for (const QString &name : names) {
        if (verdicts.contains(name)) {
            wanted.append(name);
        }
    }
    QStringList changed;
    if (wanted.isEmpty()) {
        return changed;
    }
    const QMap<QString, SyscallVerdict> fresh = view ? computeFrom(effective, wanted, *view) : compute(effective, wanted);
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        SyscallVerdict &old = verdicts[it.key()];
        if (!(old == it.value())) {
            old = it.value();
            changed.append(it.key());
        }
    }
    return changed;
}

} // namespace Sysfence
