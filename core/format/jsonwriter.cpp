#include "jsonwriter.h"

#include <algorithm>

namespace Sysfence {

JsonWriter::JsonWriter(JsonStyle style)
    : m_style(std::move(style))
{
}

QByteArray JsonWriter::write(const JsonValue &value) const
{
    QString out;
    writeValue(out, value, 0);
    if (m_style.finalNewline) {
        out += m_style.newline;
    }
    return out.toUtf8();
}

QString JsonWriter::escape(const QString &value)
{
    // Nearly every string in a profile needs no escape: share it, unallocated.
    if (std::none_of(value.cbegin(), value.cend(),
                     [](QChar c) { return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'); })) {
        return value;
    }
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    return out;
}

void JsonWriter::newline(QString &out, int depth) const
{
    out += m_style.newline;
    for (int i = 0; i < depth; ++i) {
        out += m_style.indent;
    }
}

void JsonWriter::writeValue(QString &out, const JsonValue &value, int depth) const
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        out += QLatin1String("null");
        return;
    case JsonValue::Type::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case JsonValue::Type::Number:
        out += value.text();
        return;
    case JsonValue::Type::String:
        out += QLatin1Char('"');
        out += value.rawString().isEmpty() ? escape(value.text()) : value.rawString();
        out += QLatin1Char('"');
        return;
    case JsonValue::Type::Array: {
        const auto &items = value.items();
        if (items.empty()) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1Char('[');
        for (size_t i = 0; i < items.size(); ++i) {
            newline(out, depth + 1);
            writeValue(out, items[i], depth + 1);
            if (i + 1 < items.size()) {
                out += QLatin1Char(',');
            }
        }
        newline(out, depth);
        out += QLatin1Char(']');
        return;
    }
    case JsonValue::Type::Object: {
        const auto &members = value.members();
        if (members.empty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1Char('{');
        for (size_t i = 0; i < members.size(); ++i) {
            newline(out, depth + 1);
            out += QLatin1Char('"') + escape(members[i].key) + QLatin1String("\": ");
            writeValue(out, members[i].value, depth + 1);
            if (i + 1 < members.size()) {
                out += QLatin1Char(',');
            }
        }
        newline(out, depth);
        out += QLatin1Char('}');
        return;
    }
    }
}

} // namespace Sysfence
