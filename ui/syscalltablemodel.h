#pragma once

#include "documentchange.h"

#include "analysis/syscallverdict.h"
#include "format/diagnostic.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sysfence {

class Document;

// One row per syscall (the catalogue's and the profile's), with its final
// action for the document's target. Editing the action or errno pushes an
// undoable edit to the document; the model never writes the profile itself.
class SyscallTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Group, Risk, Action, Errno, Conditions, Capability, Architectures, Comment, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        GroupRole,        // group id
        RiskRole,         // int(RiskLevel)
        ActionRole,       // action name, or empty for "the default action"
        ChangedRole,      // bool: differs from Docker's default for this target
        SortRole,
    };

    explicit SyscallTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &name, int column = Name) const;
    QString nameAt(int row) const { return m_names.value(row); }

private:
    void documentChanged(const DocumentChange &change);
    void reset();
    void refreshDockerVerdicts();
    void refreshMarks();

    Document *m_document;
    QStringList m_names;
    QHash<QString, int> m_rows;
    QMap<QString, SyscallVerdict> m_docker; // Docker's default, same target
    const SyscallVerdict &dockerVerdict(const QString &name) const;
    QHash<QString, Diagnostic::Severity> m_marks; // syscalls named by a problem or finding
};

} // namespace Sysfence
