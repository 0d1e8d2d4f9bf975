#pragma once

#include <QStyledItemDelegate>

namespace Sysfence {

// Edits a syscall's action with a combo box of the nine SCMP_ACT_* actions.
class ActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActionDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Sysfence
