#include "argumentnames.h"

#include "format/jsonreader.h"

#include <QFile>

namespace Sysfence {

const ArgumentNames &ArgumentNames::instance()
{
    static const ArgumentNames names;
    return names;
}

ArgumentNames::ArgumentNames()
{
    QFile f(QStringLiteral(":/catalog/arguments.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return;
    }
    const JsonValue root = JsonReader::parse(f.readAll()).root;
    for (const JsonValue &a : root.value(u"arguments").items()) {
        Entry e;
        for (const JsonValue &s : a.value(u"syscalls").items()) {
            e.syscalls.append(s.text());
        }
        e.index = a.value(u"index").text().toUInt();
        e.flags = a.value(u"kind").text() == QLatin1String("flags");
        for (const JsonMember &m : a.value(u"names").members()) {
            e.names.append({m.key, parseNumber(m.value.text()).value_or(0)});
        }
        m_entries.append(e);
    }
}

const ArgumentNames::Entry *ArgumentNames::entry(const QString &syscall, quint32 index) const
{
    for (const Entry &e : m_entries) {
        if (e.index == index && e.syscalls.contains(syscall)) {
            return &e;
        }
    }
    return nullptr;
}

bool ArgumentNames::hasNames(const QString &syscall, quint32 index) const
{
    return entry(syscall, index) != nullptr;
}

QStringList ArgumentNames::names(const QString &syscall, quint32 index) const
{
    QStringList list;
    if (const Entry *e = entry(syscall, index)) {
        for (const auto &[name, value] : e->names) {
            list.append(name);
        }
    }
    return list;
}

std::optional<quint64> ArgumentNames::parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    quint64 v = 0;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        v = t.mid(2).toULongLong(&ok, 16);
    } else {
        v = t.toULongLong(&ok, 10);
    }
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

QString ArgumentNames::format(const QString &syscall, quint32 index, quint64 value) const
{
    const Entry *e = entry(syscall, index);
    if (!e) {
        return {};
    }
    for (const auto &[name, v] : e->names) {
        if (v == value && !(e->flags && value == 0)) {
            return name;
        }
    }
    if (!e->flags || value == 0) {
        return {};
    }
    // Greedy: the largest names first, so CSIGNAL does not eat single bits.
    QStringList parts;
    quint64 rest = value;
    QList<QPair<QString, quint64>> bits = e->names;
    std::sort(bits.begin(), bits.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[name, v] : bits) {
        if (v != 0 && (rest & v) == v && (v & (v - 1)) == 0) {
            parts.prepend(name);
            rest &= ~v;
        }
    }
    if (rest != 0 || parts.isEmpty()) {
        return {};
    }
    return parts.join(QLatin1Char('|'));
}

std::optional<quint64> ArgumentNames::parse(const QString &syscall, quint32 index, const QString &text) const
{
    if (const std::optional<quint64> n = parseNumber(text)) {
        return n;
    }
    const Entry *e = entry(syscall, index);
    if (!e) {
        return std::nullopt;
    }
    for (const auto &[name, v] : e->names) {
        if (name == text.trimmed()) {
            return v;
        }
    }
    quint64 value = 0;
    for (const QString &part : text.split(QLatin1Char('|'))) {
        const QString p = part.trimmed();
        std::optional<quint64> v = parseNumber(p);
        for (const auto &[name, nv] : e->names) {
            if (name == p) {
                v = nv;
            }
        }
        if (!v) {
            return std::nullopt;
        }
        value |= *v;
    }
    return value;
}

} // namespace Sysfence
