#pragma once

#include "compareop.h"

#include "format/jsonvalue.h"

#include <optional>

namespace Sysfence {

// One argument comparison of a rule: args[index] op value (valueTwo is the
// mask of MASKED_EQ). Argument values are uint64, as in the kernel ABI.
struct ArgCondition {
    quint32 index = 0;
    quint64 value = 0;
    quint64 valueTwo = 0;
    std::optional<CompareOp> op; // empty when the file names an unknown op

    // The object this came from, for lossless saving; invalid for new ones.
    JsonValue source;

    bool operator==(const ArgCondition &other) const
    {
        return index == other.index && value == other.value && valueTwo == other.valueTwo && op == other.op;
    }
};

} // namespace Sysfence
