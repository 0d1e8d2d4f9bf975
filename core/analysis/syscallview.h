#pragma once

#include "profile/profile.h"

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
    };

    SyscallView() = default;
    explicit SyscallView(const Profile &profile);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &name) const;
    QStringList names() const;

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace Sysfence
