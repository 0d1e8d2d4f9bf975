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
    // scanned, and only the block of line starts holding the change is
    // rebuilt; the blocks after it are moved by changing their base.
    static TextPositions spliced(const TextPositions &previous, const QByteArray &text, qint64 from, qint64 oldEnd,
                                 qint64 newEnd);

    Position position(qint64 offset) const;
    bool isEmpty() const { return m_text.isEmpty(); }
    int lineCount() const;

private:
    // Line starts in blocks of about BlockLines, each relative to its base:
    // an edit of a big profile moves tens of thousands of lines, and moving
    // a block is one addition (copying every start was most of a splice).
    struct Block {
        qint64 base = 0;        // added to each start
        qsizetype firstLine = 0; // 0-based line number of starts[0]
        QList<qint64> starts;   // ascending, relative to base; never empty
        qint64 first() const { return base + starts.constFirst(); }
    };
    static constexpr qsizetype BlockLines = 1024;
    void append(QList<qint64> &&starts, qint64 base); // as blocks of at most 2 × BlockLines
    void number(qsizetype fromBlock);                  // firstLine of this block and those after

    QByteArray m_text;
    QList<Block> m_blocks;
    // Where the last look-up ended: diagnostics come in text order, and a
    // minified profile is one long line, so the next column is counted on
    // from there instead of from the start of the line.
    mutable qint64 m_lastOffset = -1;
    mutable qint64 m_lastLine = -1;
    mutable int m_lastColumn = 0;
};

} // namespace Sysfence
