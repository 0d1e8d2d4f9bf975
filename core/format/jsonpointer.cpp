#include "jsonpointer.h"

#include <QStringList>

namespace Sysfence {

JsonPointer JsonPointer::child(const QString &key) const
{
    // One allocation for the common key that needs no escape (a copy that
    // appends would detach, then grow). append() itself grows geometrically.
    JsonPointer p;
    p.m_text.reserve(m_text.size() + 1 + key.size());
    p.m_text += m_text;
    return p.append(key);
}

JsonPointer JsonPointer::child(qint64 index) const
{
    JsonPointer p;
    p.m_text.reserve(m_text.size() + 21); // '/' and at most 20 digits
    p.m_text += m_text;
    return p.append(index);
}

JsonPointer &JsonPointer::append(const QString &key)
{
    m_text += QLatin1Char('/');
    if (!key.contains(QLatin1Char('~')) && !key.contains(QLatin1Char('/'))) {
        m_text += key;
        return *this;
    }
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    m_text += escaped;
    return *this;
}

JsonPointer &JsonPointer::append(qint64 index)
{
    m_text += QLatin1Char('/');
    m_text += QString::number(index);
    return *this;
}

JsonValue JsonPointer::resolve(const JsonValue &root, const QString &pointer)
{
    JsonValue current = root;
    const QStringList parts = pointer.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString key = parts.at(i);
        key.replace(QLatin1String("~1"), QLatin1String("/"));
        key.replace(QLatin1String("~0"), QLatin1String("~"));
        JsonValue next;
        if (current.isObject()) {
            next = current.value(key);
        } else if (current.isArray()) {
            bool ok = false;
            const qulonglong index = key.toULongLong(&ok);
            if (ok && index < current.items().size()) {
                next = current.items()[index];
            }
        }
        if (!next.isValid()) {
            break;
        }
        current = next;
    }
    return current;
}

} // namespace Sysfence
