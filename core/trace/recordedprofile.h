#pragma once

#include "analysis/target.h"
#include "edit/profileedit.h"
#include "trace/commandtracer.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sysfence {

// Turns what `record` saw into a profile: an allowlist of exactly the
// syscalls the command made.
class RecordedProfile final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::RecordedProfile)

public:
    // The names seen, sorted, without numbers libseccomp cannot name.
    static QStringList syscallNames(const CommandTracer::Report &report);

    // defaultAction SCMP_ACT_ERRNO with errnoRet 1, the architectures seen,
    // and one SCMP_ACT_ALLOW rule with every syscall used.
    static Profile build(const CommandTracer::Report &report);

    // The union of `base` and the recording, as one edit: every recorded
    // syscall the base does not already allow for the target becomes
    // allowed, and missing architectures are added. A syscall the base
    // allows only with argument conditions keeps them; the notice says
    // which, since the recording cannot tell whether the calls matched.
    static ProfileEdit mergeInto(const Profile &base, const CommandTracer::Report &report, const Target &target);
};

} // namespace Sysfence
