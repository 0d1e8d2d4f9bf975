#include "errnos.h"

#include <QHash>

#include <cstring>

namespace Sysfence::Errnos {

namespace {
// Linux errno values stop below 150; glibc knows their names.
constexpr quint32 MaxErrno = 150;

const QHash<QString, quint32> &byName()
{
    static const QHash<QString, quint32> table = [] {
        QHash<QString, quint32> t;
        for (quint32 i = MaxErrno; i >= 1; --i) {
            // Aliases (EWOULDBLOCK = EAGAIN) resolve to the lowest number.
            if (const char *n = strerrorname_np(static_cast<int>(i))) {
                t.insert(QString::fromLatin1(n), i);
            }
        }
        return t;
    }();
    return table;
}
} // namespace

QString name(quint32 number)
{
    if (number == 0 || number > MaxErrno) {
        return {};
    }
    const char *n = strerrorname_np(static_cast<int>(number));
    return n ? QString::fromLatin1(n) : QString();
}

std::optional<quint32> fromName(QStringView name)
{
    const auto it = byName().constFind(name.toString());
    if (it == byName().constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QStringList names()
{
    QStringList list;
    for (quint32 i = 1; i <= MaxErrno; ++i) {
        const QString n = name(i);
        if (!n.isEmpty()) {
            list.append(n);
        }
    }
    return list;
}

} // namespace Sysfence::Errnos
