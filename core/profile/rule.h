#pragma once

#include "action.h"
#include "argcondition.h"
#include "filter.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Sysfence {

// One entry of `syscalls`: an action for a set of syscall names, optionally
// narrowed by argument conditions and by includes/excludes.
struct Rule {
    QStringList names;
    std::optional<Action> action; // empty when the file names an unknown action
    std::optional<quint32> errnoRet;
    QString errnoName; // Podman's informational "errno": "EPERM"
    QList<ArgCondition> args;
    QString comment;
    Filter includes;
    Filter excludes;

    JsonValue source;

    // A rule without args, includes or excludes applies whenever its name matches.
    bool isUnconditional() const { return args.isEmpty() && includes.isEmpty() && excludes.isEmpty(); }

    bool operator==(const Rule &other) const
    {
        return names == other.names && action == other.action && errnoRet == other.errnoRet
            && errnoName == other.errnoName && args == other.args && comment == other.comment
            && includes == other.includes && excludes == other.excludes;
    }
};

} // namespace Sysfence
