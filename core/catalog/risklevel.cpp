#include "risklevel.h"

#include <QCoreApplication>

namespace Sysfence::RiskLevels {

QString id(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    case RiskLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<RiskLevel> fromId(QStringView id)
{
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Critical}) {
        if (id == RiskLevels::id(level)) {
            return level;
        }
    }
    return std::nullopt;
}

QString displayName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QCoreApplication::translate("Sysfence::RiskLevel", "low");
    case RiskLevel::Medium:
        return QCoreApplication::translate("Sysfence::RiskLevel", "medium");
    case RiskLevel::High:
        return QCoreApplication::translate("Sysfence::RiskLevel", "high");
    case RiskLevel::Critical:
        return QCoreApplication::translate("Sysfence::RiskLevel", "critical");
    }
    return {};
}

} // namespace Sysfence::RiskLevels
