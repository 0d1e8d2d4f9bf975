#pragma once

#include "action.h"
#include "archmapping.h"
#include "rulelist.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Sysfence {

// A Docker seccomp profile (moby's types.Seccomp), every field of it.
// `source` keeps the parsed root object so that saving writes back unknown
// fields, key order and spellings of everything the user did not change.
struct Profile {
    std::optional<Action> defaultAction;
    std::optional<quint32> defaultErrnoRet;
    QString defaultErrnoName; // Podman's "defaultErrno": "ENOSYS"
    QStringList architectures;
    QList<ArchMapping> archMap;
    QStringList flags;
    QString listenerPath;
    QString listenerMetadata;
    RuleList rules;

    JsonValue source;

    // Every architecture the profile names, main ones first, without repeats.
    QStringList allArchitectures() const;

    bool operator==(const Profile &other) const
    {
        return defaultAction == other.defaultAction && defaultErrnoRet == other.defaultErrnoRet
            && defaultErrnoName == other.defaultErrnoName && architectures == other.architectures
            && archMap == other.archMap && flags == other.flags && listenerPath == other.listenerPath
            && listenerMetadata == other.listenerMetadata && rules == other.rules;
    }
};

} // namespace Sysfence
