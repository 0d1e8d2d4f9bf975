#include "jsonstyle.h"

namespace Sysfence {

JsonStyle JsonStyle::detect(const QByteArray &text)
{
    JsonStyle style;
    const qsizetype firstNewline = text.indexOf('\n');
    if (firstNewline > 0 && text.at(firstNewline - 1) == '\r') {
        style.newline = QStringLiteral("\r\n");
    }
    style.finalNewline = text.endsWith('\n');

    // The indentation of the first indented line is one level: in a
    // pretty-printed file that line is a member of the root value.
    qsizetype pos = firstNewline;
    while (pos >= 0 && pos + 1 < text.size()) {
        const qsizetype lineStart = pos + 1;
        qsizetype end = lineStart;
        while (end < text.size() && (text.at(end) == ' ' || text.at(end) == '\t')) {
            ++end;
        }
        if (end > lineStart && end < text.size() && text.at(end) != '\n' && text.at(end) != '\r') {
            if (text.at(lineStart) == '\t') {
                style.indent = QStringLiteral("\t");
            } else {
                qsizetype spaces = 0;
                while (lineStart + spaces < end && text.at(lineStart + spaces) == ' ') {
                    ++spaces;
                }
                style.indent = QString(spaces, QLatin1Char(' '));
            }
            return style;
        }
        pos = text.indexOf('\n', lineStart);
    }
    return style;
}

bool JsonStyle::parseIndent(const QString &spec, QString *indent)
{
    if (spec == QLatin1String("tab")) {
        *indent = QStringLiteral("\t");
        return true;
    }
    bool ok = false;
    const int spaces = spec.toInt(&ok);
    if (!ok || spaces < 1 || spaces > 16) {
        return false;
    }
    *indent = QString(spaces, QLatin1Char(' '));
    return true;
}

} // namespace Sysfence
