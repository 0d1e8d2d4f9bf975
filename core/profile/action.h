#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Sysfence {

// The nine actions a Docker profile can name (SCMP_ACT_*).
enum class Action : quint8 { Kill, KillProcess, KillThread, Trap, Errno, Trace, Allow, Log, Notify };

namespace Actions {
const QList<Action> &all();
QString name(Action action); // "SCMP_ACT_ALLOW"
std::optional<Action> fromName(QStringView name);
QStringList names();
// ERRNO and TRACE carry a return value (errnoRet).
bool takesErrno(Action action);
} // namespace Actions

} // namespace Sysfence
