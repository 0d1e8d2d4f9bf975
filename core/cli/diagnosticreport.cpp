#include "diagnosticreport.h"

#include "format/jsonwriter.h"

#include <vector>

namespace Sysfence::DiagnosticReport {

QString text(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &d : diagnostics) {
        QString place = d.file.isEmpty() ? QStringLiteral("<input>") : d.file;
        if (d.line > 0) {
            place += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
        }
        out += QStringLiteral("%1: %2: %3 [%4]\n").arg(place, Diagnostic::severityName(d.severity), d.message, d.code);
    }
    return out;
}

QByteArray json(const Diagnostics &diagnostics)
{
    std::vector<JsonValue> items;
    for (const Diagnostic &d : diagnostics) {
        auto list = [](const QStringList &names) {
            std::vector<JsonValue> v;
            for (const QString &n : names) {
                v.push_back(JsonValue::string(n));
            }
            return JsonValue::array(std::move(v));
        };
        items.push_back(JsonValue::object({
            {QStringLiteral("file"), JsonValue::string(d.file)},
            {QStringLiteral("line"), JsonValue::number(qint64(d.line))},
            {QStringLiteral("column"), JsonValue::number(qint64(d.column))},
            {QStringLiteral("pointer"), JsonValue::string(d.pointer)},
            {QStringLiteral("severity"), JsonValue::string(Diagnostic::severityName(d.severity))},
            {QStringLiteral("code"), JsonValue::string(d.code)},
            {QStringLiteral("message"), JsonValue::string(d.message)},
            {QStringLiteral("syscalls"), list(d.syscalls)},
            {QStringLiteral("capabilities"), list(d.capabilities)},
        }));
    }
    JsonStyle style;
    style.indent = QStringLiteral("  ");
    style.finalNewline = true;
    return JsonWriter(style).write(JsonValue::array(std::move(items)));
}

} // namespace Sysfence::DiagnosticReport
