#include "textpositions.h"

#include <algorithm>
#include <cstring>

namespace Sysfence {

TextPositions::TextPositions(const QByteArray &text)
    : m_text(text)
{
    m_lineStarts.append(0);
    const char *const begin = text.constData();
    const char *const end = begin + text.size();
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p) {
        m_lineStarts.append(p - begin + 1);
    }
}

TextPositions TextPositions::spliced(const TextPositions &previous, const QByteArray &text, qint64 from,
                                     qint64 oldEnd, qint64 newEnd)
{
    TextPositions out;
    out.m_text = text;
    const QList<qint64> &old = previous.m_lineStarts;
    const auto keptBefore = std::upper_bound(old.cbegin(), old.cend(), from); // starts at or before `from`
    const auto keptAfter = std::upper_bound(keptBefore, old.cend(), oldEnd);  // starts after `oldEnd`
    out.m_lineStarts.reserve(old.size() + 64);
    out.m_lineStarts.append(old.cbegin(), keptBefore);
    const char *const begin = text.constData();
    for (const char *p = begin + from, *end = begin + newEnd;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p) {
        out.m_lineStarts.append(p - begin + 1);
    }
    // Tens of thousands of lines follow a typical edit: one resize and a
    // loop the compiler vectorises, not an append each.
    const qint64 delta = newEnd - oldEnd;
    const qsizetype head = out.m_lineStarts.size();
    out.m_lineStarts.resize(head + (old.cend() - keptAfter));
    qint64 *to = out.m_lineStarts.data() + head;
    const qint64 *const src = old.constData() + (keptAfter - old.cbegin());
    const qsizetype count = old.cend() - keptAfter;
    for (qsizetype i = 0; i < count; ++i) {
        to[i] = src[i] + delta;
    }
    return out;
}

TextPositions::Position TextPositions::position(qint64 offset) const
{
    if (offset < 0 || m_lineStarts.isEmpty()) {
        return {};
    }
    offset = std::min<qint64>(offset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qint64 lineIndex = (it - m_lineStarts.cbegin()) - 1;
    qint64 from = m_lineStarts.at(lineIndex);
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
