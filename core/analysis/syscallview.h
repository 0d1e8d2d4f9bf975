#pragma once

#include "profile/profile.h"
#include "profile/rulechange.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sysfence {

// The profile seen syscall by syscall (C3): a syscall may appear in several
// rules (Docker's default has five personality rules); this tells, for each
// name, its unconditional rule and its conditional ones.
class SyscallView final
{
public:
    struct Entry
    {
        QString name;
        qsizetype unconditionalRule = -1; // index into Profile::rules, -1 when none
        std::optional<Action> action;     // of that rule; nullopt: the default action applies
        std::optional<quint32> errnoRet;
        QList<qsizetype> conditionalRules; // args, includes or excludes
        // Every unconditional rule naming it, in order (a profile may list a
        // syscall twice); unconditionalRule is the first.
        QList<qsizetype> unconditionalRules;
    };

    SyscallView() = default;
    explicit SyscallView(const Profile &profile);

    // The view of `profile`, which is the profile this view was built for
    // with `change` applied; `runNames` holds every name of the rules the
    // change took out and put in (RuleChange::names(…, true)). Rules outside
    // the change are not read again: their indices are moved.
    void update(const Profile &profile, const RuleChange &change, const QStringList &runNames);

    // A syscall no rule names any more may keep an entry without rules.
    const QList<Entry> &entries() const { return m_entries; }
    // nullptr when no rule names it.
    const Entry *entry(const QString &name) const;
    QStringList names() const;

private:
    Entry &entryFor(const QString &name);
    void add(const Rule &rule, qsizetype index);
    static void setFirstUnconditional(Entry &entry, const Profile &profile);

    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace Sysfence
