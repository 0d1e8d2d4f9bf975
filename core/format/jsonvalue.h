#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace Sysfence {

class JsonValue;

struct JsonMember;

// An immutable JSON value that remembers what QJsonValue forgets: the order of
// object members, duplicate keys, the exact text of numbers and strings as
// written, and the byte offset where the value starts in its source.
// Arrays and objects share their children, so copies are cheap.
class JsonValue final {
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;

    static JsonValue null(qint64 offset = -1);
    static JsonValue boolean(bool value, qint64 offset = -1);
    // `text` is the number exactly as written in JSON (e.g. "18446744073709551615").
    static JsonValue number(const QString &text, qint64 offset = -1);
    static JsonValue number(quint64 value);
    static JsonValue number(qint64 value);
    // `raw` is the string's source text between the quotes, kept only when it
    // differs from how the writer would escape `value`.
    static JsonValue string(const QString &value, qint64 offset = -1, const QString &raw = {});
    static JsonValue array(std::vector<JsonValue> items, qint64 offset = -1);
    static JsonValue object(std::vector<JsonMember> members, qint64 offset = -1);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isValid() const { return m_valid; }

    qint64 offset() const { return m_offset; }

    bool toBool() const { return m_bool; }
    // The string value, or the number's text.
    const QString &text() const { return m_text; }
    const QString &rawString() const;

    const std::vector<JsonValue> &items() const;
    const std::vector<JsonMember> &members() const;

    // For a parse that follows an edit of its text: this array's items
    // [first, first + count) become `with`. In place when no other value
    // shares the items (a copy of a value shares them; the value does not
    // change for the copy), else on a copy of them.
    void replaceItems(size_t first, size_t count, std::vector<JsonValue> &&with);

    // The last member with this key (as Go's encoding/json, the last one wins).
    const JsonMember *member(QStringView key) const;
    // The member's value, or an invalid value when there is none. A
    // reference into this tree, so chains like value(a).value(b).items()
    // never outlive what they point into.
    const JsonValue &value(QStringView key) const;
    bool contains(QStringView key) const { return member(key) != nullptr; }

    // Structural equality: same type, same text for scalars, same members in
    // the same order. Offsets and raw spellings are ignored.
    bool operator==(const JsonValue &other) const;

    // The type as a sentence names it, article included and translated:
    // "an object", "a string", "null".
    static QString typePhrase(Type type);

private:
    // 56 bytes: a 10 MiB profile is a million of these, and every byte of
    // them is memory the kernel clears first. One shared payload holds what
    // only some values have: an array's items, an object's members, or a
    // string's raw spelling.
    Type m_type = Type::Null;
    bool m_valid = false;
    bool m_bool = false;
    qint64 m_offset = -1;
    QString m_text;
    std::shared_ptr<const void> m_payload;
};

// One member of a JSON object, in source order.
struct JsonMember {
    QString key;
    JsonValue value;
    qint64 keyOffset = -1;
};

} // namespace Sysfence
