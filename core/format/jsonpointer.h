#pragma once

#include "jsonvalue.h"

#include <QString>

namespace Sysfence {

// Names a place in a JSON document as an RFC 6901 pointer such as
// "/syscalls/3/names/0".
//
// The decoder makes one for every value it visits, and nearly all of them
// are never read: only a diagnostic asks for its text. So a child made with
// child() is not text yet: it remembers its parent and its own key or index,
// and toString() writes the whole pointer when asked. A child refers to its
// parent, which must outlive it. That is how a decoder uses them, walking
// down with the parent on the stack; a chain of children of temporaries,
// `at.child("a").child(1)`, lives until the end of its full expression.
// append() extends a pointer's own text in place; such a pointer owns
// everything it appended.
class JsonPointer final
{
public:
    JsonPointer() = default;

    JsonPointer &append(const QString &key);
    JsonPointer &append(qint64 index);
    JsonPointer child(const QString &key) const;
    JsonPointer child(qint64 index) const;

    QString toString() const;

    // The value `pointer` names in `root`, or the deepest existing value on
    // its way (so a pointer to a missing member still finds its object).
    static JsonValue resolve(const JsonValue &root, const QString &pointer);

private:
    void writeTo(QString *out) const;
    static void appendKey(QString *out, const QString &key);

    const JsonPointer *m_parent = nullptr; // a child's parent
    QString m_key;                          // a child's key, unless it has an index
    qint64 m_index = -1;                    // a child's index
    QString m_appended;                     // what append() added, after the above
};

} // namespace Sysfence
