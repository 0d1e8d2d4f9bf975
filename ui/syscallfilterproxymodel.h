#pragma once

#include <QSortFilterProxyModel>

namespace Sysfence {

// The table's filter box and quick filters: name substring, action, risk
// level, "only risky" and "only changed against Docker's default".
class SyscallFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SyscallFilterProxyModel(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    void setActionFilter(const QString &actionName); // empty: any; "default": no entry of its own
    void setMinimumRisk(int risk);                    // int(RiskLevel); 0 shows all
    void setOnlyChanged(bool onlyChanged);
    void setGroupFilter(const QString &groupId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_name;
    QString m_action;
    int m_minimumRisk = 0;
    bool m_onlyChanged = false;
    QString m_group;
};

} // namespace Sysfence
