#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// Errno names as the C library spells them ("EPERM"), for errnoRet.
namespace Errnos {
QString name(quint32 number); // empty when unknown
std::optional<quint32> fromName(QStringView name);
QStringList names();
} // namespace Errnos

} // namespace Sysfence
