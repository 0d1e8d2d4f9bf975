#include "risktreemodel.h"

#include "document.h"

#include "catalog/catalog.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace Sysfence {

namespace {
// Internal ids: 0 for group rows; group row + 1 for syscall rows.
constexpr quintptr GroupId = 0;

bool isAllowing(const QString &action)
{
    return action.startsWith(QLatin1String("SCMP_ACT_ALLOW")) || action.startsWith(QLatin1String("SCMP_ACT_LOG"));
}
} // namespace

RiskTreeModel::RiskTreeModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &RiskTreeModel::documentChanged);
    rebuild();
}

void RiskTreeModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    const Catalog &catalog = Catalog::instance();
    QHash<QString, qsizetype> byId;
    for (const RiskGroup &g : catalog.groups()) {
        byId.insert(g.id, m_groups.size());
        m_groups.append({g.id, {}, {}});
    }
    for (const QString &name : m_document->syscallNames()) {
        const SyscallInfo *info = catalog.find(name);
        const QString group = info ? info->group : QStringLiteral("unknown");
        const auto it = byId.constFind(group);
        if (it != byId.constEnd()) {
            m_groups[*it].syscalls.append(name);
        }
    }
    m_groups.removeIf([](const GroupNode &g) { return g.syscalls.isEmpty(); });
    endResetModel();
}

void RiskTreeModel::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Kind::FileState) {
        return;
    }
    int count = 0;
    for (const GroupNode &g : std::as_const(m_groups)) {
        count += static_cast<int>(g.syscalls.size());
    }
    if (change.kind == DocumentChange::Kind::Reset || count != m_document->syscallNames().size()) {
        rebuild();
        return;
    }
    if (change.kind == DocumentChange::Kind::Edited && !change.everyRow) {
        // A row shows the verdict only: the syscalls whose verdict changed,
        // and a group only when its counts did. Cell by cell: Qt 6.4's views
        // repaint their whole viewport for a dataChanged of more than one
        // cell, only the cell for one; a row repainted costs a tenth of a
        // millisecond.
        auto cellsChanged = [this](const QModelIndex &row) {
            for (int column = 0; column < ColumnCount; ++column) {
                emit dataChanged(row.siblingAtColumn(column), row.siblingAtColumn(column));
            }
        };
        QList<int> groups;
        for (const QString &name : change.verdictsChanged) {
            const QModelIndex row = indexOfSyscall(name);
            if (row.isValid()) {
                cellsChanged(row);
                if (!groups.contains(row.parent().row())) {
                    groups.append(row.parent().row());
                }
            }
        }
        for (const int g : std::as_const(groups)) {
            const std::optional<GroupState> before = m_groups.at(g).state;
            m_groups.at(g).state.reset();
            const GroupState after = groupState(g);
            if (!before || before->allowed != after.allowed || before->denied != after.denied
                || before->conditional != after.conditional) {
                cellsChanged(index(g, 0));
            }
        }
        return;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        m_groups.at(g).state.reset();
        const QModelIndex group = index(g, 0);
        emit dataChanged(group, index(g, ColumnCount - 1));
        const int n = rowCount(group);
        if (n > 0) {
            emit dataChanged(index(0, 0, group), index(n - 1, ColumnCount - 1, group));
        }
    }
}

QModelIndex RiskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, GroupId);
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex RiskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, GroupId);
}

int RiskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() == GroupId && parent.column() == 0) {
        return static_cast<int>(m_groups.at(parent.row()).syscalls.size());
    }
    return 0;
}

int RiskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RiskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Name ? tr("Risk group") : tr("State");
}

RiskTreeModel::GroupState RiskTreeModel::groupState(int groupRow) const
{
    std::optional<GroupState> &known = m_groups.at(groupRow).state;
    if (known) {
        return *known;
    }
    GroupState &state = known.emplace();
    static const SyscallVerdict none;
    const QMap<QString, SyscallVerdict> &verdicts = m_document->verdicts();
    for (const QString &name : m_groups.at(groupRow).syscalls) {
        const auto found = verdicts.constFind(name);
        const SyscallVerdict &v = found != verdicts.cend() ? *found : none;
        if (isAllowing(v.action)) {
            ++state.allowed;
        } else if (!v.conditions.isEmpty()) {
            ++state.conditional;
        } else {
            ++state.denied;
        }
    }
    return state;
}

QModelIndex RiskTreeModel::indexOfSyscall(const QString &name) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const qsizetype row = m_groups.at(g).syscalls.indexOf(name);
        if (row >= 0) {
            return index(static_cast<int>(row), 0, index(g, 0));
        }
    }
    return {};
}

QModelIndex RiskTreeModel::indexOfGroup(const QString &groupId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).id == groupId) {
            return index(g, 0);
        }
    }
    return {};
}

QVariant RiskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Catalog &catalog = Catalog::instance();
    if (index.internalId() == GroupId) {
        const GroupNode &node = m_groups.at(index.row());
        const RiskGroup *group = catalog.group(node.id);
        if (role == GroupIdRole) {
            return node.id;
        }
        const GroupState state = groupState(index.row());
        if (role == Qt::DisplayRole) {
            if (index.column() == Name) {
                return tr("%1 (%2)").arg(group ? group->name.text() : node.id).arg(node.syscalls.size());
            }
            if (m_document->effective().seccompDisabled) {
                return tr("no filter");
            }
            if (state.allowed == state.total()) {
                return tr("all allowed");
            }
            if (state.denied == state.total()) {
                return tr("all denied");
            }
            if (state.conditional == state.total()) {
                return tr("conditional");
            }
            return state.conditional > 0
                ? tr("%1 of %2 allowed, %3 conditional").arg(state.allowed).arg(state.total()).arg(state.conditional)
                : tr("%1 of %2 allowed").arg(state.allowed).arg(state.total());
        }
        if (role == Qt::ToolTipRole && group) {
            return tr("%1\n\n%2 allowed, %3 denied, %4 conditional")
                .arg(group->rationale.text())
                .arg(state.allowed)
                .arg(state.denied)
                .arg(state.conditional);
        }
        if (role == Qt::ForegroundRole && index.column() == State) {
            if (state.allowed == state.total()) {
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            }
            if (state.denied == state.total()) {
                return QBrush(QColor(0xc6, 0x28, 0x28));
            }
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        }
        return {};
    }

    const QString &name = m_groups.at(static_cast<int>(index.internalId() - 1)).syscalls.at(index.row());
    if (role == SyscallRole) {
        return name;
    }
    // Views ask for many roles of every cell they paint: look up, never copy.
    static const SyscallVerdict none;
    const QMap<QString, SyscallVerdict> &verdicts = m_document->verdicts();
    const auto found = verdicts.constFind(name);
    const SyscallVerdict &v = found != verdicts.cend() ? *found : none;
    if (role == Qt::DisplayRole) {
        if (index.column() == Name) {
            return name;
        }
        if (m_document->effective().seccompDisabled) {
            return tr("no filter");
        }
        return v.conditions.isEmpty() ? v.action.section(QLatin1Char('('), 0, 0)
                                      : tr("%1, conditional").arg(v.action.section(QLatin1Char('('), 0, 0));
    }
    if (role == Qt::ToolTipRole) {
        return catalog.syscall(name).summary.text();
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        return QBrush(isAllowing(v.action) ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

} // namespace Sysfence
