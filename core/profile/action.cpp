#include "action.h"

#include <QStringList>

namespace Sysfence::Actions {

namespace {
struct Entry {
    Action action;
    const char *name;
};
constexpr Entry Table[] = {
    {Action::Kill, "SCMP_ACT_KILL"},
    {Action::KillProcess, "SCMP_ACT_KILL_PROCESS"},
    {Action::KillThread, "SCMP_ACT_KILL_THREAD"},
    {Action::Trap, "SCMP_ACT_TRAP"},
    {Action::Errno, "SCMP_ACT_ERRNO"},
    {Action::Trace, "SCMP_ACT_TRACE"},
    {Action::Allow, "SCMP_ACT_ALLOW"},
    {Action::Log, "SCMP_ACT_LOG"},
    {Action::Notify, "SCMP_ACT_NOTIFY"},
};
} // namespace

const QList<Action> &all()
{
    static const QList<Action> actions = [] {
        QList<Action> list;
        for (const Entry &e : Table) {
            list.append(e.action);
        }
        return list;
    }();
    return actions;
}

QString name(Action action)
{
    for (const Entry &e : Table) {
        if (e.action == action) {
            return QString::fromLatin1(e.name);
        }
    }
    return {};
}

std::optional<Action> fromName(QStringView name)
{
    for (const Entry &e : Table) {
        if (name == QLatin1String(e.name)) {
            return e.action;
        }
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList list;
    for (const Entry &e : Table) {
        list.append(QString::fromLatin1(e.name));
    }
    return list;
}

bool takesErrno(Action action)
{
    return action == Action::Errno || action == Action::Trace;
}

} // namespace Sysfence::Actions
