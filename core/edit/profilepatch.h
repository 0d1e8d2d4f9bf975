#pragma once

#include "profile/profile.h"

namespace Sysfence {

// One edit of a profile as an undo history keeps it: the fields outside
// "syscalls" before and after, and only the run of rules it replaced.
// A ProfileEdit holds both whole profiles; with thousands of rules each
// copy is a list of thousands of rule pointers (80 KiB at 5,000 rules,
// 800 KiB at 50,000), and a history of whole profiles grew by that much
// with every step. A patch grows by the rules it touched.
//
// Rules are kept by identity: undo gives back the very rules (Rule::source
// included, and so the saved bytes) the profile had, shared with it.
class ProfilePatch final
{
public:
    ProfilePatch() = default;
    static ProfilePatch between(const Profile &before, const Profile &after);

    // `after` must be the profile this patch leads to (before, for redo):
    // what an undo stack guarantees. Returns the other one.
    Profile undo(const Profile &after) const;
    Profile redo(const Profile &before) const;

    // The rules this patch keeps, before and after (for tests: a patch of
    // an edit of one rule keeps a rule or two, not the profile's).
    qsizetype rulesKept() const;

private:
    // Rules [at, at + removed.size()) of the profile before became `inserted`.
    struct Hunk {
        qsizetype at = 0;
        RuleList removed;
        RuleList inserted;
    };

    Profile m_beforeFields; // the profiles without their rules
    Profile m_afterFields;
    QList<Hunk> m_hunks; // in order
};

} // namespace Sysfence
