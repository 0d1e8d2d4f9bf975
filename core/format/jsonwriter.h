#pragma once

#include "jsonstyle.h"
#include "jsonvalue.h"

#include <QByteArray>
#include <QString>

namespace Sysfence {

// Writes JsonValue as pretty-printed JSON in a given style: one member or
// element per line, "key": value, [] and {} for empty containers. That is the
// layout of Go's json.MarshalIndent and Python's json.dumps(indent=...), so
// files written by Docker, Podman and most tools come back byte for byte.
class JsonWriter final {
public:
    explicit JsonWriter(JsonStyle style = JsonStyle::dockerDefault());

    QByteArray write(const JsonValue &value) const;
    // `value` as write() lays it out at `depth` inside a bigger value (so its
    // inner lines are indented for that depth), without a final newline.
    QByteArray writeAt(const JsonValue &value, int depth) const;

    // Remembers how each object at `depth` (e.g. 2: the rules of a profile)
    // was written, keyed by the object's identity (copies of a JsonValue
    // share their members). Writing a tree again in which most of those
    // objects are the same then copies their text instead of writing it: an
    // editor writes the whole profile after every edit. Off (-1) by default.
    void setCachedDepth(int depth) { m_cachedDepth = depth; }

    // The string body (without quotes) as the writer spells it: only the
    // characters JSON requires are escaped.
    static QString escape(const QString &value);

private:
    void writeValue(QByteArray &out, const JsonValue &value, int depth) const;
    void newline(QByteArray &out, int depth) const;

    JsonStyle m_style;
    int m_cachedDepth = -1;
};

} // namespace Sysfence
