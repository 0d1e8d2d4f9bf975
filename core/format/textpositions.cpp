#include "textpositions.h"

#include <algorithm>
#include <cstring>

namespace Sysfence {

namespace {
// Appends the start of every line that begins after a newline in [from, to).
void scan(const QByteArray &text, qint64 from, qint64 to, QList<qint64> *starts)
{
    const char *const begin = text.constData();
    for (const char *p = begin + from, *end = begin + to;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p) {
        starts->append(p - begin + 1);
    }
}
} // namespace

TextPositions::TextPositions(const QByteArray &text)
    : m_text(text)
{
    QList<qint64> starts{0};
    scan(text, 0, text.size(), &starts);
    append(std::move(starts), 0);
    number(0);
}

void TextPositions::append(QList<qint64> &&starts, qint64 base)
{
    if (starts.isEmpty()) {
        return;
    }
    if (starts.size() <= 2 * BlockLines) {
        m_blocks.append(Block{base, 0, std::move(starts)});
        return;
    }
    for (qsizetype i = 0; i < starts.size(); i += BlockLines) {
        m_blocks.append(Block{base, 0, starts.mid(i, BlockLines)});
    }
}

void TextPositions::number(qsizetype fromBlock)
{
    qsizetype line = fromBlock > 0 ? m_blocks.at(fromBlock - 1).firstLine + m_blocks.at(fromBlock - 1).starts.size() : 0;
    for (qsizetype b = fromBlock; b < m_blocks.size(); ++b) {
        m_blocks[b].firstLine = line;
        line += m_blocks.at(b).starts.size();
    }
}

int TextPositions::lineCount() const
{
    return m_blocks.isEmpty() ? 0 : int(m_blocks.constLast().firstLine + m_blocks.constLast().starts.size());
}

TextPositions TextPositions::spliced(const TextPositions &previous, const QByteArray &text, qint64 from,
                                     qint64 oldEnd, qint64 newEnd)
{
    TextPositions out;
    out.m_text = text;
    const QList<Block> &old = previous.m_blocks;
    if (old.isEmpty()) {
        return TextPositions(text);
    }
    // Starts at or before `from` stay, those in (from, oldEnd] go, those
    // after oldEnd move by the change in length. The blocks holding the
    // ones that go (and the last one that stays) are rebuilt; every block
    // before is shared, every block after gets a new base.
    auto blockOf = [&old](qint64 offset) { // the last block starting at or before `offset`
        const auto it = std::upper_bound(old.cbegin(), old.cend(), offset,
                                         [](qint64 o, const Block &b) { return o < b.first(); });
        return std::max<qsizetype>(0, (it - old.cbegin()) - 1);
    };
    const qsizetype first = blockOf(from);
    const qsizetype last = blockOf(oldEnd);
    const qint64 delta = newEnd - oldEnd;
    out.m_blocks.reserve(old.size() + 2);
    for (qsizetype b = 0; b < first; ++b) {
        out.m_blocks.append(old.at(b));
    }
    QList<qint64> starts;
    starts.reserve((last - first + 1) * BlockLines + 64);
    for (qsizetype b = first; b <= last; ++b) {
        for (const qint64 s : old.at(b).starts) {
            const qint64 at = old.at(b).base + s;
            if (at <= from) {
                starts.append(at);
            }
        }
    }
    scan(text, from, newEnd, &starts);
    for (qsizetype b = first; b <= last; ++b) {
        for (const qint64 s : old.at(b).starts) {
            const qint64 at = old.at(b).base + s;
            if (at > oldEnd) {
                starts.append(at + delta);
            }
        }
    }
    out.append(std::move(starts), 0);
    for (qsizetype b = last + 1; b < old.size(); ++b) {
        Block moved = old.at(b);
        moved.base += delta;
        out.m_blocks.append(std::move(moved));
    }
    out.number(first);
    return out;
}

TextPositions::Position TextPositions::position(qint64 offset) const
{
    if (offset < 0 || m_blocks.isEmpty()) {
        return {};
    }
    offset = std::min<qint64>(offset, m_text.size());
    const auto block = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), offset,
                                        [](qint64 o, const Block &b) { return o < b.first(); }) - 1;
    const auto it = std::upper_bound(block->starts.cbegin(), block->starts.cend(), offset - block->base);
    const qsizetype inBlock = (it - block->starts.cbegin()) - 1;
    const qint64 lineIndex = block->firstLine + inBlock;
    qint64 from = block->base + block->starts.at(inBlock);
    int column = 1;
    if (lineIndex == m_lastLine && m_lastOffset >= from && m_lastOffset <= offset) {
        from = m_lastOffset;
        column = m_lastColumn;
    }
    for (qint64 i = from; i < offset; ++i) {
        // Count every byte that does not continue a UTF-8 sequence.
        if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    m_lastLine = lineIndex;
    m_lastOffset = offset;
    m_lastColumn = column;
    return {static_cast<int>(lineIndex + 1), column};
}

} // namespace Sysfence
