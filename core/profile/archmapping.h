#pragma once

#include "format/jsonvalue.h"

#include <QStringList>

namespace Sysfence {

// One `archMap` entry: a native architecture and the sub-architectures a
// filter for it also covers (x86_64 covers x86 and x32).
struct ArchMapping {
    QString architecture;
    QStringList subArchitectures;

    JsonValue source;

    bool operator==(const ArchMapping &other) const
    {
        return architecture == other.architecture && subArchitectures == other.subArchitectures;
    }
};

} // namespace Sysfence
