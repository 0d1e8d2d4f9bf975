#include "syscallfilterproxymodel.h"

#include "syscalltablemodel.h"

namespace Sysfence {

SyscallFilterProxyModel::SyscallFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SyscallTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SyscallFilterProxyModel::setNameFilter(const QString &text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

void SyscallFilterProxyModel::setActionFilter(const QString &actionName)
{
    m_action = actionName;
    invalidateFilter();
}

void SyscallFilterProxyModel::setMinimumRisk(int risk)
{
    m_minimumRisk = risk;
    invalidateFilter();
}

void SyscallFilterProxyModel::setOnlyChanged(bool onlyChanged)
{
    m_onlyChanged = onlyChanged;
    invalidateFilter();
}

void SyscallFilterProxyModel::setGroupFilter(const QString &groupId)
{
    m_group = groupId;
    invalidateFilter();
}

bool SyscallFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_name.isEmpty() && !index.data(SyscallTableModel::NameRole).toString().contains(m_name, Qt::CaseInsensitive)) {
        return false;
    }
    if (!m_action.isEmpty()) {
        const QString action = index.data(SyscallTableModel::ActionRole).toString();
        if (m_action == QLatin1String("default") ? !action.isEmpty() : action != m_action) {
            return false;
        }
    }
    if (index.data(SyscallTableModel::RiskRole).toInt() < m_minimumRisk) {
        return false;
    }
    if (m_onlyChanged && !index.data(SyscallTableModel::ChangedRole).toBool()) {
        return false;
    }
    if (!m_group.isEmpty() && index.data(SyscallTableModel::GroupRole).toString() != m_group) {
        return false;
    }
    return true;
}

} // namespace Sysfence
