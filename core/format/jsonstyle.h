#pragma once

#include <QByteArray>
#include <QString>

namespace Sysfence {

// How a JSON file is laid out, so a save looks like the file that was opened.
struct JsonStyle {
    QString indent = QStringLiteral("\t"); // one level: a tab or N spaces
    QString newline = QStringLiteral("\n");
    bool finalNewline = false;

    // Docker writes its profiles with tabs and no final newline.
    static JsonStyle dockerDefault() { return {}; }
    static JsonStyle detect(const QByteArray &text);
    // "tab" or a number of spaces (1..16); returns false on anything else.
    static bool parseIndent(const QString &spec, QString *indent);

    bool operator==(const JsonStyle &) const = default;
};

} // namespace Sysfence
