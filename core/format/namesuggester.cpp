#include "namesuggester.h"

#include <QVarLengthArray>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace Sysfence::NameSuggester {

namespace {
using Folded = QVarLengthArray<char32_t, 64>;

// Lower case, as QChar::toLower, with a short way for ASCII (almost every
// name compared is).
Folded folded(QStringView s)
{
    Folded out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        out.append(u < 0x80 ? char32_t(u >= u'A' && u <= u'Z' ? u + 32 : u) : char32_t(c.toLower().unicode()));
    }
    return out;
}

// The optimal string alignment distance of a and b, or limit + 1 as soon as
// it is sure to be more than limit.
int boundedDistance(const Folded &a, const Folded &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit) {
        return limit + 1;
    }
    QVarLengthArray<int, 65> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j) {
        prev[j] = static_cast<int>(j);
    }
    int prevMin = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        const char32_t ca = a[i - 1];
        for (qsizetype j = 1; j <= m; ++j) {
            const char32_t cb = b[j - 1];
            int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca == cb ? 0 : 1)});
            if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb) {
                d = std::min(d, prev2[j - 2] + 1);
            }
            cur[j] = d;
            rowMin = std::min(rowMin, d);
        }
        // A cell of the next row comes from this row, the one before (+1)
        // or its own left neighbour (+1): once two rows are past the
        // limit, every row after them is.
        if (rowMin > limit && prevMin > limit) {
            return limit + 1;
        }
        prevMin = rowMin;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}
} // namespace

int distance(QStringView a, QStringView b)
{
    return boundedDistance(folded(a), folded(b), INT_MAX - 1);
}

QString closest(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty()) {
        return {};
    }
    // "allow" for "SCMP_ACT_ALLOW": the prefix was left out.
    for (const QString &candidate : candidates) {
        if (candidate.size() > word.size() && candidate.endsWith(word, Qt::CaseInsensitive)
            && candidate.at(candidate.size() - word.size() - 1) == QLatin1Char('_')) {
            return candidate;
        }
    }
    // Allow about one mistake per four characters, at least one, at most three.
    const int limit = std::clamp(static_cast<int>(word.size() / 4), 1, 3);
    const Folded w = folded(word);
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        if (std::abs(candidate.size() - word.size()) >= bestDistance) {
            continue;
        }
        // Only a candidate closer than the best so far matters.
        const int d = boundedDistance(w, folded(candidate), bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace Sysfence::NameSuggester
