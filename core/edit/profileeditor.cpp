#include "profileeditor.h"

#include "analysis/syscallverdict.h"
#include "catalog/catalog.h"

#include <algorithm>

namespace Sysfence {

namespace {
QString actionText(Action action, std::optional<quint32> errnoRet)
{
    return SyscallVerdict::actionText(action, errnoRet);
}

bool hasAction(const Rule &rule, const QString &text)
{
    return rule.action && actionText(*rule.action, rule.errnoRet) == text;
}

ProfileEdit makeEdit(const Profile &before, Profile after, QString description, QString notice = {})
{
    ProfileEdit e;
    e.before = before;
    e.after = std::move(after);
    e.description = std::move(description);
    e.notice = std::move(notice);
    return e;
}
} // namespace

void ProfileEditor::moveName(Profile &p, const QString &name, Action action, std::optional<quint32> errnoRet,
                             bool *usedDefault, QStringList *droppedGrants)
{
    if (!Actions::takesErrno(action)) {
        errnoRet.reset();
    }
    const QString wanted = actionText(action, errnoRet);
    const QString defaultText = actionText(p.defaultAction.value_or(Action::Errno), p.defaultErrnoRet);
    const bool isDefault = wanted == defaultText;
    if (usedDefault) {
        *usedDefault = isDefault;
    }

    // Rules without argument conditions decide the syscall's action outright
    // wherever their includes/excludes hold; one with another action would
    // contradict the new one, so the name leaves it. Rules with argument
    // conditions stay: they refine the action for some arguments.
    auto contradicts = [&](const Rule &r) { return r.args.isEmpty() && r.names.contains(name) && !hasAction(r, wanted); };

    bool present = false;
    bool contradicted = false;
    for (const Rule &r : std::as_const(p.rules)) {
        present = present || (r.isUnconditional() && r.names.contains(name) && hasAction(r, wanted));
        contradicted = contradicted || contradicts(r);
    }
    if (!contradicted && (present || isDefault)) {
        return; // already so: leave every byte alone
    }

    for (qsizetype r = p.rules.size() - 1; r >= 0; --r) {
        const Rule &rule = p.rules.at(r);
        if (!contradicts(rule)) {
            continue;
        }
        if (!rule.isUnconditional() && droppedGrants) {
            QStringList conditions;
            if (!rule.includes.caps.isEmpty()) {
                conditions << tr("with %1").arg(rule.includes.caps.join(QLatin1String(", ")));
            }
            if (!rule.includes.arches.isEmpty()) {
                conditions << tr("on %1").arg(rule.includes.arches.join(QLatin1String(", ")));
            }
            if (!rule.includes.minKernel.isEmpty()) {
                conditions << tr("on kernel %1 or later").arg(rule.includes.minKernel);
            }
            if (!rule.excludes.isEmpty()) {
                conditions << tr("unless excluded");
            }
            droppedGrants->prepend(tr("%1 %2").arg(rule.action ? Actions::name(*rule.action) : QString(),
                                                   conditions.join(QLatin1String(", "))));
        }
        if (rule.names.size() == 1) {
            p.rules.removeAt(r);
        } else {
            p.rules[r].names.removeAll(name);
        }
    }
    if (present || isDefault) {
        return;
    }

    // Join an unconditional rule with that action...
    for (qsizetype r = 0; r < p.rules.size(); ++r) {
        const Rule &rule = p.rules.at(r); // read-only: writing copies a shared rule
        if (!rule.isUnconditional() || !hasAction(rule, wanted)) {
            continue;
        }
        // Docker keeps its lists (nearly) sorted: go before the first name
        // that sorts after this one, so the save adds exactly one line.
        QStringList &names = p.rules[r].names;
        const auto next = std::find_if(names.cbegin(), names.cend(), [&](const QString &n) { return n > name; });
        names.insert(next - names.cbegin(), name);
        return;
    }
    // ...or start one beside the syscall's other rules (or at the end).
    qsizetype position = p.rules.size();
    for (qsizetype r = p.rules.size() - 1; r >= 0; --r) {
        if (p.rules.at(r).names.contains(name)) {
            position = r + 1;
            break;
        }
    }
    Rule rule;
    rule.names = QStringList{name};
    rule.action = action;
    rule.errnoRet = errnoRet;
    p.rules.insert(position, rule);
}

ProfileEdit ProfileEditor::setSyscallAction(const Profile &profile, const QString &name, Action action,
                                            std::optional<quint32> errnoRet)
{
    Profile after = profile;
    bool usedDefault = false;
    QStringList dropped;
    moveName(after, name, action, errnoRet, &usedDefault, &dropped);
    const QString text = Actions::takesErrno(action) && errnoRet ? actionText(action, errnoRet) : Actions::name(action);
    QStringList notices;
    if (usedDefault) {
        notices << tr("%1 is the default action, so %2 no longer needs an entry of its own; it was removed.")
                       .arg(text, name);
    }
    if (!dropped.isEmpty()) {
        notices << tr("%1 was also granted %2; it was taken out of those rules so that %3 holds everywhere.")
                       .arg(name, dropped.join(QLatin1String("; ")), text);
    }
    ProfileEdit e = makeEdit(profile, std::move(after), tr("Set %1 to %2").arg(name, text), notices.join(QLatin1Char(' ')));
    e.mergeKey = QStringLiteral("action:") + name;
    e.syscalls = QStringList{name};
    return e;
}

ProfileEdit ProfileEditor::setSyscallsAction(const Profile &profile, const QStringList &names, Action action,
                                             std::optional<quint32> errnoRet)
{
    if (names.size() == 1) {
        return setSyscallAction(profile, names.constFirst(), action, errnoRet);
    }
    Profile after = profile;
    bool usedDefault = false;
    for (const QString &name : names) {
        moveName(after, name, action, errnoRet, &usedDefault, nullptr);
    }
    const QString text = Actions::takesErrno(action) && errnoRet ? actionText(action, errnoRet) : Actions::name(action);
    ProfileEdit e = makeEdit(profile, std::move(after),
                             tr("Set %n syscall(s) to %1", nullptr, static_cast<int>(names.size())).arg(text),
                             usedDefault ? tr("%1 is the default action, so the syscalls no longer need entries of "
                                              "their own; they were removed.")
                                               .arg(text)
                                         : QString());
    e.syscalls = names;
    return e;
}

ProfileEdit ProfileEditor::setGroupAction(const Profile &profile, const QString &groupId, Action action,
                                          std::optional<quint32> errnoRet)
{
    ProfileEdit e = setSyscallsAction(profile, Catalog::instance().syscallsInGroup(groupId), action, errnoRet);
    const RiskGroup *group = Catalog::instance().group(groupId);
    const QString text = Actions::takesErrno(action) && errnoRet ? actionText(action, errnoRet) : Actions::name(action);
    e.description = tr("Set group %1 to %2").arg(group ? group->name.text() : groupId, text);
    return e;
}

ProfileEdit ProfileEditor::addRule(const Profile &profile, const Rule &rule, qsizetype position)
{
    Profile after = profile;
    if (position < 0 || position > after.rules.size()) {
        position = after.rules.size();
    }
    after.rules.insert(position, rule);
    return makeEdit(profile, std::move(after), tr("Add a rule for %1").arg(rule.names.join(QLatin1String(", "))));
}

ProfileEdit ProfileEditor::replaceRule(const Profile &profile, qsizetype index, const Rule &rule)
{
    Profile after = profile;
    if (index >= 0 && index < after.rules.size()) {
        Rule replacement = rule;
        replacement.source = after.rules.at(index).source; // keep its place in the file's style
        after.rules[index] = replacement;
    }
    return makeEdit(profile, std::move(after), tr("Edit the rule for %1").arg(rule.names.join(QLatin1String(", "))));
}

ProfileEdit ProfileEditor::removeRule(const Profile &profile, qsizetype index)
{
    Profile after = profile;
    QString names;
    if (index >= 0 && index < after.rules.size()) {
        names = after.rules.at(index).names.join(QLatin1String(", "));
        after.rules.removeAt(index);
    }
    return makeEdit(profile, std::move(after), tr("Remove the rule for %1").arg(names));
}

ProfileEdit ProfileEditor::setRuleComment(const Profile &profile, qsizetype index, const QString &comment)
{
    Profile after = profile;
    if (index >= 0 && index < after.rules.size()) {
        after.rules[index].comment = comment;
    }
    ProfileEdit e = makeEdit(profile, std::move(after), tr("Edit a rule comment"));
    e.mergeKey = QStringLiteral("comment:%1").arg(index);
    return e;
}

ProfileEdit ProfileEditor::setDefaultAction(const Profile &profile, Action action, std::optional<quint32> errnoRet)
{
    Profile after = profile;
    after.defaultAction = action;
    if (Actions::takesErrno(action)) {
        if (errnoRet) {
            after.defaultErrnoRet = errnoRet;
        }
    } else {
        after.defaultErrnoRet.reset();
        after.defaultErrnoName.clear();
    }
    ProfileEdit e = makeEdit(profile, std::move(after), tr("Set the default action to %1").arg(Actions::name(action)));
    e.mergeKey = QStringLiteral("defaultAction");
    return e;
}

ProfileEdit ProfileEditor::setDefaultErrnoRet(const Profile &profile, std::optional<quint32> errnoRet)
{
    Profile after = profile;
    after.defaultErrnoRet = errnoRet;
    ProfileEdit e = makeEdit(profile, std::move(after), tr("Set the default errno"));
    e.mergeKey = QStringLiteral("defaultErrnoRet");
    return e;
}

ProfileEdit ProfileEditor::setArchitectures(const Profile &profile, const QStringList &architectures)
{
    Profile after = profile;
    after.architectures = architectures;
    if (!architectures.isEmpty()) {
        after.archMap.clear(); // Docker accepts only one of the two
    }
    return makeEdit(profile, std::move(after), tr("Set the architectures"));
}

ProfileEdit ProfileEditor::setArchMap(const Profile &profile, const QList<ArchMapping> &archMap)
{
    Profile after = profile;
    after.archMap = archMap;
    if (!archMap.isEmpty()) {
        after.architectures.clear();
    }
    return makeEdit(profile, std::move(after), tr("Set the architecture map"));
}

} // namespace Sysfence
