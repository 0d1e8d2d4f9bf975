#include "syscallview.h"

#include <algorithm>

namespace Sysfence {

SyscallView::SyscallView(const Profile &profile)
{
    for (qsizetype r = 0; r < profile.rules.size(); ++r) {
        add(profile.rules.at(r), r);
    }
    for (Entry &e : m_entries) {
        setFirstUnconditional(e, profile);
    }
}

SyscallView::Entry &SyscallView::entryFor(const QString &name)
{
    auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        Entry e;
        e.name = name;
        m_entries.append(e);
        it = m_index.insert(name, m_entries.size() - 1);
    }
    return m_entries[*it];
}

void SyscallView::add(const Rule &rule, qsizetype index)
{
    const bool unconditional = rule.isUnconditional();
    for (const QString &name : rule.names) {
        QList<qsizetype> &list = unconditional ? entryFor(name).unconditionalRules : entryFor(name).conditionalRules;
        // Rules come in order, except those an update puts in between.
        if (list.isEmpty() || list.constLast() < index) {
            list.append(index);
        } else {
            const auto at = std::lower_bound(list.begin(), list.end(), index);
            if (at == list.end() || *at != index) {
                list.insert(at, index);
            }
        }
    }
}

void SyscallView::setFirstUnconditional(Entry &entry, const Profile &profile)
{
    entry.unconditionalRule = entry.unconditionalRules.value(0, -1);
    if (entry.unconditionalRule >= 0) {
        const Rule &rule = profile.rules.at(entry.unconditionalRule);
        entry.action = rule.action;
        entry.errnoRet = rule.errnoRet;
    } else {
        entry.action.reset();
        entry.errnoRet.reset();
    }
}

void SyscallView::update(const Profile &profile, const RuleChange &change, const QStringList &runNames)
{
    if (change.everything) {
        *this = SyscallView(profile);
        return;
    }
    // Indices of the rules taken out go, those after them move.
    const qsizetype oldEnd = change.first + change.removed;
    const qsizetype delta = change.inserted - change.removed;
    auto move = [&](QList<qsizetype> &list) {
        if (list.isEmpty() || list.constLast() < change.first) {
            return;
        }
        list.removeIf([&](qsizetype r) { return r >= change.first && r < oldEnd; });
        for (qsizetype &r : list) {
            if (r >= oldEnd) {
                r += delta;
            }
        }
    };
    for (Entry &e : m_entries) {
        move(e.conditionalRules);
        move(e.unconditionalRules);
    }
    for (qsizetype r = change.first; r < change.first + change.inserted; ++r) {
        add(profile.rules.at(r), r);
    }
    // Only a name of the change can have another first unconditional rule;
    // the others' moved with their index.
    for (Entry &e : m_entries) {
        if (e.unconditionalRule >= change.first) {
            e.unconditionalRule = e.unconditionalRules.value(0, -1);
        }
    }
    for (const QString &name : runNames) {
        const auto it = m_index.constFind(name);
        if (it != m_index.constEnd()) {
            setFirstUnconditional(m_entries[*it], profile);
        }
    }
}

const SyscallView::Entry *SyscallView::entry(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd()) {
        return nullptr;
    }
    const Entry &e = m_entries.at(*it);
    return e.unconditionalRules.isEmpty() && e.conditionalRules.isEmpty() ? nullptr : &e;
}

QStringList SyscallView::names() const
{
    QStringList list;
    for (const Entry &e : m_entries) {
        if (!e.unconditionalRules.isEmpty() || !e.conditionalRules.isEmpty()) {
            list.append(e.name);
        }
    }
    return list;
}

} // namespace Sysfence
