#include "jsonvalue.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Sysfence {

#if QT_POINTER_SIZE == 8
static_assert(sizeof(JsonValue) <= 56, "JsonValue grew: a big profile holds a million of them");
#endif

namespace {
const std::vector<JsonValue> &emptyItems()
{
    static const std::vector<JsonValue> empty;
    return empty;
}
const std::vector<JsonMember> &emptyMembers()
{
    static const std::vector<JsonMember> empty;
    return empty;
}
const QString &emptyString()
{
    static const QString empty;
    return empty;
}
} // namespace

JsonValue JsonValue::null(qint64 offset)
{
    JsonValue v;
    v.m_valid = true;
    v.m_offset = offset;
    return v;
}

JsonValue JsonValue::boolean(bool value, qint64 offset)
{
    JsonValue v = null(offset);
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

JsonValue JsonValue::number(const QString &text, qint64 offset)
{
    JsonValue v = null(offset);
    v.m_type = Type::Number;
    v.m_text = text;
    return v;
}

JsonValue JsonValue::number(quint64 value)
{
    return number(QString::number(value));
}

JsonValue JsonValue::number(qint64 value)
{
    return number(QString::number(value));
}

JsonValue JsonValue::string(const QString &value, qint64 offset, const QString &raw)
{
    JsonValue v = null(offset);
    v.m_type = Type::String;
    v.m_text = value;
    if (!raw.isEmpty()) {
        v.m_payload = std::make_shared<const QString>(raw);
    }
    return v;
}

JsonValue JsonValue::array(std::vector<JsonValue> items, qint64 offset)
{
    JsonValue v = null(offset);
    v.m_type = Type::Array;
    // Not a const vector: replaceItems() changes one no other value shares.
    v.m_payload = std::make_shared<std::vector<JsonValue>>(std::move(items));
    return v;
}

void JsonValue::replaceItems(size_t first, size_t count, std::vector<JsonValue> &&with)
{
    if (m_type != Type::Array) {
        return;
    }
    if (!m_payload || m_payload.use_count() != 1) {
        std::vector<JsonValue> copy = items();
        m_payload = std::make_shared<std::vector<JsonValue>>(std::move(copy));
    }
    auto &own = *const_cast<std::vector<JsonValue> *>(static_cast<const std::vector<JsonValue> *>(m_payload.get()));
    first = std::min(first, own.size());
    count = std::min(count, own.size() - first);
    const size_t common = std::min(count, with.size());
    std::move(with.begin(), with.begin() + std::ptrdiff_t(common), own.begin() + std::ptrdiff_t(first));
    if (count > common) {
        own.erase(own.begin() + std::ptrdiff_t(first + common), own.begin() + std::ptrdiff_t(first + count));
    } else {
        own.insert(own.begin() + std::ptrdiff_t(first + common), std::make_move_iterator(with.begin() + std::ptrdiff_t(common)),
                   std::make_move_iterator(with.end()));
    }
}

JsonValue JsonValue::object(std::vector<JsonMember> members, qint64 offset)
{
    JsonValue v = null(offset);
    v.m_type = Type::Object;
    v.m_payload = std::make_shared<const std::vector<JsonMember>>(std::move(members));
    return v;
}

const std::vector<JsonValue> &JsonValue::items() const
{
    return m_type == Type::Array && m_payload ? *static_cast<const std::vector<JsonValue> *>(m_payload.get())
                                              : emptyItems();
}

const std::vector<JsonMember> &JsonValue::members() const
{
    return m_type == Type::Object && m_payload ? *static_cast<const std::vector<JsonMember> *>(m_payload.get())
                                               : emptyMembers();
}

const QString &JsonValue::rawString() const
{
    return m_type == Type::String && m_payload ? *static_cast<const QString *>(m_payload.get()) : emptyString();
}

const JsonMember *JsonValue::member(QStringView key) const
{
    const auto &all = members();
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (it->key == key) {
            return &*it;
        }
    }
    return nullptr;
}

const JsonValue &JsonValue::value(QStringView key) const
{
    static const JsonValue invalid;
    const JsonMember *m = member(key);
    return m ? m->value : invalid;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (m_type != other.m_type || m_valid != other.m_valid) {
        return false;
    }
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
    case Type::String:
        return m_text == other.m_text;
    case Type::Array:
        return m_payload == other.m_payload || items() == other.items();
    case Type::Object: {
        if (m_payload == other.m_payload) {
            return true;
        }
        const auto &a = members();
        const auto &b = other.members();
        if (a.size() != b.size()) {
            return false;
        }
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i].key != b[i].key || !(a[i].value == b[i].value)) {
                return false;
            }
        }
        return true;
    }
    }
    return false;
}

QString JsonValue::typePhrase(Type type)
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("Sysfence::JsonValue", "null");
    case Type::Bool:
        return QCoreApplication::translate("Sysfence::JsonValue", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("Sysfence::JsonValue", "a number");
    case Type::String:
        return QCoreApplication::translate("Sysfence::JsonValue", "a string");
    case Type::Array:
        return QCoreApplication::translate("Sysfence::JsonValue", "an array");
    case Type::Object:
        return QCoreApplication::translate("Sysfence::JsonValue", "an object");
    }
    return {};
}

} // namespace Sysfence
