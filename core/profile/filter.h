#pragma once

#include "format/jsonvalue.h"

#include <QStringList>

namespace Sysfence {

// The `includes` or `excludes` of a rule: capabilities (CAP_*), architectures
// (Go names such as amd64) and a minimum kernel version ("X.Y").
struct Filter {
    QStringList caps;
    QStringList arches;
    QString minKernel;

    JsonValue source;

    bool isEmpty() const { return caps.isEmpty() && arches.isEmpty() && minKernel.isEmpty(); }
    bool operator==(const Filter &other) const
    {
        return caps == other.caps && arches == other.arches && minKernel == other.minKernel;
    }
};

} // namespace Sysfence
