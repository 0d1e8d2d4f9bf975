#include "jsonwriter.h"

#include <QHash>

#include <algorithm>

namespace Sysfence {

JsonWriter::JsonWriter(JsonStyle style)
    : m_style(std::move(style))
{
}

namespace {
// Appends `s` as UTF-8. Profiles are ASCII but for the odd comment: copy
// those bytes directly instead of converting every string on its own.
void append(QByteArray &out, QStringView s)
{
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *p = out.data() + start;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80) {
            out.truncate(start + i);
            out += s.mid(i).toUtf8();
            return;
        }
        p[i] = static_cast<char>(c);
    }
}

// The text of objects written at a writer's cached depth, per thread. Each
// entry holds the object itself, so its members cannot be freed and their
// address reused while it is a key. Entries a write did not use are dropped
// once they outnumber the ones it did (plus a slack of 64), so the cache holds
// at most about two profiles' rules (the one being edited and what the last
// edits replaced), not every profile ever written. An edited rule is a new
// object and always misses.
struct FragmentCache {
    struct Entry {
        JsonValue object;
        JsonStyle style;
        int depth = 0;
        QByteArray text;
        quint64 lastWrite = 0;
    };
    QHash<const void *, Entry> entries;
    quint64 write = 0; // the current write
    qsizetype used = 0; // entries used or added by the current write

    static FragmentCache &instance()
    {
        thread_local FragmentCache cache;
        return cache;
    }

    void begin()
    {
        ++write;
        used = 0;
    }

    void end()
    {
        if (entries.size() > 2 * used + 64) {
            entries.removeIf([this](const auto &it) { return it.value().lastWrite != write; });
        }
    }
};
} // namespace

QByteArray JsonWriter::write(const JsonValue &value) const
{
    QByteArray out;
    if (m_cachedDepth >= 0) {
        FragmentCache::instance().begin();
    }
    writeValue(out, value, 0);
    if (m_cachedDepth >= 0) {
        FragmentCache::instance().end();
    }
    if (m_style.finalNewline) {
        append(out, m_style.newline);
    }
    return out;
}

QByteArray JsonWriter::writeAt(const JsonValue &value, int depth) const
{
    QByteArray out;
    JsonWriter plain(m_style); // what a cache would hold is what is written here
    plain.writeValue(out, value, depth);
    return out;
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

void JsonWriter::newline(QByteArray &out, int depth) const
{
    append(out, m_style.newline);
    for (int i = 0; i < depth; ++i) {
        append(out, m_style.indent);
    }
}

void JsonWriter::writeValue(QByteArray &out, const JsonValue &value, int depth) const
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        out += "null";
        return;
    case JsonValue::Type::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case JsonValue::Type::Number:
        append(out, value.text());
        return;
    case JsonValue::Type::String:
        out += '"';
        append(out, value.rawString().isEmpty() ? escape(value.text()) : value.rawString());
        out += '"';
        return;
    case JsonValue::Type::Array: {
        const auto &items = value.items();
        if (items.empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (size_t i = 0; i < items.size(); ++i) {
            newline(out, depth + 1);
            writeValue(out, items[i], depth + 1);
            if (i + 1 < items.size()) {
                out += ',';
            }
        }
        newline(out, depth);
        out += ']';
        return;
    }
    case JsonValue::Type::Object: {
        const auto &members = value.members();
        if (members.empty()) {
            out += "{}";
            return;
        }
        if (depth == m_cachedDepth) {
            FragmentCache &cache = FragmentCache::instance();
            const void *key = &members;
            const auto it = cache.entries.find(key);
            if (it != cache.entries.end() && it->style == m_style && it->depth == depth) {
                if (it->lastWrite != cache.write) {
                    it->lastWrite = cache.write;
                    ++cache.used;
                }
                out += it->text;
                return;
            }
            QByteArray text;
            JsonWriter plain(m_style);
            plain.writeValue(text, value, depth);
            out += text;
            cache.entries.insert(key, FragmentCache::Entry {value, m_style, depth, std::move(text), cache.write});
            ++cache.used;
            return;
        }
        out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            newline(out, depth + 1);
            out += '"';
            append(out, escape(members[i].key));
            out += "\": ";
            writeValue(out, members[i].value, depth + 1);
            if (i + 1 < members.size()) {
                out += ',';
            }
        }
        newline(out, depth);
        out += '}';
        return;
    }
    }
}

} // namespace Sysfence
