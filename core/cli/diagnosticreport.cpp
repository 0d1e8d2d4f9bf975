#include "diagnosticreport.h"

#include "format/jsonwriter.h"

#include <QUrl>

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

namespace {
JsonValue list(const QStringList &names)
{
    std::vector<JsonValue> v;
    for (const QString &n : names) {
        v.push_back(JsonValue::string(n));
    }
    return JsonValue::array(std::move(v));
}

JsonValue text(const QString &s)
{
    return JsonValue::object({{QStringLiteral("text"), JsonValue::string(s)}});
}

QByteArray write(const JsonValue &value)
{
    JsonStyle style;
    style.indent = QStringLiteral("  ");
    style.finalNewline = true;
    return JsonWriter(style).write(value);
}
} // namespace

QByteArray sarif(const Diagnostics &diagnostics, const QString &toolVersion)
{
    std::vector<JsonValue> rules;
    QStringList ruleIds;
    std::vector<JsonValue> results;
    for (const Diagnostic &d : diagnostics) {
        if (!ruleIds.contains(d.code)) {
            ruleIds.append(d.code);
            std::vector<JsonMember> rule = {{QStringLiteral("id"), JsonValue::string(d.code)},
                                            {QStringLiteral("shortDescription"), text(d.message)}};
            if (!d.explanation.isEmpty()) {
                rule.push_back({QStringLiteral("help"), text(d.explanation)});
            }
            rules.push_back(JsonValue::object(std::move(rule)));
        }
        const QString level = d.severity == Diagnostic::Severity::Error ? QStringLiteral("error")
            : d.severity == Diagnostic::Severity::Warning               ? QStringLiteral("warning")
                                                                        : QStringLiteral("note");
        std::vector<JsonMember> physical = {
            {QStringLiteral("artifactLocation"),
             JsonValue::object({{QStringLiteral("uri"),
                                 JsonValue::string(QString::fromUtf8(QUrl(d.file).toEncoded()))}})}};
        if (d.line > 0) {
            physical.push_back({QStringLiteral("region"),
                                JsonValue::object({{QStringLiteral("startLine"), JsonValue::number(qint64(d.line))},
                                                   {QStringLiteral("startColumn"), JsonValue::number(qint64(d.column))}})});
        }
        std::vector<JsonMember> result = {
            {QStringLiteral("ruleId"), JsonValue::string(d.code)},
            {QStringLiteral("ruleIndex"), JsonValue::number(qint64(ruleIds.indexOf(d.code)))},
            {QStringLiteral("level"), JsonValue::string(level)},
            {QStringLiteral("message"), text(d.message)},
            {QStringLiteral("locations"),
             JsonValue::array({JsonValue::object({{QStringLiteral("physicalLocation"), JsonValue::object(std::move(physical))}})})},
        };
        if (!d.pointer.isEmpty() || !d.syscalls.isEmpty() || !d.capabilities.isEmpty()) {
            result.push_back({QStringLiteral("properties"),
                              JsonValue::object({{QStringLiteral("pointer"), JsonValue::string(d.pointer)},
                                                 {QStringLiteral("syscalls"), list(d.syscalls)},
                                                 {QStringLiteral("capabilities"), list(d.capabilities)}})});
        }
        results.push_back(JsonValue::object(std::move(result)));
    }
    const JsonValue driver = JsonValue::object({
        {QStringLiteral("name"), JsonValue::string(QStringLiteral("sysfence-cli"))},
        {QStringLiteral("version"), JsonValue::string(toolVersion)},
        {QStringLiteral("informationUri"), JsonValue::string(QStringLiteral("https://github.com/sysfence/sysfence"))},
        {QStringLiteral("rules"), JsonValue::array(std::move(rules))},
    });
    const JsonValue run = JsonValue::object({
        {QStringLiteral("tool"), JsonValue::object({{QStringLiteral("driver"), driver}})},
        {QStringLiteral("results"), JsonValue::array(std::move(results))},
    });
    return write(JsonValue::object({
        {QStringLiteral("$schema"), JsonValue::string(QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"))},
        {QStringLiteral("version"), JsonValue::string(QStringLiteral("2.1.0"))},
        {QStringLiteral("runs"), JsonValue::array({run})},
    }));
}

QByteArray json(const Diagnostics &diagnostics)
{
    std::vector<JsonValue> items;
    for (const Diagnostic &d : diagnostics) {
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
    return write(JsonValue::array(std::move(items)));
}

} // namespace Sysfence::DiagnosticReport
