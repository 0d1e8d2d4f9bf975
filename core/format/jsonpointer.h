#pragma once

#include "jsonvalue.h"

#include <QString>

namespace Sysfence {

// Builds RFC 6901 JSON pointers such as "/syscalls/3/names/0".
class JsonPointer final {
public:
    JsonPointer() = default;

    JsonPointer &append(const QString &key);
    JsonPointer &append(qint64 index);
    JsonPointer child(const QString &key) const;
    JsonPointer child(qint64 index) const;

    const QString &toString() const { return m_text; }

    // The value `pointer` names in `root`, or the deepest existing value on
    // its way (so a pointer to a missing member still finds its object).
    static JsonValue resolve(const JsonValue &root, const QString &pointer);

private:
    QString m_text;
};

} // namespace Sysfence
