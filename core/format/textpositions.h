#pragma once

#include <QByteArray>
#include <QList>

namespace Sysfence {

// Maps byte offsets in a UTF-8 text to 1-based line and column numbers, with
// columns counted in characters as editors show them.
class TextPositions final {
public:
    TextPositions() = default;
    explicit TextPositions(const QByteArray &text);

    struct Position {
        int line = 0;
        int column = 0;
    };

    // The positions of `text`, which is `previous`'s text with bytes
    // [from, oldEnd) replaced by [from, newEnd): only the new bytes are
    // scanned, the line starts before and after are copied (and moved).
    static TextPositions spliced(const TextPositions &previous, const QByteArray &text, qint64 from, qint64 oldEnd,
                                 qint64 newEnd);

    Position position(qint64 offset) const;
    bool isEmpty() const { return m_text.isEmpty(); }

private:
    QByteArray m_text;
    QList<qint64> m_lineStarts;
    // Where the last look-up ended: diagnostics come in text order, and a
    // minified profile is one long line, so the next column is counted on
    // from there instead of from the start of the line.
    mutable qint64 m_lastOffset = -1;
    mutable qint64 m_lastLine = -1;
    mutable int m_lastColumn = 0;
};

} // namespace Sysfence
