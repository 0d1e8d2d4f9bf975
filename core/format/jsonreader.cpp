#include "jsonreader.h"

#include "jsonpointer.h"
#include "jsonwriter.h"

#include <rapidjson/error/error.h>
#include <rapidjson/reader.h>

#include <QSet>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Sysfence {

namespace {

// A RapidJSON input stream over a byte range that knows its absolute offset.
// A NUL byte reads as the end of input, so callers reject NULs beforehand.
class ByteStream final {
public:
    using Ch = char;

    ByteStream(const char *data, qint64 size, qint64 start)
        : m_data(data)
        , m_size(size)
        , m_pos(start)
    {
    }

    Ch Peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }
    qint64 position() const { return m_pos; }
    Ch Take() { return m_pos < m_size ? m_data[m_pos++] : '\0'; }
    size_t Tell() const { return static_cast<size_t>(m_pos); }

    // Required by the concept; only used for in-situ parsing, which we don't do.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

private:
    const char *m_data;
    qint64 m_size;
    qint64 m_pos;
};

struct Frame {
    bool isObject = false;
    qint64 offset = -1;
    std::vector<JsonValue> items;
    std::vector<JsonMember> members;
    QString pendingKey;
    qint64 pendingKeyOffset = -1;
    bool hasKey = false; // a key was read and its value not yet
    QSet<QString> keys; // filled only for large objects, to find duplicates fast
};

class TreeBuilder final : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
public:
    TreeBuilder(const QByteArray &text, const ByteStream &stream)
        : m_text(text)
        , m_stream(stream)
    {
    }

    bool Null() { return add(JsonValue::null(end() - 4)); }
    bool Bool(bool b) { return add(JsonValue::boolean(b, end() - (b ? 4 : 5))); }
    bool RawNumber(const char *str, rapidjson::SizeType length, bool)
    {
        return add(JsonValue::number(QString::fromLatin1(str, length), end() - length));
    }
    bool String(const char *str, rapidjson::SizeType length, bool)
    {
        qint64 start = 0;
        QString raw;
        const QString value = decode(str, length, &start, &raw);
        return add(JsonValue::string(value, start, raw));
    }
    bool Key(const char *str, rapidjson::SizeType length, bool)
    {
        Frame &frame = m_stack[static_cast<size_t>(m_depth - 1)];
        qint64 start = 0;
        QString raw;
        frame.pendingKey = decode(str, length, &start, &raw);
        frame.pendingKeyOffset = start;
        frame.hasKey = true;
        return true;
    }
    bool StartObject() { return push(true); }
    bool EndObject(rapidjson::SizeType) { return pop(); }
    bool StartArray() { return push(false); }
    bool EndArray(rapidjson::SizeType) { return pop(); }

    JsonValue root;
    Diagnostics warnings;
    bool tooDeep = false;
    qint64 tooDeepOffset = -1;

    QString pointer() const
    {
        JsonPointer p;
        for (int i = 0; i < m_depth; ++i) {
            const Frame &frame = m_stack[static_cast<size_t>(i)];
            if (frame.isObject) {
                if (!frame.hasKey) {
                    break;
                }
                p.append(frame.pendingKey);
            } else {
                p.append(static_cast<qint64>(frame.items.size()));
            }
        }
        return p.toString();
    }

private:
    qint64 end() const { return static_cast<qint64>(m_stream.Tell()); }

    // Finds the opening quote of the string that just ended, and keeps the
    // source spelling when it differs from how the writer would escape it.
    QString decode(const char *str, rapidjson::SizeType length, qint64 *start, QString *raw)
    {
        const qint64 close = end() - 1; // the closing quote
        qint64 open = close - 1;
        while (open >= 0) {
            if (m_text.at(open) == '"') {
                qint64 backslashes = 0;
                while (open - 1 - backslashes >= 0 && m_text.at(open - 1 - backslashes) == '\\') {
                    ++backslashes;
                }
                if (backslashes % 2 == 0) {
                    break;
                }
            }
            --open;
        }
        *start = open;
        const QByteArrayView source(m_text.constData() + open + 1, close - open - 1);
        constexpr qsizetype ShareLimit = 64;
        if (source.size() <= ShareLimit && !source.contains('\\')) {
            const std::string_view key(source.data(), static_cast<size_t>(source.size()));
            auto it = m_strings.find(key);
            if (it == m_strings.end()) {
                it = m_strings.emplace(key, QString::fromUtf8(str, length)).first;
            }
            return it->second;
        }
        const QString value = QString::fromUtf8(str, length);
        if (source.contains('\\')) {
            const QString spelled = QString::fromUtf8(source);
            if (spelled != JsonWriter::escape(value)) {
                *raw = spelled;
            }
        }
        return value;
    }

    bool push(bool isObject)
    {
        // The iterative parser calls StartObject/StartArray before it takes
        // the bracket, so the stream is still on it.
        if (m_depth >= JsonReader::MaxDepth) {
            tooDeep = true;
            tooDeepOffset = end();
            return false;
        }
        // Frames stay allocated when popped, so the next object at this depth
        // reuses their buffers instead of growing new ones element by element.
        if (m_stack.size() == static_cast<size_t>(m_depth)) {
            m_stack.emplace_back();
        }
        Frame &frame = m_stack[static_cast<size_t>(m_depth++)];
        frame.isObject = isObject;
        frame.offset = end();
        frame.items.clear();
        frame.members.clear();
        frame.hasKey = false;
        frame.keys.clear();
        return true;
    }

    bool pop()
    {
        Frame &frame = m_stack[static_cast<size_t>(--m_depth)];
        // Small containers are moved into vectors of exactly their size (one
        // allocation each, the frame keeps its buffer for the next one); a
        // big one hands over its buffer, so a huge array is never held twice.
        constexpr size_t CopyLimit = 1024;
        JsonValue value;
        if (frame.isObject) {
            value = JsonValue::object(frame.members.size() <= CopyLimit
                    ? std::vector<JsonMember>(std::make_move_iterator(frame.members.begin()),
                          std::make_move_iterator(frame.members.end()))
                    : std::move(frame.members),
                frame.offset);
        } else {
            value = JsonValue::array(frame.items.size() <= CopyLimit
                    ? std::vector<JsonValue>(std::make_move_iterator(frame.items.begin()),
                          std::make_move_iterator(frame.items.end()))
                    : std::move(frame.items),
                frame.offset);
        }
        frame.items.clear();
        frame.members.clear();
        return add(std::move(value));
    }

    bool add(JsonValue value)
    {
        if (m_depth == 0) {
            root = std::move(value);
            return true;
        }
        Frame &frame = m_stack[static_cast<size_t>(m_depth - 1)];
        if (!frame.isObject) {
            frame.items.push_back(std::move(value));
            return true;
        }
        if (isDuplicate(frame)) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.code = QStringLiteral("duplicate-key");
            d.message = JsonReader::tr("Duplicate key “%1”: the last one wins, as in Docker.").arg(frame.pendingKey);
            d.pointer = pointer();
            d.offset = frame.pendingKeyOffset;
            warnings.append(d);
        }
        frame.members.push_back({frame.pendingKey, std::move(value), frame.pendingKeyOffset});
        frame.hasKey = false;
        return true;
    }

    static bool isDuplicate(Frame &frame)
    {
        constexpr size_t LinearLimit = 16;
        if (frame.members.size() < LinearLimit) {
            for (const JsonMember &m : frame.members) {
                if (m.key == frame.pendingKey) {
                    return true;
                }
            }
            return false;
        }
        if (frame.keys.isEmpty()) {
            for (const JsonMember &m : frame.members) {
                frame.keys.insert(m.key);
            }
        }
        const bool duplicate = frame.keys.contains(frame.pendingKey);
        frame.keys.insert(frame.pendingKey);
        return duplicate;
    }

    const QByteArray &m_text;
    const ByteStream &m_stream;
    std::vector<Frame> m_stack; // frames [0, m_depth) are open
    int m_depth = 0;
    // Keys and syscall names repeat thousands of times in a big profile:
    // strings without escapes are decoded once and then shared.
    std::unordered_map<std::string_view, QString> m_strings;
};

QString syntaxMessage(rapidjson::ParseErrorCode code, char at)
{
    using namespace rapidjson;
    if (at == '/') {
        return JsonReader::tr("Comments are not allowed in JSON.");
    }
    switch (code) {
    case kParseErrorDocumentEmpty:
        return JsonReader::tr("The file is empty; expected a JSON object.");
    case kParseErrorDocumentRootNotSingular:
        return JsonReader::tr("Unexpected text after the end of the JSON value.");
    case kParseErrorValueInvalid:
        if (at == 'N' || at == 'I' || at == 'n' || at == 'i' || at == '-' || at == '+') {
            return JsonReader::tr("Not a JSON value (NaN and Infinity are not allowed).");
        }
        if (at == ']' || at == '}') {
            return JsonReader::tr("Trailing comma before “%1”.").arg(QLatin1Char(at));
        }
        if (at == '\'') {
            return JsonReader::tr("Strings must use double quotes.");
        }
        return JsonReader::tr("Invalid value.");
    case kParseErrorObjectMissName:
        if (at == '}') {
            return JsonReader::tr("Trailing comma before “}”.");
        }
        return JsonReader::tr("Expected a key in double quotes.");
    case kParseErrorObjectMissColon:
        return JsonReader::tr("Expected “:” after the key.");
    case kParseErrorObjectMissCommaOrCurlyBracket:
        return JsonReader::tr("Expected “,” or “}” after an object member.");
    case kParseErrorArrayMissCommaOrSquareBracket:
        return JsonReader::tr("Expected “,” or “]” after an array element.");
    case kParseErrorStringUnicodeEscapeInvalidHex:
        return JsonReader::tr("Invalid \\u escape: expected four hex digits.");
    case kParseErrorStringUnicodeSurrogateInvalid:
        return JsonReader::tr("Invalid UTF-16 surrogate pair in a \\u escape.");
    case kParseErrorStringEscapeInvalid:
        return JsonReader::tr("Invalid escape sequence in a string.");
    case kParseErrorStringMissQuotationMark:
        return JsonReader::tr("Unterminated string: missing closing quote.");
    case kParseErrorStringInvalidEncoding:
        return JsonReader::tr("Invalid UTF-8 in a string.");
    case kParseErrorNumberTooBig:
        return JsonReader::tr("Number too big.");
    case kParseErrorNumberMissFraction:
        return JsonReader::tr("Expected digits after the decimal point.");
    case kParseErrorNumberMissExponent:
        return JsonReader::tr("Expected digits in the exponent.");
    case kParseErrorTermination:
    case kParseErrorUnspecificSyntaxError:
    case kParseErrorNone:
        break;
    }
    return JsonReader::tr("Syntax error.");
}

} // namespace

JsonReader::Result JsonReader::parse(const QByteArray &text, const QString &fileName)
{
    Result result;
    result.positions = TextPositions(text);

    auto addError = [&](const QString &code, const QString &message, qint64 offset, const QString &pointer) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.code = code;
        d.message = message;
        d.pointer = pointer;
        d.offset = offset;
        result.diagnostics.append(d);
    };

    qint64 start = 0;
    if (text.startsWith("\xEF\xBB\xBF")) {
        // Go's encoding/json, and so Docker, rejects a byte order mark.
        addError(QStringLiteral("byte-order-mark"),
            tr("The file starts with a UTF-8 byte order mark, which Docker rejects; it is removed on save."), 0,
            QString());
        start = 3;
    }

    const qint64 nul = text.indexOf('\0');
    if (nul >= 0) {
        addError(
            QStringLiteral("json-syntax"), tr("NUL byte in the file; JSON text cannot contain one."), nul, QString());
    } else {
        ByteStream stream(text.constData(), text.size(), start);
        TreeBuilder builder(text, stream);
        rapidjson::Reader reader;
        constexpr unsigned Flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
            | rapidjson::kParseValidateEncodingFlag;
        const rapidjson::ParseResult ok = reader.Parse<Flags>(stream, builder);
        if (ok) {
            result.root = builder.root;
        } else if (builder.tooDeep) {
            addError(QStringLiteral("json-too-deep"),
                tr("Nesting deeper than %1 levels; a seccomp profile needs fewer than ten.").arg(MaxDepth),
                builder.tooDeepOffset, builder.pointer());
        } else {
            const qint64 offset = static_cast<qint64>(ok.Offset());
            const char at = offset < text.size() ? text.at(offset) : '\0';
            addError(QStringLiteral("json-syntax"), syntaxMessage(ok.Code(), at), offset, builder.pointer());
        }
        result.diagnostics.append(builder.warnings);
    }

    for (Diagnostic &d : result.diagnostics) {
        d.file = fileName;
        const TextPositions::Position pos = result.positions.position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
    }
    return result;
}

JsonReader::Result JsonReader::parseValues(const QByteArray &text, qint64 begin, qint64 end, const QString &fileName)
{
    Result result;
    auto fail = [&](const QString &message, qint64 offset, const QString &pointer) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.code = QStringLiteral("json-syntax");
        d.message = message;
        d.pointer = pointer;
        d.offset = offset;
        d.file = fileName;
        result.diagnostics.append(d);
        result.root = {};
        return result;
    };
    begin = std::clamp<qint64>(begin, 0, text.size());
    end = std::clamp<qint64>(end, begin, text.size());
    const qint64 nul = text.indexOf('\0', begin);
    if (nul >= 0 && nul < end) {
        return fail(tr("NUL byte in the file; JSON text cannot contain one."), nul, QString());
    }
    ByteStream stream(text.constData(), end, begin);
    TreeBuilder builder(text, stream);
    auto skipSpace = [&stream] {
        while (stream.Peek() == ' ' || stream.Peek() == '\t' || stream.Peek() == '\n' || stream.Peek() == '\r') {
            stream.Take();
        }
    };
    std::vector<JsonValue> values;
    skipSpace();
    while (stream.position() < end) {
        const QString at = QStringLiteral("/%1").arg(values.size());
        rapidjson::Reader reader;
        constexpr unsigned Flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag
            | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseStopWhenDoneFlag;
        const qsizetype warningsBefore = builder.warnings.size();
        const rapidjson::ParseResult ok = reader.Parse<Flags>(stream, builder);
        if (!ok) {
            const qint64 offset = static_cast<qint64>(ok.Offset());
            const char c = offset < text.size() ? text.at(offset) : '\0';
            return fail(builder.tooDeep ? tr("Nesting deeper than %1 levels; a seccomp profile needs fewer than ten.")
                                              .arg(MaxDepth)
                                        : syntaxMessage(ok.Code(), c),
                        builder.tooDeep ? builder.tooDeepOffset : offset, at + builder.pointer());
        }
        for (qsizetype w = warningsBefore; w < builder.warnings.size(); ++w) {
            Diagnostic d = builder.warnings.at(w);
            d.pointer = at + d.pointer;
            d.file = fileName;
            result.diagnostics.append(d);
        }
        values.push_back(builder.root);
        skipSpace();
        if (stream.position() >= end) {
            break;
        }
        if (stream.Peek() != ',') {
            return fail(tr("Expected “,” or “]” after an array element."), stream.position(), at);
        }
        stream.Take();
        skipSpace();
        if (stream.position() >= end) {
            return fail(tr("Trailing comma before “%1”.").arg(QLatin1Char(']')), stream.position(), at);
        }
    }
    result.root = JsonValue::array(std::move(values), begin);
    return result;
}

} // namespace Sysfence
