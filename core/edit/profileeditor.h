#pragma once

#include "profileedit.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Sysfence {

// The edit operations of C3. Each takes a profile and returns an edit with
// the profile before and after; rules the edit does not concern are left as
// they were, so their saved bytes do not change.
class ProfileEditor final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileEditor)

public:
    // Moves `name` to an unconditional rule of `action`: it leaves every
    // rule without argument conditions that gives it another action (the
    // notice names grants lost from includes/excludes rules), joins an
    // existing rule with that action, or gets a new rule next to its other
    // rules. Rules with argument conditions are left as they are. Setting
    // the default action removes the explicit entry, and the notice says so.
    static ProfileEdit setSyscallAction(const Profile &profile, const QString &name, Action action,
                                        std::optional<quint32> errnoRet = std::nullopt);
    // The same for several names at once (a multi-selection or a group).
    static ProfileEdit setSyscallsAction(const Profile &profile, const QStringList &names, Action action,
                                         std::optional<quint32> errnoRet = std::nullopt);
    static ProfileEdit setGroupAction(const Profile &profile, const QString &groupId, Action action,
                                      std::optional<quint32> errnoRet = std::nullopt);

    static ProfileEdit addRule(const Profile &profile, const Rule &rule, qsizetype position = -1);
    static ProfileEdit replaceRule(const Profile &profile, qsizetype index, const Rule &rule);
    static ProfileEdit removeRule(const Profile &profile, qsizetype index);
    static ProfileEdit setRuleComment(const Profile &profile, qsizetype index, const QString &comment);

    static ProfileEdit setDefaultAction(const Profile &profile, Action action,
                                        std::optional<quint32> errnoRet = std::nullopt);
    static ProfileEdit setDefaultErrnoRet(const Profile &profile, std::optional<quint32> errnoRet);
    static ProfileEdit setArchitectures(const Profile &profile, const QStringList &architectures);
    static ProfileEdit setArchMap(const Profile &profile, const QList<ArchMapping> &archMap);

private:
    static void moveName(Profile &profile, const QString &name, Action action, std::optional<quint32> errnoRet,
                         bool *usedDefault, QStringList *droppedGrants);
};

} // namespace Sysfence
