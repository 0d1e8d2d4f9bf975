#pragma once

#include "localizedtext.h"
#include "risklevel.h"

namespace Sysfence {

// One of the 41 Linux capabilities.
struct CapabilityInfo
{
    QString name; // "CAP_SYS_ADMIN"
    int number = -1;
    LocalizedText summary;
    LocalizedText details;
    bool dockerDefault = false;
    RiskLevel risk = RiskLevel::Medium;
};

} // namespace Sysfence
