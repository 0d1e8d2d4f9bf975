#include "profiledecoder.h"

#include "namesuggester.h"

#include "profile/architecture.h"
#include "profile/errnos.h"

#include <QRegularExpression>

#include <charconv>
#include <limits>

namespace Sysfence {

namespace {
constexpr quint64 MaxU32 = std::numeric_limits<quint32>::max();
constexpr quint64 MaxU64 = std::numeric_limits<quint64>::max();
// The kernel passes six syscall arguments.
constexpr int MaxArgs = 6;

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}
} // namespace

ProfileDecoder::ProfileDecoder(Diagnostics *sink, const TextPositions *positions, QString fileName)
    : m_sink(sink)
    , m_positions(positions)
    , m_fileName(std::move(fileName))
{
}

void ProfileDecoder::report(
    Diagnostic::Severity severity, const QString &code, const QString &message, const JsonPointer &at, qint64 offset)
{
    if (!m_sink) {
        return;
    }
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.message = message;
    d.pointer = at.toString();
    d.file = m_fileName;
    d.offset = offset >= 0 ? offset + m_shift : offset;
    if (m_positions) {
        const TextPositions::Position pos = m_positions->position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
    }
    m_sink->append(d);
}

QString ProfileDecoder::suggestion(const QString &word, const QStringList &candidates) const
{
    return m_sink ? NameSuggester::closest(word, candidates) : QString();
}

bool ProfileDecoder::expect(const JsonValue &value, JsonValue::Type type, const JsonPointer &at, const QString &key)
{
    if (value.type() == type) {
        return true;
    }
    error(QStringLiteral("wrong-type"),
        tr("“%1” must be %2, not %3.").arg(key, JsonValue::typePhrase(type), JsonValue::typePhrase(value.type())), at,
        value);
    return false;
}

std::optional<QString> ProfileDecoder::string(const JsonValue &value, const JsonPointer &at, const QString &key)
{
    if (!expect(value, JsonValue::Type::String, at, key)) {
        return std::nullopt;
    }
    return value.text();
}

std::optional<quint64> ProfileDecoder::unsignedNumber(
    const JsonValue &value, const JsonPointer &at, const QString &key, quint64 max)
{
    if (!expect(value, JsonValue::Type::Number, at, key)) {
        return std::nullopt;
    }
    const QByteArray text = value.text().toLatin1();
    if (text.startsWith('-')) {
        error(QStringLiteral("negative-number"), tr("“%1” must not be negative.").arg(key), at, value);
        return std::nullopt;
    }
    if (text.contains('.') || text.contains('e') || text.contains('E')) {
        error(QStringLiteral("not-an-integer"),
            tr("“%1” must be a whole number written without a fraction or exponent, as Docker reads it "
               "into an unsigned integer; found %2.")
                .arg(key, value.text()),
            at, value);
        return std::nullopt;
    }
    quint64 n = 0;
    const auto [ptr, ec] = std::from_chars(text.constData(), text.constData() + text.size(), n);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && n > max)) {
        error(QStringLiteral("number-too-large"),
            tr("“%1” is %2, larger than the largest allowed value %3.").arg(key, value.text()).arg(max), at, value);
        return std::nullopt;
    }
    if (ec != std::errc() || ptr != text.constData() + text.size()) {
        error(QStringLiteral("wrong-type"), tr("“%1” is not a valid number.").arg(key), at, value);
        return std::nullopt;
    }
    return n;
}

QStringList ProfileDecoder::stringList(const JsonValue &value, const JsonPointer &at, const QString &key)
{
    QStringList list;
    if (value.isNull()) {
        return list;
    }
    if (!expect(value, JsonValue::Type::Array, at, key)) {
        return list;
    }
    qint64 i = 0;
    for (const JsonValue &item : value.items()) {
        const JsonPointer itemAt = at.child(i++);
        if (expect(item, JsonValue::Type::String, itemAt, key + QStringLiteral("[]"))) {
            list.append(item.text());
        }
    }
    return list;
}

std::optional<Action> ProfileDecoder::action(const JsonValue &value, const JsonPointer &at, const QString &key)
{
    const std::optional<QString> name = string(value, at, key);
    if (!name) {
        return std::nullopt;
    }
    const std::optional<Action> a = Actions::fromName(*name);
    if (!a) {
        const QString hint = suggestion(*name, Actions::names());
        error(QStringLiteral("unknown-action"),
            hint.isEmpty() ? tr("Unknown action %1.").arg(quoted(*name))
                           : tr("Unknown action %1 — did you mean %2?").arg(quoted(*name), quoted(hint)),
            at, value);
    }
    return a;
}

void ProfileDecoder::unknownField(const JsonMember &member, const JsonPointer &at, const QStringList &known)
{
    const QString hint = suggestion(member.key, known);
    const JsonPointer memberAt = at.child(member.key);
    const QString message = hint.isEmpty()
        ? tr("Unknown field %1: Docker ignores it; it is kept as it is.").arg(quoted(member.key))
        : tr("Unknown field %1 — did you mean %2? Docker ignores it; it is kept as it is.")
              .arg(quoted(member.key), quoted(hint));
    report(Diagnostic::Severity::Warning, QStringLiteral("unknown-field"), message, memberAt, member.keyOffset);
}

Profile ProfileDecoder::profile(const JsonValue &root)
{
    Profile p;
    p.source = root;
    // The shifts are for the rules of "syscalls" as the root's last member
    // (where ProfileParse keeps them), not for any earlier duplicate of it.
    m_shiftedRules = nullptr;
    if (m_ruleShifts && root.isObject() && !root.members().empty()
        && root.members().back().key == QLatin1String("syscalls") && root.members().back().value.isArray()
        && root.members().back().value.items().size() == m_ruleShifts->size()) {
        m_shiftedRules = &root.members().back().value.items();
    }
    const JsonPointer at;
    if (!root.isObject()) {
        error(QStringLiteral("wrong-type"),
            tr("A seccomp profile must be a JSON object, not %1.").arg(JsonValue::typePhrase(root.type())), at, root);
        return p;
    }
    static const QStringList known = {
        QStringLiteral("defaultAction"),
        QStringLiteral("defaultErrnoRet"),
        QStringLiteral("defaultErrno"),
        QStringLiteral("architectures"),
        QStringLiteral("archMap"),
        QStringLiteral("flags"),
        QStringLiteral("listenerPath"),
        QStringLiteral("listenerMetadata"),
        QStringLiteral("syscalls"),
    };
    const JsonValue *defaultActionValue = nullptr;
    const JsonValue *defaultErrnoRetValue = nullptr;
    const JsonValue *architecturesValue = nullptr;
    const JsonValue *archMapValue = nullptr;
    const JsonValue *listenerMetadataValue = nullptr;
    const JsonValue *syscallsValue = nullptr;
    for (const JsonMember &m : root.members()) {
        const JsonPointer mAt = at.child(m.key);
        const JsonValue &v = m.value;
        if (m.key == QLatin1String("defaultAction")) {
            defaultActionValue = &v;
            p.defaultAction = action(v, mAt, m.key);
        } else if (m.key == QLatin1String("defaultErrnoRet")) {
            defaultErrnoRetValue = &v;
            p.defaultErrnoRet.reset();
            if (const auto n = unsignedNumber(v, mAt, m.key, MaxU32)) {
                p.defaultErrnoRet = static_cast<quint32>(*n);
            }
        } else if (m.key == QLatin1String("defaultErrno")) {
            p.defaultErrnoName = string(v, mAt, m.key).value_or(QString());
        } else if (m.key == QLatin1String("architectures")) {
            architecturesValue = &v;
            p.architectures = stringList(v, mAt, m.key);
            qint64 i = 0;
            for (const JsonValue &item : v.items()) {
                if (item.isString() && !Architectures::isScmpName(item.text())) {
                    const QString hint = suggestion(item.text(), Architectures::scmpNames());
                    error(QStringLiteral("unknown-arch"),
                        hint.isEmpty()
                            ? tr("Unknown architecture %1.").arg(quoted(item.text()))
                            : tr("Unknown architecture %1 — did you mean %2?").arg(quoted(item.text()), quoted(hint)),
                        mAt.child(i), item);
                }
                ++i;
            }
        } else if (m.key == QLatin1String("archMap")) {
            archMapValue = &v;
            p.archMap.clear();
            if (!v.isNull() && expect(v, JsonValue::Type::Array, mAt, m.key)) {
                qint64 i = 0;
                for (const JsonValue &item : v.items()) {
                    p.archMap.append(archMapping(item, mAt.child(i++)));
                }
            }
        } else if (m.key == QLatin1String("flags")) {
            p.flags = stringList(v, mAt, m.key);
            const QStringList allowed = FilterFlags::names();
            qint64 i = 0;
            for (const JsonValue &item : v.items()) {
                if (item.isString() && !allowed.contains(item.text())) {
                    const QString hint = suggestion(item.text(), allowed);
                    error(QStringLiteral("unknown-flag"),
                        hint.isEmpty()
                            ? tr("Unknown filter flag %1.").arg(quoted(item.text()))
                            : tr("Unknown filter flag %1 — did you mean %2?").arg(quoted(item.text()), quoted(hint)),
                        mAt.child(i), item);
                }
                ++i;
            }
        } else if (m.key == QLatin1String("listenerPath")) {
            p.listenerPath = string(v, mAt, m.key).value_or(QString());
        } else if (m.key == QLatin1String("listenerMetadata")) {
            listenerMetadataValue = &v;
            p.listenerMetadata = string(v, mAt, m.key).value_or(QString());
        } else if (m.key == QLatin1String("syscalls")) {
            syscallsValue = &v;
            p.rules.clear();
            if (!v.isNull() && expect(v, JsonValue::Type::Array, mAt, m.key)) {
                rules(v, mAt, &p.rules);
            }
        } else {
            unknownField(m, at, known);
        }
    }

    if (!m_sink) {
        return p;
    }
    if (!defaultActionValue) {
        error(QStringLiteral("missing-default-action"), tr("The profile has no “defaultAction”; Docker refuses it."),
            at, root);
    } else if (p.defaultAction == Action::Notify) {
        error(QStringLiteral("notify-default-action"),
            tr("SCMP_ACT_NOTIFY cannot be the default action: the runtime itself would be stopped at "
               "every syscall."),
            at.child(QStringLiteral("defaultAction")), *defaultActionValue);
    }
    if (defaultErrnoRetValue && p.defaultAction && !Actions::takesErrno(*p.defaultAction)) {
        error(QStringLiteral("errno-on-wrong-action"),
            tr("“defaultErrnoRet” only applies when the default action is SCMP_ACT_ERRNO or SCMP_ACT_TRACE."),
            at.child(QStringLiteral("defaultErrnoRet")), *defaultErrnoRetValue);
    }
    if (!p.defaultErrnoName.isEmpty()) {
        const JsonValue v = root.value(u"defaultErrno");
        const auto number = Errnos::fromName(p.defaultErrnoName);
        if (!number) {
            warning(QStringLiteral("unknown-errno"), tr("Unknown errno name %1.").arg(quoted(p.defaultErrnoName)),
                at.child(QStringLiteral("defaultErrno")), v);
        } else if (p.defaultErrnoRet && *number != *p.defaultErrnoRet) {
            warning(QStringLiteral("errno-mismatch"),
                tr("“defaultErrno” says %1 (%2) but “defaultErrnoRet” is %3; the number is what the "
                   "kernel returns.")
                    .arg(p.defaultErrnoName)
                    .arg(*number)
                    .arg(*p.defaultErrnoRet),
                at.child(QStringLiteral("defaultErrno")), v);
        }
    }
    if (architecturesValue && archMapValue && !p.architectures.isEmpty() && !p.archMap.isEmpty()) {
        error(QStringLiteral("architectures-and-archmap"),
            tr("Both “architectures” and “archMap” are set; Docker accepts only one of them."),
            at.child(QStringLiteral("archMap")), *archMapValue);
    }
    if (listenerMetadataValue && !p.listenerMetadata.isEmpty() && p.listenerPath.isEmpty()) {
        error(QStringLiteral("metadata-without-listener"),
            tr("“listenerMetadata” is set without “listenerPath”; Docker refuses it."),
            at.child(QStringLiteral("listenerMetadata")), *listenerMetadataValue);
    }
    if (p.listenerPath.isEmpty() && syscallsValue) {
        // From the text, not p.rules: with clean rules skipped, those are not all there.
        const std::vector<JsonValue> &items = syscallsValue->items();
        const bool shifted = &items == m_shiftedRules;
        auto check = [&](size_t i) {
            const JsonValue &actionValue = items[i].value(u"action");
            if (actionValue.isString() && Actions::fromName(actionValue.text()) == Action::Notify) {
                m_shift = shifted ? (*m_ruleShifts)[i] : 0;
                error(QStringLiteral("notify-without-listener"),
                    tr("SCMP_ACT_NOTIFY needs “listenerPath”, the socket of the process that answers."),
                    at.child(QStringLiteral("syscalls")).child(qint64(i)).child(QStringLiteral("action")), actionValue);
                m_shift = 0;
            }
        };
        if (m_notifyItemsOf == &items) {
            for (const size_t i : m_notifyItems) { // rules() found them, clean ones by what it knew
                check(i);
            }
        } else {
            for (size_t i = 0; i < items.size(); ++i) {
                check(i);
            }
        }
    }
    return p;
}

void ProfileDecoder::rules(const JsonValue &array, const JsonPointer &at, RuleList *out)
{
    const std::vector<JsonValue> &items = array.items();
    const bool shifted = &items == m_shiftedRules;
    auto shift = [&](size_t i) { return shifted ? (*m_ruleShifts)[i] : 0; };
    auto isNotify = [](const JsonValue &item) {
        const JsonValue &action = item.value(u"action");
        return action.isString() && Actions::fromName(action.text()) == Action::Notify;
    };
    out->reserve(static_cast<qsizetype>(items.size()));
    const QByteArray *text = m_nextClean && m_sink ? &m_nextClean->text() : nullptr;
    m_notifyItems.clear();
    m_notifyItemsOf = &items;
    // After a splice the rules outside it are the same bytes as last time,
    // and what was known of them is spliced along; after a whole parse,
    // rules are known by their text (hashed once, when first asked).
    const ProfileParse::Splice *splice = m_splice;
    if (splice && m_previousClean
        && m_previousClean->size() != size_t(qsizetype(items.size()) - splice->inserted + splice->removed)) {
        splice = nullptr; // not the parse the previous clean rules are of
    }
    if (!text) {
        splice = nullptr; // nothing is kept for next time
    }
    if (text) {
        if (splice) {
            m_nextClean->splice(*m_previousClean, size_t(splice->first), size_t(splice->removed),
                                size_t(splice->inserted), text->size() - m_previousClean->text().size());
        } else {
            m_nextClean->reset(items.size());
        }
    }
    // Where the text of rule `i` is (up to where the next one starts); empty if unknown.
    auto keyOf = [&](size_t i, qint64 *begin) -> qint64 {
        const JsonValue &item = items[i];
        if (!text || !item.isObject() || item.offset() < 0) {
            return 0;
        }
        *begin = item.offset() + shift(i);
        const qint64 end = i + 1 < items.size() ? items[i + 1].offset() + shift(i + 1) : text->size();
        return end > *begin && end <= text->size() ? end - *begin : 0;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        const JsonValue &item = items[i];
        if (splice) {
            const bool inSplice = qsizetype(i) >= splice->first && qsizetype(i) < splice->first + splice->inserted;
            if (const CleanRules::Facts *known = inSplice ? nullptr : m_nextClean->at(i)) {
                if (known->notify) {
                    m_notifyItems.push_back(i); // clean as before, and not decoded again
                }
                continue;
            }
        }
        qint64 begin = 0;
        const qint64 length = keyOf(i, &begin);
        if (!splice && length > 0 && m_previousClean) {
            // The same text as a rule known clean before.
            if (const CleanRules::Facts *known =
                    m_previousClean->find(std::string_view(text->constData() + begin, size_t(length)))) {
                m_nextClean->setClean(i, begin, length, *known);
                if (known->notify) {
                    m_notifyItems.push_back(i);
                }
                continue;
            }
        }
        const bool notify = isNotify(item);
        if (notify) {
            m_notifyItems.push_back(i);
        }
        const qsizetype diagnosticsBefore = m_sink ? m_sink->size() : 0;
        m_shift = shift(i);
        out->append(rule(item, at.child(qint64(i))));
        m_shift = 0;
        if (length > 0 && m_sink->size() == diagnosticsBefore) {
            m_nextClean->setClean(i, begin, length, {notify});
        }
    }
}

Rule ProfileDecoder::rule(const JsonValue &value, const JsonPointer &at)
{
    Rule r;
    r.source = value;
    if (!expect(value, JsonValue::Type::Object, at, tr("syscall rule"))) {
        return r;
    }
    static const QStringList known = {
        QStringLiteral("names"),
        QStringLiteral("name"),
        QStringLiteral("action"),
        QStringLiteral("errnoRet"),
        QStringLiteral("errno"),
        QStringLiteral("args"),
        QStringLiteral("comment"),
        QStringLiteral("includes"),
        QStringLiteral("excludes"),
    };
    const JsonMember *namesMember = nullptr;
    const JsonMember *nameMember = nullptr;
    const JsonValue *errnoRetValue = nullptr;
    bool hasAction = false;
    for (const JsonMember &m : value.members()) {
        const JsonPointer mAt = at.child(m.key);
        const JsonValue &v = m.value;
        if (m.key == QLatin1String("names")) {
            namesMember = &m;
            r.names = stringList(v, mAt, m.key);
        } else if (m.key == QLatin1String("name")) {
            nameMember = &m;
        } else if (m.key == QLatin1String("action")) {
            hasAction = true;
            r.action = action(v, mAt, m.key);
        } else if (m.key == QLatin1String("errnoRet")) {
            errnoRetValue = &v;
            r.errnoRet.reset();
            if (const auto n = unsignedNumber(v, mAt, m.key, MaxU32)) {
                r.errnoRet = static_cast<quint32>(*n);
            }
        } else if (m.key == QLatin1String("errno")) {
            r.errnoName = string(v, mAt, m.key).value_or(QString());
        } else if (m.key == QLatin1String("args")) {
            r.args.clear();
            if (!v.isNull() && expect(v, JsonValue::Type::Array, mAt, m.key)) {
                qint64 i = 0;
                for (const JsonValue &item : v.items()) {
                    r.args.append(arg(item, mAt.child(i++)));
                }
                if (v.items().size() > MaxArgs) {
                    error(QStringLiteral("too-many-args"),
                        tr("%1 argument conditions; a syscall has at most %2 arguments.")
                            .arg(v.items().size())
                            .arg(MaxArgs),
                        mAt, v);
                }
            }
        } else if (m.key == QLatin1String("comment")) {
            r.comment = string(v, mAt, m.key).value_or(QString());
        } else if (m.key == QLatin1String("includes")) {
            r.includes = filter(v, mAt, m.key);
        } else if (m.key == QLatin1String("excludes")) {
            r.excludes = filter(v, mAt, m.key);
        } else {
            unknownField(m, at, known);
        }
    }
    if (nameMember) {
        if (namesMember) {
            error(QStringLiteral("name-and-names"),
                tr("Both “name” and “names” are set; Docker accepts only one of them."),
                at.child(QStringLiteral("name")), nameMember->value);
        } else if (const auto n = string(nameMember->value, at.child(QStringLiteral("name")), nameMember->key)) {
            r.names = QStringList {*n};
        }
    }
    if (!m_sink) {
        return r;
    }
    if (!nameMember && !namesMember) {
        error(QStringLiteral("no-names"), tr("The rule names no syscall: add “names”."), at, value);
    } else if (namesMember && namesMember->value.isArray() && namesMember->value.items().empty() && !nameMember) {
        error(QStringLiteral("empty-names"), tr("“names” is empty, so the rule matches no syscall."),
            at.child(QStringLiteral("names")), namesMember->value);
    }
    if (namesMember) {
        qint64 i = 0;
        for (const JsonValue &item : namesMember->value.items()) {
            if (item.isString() && item.text().isEmpty()) {
                error(QStringLiteral("empty-name"), tr("Empty syscall name."),
                    at.child(QStringLiteral("names")).child(i), item);
            }
            ++i;
        }
    }
    if (!hasAction) {
        error(QStringLiteral("missing-action"), tr("The rule has no “action”."), at, value);
    }
    if (errnoRetValue && r.action && !Actions::takesErrno(*r.action)) {
        error(QStringLiteral("errno-on-wrong-action"),
            tr("“errnoRet” only applies to SCMP_ACT_ERRNO and SCMP_ACT_TRACE, not %1.").arg(Actions::name(*r.action)),
            at.child(QStringLiteral("errnoRet")), *errnoRetValue);
    }
    if (!r.errnoName.isEmpty()) {
        const JsonValue v = value.value(u"errno");
        const auto number = Errnos::fromName(r.errnoName);
        if (!number) {
            warning(QStringLiteral("unknown-errno"), tr("Unknown errno name %1.").arg(quoted(r.errnoName)),
                at.child(QStringLiteral("errno")), v);
        } else if (r.errnoRet && *number != *r.errnoRet) {
            warning(QStringLiteral("errno-mismatch"),
                tr("“errno” says %1 (%2) but “errnoRet” is %3; the number is what the kernel returns.")
                    .arg(r.errnoName)
                    .arg(*number)
                    .arg(*r.errnoRet),
                at.child(QStringLiteral("errno")), v);
        }
    }
    return r;
}

ArgCondition ProfileDecoder::arg(const JsonValue &value, const JsonPointer &at)
{
    ArgCondition a;
    a.source = value;
    if (!expect(value, JsonValue::Type::Object, at, tr("argument condition"))) {
        return a;
    }
    static const QStringList known
        = {QStringLiteral("index"), QStringLiteral("value"), QStringLiteral("valueTwo"), QStringLiteral("op")};
    bool hasIndex = false;
    bool hasOp = false;
    for (const JsonMember &m : value.members()) {
        const JsonPointer mAt = at.child(m.key);
        const JsonValue &v = m.value;
        if (m.key == QLatin1String("index")) {
            hasIndex = true;
            if (const auto n = unsignedNumber(v, mAt, m.key, MaxU32)) {
                a.index = static_cast<quint32>(*n);
                if (a.index > 5) {
                    error(QStringLiteral("arg-index-out-of-range"),
                        tr("Argument index %1 is out of range: syscalls have arguments 0 to 5.").arg(a.index), mAt, v);
                }
            }
        } else if (m.key == QLatin1String("value")) {
            a.value = unsignedNumber(v, mAt, m.key, MaxU64).value_or(0);
        } else if (m.key == QLatin1String("valueTwo")) {
            a.valueTwo = unsignedNumber(v, mAt, m.key, MaxU64).value_or(0);
        } else if (m.key == QLatin1String("op")) {
            hasOp = true;
            if (const auto name = string(v, mAt, m.key)) {
                a.op = CompareOps::fromName(*name);
                if (!a.op) {
                    const QString hint = suggestion(*name, CompareOps::names());
                    error(QStringLiteral("unknown-op"),
                        hint.isEmpty()
                            ? tr("Unknown comparison %1.").arg(quoted(*name))
                            : tr("Unknown comparison %1 — did you mean %2?").arg(quoted(*name), quoted(hint)),
                        mAt, v);
                }
            }
        } else {
            unknownField(m, at, known);
        }
    }
    if (!m_sink) {
        return a;
    }
    if (!hasIndex) {
        warning(QStringLiteral("missing-arg-index"), tr("The condition has no “index”, so it tests argument 0."), at,
            value);
    }
    if (!hasOp) {
        error(QStringLiteral("missing-op"), tr("The condition has no “op”."), at, value);
    }
    if (a.valueTwo != 0 && a.op && *a.op != CompareOp::MaskedEqual) {
        warning(QStringLiteral("unused-value-two"),
            tr("“valueTwo” is %1 but only SCMP_CMP_MASKED_EQ uses it; %2 ignores it.")
                .arg(a.valueTwo)
                .arg(CompareOps::name(*a.op)),
            at.child(QStringLiteral("valueTwo")), value.value(u"valueTwo"));
    }
    return a;
}

Filter ProfileDecoder::filter(const JsonValue &value, const JsonPointer &at, const QString &key)
{
    Filter f;
    f.source = value;
    if (value.isNull()) {
        return f;
    }
    if (!expect(value, JsonValue::Type::Object, at, key)) {
        return f;
    }
    static const QStringList known = {QStringLiteral("caps"), QStringLiteral("arches"), QStringLiteral("minKernel")};
    for (const JsonMember &m : value.members()) {
        const JsonPointer mAt = at.child(m.key);
        const JsonValue &v = m.value;
        if (m.key == QLatin1String("caps")) {
            f.caps = stringList(v, mAt, m.key);
            qint64 i = 0;
            for (const QString &cap : std::as_const(f.caps)) {
                if (!cap.startsWith(QLatin1String("CAP_"))) {
                    warning(QStringLiteral("cap-without-prefix"),
                        tr("Capability %1 is not spelled CAP_…; Docker compares the names as written, so it "
                           "never matches.")
                            .arg(quoted(cap)),
                        mAt.child(i), v.items()[static_cast<size_t>(i)]);
                }
                ++i;
            }
        } else if (m.key == QLatin1String("arches")) {
            f.arches = stringList(v, mAt, m.key);
            qint64 i = 0;
            for (const QString &arch : std::as_const(f.arches)) {
                if (!Architectures::isGoName(arch)) {
                    const QString scmp = Architectures::isScmpName(arch) ? Architectures::goName(arch) : QString();
                    const QString hint = scmp.isEmpty() ? suggestion(arch, Architectures::goNames()) : scmp;
                    error(QStringLiteral("unknown-arch"),
                        hint.isEmpty() ? tr("Unknown architecture %1 in “arches”.").arg(quoted(arch))
                                       : tr("Unknown architecture %1 in “arches” — did you mean %2?")
                                             .arg(quoted(arch), quoted(hint)),
                        mAt.child(i), v.items()[static_cast<size_t>(i)]);
                }
                ++i;
            }
        } else if (m.key == QLatin1String("minKernel")) {
            f.minKernel = string(v, mAt, m.key).value_or(QString());
            static const QRegularExpression form(QStringLiteral("^[0-9]+\\.[0-9]+$"));
            if (v.isString() && !form.match(f.minKernel).hasMatch()) {
                error(QStringLiteral("bad-min-kernel"),
                    tr("“minKernel” must look like 4.8 (major.minor), not %1; Docker since 20.10 refuses other forms.")
                        .arg(quoted(f.minKernel)),
                    mAt, v);
            }
        } else {
            unknownField(m, at, known);
        }
    }
    return f;
}

ArchMapping ProfileDecoder::archMapping(const JsonValue &value, const JsonPointer &at)
{
    ArchMapping a;
    a.source = value;
    if (!expect(value, JsonValue::Type::Object, at, tr("archMap entry"))) {
        return a;
    }
    static const QStringList known = {QStringLiteral("architecture"), QStringLiteral("subArchitectures")};
    auto checkArch = [this](const JsonValue &v, const JsonPointer &where) {
        if (v.isString() && !Architectures::isScmpName(v.text())) {
            const QString hint = suggestion(v.text(), Architectures::scmpNames());
            error(QStringLiteral("unknown-arch"),
                hint.isEmpty() ? tr("Unknown architecture %1.").arg(quoted(v.text()))
                               : tr("Unknown architecture %1 — did you mean %2?").arg(quoted(v.text()), quoted(hint)),
                where, v);
        }
    };
    for (const JsonMember &m : value.members()) {
        const JsonPointer mAt = at.child(m.key);
        if (m.key == QLatin1String("architecture")) {
            a.architecture = string(m.value, mAt, m.key).value_or(QString());
            checkArch(m.value, mAt);
        } else if (m.key == QLatin1String("subArchitectures")) {
            a.subArchitectures = stringList(m.value, mAt, m.key);
            qint64 i = 0;
            for (const JsonValue &item : m.value.items()) {
                checkArch(item, mAt.child(i++));
            }
        } else {
            unknownField(m, at, known);
        }
    }
    return a;
}

} // namespace Sysfence
