#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// Medians and percentiles of repeated measurements, printed one per line as
// "name: median X ms, p99 Y ms (n runs)", which run.sh collects into a table.
namespace Sysfence::Bench {

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<qsizetype>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

inline void report(const char *name, const QList<double> &ms)
{
    std::printf("%s: median %.3f ms, p99 %.3f ms, max %.3f ms (%lld runs)\n", name, percentile(ms, 50),
                percentile(ms, 99), percentile(ms, 100), static_cast<long long>(ms.size()));
    std::fflush(stdout);
}

} // namespace Sysfence::Bench
