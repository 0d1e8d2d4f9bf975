#pragma once

#include "profile/profile.h"

#include <QString>

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

    bool isNoOp() const { return before == after && before.rules.size() == after.rules.size(); }
};

} // namespace Sysfence
