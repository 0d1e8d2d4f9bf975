#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// The seven argument comparisons (SCMP_CMP_*).
enum class CompareOp : quint8 { NotEqual, Less, LessOrEqual, Equal, GreaterOrEqual, Greater, MaskedEqual };

namespace CompareOps {
QString name(CompareOp op); // "SCMP_CMP_MASKED_EQ"
std::optional<CompareOp> fromName(QStringView name);
QStringList names();
} // namespace CompareOps

} // namespace Sysfence
