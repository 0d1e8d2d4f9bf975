#include "syscallview.h"

namespace Sysfence {

SyscallView::SyscallView(const Profile &profile)
{
    for (qsizetype r = 0; r < profile.rules.size(); ++r) {
        const Rule &rule = profile.rules.at(r);
        for (const QString &name : rule.names) {
            auto it = m_index.constFind(name);
            if (it == m_index.constEnd()) {
                Entry e;
                e.name = name;
                m_entries.append(e);
                it = m_index.insert(name, m_entries.size() - 1);
            }
            Entry &e = m_entries[*it];
            if (rule.isUnconditional()) {
                if (e.unconditionalRule < 0) {
                    e.unconditionalRule = r;
                    e.action = rule.action;
                    e.errnoRet = rule.errnoRet;
                }
            } else {
                e.conditionalRules.append(r);
            }
        }
    }
}

const SyscallView::Entry *SyscallView::entry(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

QStringList SyscallView::names() const
{
    QStringList list;
    for (const Entry &e : m_entries) {
        list.append(e.name);
    }
    return list;
}

} // namespace Sysfence
