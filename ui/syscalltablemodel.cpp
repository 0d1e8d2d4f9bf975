#include "syscalltablemodel.h"

#include "document.h"

#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "edit/profileeditor.h"
#include "profile/architecture.h"
#include "profile/errnos.h"
#include "seccomp/syscallresolver.h"

#include <QApplication>
#include <QBrush>
#include <QIcon>
#include <QStyle>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace Sysfence {

namespace {
// "SCMP_ACT_ERRNO(38)" -> "SCMP_ACT_ERRNO"
QString actionName(const QString &verdictAction)
{
    return verdictAction.section(QLatin1Char('('), 0, 0);
}

std::optional<quint32> errnoOf(const QString &verdictAction)
{
    const qsizetype open = verdictAction.indexOf(QLatin1Char('('));
    if (open < 0) {
        return std::nullopt;
    }
    return verdictAction.mid(open + 1, verdictAction.size() - open - 2).toUInt();
}

QColor actionColor(const QString &action)
{
    if (action.startsWith(QLatin1String("SCMP_ACT_ALLOW"))) {
        return QColor(0x2e, 0x7d, 0x32);
    }
    if (action.startsWith(QLatin1String("SCMP_ACT_LOG"))) {
        return QColor(0x15, 0x65, 0xc0);
    }
    if (action.startsWith(QLatin1String("SCMP_ACT_KILL"))) {
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return QColor(0xc6, 0x28, 0x28).darker(110);
}
} // namespace

SyscallTableModel::SyscallTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &SyscallTableModel::documentChanged);
    reset();
}

void SyscallTableModel::refreshMarks()
{
    m_marks.clear();
    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.severity == Diagnostic::Severity::Info) {
            continue;
        }
        for (const QString &name : d.syscalls) {
            auto it = m_marks.find(name);
            if (it == m_marks.end() || d.isError()) {
                m_marks.insert(name, d.severity);
            }
        }
    }
}

void SyscallTableModel::reset()
{
    beginResetModel();
    m_names = m_document->syscallNames();
    m_rows.clear();
    for (int i = 0; i < m_names.size(); ++i) {
        m_rows.insert(m_names.at(i), i);
    }
    refreshDockerVerdicts();
    refreshMarks();
    endResetModel();
}

void SyscallTableModel::refreshDockerVerdicts()
{
    m_docker = SyscallVerdict::compute(EffectiveProfile::evaluate(ProfileTemplates::dockerDefault(), m_document->target()),
                                       m_names);
}

void SyscallTableModel::documentChanged(const DocumentChange &change)
{
    switch (change.kind) {
    case DocumentChange::Kind::FileState:
        return;
    case DocumentChange::Kind::Reset:
        reset();
        return;
    case DocumentChange::Kind::Target:
        refreshDockerVerdicts();
        break;
    case DocumentChange::Kind::Edited:
        if (m_document->syscallNames() != m_names) {
            // A new name (typed into a rule) needs a row.
            reset();
            return;
        }
        break;
    }
    if (change.kind == DocumentChange::Kind::Target || change.everyRow) {
        refreshMarks();
        if (!m_names.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    // An edit: the rows of the names its rules had or have, and those whose
    // mark (error or warning) came or went. One row each: a whole-table
    // dataChanged would make every view and proxy redo every row.
    const QHash<QString, Diagnostic::Severity> before = m_marks;
    refreshMarks();
    QList<int> rows;
    for (const QString &name : change.touched) {
        rows.append(m_rows.value(name, -1));
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_marks.value(it.key(), Diagnostic::Severity::Info) != it.value()) {
            rows.append(m_rows.value(it.key(), -1));
        }
    }
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        if (!before.contains(it.key())) {
            rows.append(m_rows.value(it.key(), -1));
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows)) {
        if (row >= 0) {
            // Cell by cell: Qt 6.4's views repaint their whole viewport for a
            // dataChanged of more than one cell, only the cell for one.
            for (int column = 0; column < ColumnCount; ++column) {
                if (column != Group && column != Risk && column != Capability) { // the catalogue's, never edited
                    emit dataChanged(index(row, column), index(row, column));
                }
            }
        }
    }
}

int SyscallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int SyscallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex SyscallTableModel::indexOf(const QString &name, int column) const
{
    const auto it = m_rows.constFind(name);
    return it == m_rows.constEnd() ? QModelIndex() : index(*it, column);
}

QVariant SyscallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Syscall");
    case Group:
        return tr("Group");
    case Risk:
        return tr("Risk");
    case Action:
        return tr("Action");
    case Errno:
        return tr("Errno");
    case Conditions:
        return tr("Conditions");
    case Capability:
        return tr("Capability");
    case Architectures:
        return tr("Architectures");
    case Comment:
        return tr("Comment");
    }
    return {};
}

Qt::ItemFlags SyscallTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document->isEditable() && (index.column() == Action || index.column() == Errno)) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

const SyscallVerdict &SyscallTableModel::dockerVerdict(const QString &name) const
{
    static const SyscallVerdict none;
    const auto found = m_docker.constFind(name);
    return found != m_docker.cend() ? *found : none;
}

QVariant SyscallTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_names.size()) {
        return {};
    }
    const QString &name = m_names.at(index.row());
    // Sorting and filtering ask for the name thousands of times: no look-ups.
    if (role == NameRole
        || (index.column() == Name && (role == Qt::DisplayRole || role == SortRole || role == Qt::EditRole))) {
        return name;
    }
    const Catalog &catalog = Catalog::instance();
    const SyscallInfo *info = catalog.find(name);
    const SyscallInfo fallback = info ? SyscallInfo() : catalog.syscall(name);
    const SyscallInfo &s = info ? *info : fallback;
    // Views ask for many roles of every cell they paint: look up, never copy.
    static const SyscallVerdict none;
    const QMap<QString, SyscallVerdict> &verdicts = m_document->verdicts();
    const auto found = verdicts.constFind(name);
    const SyscallVerdict &verdict = found != verdicts.cend() ? *found : none;
    auto entryOf = [this, &name] { return m_document->syscallView().entry(name); };

    switch (role) {
    case NameRole:
        return name;
    case GroupRole:
        return s.group;
    case RiskRole:
        return static_cast<int>(s.risk);
    case ActionRole:
        return verdict.byDefault ? QString() : actionName(verdict.action);
    case ChangedRole:
        return !(dockerVerdict(name) == verdict);
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::EditRole) {
        switch (column) {
        case Name:
            return name;
        case Group: {
            const RiskGroup *g = catalog.group(s.group);
            if (role == SortRole) {
                return g ? g->order : 999;
            }
            return g ? g->name.text() : s.group;
        }
        case Risk:
            if (role == SortRole) {
                return static_cast<int>(s.risk);
            }
            return RiskLevels::displayName(s.risk);
        case Action:
            if (role == Qt::EditRole) {
                return actionName(verdict.action);
            }
            if (m_document->effective().seccompDisabled) {
                return tr("no filter (privileged)");
            }
            return verdict.byDefault ? tr("%1 (default)").arg(actionName(verdict.action)) : actionName(verdict.action);
        case Errno: {
            const std::optional<quint32> e = errnoOf(verdict.action);
            if (role == Qt::EditRole || role == SortRole) {
                return e ? QVariant(*e) : QVariant();
            }
            if (!e) {
                return QString();
            }
            const QString errnoName = Errnos::name(*e);
            return errnoName.isEmpty() ? QString::number(*e) : QStringLiteral("%1 %2").arg(*e).arg(errnoName);
        }
        case Conditions: {
            const SyscallView::Entry *entry = entryOf();
            const qsizetype rules = entry ? entry->conditionalRules.size() : 0;
            if (role == SortRole) {
                return static_cast<int>(rules);
            }
            if (rules == 0) {
                return QString();
            }
            if (!verdict.conditions.isEmpty()) {
                return verdict.conditions.join(QLatin1String("; "));
            }
            int active = 0;
            for (const qsizetype r : entry->conditionalRules) {
                active += EffectiveProfile::applies(m_document->profile().rules.at(r), m_document->target()) ? 1 : 0;
            }
            return tr("%n rule(s) with includes/excludes, %1 active for this target", nullptr, static_cast<int>(rules))
                .arg(active);
        }
        case Capability:
            return s.capability;
        case Architectures: {
            const QStringList archs = m_document->effective().profile.architectures.isEmpty()
                ? QStringList{m_document->target().architecture}
                : m_document->effective().profile.architectures;
            QStringList on;
            for (const QString &arch : archs) {
                if (s.number(arch)) {
                    on.append(Architectures::goName(arch));
                }
            }
            if (on.size() == archs.size()) {
                return tr("all");
            }
            return on.isEmpty() ? tr("none") : on.join(QLatin1String(", "));
        }
        case Comment:
            if (const SyscallView::Entry *entry = entryOf(); entry && entry->unconditionalRule >= 0) {
                return m_document->profile().rules.at(entry->unconditionalRule).comment;
            }
            return QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name || column == Group || column == Risk) {
            return s.riskNote.isEmpty() ? s.summary.text()
                                        : QStringLiteral("%1\n\n%2").arg(s.summary.text(), s.riskNote.text());
        }
        if (column == Action || column == Conditions) {
            return verdict.summary();
        }
    }
    if (role == Qt::ForegroundRole && column == Action && !m_document->effective().seccompDisabled) {
        QColor color = actionColor(verdict.action);
        return verdict.byDefault ? QBrush(color.lighter(140)) : QBrush(color);
    }
    if (role == Qt::DecorationRole && column == Name) {
        const auto it = m_marks.constFind(name);
        if (it != m_marks.constEnd()) {
            static const QIcon error = QIcon::fromTheme(QStringLiteral("dialog-error"),
                                                        QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
            static const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                                          QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            return *it == Diagnostic::Severity::Error ? error : warning;
        }
    }
    if (role == Qt::ToolTipRole && column == Name && m_marks.contains(name)) {
        QStringList messages;
        for (const Diagnostic &d : m_document->diagnostics()) {
            if (d.syscalls.contains(name)) {
                messages << d.message;
            }
        }
        return messages.join(QLatin1Char('\n'));
    }
    if (role == Qt::FontRole && column == Name && !(dockerVerdict(name) == verdict)) {
        QFont font;
        font.setBold(true); // changed against Docker's default
        return font;
    }
    if (role == Qt::ForegroundRole && column == Risk) {
        switch (s.risk) {
        case RiskLevel::Critical:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case RiskLevel::High:
            return QBrush(QColor(0xe6, 0x51, 0x00));
        default:
            return {};
        }
    }
    return {};
}

bool SyscallTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_document->isEditable()) {
        return false;
    }
    const QString name = m_names.at(index.row());
    const SyscallVerdict verdict = m_document->verdicts().value(name);
    if (index.column() == Action) {
        const std::optional<Sysfence::Action> action = Actions::fromName(value.toString());
        if (!action) {
            return false;
        }
        std::optional<quint32> errnoRet = errnoOf(verdict.action);
        if (Actions::takesErrno(*action) && !errnoRet) {
            errnoRet = m_document->profile().defaultErrnoRet.value_or(1);
        }
        m_document->apply(ProfileEditor::setSyscallAction(m_document->profile(), name, *action, errnoRet));
        return true;
    }
    if (index.column() == Errno) {
        bool ok = false;
        const quint32 e = value.toUInt(&ok);
        const std::optional<Sysfence::Action> action = Actions::fromName(actionName(verdict.action));
        if (!ok || !action || !Actions::takesErrno(*action)) {
            return false;
        }
        m_document->apply(ProfileEditor::setSyscallAction(m_document->profile(), name, *action, e));
        return true;
    }
    return false;
}

} // namespace Sysfence
