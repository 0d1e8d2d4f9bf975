#include "textcompare.h"

#include <algorithm>
#include <cstring>

namespace Sysfence::TextCompare {

namespace {
constexpr qsizetype Block = 4096; // compared with memcmp first, then byte by byte
}

qsizetype commonPrefix(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i + Block <= n && std::memcmp(a.constData() + i, b.constData() + i, Block) == 0) {
        i += Block;
    }
    while (i < n && a.at(i) == b.at(i)) {
        ++i;
    }
    return i;
}

qsizetype commonSuffix(const QByteArray &a, const QByteArray &b, qsizetype limit)
{
    const qsizetype n = std::min(a.size(), b.size()) - limit;
    qsizetype i = 0;
    while (i + Block <= n
           && std::memcmp(a.constData() + a.size() - i - Block, b.constData() + b.size() - i - Block, Block) == 0) {
        i += Block;
    }
    while (i < n && a.at(a.size() - 1 - i) == b.at(b.size() - 1 - i)) {
        ++i;
    }
    return i;
}

} // namespace Sysfence::TextCompare
