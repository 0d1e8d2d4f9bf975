#pragma once

#include "documentchange.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>

namespace Sysfence {

class Document;

// Risk groups with their syscalls. A group row shows how many of its
// syscalls are allowed, denied or conditional for the document's target.
class RiskTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, State, ColumnCount };
    enum Role { GroupIdRole = Qt::UserRole + 1, SyscallRole };

    struct GroupState
    {
        int allowed = 0;
        int denied = 0;
        int conditional = 0;
        int total() const { return allowed + denied + conditional; }
    };

    explicit RiskTreeModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    GroupState groupState(int groupRow) const;
    QModelIndex indexOfSyscall(const QString &name) const;
    QModelIndex indexOfGroup(const QString &groupId) const;

private:
    void documentChanged(const DocumentChange &change);
    void rebuild();

    struct GroupNode
    {
        QString id;
        QStringList syscalls;
        // Counted when first asked for after a change: a group row's every
        // role and column asks, and counting reads each syscall's verdict.
        mutable std::optional<GroupState> state;
    };

    Document *m_document;
    QList<GroupNode> m_groups;
};

} // namespace Sysfence
