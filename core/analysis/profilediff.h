#pragma once

#include "syscallverdict.h"

#include <QList>

namespace Sysfence {

// Per-syscall differences in what two profiles do for one target.
struct ProfileDiff
{
    struct Change
    {
        QString name;
        SyscallVerdict before;
        SyscallVerdict after;
        // +1 when `after` lets more through, -1 when less, 0 when neither is
        // clearly so (e.g. a different errno).
        int permissiveness = 0;
    };

    QString defaultBefore;
    QString defaultAfter;
    QList<Change> changes; // sorted by name

    static ProfileDiff compare(const Profile &before, const Profile &after, const Target &target);
};

} // namespace Sysfence
