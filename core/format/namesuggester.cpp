#include "namesuggester.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Sysfence::NameSuggester {

int distance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j) {
        prev[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        const QChar ca = a[i - 1].toLower();
        for (qsizetype j = 1; j <= m; ++j) {
            const QChar cb = b[j - 1].toLower();
            const int cost = ca == cb ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && ca == b[j - 2].toLower() && a[i - 2].toLower() == cb) {
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            }
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
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
    QString best;
    int bestDistance = limit + 1;
    for (const QString &candidate : candidates) {
        if (std::abs(candidate.size() - word.size()) > bestDistance) {
            continue;
        }
        const int d = distance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace Sysfence::NameSuggester
