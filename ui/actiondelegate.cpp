#include "actiondelegate.h"

#include "profile/action.h"

#include <QComboBox>

namespace Sysfence {

ActionDelegate::ActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ActionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("actionEditor"));
    combo->addItems(Actions::names());
    combo->setFrame(false);
    // Commit as soon as a choice is made, as users expect from a table cell.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ActionDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findText(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void ActionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentText() != index.data(Qt::EditRole).toString()) {
        model->setData(index, combo->currentText(), Qt::EditRole);
    }
}

} // namespace Sysfence
