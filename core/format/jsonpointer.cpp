#include "jsonpointer.h"

#include <QStringList>

namespace Sysfence {

JsonPointer &JsonPointer::append(const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    m_text += QLatin1Char('/') + escaped;
    return *this;
}

JsonPointer &JsonPointer::append(qint64 index)
{
    m_text += QLatin1Char('/') + QString::number(index);
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
