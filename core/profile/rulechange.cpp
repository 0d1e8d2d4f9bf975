#include "rulechange.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Sysfence {

namespace {
bool sameOutsideRules(const Profile &a, const Profile &b)
{
    return a.defaultAction == b.defaultAction && a.defaultErrnoRet == b.defaultErrnoRet
        && a.defaultErrnoName == b.defaultErrnoName && a.architectures == b.architectures && a.archMap == b.archMap
        && a.flags == b.flags && a.listenerPath == b.listenerPath && a.listenerMetadata == b.listenerMetadata;
}
} // namespace

RuleChange RuleChange::between(const Profile &before, const Profile &after)
{
    RuleChange change;
    if (!sameOutsideRules(before, after)) {
        return change;
    }
    change.everything = false;
    const RuleList &a = before.rules;
    const RuleList &b = after.rules;
    // A rule an edit did not touch is still the one shared with the profile before it.
    auto same = [&](qsizetype i, qsizetype j) { return a.shares(i, b, j) || a.at(i) == b.at(j); };
    const qsizetype common = std::min(a.size(), b.size());
    qsizetype head = 0;
    while (head < common && same(head, head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < common - head && same(a.size() - 1 - tail, b.size() - 1 - tail)) {
        ++tail;
    }
    change.first = head;
    change.removed = a.size() - head - tail;
    change.inserted = b.size() - head - tail;
    return change;
}

QStringList RuleChange::names(const Profile &before, const Profile &after, bool moved) const
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const Rule &rule) {
        for (const QString &name : rule.names) {
            if (!seen.contains(name)) {
                seen.insert(name);
                out.append(name);
            }
        }
    };
    // Between the first and the last changed rule most rules are the same
    // shared ones, only moved: walk both runs in order and take the names of
    // the rules that are not in both (an edit does not reorder rules, and a
    // rule that only moved changes no verdict).
    const RuleList &a = before.rules;
    const RuleList &b = after.rules;
    const qsizetype aEnd = std::min(first + removed, a.size());
    const qsizetype bEnd = std::min(first + inserted, b.size());
    if (moved) {
        for (qsizetype i = first; i < aEnd; ++i) {
            add(a.at(i));
        }
        for (qsizetype j = first; j < bEnd; ++j) {
            add(b.at(j));
        }
        return out;
    }
    QHash<const void *, qsizetype> inB; // where each rule of b's run is
    inB.reserve(bEnd - first);
    for (qsizetype j = first; j < bEnd; ++j) {
        inB.insert(b.identity(j), j);
    }
    QSet<const void *> inA; // the rules of a's run
    inA.reserve(aEnd - first);
    for (qsizetype i = first; i < aEnd; ++i) {
        inA.insert(a.identity(i));
    }
    auto laterInB = [&](qsizetype i, qsizetype from) { return inB.value(a.identity(i), -1) >= from; };
    // A rule that only gained or lost names (an edit moving a syscall from
    // one rule to another) changes what happens to those names, not to the
    // names it still has.
    auto sameButNames = [](const Rule &x, const Rule &y) {
        return x.action == y.action && x.errnoRet == y.errnoRet && x.errnoName == y.errnoName && x.args == y.args
            && x.comment == y.comment && x.includes == y.includes && x.excludes == y.excludes;
    };
    auto addDifference = [&](const QStringList &x, const QStringList &y) {
        // Mostly one name more or less: compare from both ends first.
        qsizetype p = 0;
        while (p < x.size() && p < y.size() && x.at(p) == y.at(p)) {
            ++p;
        }
        qsizetype q = 0;
        while (q < x.size() - p && q < y.size() - p && x.at(x.size() - 1 - q) == y.at(y.size() - 1 - q)) {
            ++q;
        }
        const QStringList xs = x.mid(p, x.size() - p - q);
        const QStringList ys = y.mid(p, y.size() - p - q);
        const QSet<QString> inX(x.cbegin(), x.cend());
        const QSet<QString> inY(y.cbegin(), y.cend());
        for (const QString &name : xs) {
            if (!inY.contains(name) && !seen.contains(name)) {
                seen.insert(name);
                out.append(name);
            }
        }
        for (const QString &name : ys) {
            if (!inX.contains(name) && !seen.contains(name)) {
                seen.insert(name);
                out.append(name);
            }
        }
    };
    qsizetype i = first;
    qsizetype j = first;
    while (i < aEnd || j < bEnd) {
        if (i < aEnd && j < bEnd && a.shares(i, b, j)) {
            ++i;
            ++j;
        } else if (i < aEnd && (j >= bEnd || !laterInB(i, j))) {
            // Taken out or changed: paired with a new rule in its place
            // that differs only in its names, only those names changed.
            if (j < bEnd && !inA.contains(b.identity(j)) && sameButNames(a.at(i), b.at(j))) {
                addDifference(a.at(i).names, b.at(j).names);
                ++i;
                ++j;
            } else {
                add(a.at(i++));
            }
        } else {
            add(b.at(j++)); // put in
        }
    }
    return out;
}

} // namespace Sysfence
