#include "profileparse.h"

#include "jsonpointer.h"
#include "textcompare.h"

#include <algorithm>

namespace Sysfence {

namespace {
// "syscalls" as the root's last member, with at least one element.
const JsonMember *trailingSyscalls(const JsonValue &root)
{
    if (!root.isObject() || root.members().empty()) {
        return nullptr;
    }
    const JsonMember &last = root.members().back();
    if (last.key != QLatin1String("syscalls") || !last.value.isArray() || last.value.items().empty()) {
        return nullptr;
    }
    return &last;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The offset of the "]" in a text that ends with "] }" and white space, or -1.
qint64 closingBracket(const QByteArray &text)
{
    qint64 k = text.size() - 1;
    while (k >= 0 && isSpace(text.at(k))) {
        --k;
    }
    if (k < 0 || text.at(k) != '}') {
        return -1;
    }
    --k;
    while (k >= 0 && isSpace(text.at(k))) {
        --k;
    }
    return k >= 0 && text.at(k) == ']' ? k : -1;
}

// "/syscalls/K/rest" → K and "/rest"; -1 for any other pointer.
qsizetype ruleOf(const QString &pointer, QString *rest)
{
    static const QString prefix = QStringLiteral("/syscalls/");
    if (!pointer.startsWith(prefix)) {
        return -1;
    }
    const qsizetype slash = pointer.indexOf(QLatin1Char('/'), prefix.size());
    bool ok = false;
    const qsizetype rule = QStringView(pointer).mid(prefix.size(), slash < 0 ? -1 : slash - prefix.size()).toLongLong(&ok);
    if (!ok) {
        return -1;
    }
    if (rest) {
        *rest = slash < 0 ? QString() : pointer.mid(slash);
    }
    return rule;
}
} // namespace

void ProfileParse::parse(const QByteArray &text, const QString &fileName)
{
    m_text = text;
    m_splice = {};
    m_json = JsonReader::parse(text, fileName);
    const JsonMember *syscalls = trailingSyscalls(m_json.root);
    m_shifts.assign(syscalls ? syscalls->value.items().size() : 0, 0);
}

bool ProfileParse::follow(const QByteArray &text, const QString &fileName, const TextCompare::Change *change)
{
    if (splice(text, fileName, change)) {
        return true;
    }
    parse(text, fileName);
    return false;
}

bool ProfileParse::splice(const QByteArray &text, const QString &fileName, const TextCompare::Change *change)
{
    const JsonMember *syscalls = trailingSyscalls(m_json.root);
    if (!syscalls || syscalls->value.items().size() != m_shifts.size()) {
        return false;
    }
    const std::vector<JsonValue> &items = syscalls->value.items();
    const qsizetype n = qsizetype(items.size());
    const qint64 oldEnd = closingBracket(m_text);
    const qint64 newEnd = closingBracket(text);
    if (oldEnd < 0 || newEnd < 0) {
        return false;
    }
    const bool known = change && change->leads(m_text, text);
    const qsizetype prefix = known ? change->prefix() : TextCompare::commonPrefix(m_text, text);
    if ((known && change->removed == 0 && change->inserted == 0) || (prefix == m_text.size() && prefix == text.size())) {
        m_text = text; // the same bytes
        m_splice = {true, 0, 0, 0};
        return true;
    }
    const qsizetype suffix = known ? change->suffix() : TextCompare::commonSuffix(m_text, text, prefix);
    const qint64 delta = text.size() - m_text.size();
    const qint64 changeEnd = m_text.size() - suffix; // in the old text
    auto start = [&](qsizetype k) { return items[size_t(k)].offset() + m_shifts[size_t(k)]; };
    if (prefix < start(0) || changeEnd > oldEnd) {
        return false; // the change reaches outside the rules
    }
    // Rules [first, last) of the old text hold the change: the last one to
    // start at or before its beginning, up to the first to start at or after its end.
    qsizetype lo = 0;
    qsizetype hi = n;
    while (lo < hi) { // the first rule starting after `prefix`
        const qsizetype mid = (lo + hi) / 2;
        start(mid) <= prefix ? lo = mid + 1 : hi = mid;
    }
    const qsizetype first = lo - 1;
    hi = n;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        start(mid) < changeEnd ? lo = mid + 1 : hi = mid;
    }
    const qsizetype last = std::max(lo, first);
    // In the new text the replacements run from where `first` starts to the
    // comma before the first kept rule, or to the closing bracket.
    const qint64 from = start(first);
    qint64 to = newEnd;
    if (last < n) {
        to = start(last) + delta - 1;
        while (to > from && isSpace(text.at(to))) {
            --to;
        }
        if (text.at(to) != ',') {
            return false;
        }
    }
    if (to < from) {
        return false;
    }
    JsonReader::Result part = JsonReader::parseValues(text, from, to, fileName);
    if (!part.root.isArray()) {
        return false;
    }
    const qsizetype count = qsizetype(part.root.items().size());
    // The reader's own diagnostics: those before the replaced rules stay,
    // those after them move, those of the new rules come from their parse.
    const qint64 keptFrom = last < n ? start(last) : oldEnd;

    // The new rules' shifts are 0; the rules after them moved by `delta`.
    std::vector<qint64> shifts;
    shifts.reserve(size_t(first + count + n - last));
    shifts.insert(shifts.end(), m_shifts.begin(), m_shifts.begin() + first);
    shifts.insert(shifts.end(), size_t(count), 0);
    for (qsizetype k = last; k < n; ++k) {
        shifts.push_back(m_shifts[size_t(k)] + delta);
    }
    Diagnostics diagnostics;
    Diagnostics after;
    for (Diagnostic d : std::as_const(m_json.diagnostics)) {
        if (d.offset < from) {
            diagnostics.append(d);
        } else if (d.offset >= keptFrom) {
            d.offset += delta;
            QString rest;
            const qsizetype rule = ruleOf(d.pointer, &rest);
            if (rule >= 0) {
                d.pointer = QStringLiteral("/syscalls/%1%2").arg(rule - last + first + count).arg(rest);
            }
            after.append(d);
        }
    }
    for (Diagnostic d : std::as_const(part.diagnostics)) {
        const qsizetype slash = d.pointer.indexOf(QLatin1Char('/'), 1);
        const qsizetype index = QStringView(d.pointer).mid(1, slash < 0 ? -1 : slash - 1).toLongLong();
        d.pointer = QStringLiteral("/syscalls/%1%2").arg(first + index).arg(slash < 0 ? QString() : d.pointer.mid(slash));
        diagnostics.append(d);
    }
    diagnostics.append(after);

    // The rules array is changed in place when nothing else holds this
    // parse's tree: copying its thousands of values (each a shared string
    // and payload) was most of following an edit.
    std::vector<JsonMember> members = m_json.root.members();
    const qint64 rootOffset = m_json.root.offset();
    m_json.root = JsonValue(); // `items` and `syscalls` are gone from here on
    std::vector<JsonValue> fresh = part.root.items();
    part.root = JsonValue();
    members.back().value.replaceItems(size_t(first), size_t(last - first), std::move(fresh));
    m_json.root = JsonValue::object(std::move(members), rootOffset);
    m_json.diagnostics = std::move(diagnostics);
    m_json.positions = TextPositions::spliced(m_json.positions, text, from, keptFrom, keptFrom + delta);
    m_shifts = std::move(shifts);
    m_text = text;
    m_splice = {true, first, last - first, count};
    place(&m_json.diagnostics);
    return true;
}

void ProfileParse::place(Diagnostics *diagnostics) const
{
    for (Diagnostic &d : *diagnostics) {
        const TextPositions::Position pos = m_json.positions.position(d.offset);
        d.line = pos.line;
        d.column = pos.column;
    }
}

qint64 ProfileParse::offsetOf(const QString &pointer) const
{
    QString rest;
    const qsizetype rule = ruleOf(pointer, &rest);
    const JsonMember *syscalls = trailingSyscalls(m_json.root);
    if (rule >= 0 && syscalls && size_t(rule) < syscalls->value.items().size()) {
        const JsonValue &value = syscalls->value.items()[size_t(rule)];
        return (rest.isEmpty() ? value : JsonPointer::resolve(value, rest)).offset() + ruleShift(rule);
    }
    return JsonPointer::resolve(m_json.root, pointer).offset();
}

} // namespace Sysfence
