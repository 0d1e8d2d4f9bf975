#pragma once

#include "profile/profile.h"

#include <QString>
#include <QStringList>

namespace Sysfence {

// One edit of a profile, invertible: it holds the profile before and after,
// so undo gives back exactly what was there (Rule::source included, and so
// the saved bytes). Implicit sharing keeps the two copies cheap: only the
// rules an edit touches are duplicated.
struct ProfileEdit
{
    Profile before;
    Profile after;
    QString description; // "Set ptrace to SCMP_ACT_ERRNO"
    QString notice;      // said to the user once, e.g. "ptrace now uses the default action"
    // Consecutive edits with the same non-empty key merge into one undo step
    // (setting ptrace to ERRNO, then to KILL, is one change of one field).
    QString mergeKey;
    QStringList syscalls; // the syscalls the edit is about, for views to follow

    bool isNoOp() const { return before == after && before.rules.size() == after.rules.size(); }
};

} // namespace Sysfence
