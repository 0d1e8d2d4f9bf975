#pragma once

#include "localizedtext.h"

namespace Sysfence {

// A family of syscalls that share a risk (mount, ptrace, kernel keys, …).
struct RiskGroup
{
    QString id;
    int order = 0;
    LocalizedText name;
    LocalizedText rationale;
};

} // namespace Sysfence
