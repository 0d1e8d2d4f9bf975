#pragma once

#include <QByteArray>

namespace Sysfence {

// How two versions of a text line up: what they share at the start and at
// the end. An edit of a big profile changes a few rules in the middle, so
// everything before and after can be kept (a view's text, a parse).
namespace TextCompare {

// How many leading bytes `a` and `b` share.
qsizetype commonPrefix(const QByteArray &a, const QByteArray &b);
// How many trailing bytes they share, not reaching into the first `limit`
// bytes of either (pass the common prefix, so the two never overlap).
qsizetype commonSuffix(const QByteArray &a, const QByteArray &b, qsizetype limit);

// Where one text became another, as the one who changed it knows: bytes
// [from, from + removed) of `before` were replaced by [from, from + inserted)
// of the new text, and nothing else differs. Lets a reader of both skip
// comparing them (two passes over 10.8 MB per edit at 50,000 rules).
struct Change {
    const char *before = nullptr; // the data of the text it was made to
    qsizetype beforeSize = 0;
    qsizetype from = 0;
    qsizetype removed = 0;
    qsizetype inserted = 0;

    // Whether this is the change from `a` (the very same bytes, not a copy)
    // to a text of b's size.
    bool leads(const QByteArray &a, const QByteArray &b) const
    {
        return before && a.constData() == before && a.size() == beforeSize && from >= 0 && removed >= 0
            && inserted >= 0 && from + removed <= a.size() && b.size() == a.size() - removed + inserted;
    }
    // The common prefix and suffix it leaves (at least those; maybe more).
    qsizetype prefix() const { return from; }
    qsizetype suffix() const { return beforeSize - from - removed; }
};

} // namespace TextCompare

} // namespace Sysfence
