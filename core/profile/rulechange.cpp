#include "rulechange.h"

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

QStringList RuleChange::names(const Profile &before, const Profile &after) const
{
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const Profile &profile, qsizetype count) {
        for (qsizetype i = first; i < first + count && i < profile.rules.size(); ++i) {
            for (const QString &name : profile.rules.at(i).names) {
                if (!seen.contains(name)) {
                    seen.insert(name);
                    out.append(name);
                }
            }
        }
    };
    add(before, removed);
    add(after, inserted);
    return out;
}

} // namespace Sysfence
