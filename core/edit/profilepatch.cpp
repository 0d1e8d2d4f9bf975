#include "profilepatch.h"

#include <QSet>

#include <algorithm>

namespace Sysfence {

ProfilePatch ProfilePatch::between(const Profile &before, const Profile &after)
{
    ProfilePatch patch;
    patch.m_beforeFields = before;
    patch.m_beforeFields.rules = {}; // not clear(): a shared QList keeps its capacity
    patch.m_afterFields = after;
    patch.m_afterFields.rules = {};
    // By identity, not by value: a rule equal to the old one but spelled
    // otherwise (another Rule::source) must come back as it was.
    const RuleList &a = before.rules;
    const RuleList &b = after.rules;
    const qsizetype common = std::min(a.size(), b.size());
    qsizetype head = 0;
    while (head < common && a.shares(head, b, head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < common - head && a.shares(a.size() - 1 - tail, b, b.size() - 1 - tail)) {
        ++tail;
    }
    // Between the first and the last change most rules are the same ones,
    // moved by a rule taken out or put in (an edit does not reorder rules,
    // and a rule is in a list once): walk both runs and keep only the
    // rules that are not in both.
    const qsizetype aEnd = a.size() - tail;
    const qsizetype bEnd = b.size() - tail;
    QSet<const void *> inA;
    QSet<const void *> inB;
    inA.reserve(aEnd - head);
    inB.reserve(bEnd - head);
    for (qsizetype i = head; i < aEnd; ++i) {
        inA.insert(a.identity(i));
    }
    for (qsizetype j = head; j < bEnd; ++j) {
        inB.insert(b.identity(j));
    }
    qsizetype i = head;
    qsizetype j = head;
    while (i < aEnd || j < bEnd) {
        if (i < aEnd && j < bEnd && a.shares(i, b, j)) {
            ++i;
            ++j;
            continue;
        }
        Hunk hunk;
        hunk.at = i;
        const qsizetype i0 = i;
        const qsizetype j0 = j;
        while (i < aEnd && !(j < bEnd && a.shares(i, b, j)) && (!inB.contains(a.identity(i)) || j >= bEnd)) {
            ++i; // taken out
        }
        while (j < bEnd && !(i < aEnd && a.shares(i, b, j)) && (!inA.contains(b.identity(j)) || i >= aEnd)) {
            ++j; // put in
        }
        if (i == i0 && j == j0) {
            // Both rules are in both runs, in another order: take this one
            // out here (it is put in again where it is in the other list).
            ++i;
        }
        hunk.removed = a.mid(i0, i - i0);
        hunk.inserted = b.mid(j0, j - j0);
        patch.m_hunks.append(std::move(hunk));
    }
    return patch;
}

qsizetype ProfilePatch::rulesKept() const
{
    qsizetype n = 0;
    for (const Hunk &hunk : m_hunks) {
        n += hunk.removed.size() + hunk.inserted.size();
    }
    return n;
}

Profile ProfilePatch::undo(const Profile &after) const
{
    Profile out = m_beforeFields;
    out.rules = after.rules;
    // Hunks are in order: an earlier one moved the later ones' places by
    // what it put in less what it took out.
    qsizetype shift = 0;
    for (const Hunk &hunk : m_hunks) {
        shift += hunk.inserted.size() - hunk.removed.size();
    }
    for (auto it = m_hunks.crbegin(); it != m_hunks.crend(); ++it) {
        shift -= it->inserted.size() - it->removed.size();
        Q_ASSERT(it->at + shift + it->inserted.size() <= out.rules.size());
        out.rules.replace(it->at + shift, it->inserted.size(), it->removed);
    }
    return out;
}

Profile ProfilePatch::redo(const Profile &before) const
{
    Profile out = m_afterFields;
    out.rules = before.rules;
    // Last hunk first: the earlier hunks' places are still those of `before`.
    for (auto it = m_hunks.crbegin(); it != m_hunks.crend(); ++it) {
        Q_ASSERT(it->at + it->removed.size() <= out.rules.size());
        out.rules.replace(it->at, it->removed.size(), it->inserted);
    }
    return out;
}

} // namespace Sysfence
