#include "jsonpointer.h"

#include <QStringList>

namespace Sysfence {

JsonPointer JsonPointer::child(const QString &key) const
{
    JsonPointer p;
    p.m_parent = this;
    p.m_key = key;
    return p;
}

JsonPointer JsonPointer::child(qint64 index) const
{
    JsonPointer p;
    p.m_parent = this;
    p.m_index = index;
    return p;
}

JsonPointer &JsonPointer::append(const QString &key)
{
    appendKey(&m_appended, key);
    return *this;
}

JsonPointer &JsonPointer::append(qint64 index)
{
    m_appended += QLatin1Char('/');
    m_appended += QString::number(index);
    return *this;
}

QString JsonPointer::toString() const
{
    QString out;
    writeTo(&out);
    return out;
}

void JsonPointer::writeTo(QString *out) const
{
    if (m_parent) {
        m_parent->writeTo(out);
        if (m_index >= 0) {
            *out += QLatin1Char('/');
            *out += QString::number(m_index);
        } else {
            appendKey(out, m_key);
        }
    }
    *out += m_appended;
}

void JsonPointer::appendKey(QString *out, const QString &key)
{
    *out += QLatin1Char('/');
    if (!key.contains(QLatin1Char('~')) && !key.contains(QLatin1Char('/'))) {
        *out += key;
        return;
    }
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    *out += escaped;
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
