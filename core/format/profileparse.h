#pragma once

#include "jsonreader.h"
#include "textcompare.h"

#include <vector>

namespace Sysfence {

// The parse of a profile's JSON text, kept up to date as an editor rewrites
// the text edit by edit. An edit changes a few rules of "syscalls" and the
// writer copies every other rule byte for byte, so follow() parses only the
// rules between the text's unchanged start and its unchanged end and keeps
// the parse of all the others. The rules after the changed ones moved: their
// values keep the offsets they had, and ruleShift() says by how much those are
// short. Offsets of anything outside "syscalls" are exact.
class ProfileParse final
{
public:
    // Parses `text` whole.
    void parse(const QByteArray &text, const QString &fileName);
    // Takes `text` as the profile's next text. When "syscalls" is the last
    // member of both and the texts differ only within its elements, parses
    // just the elements that changed; otherwise the whole text. Returns
    // whether it could keep the rest.
    // `change`, when it leads from text() to `text`, spares comparing them.
    bool follow(const QByteArray &text, const QString &fileName, const TextCompare::Change *change = nullptr);

    const QByteArray &text() const { return m_text; }
    // Diagnostics (syntax, duplicate keys) and positions are those of text();
    // the offsets in the root's rules are ruleShift() short.
    const JsonReader::Result &json() const { return m_json; }
    // One entry per element of "syscalls" (empty when there is none).
    const std::vector<qint64> &ruleShifts() const { return m_shifts; }
    qint64 ruleShift(qsizetype rule) const
    {
        return rule >= 0 && size_t(rule) < m_shifts.size() ? m_shifts[size_t(rule)] : 0;
    }
    // The offset in text() of the value a JSON pointer names, or -1.
    qint64 offsetOf(const QString &pointer) const;

    // What the last follow() did to the elements of "syscalls": elements
    // [first, first + removed) of the previous parse became [first, first +
    // inserted) of this one, and all others are the same values, in order.
    // Not valid after a whole parse.
    struct Splice {
        bool valid = false;
        qsizetype first = 0;
        qsizetype removed = 0;
        qsizetype inserted = 0;
        // The element of the previous parse that element `i` of this one is, or -1.
        qsizetype previous(qsizetype i) const
        {
            return i < first ? i : i >= first + inserted ? i - inserted + removed : -1;
        }
    };
    const Splice &lastSplice() const { return m_splice; }

private:
    bool splice(const QByteArray &text, const QString &fileName, const TextCompare::Change *change);
    void place(Diagnostics *diagnostics) const;

    QByteArray m_text;
    JsonReader::Result m_json;
    std::vector<qint64> m_shifts;
    Splice m_splice;
};

} // namespace Sysfence
