#include "profilewriter.h"

#include "jsonwriter.h"
#include "profiledecoder.h"

#include <QHash>

#include <functional>
#include <vector>

namespace Sysfence {

namespace {

// One known field of an object being written.
struct Field {
    QString key; // the key to write
    QString sourceKey; // the key it replaces in the source (usually the same)
    bool present = false; // write it at all
    bool unchanged = false; // equal to what the source said: write the source's value
    std::function<JsonValue()> encode;
};

// Lays out known fields in the source's order, keeping unknown members where
// they were and appending new fields at the end, in the order given.
JsonValue merge(const JsonValue &source, const std::vector<Field> &fields)
{
    std::vector<JsonMember> out;
    std::vector<bool> done(fields.size(), false);
    auto place = [&](size_t i) {
        const Field &f = fields[i];
        done[i] = true;
        if (!f.present) {
            return;
        }
        const JsonMember *original = f.unchanged ? source.member(f.sourceKey) : nullptr;
        out.push_back({f.key, original ? original->value : f.encode(), -1});
    };
    for (const JsonMember &m : source.members()) {
        size_t i = 0;
        while (i < fields.size() && fields[i].sourceKey != m.key) {
            ++i;
        }
        if (i == fields.size()) {
            out.push_back(m);
        } else if (!done[i]) {
            place(i);
        }
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        if (!done[i]) {
            place(i);
        }
    }
    return JsonValue::object(std::move(out));
}

JsonValue stringArray(const QStringList &list)
{
    std::vector<JsonValue> items;
    items.reserve(static_cast<size_t>(list.size()));
    for (const QString &s : list) {
        items.push_back(JsonValue::string(s));
    }
    return JsonValue::array(std::move(items));
}

template<typename T>
Field field(const QString &key, const JsonValue &source, const T &value, const T &original, bool setByValue,
    std::function<JsonValue()> encode)
{
    Field f;
    f.key = key;
    f.sourceKey = key;
    f.unchanged = value == original;
    // An unchanged field keeps whatever the source had, even a value that did
    // not decode; a changed one is written only when it is set.
    f.present = setByValue || (f.unchanged && source.contains(key));
    f.encode = std::move(encode);
    return f;
}

JsonValue encodeArg(const ArgCondition &a)
{
    ArgCondition original;
    if (a.source.isObject()) {
        original = ProfileDecoder().arg(a.source, {});
        if (original == a) {
            return a.source;
        }
    }
    const JsonValue &s = a.source;
    const bool fresh = !s.isObject();
    return merge(s,
        {
            field(QStringLiteral("index"), s, a.index, original.index, fresh || a.index != 0,
                [&] { return JsonValue::number(quint64(a.index)); }),
            field(QStringLiteral("value"), s, a.value, original.value, fresh || a.value != 0,
                [&] { return JsonValue::number(a.value); }),
            field(QStringLiteral("valueTwo"), s, a.valueTwo, original.valueTwo, fresh || a.valueTwo != 0,
                [&] { return JsonValue::number(a.valueTwo); }),
            field(QStringLiteral("op"), s, a.op, original.op, a.op.has_value(),
                [&] { return JsonValue::string(CompareOps::name(*a.op)); }),
        });
}

JsonValue encodeFilter(const Filter &f)
{
    Filter original;
    if (f.source.isObject()) {
        original = ProfileDecoder().filter(f.source, {}, {});
        if (original == f) {
            return f.source;
        }
    }
    const JsonValue &s = f.source;
    return merge(s,
        {
            field(QStringLiteral("caps"), s, f.caps, original.caps, !f.caps.isEmpty(),
                [&] { return stringArray(f.caps); }),
            field(QStringLiteral("arches"), s, f.arches, original.arches, !f.arches.isEmpty(),
                [&] { return stringArray(f.arches); }),
            field(QStringLiteral("minKernel"), s, f.minKernel, original.minKernel, !f.minKernel.isEmpty(),
                [&] { return JsonValue::string(f.minKernel); }),
        });
}

JsonValue encodeArchMapping(const ArchMapping &a)
{
    ArchMapping original;
    if (a.source.isObject()) {
        original = ProfileDecoder().archMapping(a.source, {});
        if (original == a) {
            return a.source;
        }
    }
    const JsonValue &s = a.source;
    return merge(s,
        {
            field(QStringLiteral("architecture"), s, a.architecture, original.architecture, true,
                [&] { return JsonValue::string(a.architecture); }),
            // Docker writes null for an architecture without sub-architectures.
            field(QStringLiteral("subArchitectures"), s, a.subArchitectures, original.subArchitectures, true,
                [&] { return a.subArchitectures.isEmpty() ? JsonValue::null() : stringArray(a.subArchitectures); }),
        });
}

} // namespace

namespace {
// What a rule's source object decodes to. An editor writes the same
// profile after every edit, and all but a few of its rules still have the
// source they were read from: decoding each once, not on every write, is
// most of the writer's time for a big profile. The cache holds the source
// itself, so the object's address cannot be reused while it is a key.
const Rule &decodedSource(const JsonValue &source)
{
    struct Entry {
        JsonValue source;
        Rule rule;
    };
    thread_local QHash<const void *, Entry> cache;
    const void *key = &source.members();
    const auto it = cache.constFind(key);
    if (it != cache.constEnd()) {
        return it->rule;
    }
    if (cache.size() >= 100000) {
        cache.clear();
    }
    return cache.insert(key, Entry{source, ProfileDecoder().rule(source, {})})->rule;
}
} // namespace

JsonValue ProfileWriter::toJson(const Rule &r)
{
    static const Rule none;
    const JsonValue &s = r.source;
    // A reference into the cache: copying the decoded rule for each of
    // thousands of rules on every write cost more than comparing it.
    const Rule &original = s.isObject() ? decodedSource(s) : none;
    if (s.isObject() && original == r) {
        return s;
    }

    // The 2016 format names one syscall per rule in "name"; keep that
    // spelling while the rule still has one name.
    Field names;
    names.present = true;
    if (s.contains(u"name") && !s.contains(u"names")) {
        names.sourceKey = QStringLiteral("name");
        names.key = r.names.size() == 1 ? QStringLiteral("name") : QStringLiteral("names");
    } else {
        names.sourceKey = names.key = QStringLiteral("names");
    }
    names.unchanged = r.names == original.names && names.key == names.sourceKey;
    names.encode = [&] {
        return names.key == QLatin1String("name") ? JsonValue::string(r.names.constFirst()) : stringArray(r.names);
    };

    std::vector<Field> fields;
    fields.push_back(names);
    fields.push_back(field(QStringLiteral("action"), s, r.action, original.action, r.action.has_value(),
        [&] { return JsonValue::string(Actions::name(*r.action)); }));
    fields.push_back(field(QStringLiteral("errnoRet"), s, r.errnoRet, original.errnoRet, r.errnoRet.has_value(),
        [&] { return JsonValue::number(quint64(*r.errnoRet)); }));
    fields.push_back(field(QStringLiteral("errno"), s, r.errnoName, original.errnoName, !r.errnoName.isEmpty(),
        [&] { return JsonValue::string(r.errnoName); }));
    fields.push_back(field(QStringLiteral("args"), s, r.args, original.args, !r.args.isEmpty(), [&] {
        std::vector<JsonValue> items;
        for (const ArgCondition &a : r.args) {
            items.push_back(encodeArg(a));
        }
        return JsonValue::array(std::move(items));
    }));
    fields.push_back(field(QStringLiteral("comment"), s, r.comment, original.comment, !r.comment.isEmpty(),
        [&] { return JsonValue::string(r.comment); }));
    fields.push_back(field(QStringLiteral("includes"), s, r.includes, original.includes, !r.includes.isEmpty(),
        [&] { return encodeFilter(r.includes); }));
    fields.push_back(field(QStringLiteral("excludes"), s, r.excludes, original.excludes, !r.excludes.isEmpty(),
        [&] { return encodeFilter(r.excludes); }));
    return merge(s, fields);
}

JsonValue ProfileWriter::toJson(const Profile &p)
{
    const JsonValue &s = p.source;
    Profile original;
    if (s.isObject()) {
        // Compare the top-level fields only; each rule compares itself.
        std::vector<JsonMember> withoutRules;
        for (const JsonMember &m : s.members()) {
            if (m.key != QLatin1String("syscalls")) {
                withoutRules.push_back(m);
            }
        }
        original = ProfileDecoder().profile(JsonValue::object(std::move(withoutRules)));
    }

    auto rulesJson = [&] {
        const JsonValue sourceRules = s.value(u"syscalls");
        std::vector<JsonValue> items;
        items.reserve(static_cast<size_t>(p.rules.size()));
        bool same = sourceRules.isArray() && sourceRules.items().size() == static_cast<size_t>(p.rules.size());
        for (qsizetype i = 0; i < p.rules.size(); ++i) {
            items.push_back(toJson(p.rules.at(i)));
            same = same && items.back() == sourceRules.items()[static_cast<size_t>(i)];
        }
        if (same || (p.rules.isEmpty() && sourceRules.isNull() && sourceRules.isValid())) {
            return sourceRules;
        }
        return JsonValue::array(std::move(items));
    };

    Field syscalls;
    syscalls.key = syscalls.sourceKey = QStringLiteral("syscalls");
    syscalls.present = !p.rules.isEmpty() || s.contains(u"syscalls");
    syscalls.unchanged = false; // rulesJson() reuses the source itself when it can
    syscalls.encode = rulesJson;

    return merge(s,
        {
            field(QStringLiteral("defaultAction"), s, p.defaultAction, original.defaultAction,
                p.defaultAction.has_value(), [&] { return JsonValue::string(Actions::name(*p.defaultAction)); }),
            field(QStringLiteral("defaultErrnoRet"), s, p.defaultErrnoRet, original.defaultErrnoRet,
                p.defaultErrnoRet.has_value(), [&] { return JsonValue::number(quint64(*p.defaultErrnoRet)); }),
            field(QStringLiteral("defaultErrno"), s, p.defaultErrnoName, original.defaultErrnoName,
                !p.defaultErrnoName.isEmpty(), [&] { return JsonValue::string(p.defaultErrnoName); }),
            field(QStringLiteral("architectures"), s, p.architectures, original.architectures,
                !p.architectures.isEmpty(), [&] { return stringArray(p.architectures); }),
            field(QStringLiteral("archMap"), s, p.archMap, original.archMap, !p.archMap.isEmpty(),
                [&] {
                    std::vector<JsonValue> items;
                    for (const ArchMapping &a : p.archMap) {
                        items.push_back(encodeArchMapping(a));
                    }
                    return JsonValue::array(std::move(items));
                }),
            field(QStringLiteral("flags"), s, p.flags, original.flags, !p.flags.isEmpty(),
                [&] { return stringArray(p.flags); }),
            field(QStringLiteral("listenerPath"), s, p.listenerPath, original.listenerPath, !p.listenerPath.isEmpty(),
                [&] { return JsonValue::string(p.listenerPath); }),
            field(QStringLiteral("listenerMetadata"), s, p.listenerMetadata, original.listenerMetadata,
                !p.listenerMetadata.isEmpty(), [&] { return JsonValue::string(p.listenerMetadata); }),
            syscalls,
        });
}

QByteArray ProfileWriter::write(const Profile &profile, const JsonStyle &style)
{
    JsonWriter writer(style);
    writer.setCachedDepth(2); // the rules: most are the same from one write to the next
    return writer.write(toJson(profile));
}

QByteArray ProfileWriter::rewrite(const Profile &profile, const JsonStyle &style, const ProfileParse &parse,
                                  const RuleChange &change, const Profile *before, TextCompare::Change *textChange)
{
    if (textChange) {
        *textChange = {};
    }
    // The rules of the text before the change, where they start, and the
    // layout write() gives an array at depth 1: "[" newline, the rules at
    // depth 2 separated by "," newline, newline "]".
    const QByteArray &old = parse.text();
    const JsonValue &root = parse.json().root;
    const JsonMember *last = root.isObject() && !root.members().empty() ? &root.members().back() : nullptr;
    const qsizetype n = qsizetype(profile.rules.size()) - change.inserted + change.removed;
    if (change.everything || !last || last->key != QLatin1String("syscalls") || !last->value.isArray()
        || qsizetype(last->value.items().size()) != n || n == 0 || profile.rules.isEmpty()
        || qsizetype(parse.ruleShifts().size()) != n) {
        return write(profile, style);
    }
    const std::vector<JsonValue> &items = last->value.items();
    auto start = [&](qsizetype k) { return items[size_t(k)].offset() + parse.ruleShift(k); };
    const QByteArray newline = style.newline.toUtf8();
    const QByteArray indent = style.indent.toUtf8();
    const QByteArray separator = "," + newline + indent + indent;
    const QByteArray closing = newline + indent + "]";
    // Where the array closes: the last "]" before the root's "}".
    qsizetype close = old.size() - 1;
    while (close >= 0 && old.at(close) != '}') {
        --close;
    }
    close = old.lastIndexOf(']', close);
    const qsizetype lastEnd = close - (closing.size() - 1); // where the last rule ends
    auto endsWith = [&](qsizetype at, const QByteArray &what) {
        return at >= what.size() && QByteArrayView(old).sliced(at - what.size(), what.size()) == what;
    };
    if (close < 0 || !endsWith(close + 1, closing) || !endsWith(start(0), "[" + newline + indent + indent)) {
        return write(profile, style);
    }
    // Where the old text is cut, a separator must end what comes before.
    for (const qsizetype k : {change.first, change.first + change.removed}) {
        if (k > 0 && k < n && !endsWith(start(k), separator)) {
            return write(profile, style);
        }
    }

    // An edit moving a name between two rules replaces the run between
    // them; the rules in between are the same as before, only moved, and
    // their text is where it was.
    QHash<const void *, qsizetype> moved; // rule of the old run -> its index
    if (before && before->rules.size() == n) {
        moved.reserve(change.removed);
        for (qsizetype j = change.first; j < change.first + change.removed; ++j) {
            moved.insert(before->rules.identity(j), j);
        }
    }
    auto oldText = [&](qsizetype j) -> QByteArrayView {
        const qsizetype begin = start(j);
        qsizetype end = lastEnd;
        if (j + 1 < n) {
            end = start(j + 1);
            if (!endsWith(end, separator)) {
                return {};
            }
            end -= separator.size();
        }
        return end > begin ? QByteArrayView(old).sliced(begin, end - begin) : QByteArrayView();
    };
    const bool head = change.first > 0;
    const bool tail = change.first + change.removed < n;
    qsizetype from = 0; // old text kept before the new rules…
    qsizetype to = 0;   // …and after them
    if (tail) {
        from = start(change.first);
        to = start(change.first + change.removed);
    } else if (head) {
        // Up to the end of the last rule kept, then a separator before new ones.
        from = change.first < n ? start(change.first) - separator.size() : lastEnd;
        to = lastEnd;
    } else {
        from = start(0);
        to = lastEnd;
    }
    // Written straight into the new text (a text of its own for the new
    // rules was copied twice, grown as it went); rules that only moved and
    // follow each other in the old text are copied as one span.
    QByteArray out;
    out.reserve(old.size() + 4096);
    out.append(QByteArrayView(old).first(from));
    if (!tail && head && change.inserted > 0) {
        out.append(separator);
    }
    const JsonWriter writer(style);
    qsizetype spanBegin = -1; // old text not copied yet: [spanBegin, spanEnd)…
    qsizetype spanEnd = -1;
    qsizetype spanRule = -1; // …ending with this old rule
    auto flush = [&] {
        if (spanBegin >= 0) {
            out.append(QByteArrayView(old).sliced(spanBegin, spanEnd - spanBegin));
            spanBegin = spanEnd = spanRule = -1;
        }
    };
    for (qsizetype i = change.first; i < change.first + change.inserted; ++i) {
        const qsizetype j = moved.value(profile.rules.identity(i), -1);
        const QByteArrayView kept = j >= 0 ? oldText(j) : QByteArrayView();
        if (!kept.isEmpty() && spanRule >= 0 && j == spanRule + 1) {
            spanEnd = kept.constData() + kept.size() - old.constData(); // the separator between is the old one
            spanRule = j;
            continue;
        }
        flush();
        if (i > change.first) {
            out.append(separator);
        }
        if (!kept.isEmpty()) {
            spanBegin = kept.constData() - old.constData();
            spanEnd = spanBegin + kept.size();
            spanRule = j;
        } else {
            out.append(writer.writeAt(toJson(profile.rules.at(i)), 2));
        }
    }
    flush();
    if (tail && change.inserted > 0) {
        out.append(separator);
    }
    const qsizetype written = out.size() - from;
    out.append(QByteArrayView(old).sliced(to));
    if (textChange) {
        *textChange = {old.constData(), old.size(), from, to - from, written};
    }
    return out;
}

} // namespace Sysfence
