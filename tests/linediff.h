#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

// A line diff by longest common subsequence, as `git diff` would show it:
// "-line" for removed lines and "+line" for added ones, in order.
inline QStringList lineDiff(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    const size_t n = static_cast<size_t>(a.size());
    const size_t m = static_cast<size_t>(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i][j] = a[static_cast<qsizetype>(i)] == b[static_cast<qsizetype>(j)]
                ? lcs[i + 1][j + 1] + 1
                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QStringList out;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[static_cast<qsizetype>(i)] == b[static_cast<qsizetype>(j)]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << QStringLiteral("+") + QString::fromUtf8(b[static_cast<qsizetype>(j++)]);
        } else {
            out << QStringLiteral("-") + QString::fromUtf8(a[static_cast<qsizetype>(i++)]);
        }
    }
    return out;
}
