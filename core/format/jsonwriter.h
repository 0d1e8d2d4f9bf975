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

    // The string body (without quotes) as the writer spells it: only the
    // characters JSON requires are escaped.
    static QString escape(const QString &value);

private:
    void writeValue(QString &out, const JsonValue &value, int depth) const;
    void newline(QString &out, int depth) const;

    JsonStyle m_style;
};

} // namespace Sysfence
