#pragma once

#include <QString>

#include <optional>

namespace Sysfence {

enum class RiskLevel : quint8 { Low, Medium, High, Critical };

namespace RiskLevels {
QString id(RiskLevel level); // "critical"
std::optional<RiskLevel> fromId(QStringView id);
QString displayName(RiskLevel level); // translated
} // namespace RiskLevels

} // namespace Sysfence
