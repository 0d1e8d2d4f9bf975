#include "ruleeditor.h"

#include "document.h"

#include "analysis/syscallverdict.h"
#include "catalog/argumentnames.h"
#include "catalog/catalog.h"
#include "edit/profileeditor.h"
#include "profile/architecture.h"
#include "profile/errnos.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sysfence {

namespace {
enum ArgColumn { ArgIndex, ArgOp, ArgValue, ArgValueTwo, ArgColumns };

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        list.append(part.trimmed());
    }
    list.removeAll(QString());
    return list;
}

QString ruleSummary(const Rule &rule)
{
    QStringList parts;
    for (const ArgCondition &a : rule.args) {
        parts.append(SyscallVerdict::conditionText(a));
    }
    if (!rule.includes.isEmpty()) {
        parts.append(RuleEditor::tr("includes"));
    }
    if (!rule.excludes.isEmpty()) {
        parts.append(RuleEditor::tr("excludes"));
    }
    return parts.isEmpty() ? RuleEditor::tr("unconditional") : parts.join(QLatin1String(", "));
}
} // namespace

RuleEditor::RuleEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_rules(new QListWidget(this))
    , m_addRule(new QPushButton(tr("Add Conditional Rule"), this))
    , m_removeRule(new QPushButton(tr("Remove Rule"), this))
    , m_form(new QWidget(this))
    , m_alsoNames(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_errno(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_args(new QTableWidget(0, ArgColumns, this))
    , m_includeCaps(new QLineEdit(this))
    , m_includeArches(new QLineEdit(this))
    , m_includeKernel(new QLineEdit(this))
    , m_excludeCaps(new QLineEdit(this))
    , m_excludeArches(new QLineEdit(this))
    , m_excludeKernel(new QLineEdit(this))
    , m_errors(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_rules->setObjectName(QStringLiteral("ruleList"));
    m_action->setObjectName(QStringLiteral("ruleAction"));
    m_errno->setObjectName(QStringLiteral("ruleErrno"));
    m_comment->setObjectName(QStringLiteral("ruleComment"));
    m_alsoNames->setObjectName(QStringLiteral("ruleAlsoNames"));
    m_args->setObjectName(QStringLiteral("ruleArgs"));
    m_includeCaps->setObjectName(QStringLiteral("includeCaps"));
    m_includeKernel->setObjectName(QStringLiteral("includeKernel"));
    m_errors->setObjectName(QStringLiteral("ruleErrors"));
    m_apply->setObjectName(QStringLiteral("ruleApply"));
    m_addRule->setObjectName(QStringLiteral("addRule"));

    m_action->addItems(Actions::names());
    m_errno->setEditable(true);
    for (const QString &name : Errnos::names()) {
        m_errno->addItem(QStringLiteral("%1 (%2)").arg(name).arg(*Errnos::fromName(name)), name);
    }
    m_errno->setToolTip(tr("An errno name (EPERM) or number"));
    m_args->setHorizontalHeaderLabels({tr("Arg"), tr("Comparison"), tr("Value"), tr("Mask / value two")});
    m_args->horizontalHeader()->setStretchLastSection(true);
    m_args->verticalHeader()->hide();
    m_args->setMinimumHeight(90);
    for (QLineEdit *e : {m_includeCaps, m_excludeCaps}) {
        e->setPlaceholderText(tr("CAP_SYS_ADMIN, CAP_SYSLOG"));
    }
    for (QLineEdit *e : {m_includeArches, m_excludeArches}) {
        e->setPlaceholderText(tr("amd64, arm64"));
    }
    for (QLineEdit *e : {m_includeKernel, m_excludeKernel}) {
        e->setPlaceholderText(tr("4.8"));
    }
    m_errors->setWordWrap(true);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errors->setPalette(errorPalette);

    auto *addArg = new QPushButton(tr("Add Argument Condition"), this);
    addArg->setObjectName(QStringLiteral("addArg"));
    auto *removeArg = new QPushButton(tr("Remove Condition"), this);

    auto *formLayout = new QFormLayout;
    formLayout->addRow(m_alsoNames);
    formLayout->addRow(tr("Action:"), m_action);
    formLayout->addRow(tr("Errno:"), m_errno);
    formLayout->addRow(tr("Comment:"), m_comment);
    auto *argButtons = new QHBoxLayout;
    argButtons->addWidget(addArg);
    argButtons->addWidget(removeArg);
    argButtons->addStretch();
    auto *argsBox = new QVBoxLayout;
    argsBox->addWidget(m_args);
    argsBox->addLayout(argButtons);
    formLayout->addRow(tr("Arguments:"), argsBox);
    auto *includes = new QGroupBox(tr("Only when (includes)"), this);
    auto *includesLayout = new QFormLayout(includes);
    includesLayout->addRow(tr("Capabilities:"), m_includeCaps);
    includesLayout->addRow(tr("Architectures:"), m_includeArches);
    includesLayout->addRow(tr("Kernel at least:"), m_includeKernel);
    auto *excludes = new QGroupBox(tr("Except when (excludes)"), this);
    auto *excludesLayout = new QFormLayout(excludes);
    excludesLayout->addRow(tr("Capabilities:"), m_excludeCaps);
    excludesLayout->addRow(tr("Architectures:"), m_excludeArches);
    excludesLayout->addRow(tr("Kernel at least:"), m_excludeKernel);
    auto *filters = new QHBoxLayout;
    filters->addWidget(includes);
    filters->addWidget(excludes);
    formLayout->addRow(filters);
    formLayout->addRow(m_errors);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_revert);
    applyRow->addWidget(m_apply);
    formLayout->addRow(applyRow);
    m_form->setLayout(formLayout);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addRule);
    listButtons->addWidget(m_removeRule);
    listButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addLayout(listButtons);
    layout->addWidget(m_form, 1);
    m_rules->setMaximumHeight(110);

    connect(m_rules, &QListWidget::currentRowChanged, this, [this](int row) {
        loadRule(row >= 0 ? m_rules->item(row)->data(Qt::UserRole).toInt() : -1);
    });
    connect(m_addRule, &QPushButton::clicked, this, &RuleEditor::addConditionalRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RuleEditor::removeRule);
    connect(m_apply, &QPushButton::clicked, this, &RuleEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { loadRule(m_ruleIndex); });
    connect(addArg, &QPushButton::clicked, this, [this] {
        ArgCondition c;
        c.op = CompareOp::Equal;
        addArgRow(c);
        validate();
    });
    connect(removeArg, &QPushButton::clicked, this, [this] {
        if (m_args->currentRow() >= 0) {
            m_args->removeRow(m_args->currentRow());
            validate();
        }
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        updateErrnoEnabled();
        validate();
    });
    connect(m_errno, &QComboBox::editTextChanged, this, &RuleEditor::validate);
    for (QLineEdit *e : {m_comment, m_includeCaps, m_includeArches, m_includeKernel, m_excludeCaps, m_excludeArches,
                         m_excludeKernel}) {
        connect(e, &QLineEdit::textChanged, this, &RuleEditor::validate);
    }
    connect(m_document, &Document::changed, this, [this] { m_refresh.request(); });
    refreshList();
}

void RuleEditor::showSyscall(const QString &name)
{
    m_syscall = name;
    m_ruleIndex = -1;
    m_refresh.request();
}

void RuleEditor::refreshList()
{
    m_refresh.done();
    const int keep = m_ruleIndex;
    const SyscallView::Entry *entry = m_document->syscallView().entry(m_syscall);
    QList<qsizetype> rules;
    if (entry) {
        rules = entry->conditionalRules;
        if (entry->unconditionalRule >= 0) {
            rules.prepend(entry->unconditionalRule);
        }
        std::sort(rules.begin(), rules.end());
    }
    // Every edit anywhere in the profile comes here: the items stay and only
    // what differs is set, and the form is loaded again only when its rule
    // changed, so an edit elsewhere neither repaints the list nor throws
    // away what the user is typing.
    m_loading = true;
    while (m_rules->count() > rules.size()) {
        delete m_rules->takeItem(m_rules->count() - 1);
    }
    int select = -1;     // the loaded rule, where an edit elsewhere moved it…
    int sameIndex = -1;  // …or else the rule now at its index
    for (qsizetype k = 0; k < rules.size(); ++k) {
        const qsizetype r = rules.at(k);
        const Rule &rule = m_document->profile().rules.at(r);
        const QString text = tr("Rule %1: %2, %3")
                                 .arg(r + 1)
                                 .arg(rule.action ? Actions::name(*rule.action) : tr("unknown action"), ruleSummary(rule));
        QListWidgetItem *item = m_rules->item(int(k));
        if (!item) {
            item = new QListWidgetItem(m_rules);
        }
        if (item->text() != text) {
            item->setText(text);
        }
        if (item->data(Qt::UserRole).toInt() != int(r) || !item->data(Qt::UserRole).isValid()) {
            item->setData(Qt::UserRole, static_cast<int>(r));
        }
        if (select < 0 && keep >= 0 && rule == m_loadedRule) {
            select = int(k);
        }
        if (r == keep) {
            sameIndex = int(k);
        }
    }
    m_loading = false;
    m_addRule->setEnabled(!m_syscall.isEmpty() && m_document->isEditable());
    if (select < 0) {
        select = sameIndex >= 0 ? sameIndex : m_rules->count() > 0 ? 0 : -1;
    }
    if (m_rules->currentRow() != select) {
        m_rules->setCurrentRow(select); // loads the form
        if (select < 0) {
            loadRule(-1);
        }
        return;
    }
    const int index = select >= 0 ? int(rules.at(select)) : -1;
    const bool valid = index >= 0 && index < m_document->profile().rules.size();
    if (valid && m_document->profile().rules.at(index) == m_loadedRule
        && m_form->isEnabled() == m_document->isEditable()) {
        m_ruleIndex = index; // the same rule, moved by an edit elsewhere: the form stays as it is
        return;
    }
    loadRule(index);
}

void RuleEditor::loadRule(int ruleIndex)
{
    if (m_loading) {
        return;
    }
    m_loading = true;
    m_ruleIndex = ruleIndex;
    const bool valid = ruleIndex >= 0 && ruleIndex < m_document->profile().rules.size();
    m_form->setEnabled(valid && m_document->isEditable());
    m_removeRule->setEnabled(valid && m_document->isEditable());
    const Rule rule = valid ? m_document->profile().rules.at(ruleIndex) : Rule();
    m_loadedRule = rule;
    QStringList others = rule.names;
    others.removeAll(m_syscall);
    m_alsoNames->setText(others.isEmpty() ? QString()
                                          : tr("This rule also covers %n other syscall(s): %1", nullptr,
                                               static_cast<int>(others.size()))
                                                .arg(others.mid(0, 6).join(QLatin1String(", "))
                                                     + (others.size() > 6 ? QStringLiteral(", …") : QString())));
    m_alsoNames->setVisible(!others.isEmpty());
    m_action->setCurrentText(rule.action ? Actions::name(*rule.action) : QString());
    const quint32 e = rule.errnoRet.value_or(1);
    const QString errnoName = Errnos::name(e);
    m_errno->setEditText(errnoName.isEmpty() ? QString::number(e) : QStringLiteral("%1 (%2)").arg(errnoName).arg(e));
    m_comment->setText(rule.comment);
    m_args->setRowCount(0);
    for (const ArgCondition &a : rule.args) {
        addArgRow(a);
    }
    m_includeCaps->setText(rule.includes.caps.join(QLatin1String(", ")));
    m_includeArches->setText(rule.includes.arches.join(QLatin1String(", ")));
    m_includeKernel->setText(rule.includes.minKernel);
    m_excludeCaps->setText(rule.excludes.caps.join(QLatin1String(", ")));
    m_excludeArches->setText(rule.excludes.arches.join(QLatin1String(", ")));
    m_excludeKernel->setText(rule.excludes.minKernel);
    updateErrnoEnabled();
    m_loading = false;
    validate();
}

void RuleEditor::addArgRow(const ArgCondition &condition)
{
    const int row = m_args->rowCount();
    m_args->insertRow(row);
    auto *index = new QSpinBox(m_args);
    index->setRange(0, 5);
    index->setValue(static_cast<int>(std::min<quint32>(condition.index, 5)));
    auto *op = new QComboBox(m_args);
    op->addItems(CompareOps::names());
    op->setCurrentText(condition.op ? CompareOps::name(*condition.op) : QString());
    auto *value = new QLineEdit(m_args);
    auto *valueTwo = new QLineEdit(m_args);
    const ArgumentNames &names = ArgumentNames::instance();
    const QString symbolic = names.format(m_syscall, condition.index, condition.value);
    value->setText(symbolic.isEmpty() ? QStringLiteral("0x%1").arg(condition.value, 0, 16) : symbolic);
    valueTwo->setText(condition.valueTwo == 0 ? QStringLiteral("0") : QStringLiteral("0x%1").arg(condition.valueTwo, 0, 16));
    value->setToolTip(names.hasNames(m_syscall, condition.index)
                          ? tr("A number (0x… or decimal) or names: %1").arg(names.names(m_syscall, condition.index).join(QLatin1String(", ")))
                          : tr("A number, 0x… or decimal"));
    m_args->setCellWidget(row, ArgIndex, index);
    m_args->setCellWidget(row, ArgOp, op);
    m_args->setCellWidget(row, ArgValue, value);
    m_args->setCellWidget(row, ArgValueTwo, valueTwo);
    connect(index, &QSpinBox::valueChanged, this, &RuleEditor::validate);
    connect(op, &QComboBox::currentIndexChanged, this, &RuleEditor::validate);
    connect(value, &QLineEdit::textChanged, this, &RuleEditor::validate);
    connect(valueTwo, &QLineEdit::textChanged, this, &RuleEditor::validate);
}

void RuleEditor::updateErrnoEnabled()
{
    const std::optional<Action> action = Actions::fromName(m_action->currentText());
    m_errno->setEnabled(action && Actions::takesErrno(*action));
}

std::optional<Rule> RuleEditor::formRule(QStringList *errors) const
{
    Rule rule = (m_ruleIndex >= 0 && m_ruleIndex < m_document->profile().rules.size())
        ? m_document->profile().rules.at(m_ruleIndex)
        : Rule();
    const Catalog &catalog = Catalog::instance();
    rule.action = Actions::fromName(m_action->currentText());
    if (!rule.action) {
        errors->append(tr("Choose an action."));
    }
    rule.errnoRet.reset();
    if (rule.action && Actions::takesErrno(*rule.action)) {
        const QString text = m_errno->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
        std::optional<quint32> e = Errnos::fromName(text);
        if (!e) {
            bool ok = false;
            const uint n = text.toUInt(&ok);
            if (ok) {
                e = n;
            }
        }
        if (!e) {
            errors->append(tr("“%1” is not an errno name or number.").arg(m_errno->currentText()));
        }
        rule.errnoRet = e;
        if (!rule.errnoName.isEmpty() && e && Errnos::name(*e) != rule.errnoName) {
            rule.errnoName = Errnos::name(*e); // keep Podman's spelling in step
        }
    }
    rule.comment = m_comment->text();

    QList<ArgCondition> args;
    for (int row = 0; row < m_args->rowCount(); ++row) {
        ArgCondition a;
        const ArgCondition *old = row < rule.args.size() ? &rule.args.at(row) : nullptr;
        if (old) {
            a.source = old->source;
        }
        a.index = static_cast<quint32>(static_cast<QSpinBox *>(m_args->cellWidget(row, ArgIndex))->value());
        a.op = CompareOps::fromName(static_cast<QComboBox *>(m_args->cellWidget(row, ArgOp))->currentText());
        const QString valueText = static_cast<QLineEdit *>(m_args->cellWidget(row, ArgValue))->text();
        const QString twoText = static_cast<QLineEdit *>(m_args->cellWidget(row, ArgValueTwo))->text();
        const std::optional<quint64> value = ArgumentNames::instance().parse(m_syscall, a.index, valueText);
        const std::optional<quint64> two = ArgumentNames::instance().parse(m_syscall, a.index, twoText);
        if (!value) {
            errors->append(tr("Condition %1: “%2” is not a number or a known name.").arg(row + 1).arg(valueText));
        }
        if (!two) {
            errors->append(tr("Condition %1: “%2” is not a number.").arg(row + 1).arg(twoText));
        }
        a.value = value.value_or(0);
        a.valueTwo = two.value_or(0);
        if (a.valueTwo != 0 && a.op != CompareOp::MaskedEqual) {
            errors->append(tr("Condition %1: only SCMP_CMP_MASKED_EQ uses a mask.").arg(row + 1));
        }
        args.append(a);
    }
    rule.args = args;

    auto readFilter = [&](Filter filter, QLineEdit *caps, QLineEdit *arches, QLineEdit *kernel, const QString &what) {
        filter.caps = splitList(caps->text());
        for (QString &cap : filter.caps) {
            const CapabilityInfo *info = catalog.capability(cap);
            if (!info) {
                errors->append(tr("%1: unknown capability “%2”.").arg(what, cap));
            } else {
                cap = info->name;
            }
        }
        filter.arches = splitList(arches->text());
        for (const QString &arch : std::as_const(filter.arches)) {
            if (!Architectures::isGoName(arch)) {
                errors->append(tr("%1: unknown architecture “%2” (use amd64, arm64, …).").arg(what, arch));
            }
        }
        filter.minKernel = kernel->text().trimmed();
        static const QRegularExpression form(QStringLiteral("^\\d+\\.\\d+$"));
        if (!filter.minKernel.isEmpty() && !form.match(filter.minKernel).hasMatch()) {
            errors->append(tr("%1: the kernel version must look like 4.8.").arg(what));
        }
        return filter;
    };
    rule.includes = readFilter(rule.includes, m_includeCaps, m_includeArches, m_includeKernel, tr("Includes"));
    rule.excludes = readFilter(rule.excludes, m_excludeCaps, m_excludeArches, m_excludeKernel, tr("Excludes"));
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return rule;
}

void RuleEditor::validate()
{
    if (m_loading) {
        return;
    }
    QStringList errors;
    const std::optional<Rule> rule = formRule(&errors);
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
    const bool changed = rule && m_ruleIndex >= 0 && !(*rule == m_document->profile().rules.at(m_ruleIndex));
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed || !errors.isEmpty());
}

void RuleEditor::apply()
{
    QStringList errors;
    const std::optional<Rule> rule = formRule(&errors);
    if (!rule || m_ruleIndex < 0) {
        return;
    }
    ProfileEdit edit = ProfileEditor::replaceRule(m_document->profile(), m_ruleIndex, *rule);
    edit.syscalls = rule->names;
    m_document->apply(edit);
}

void RuleEditor::addConditionalRule()
{
    Rule rule;
    rule.names = QStringList{m_syscall};
    rule.action = Action::Allow;
    ArgCondition c;
    c.op = CompareOp::Equal;
    rule.args.append(c);
    const SyscallView::Entry *entry = m_document->syscallView().entry(m_syscall);
    qsizetype position = -1;
    if (entry) {
        position = std::max(entry->unconditionalRule, entry->conditionalRules.isEmpty() ? -1 : entry->conditionalRules.constLast()) + 1;
    }
    ProfileEdit edit = ProfileEditor::addRule(m_document->profile(), rule, position);
    edit.syscalls = rule.names;
    m_ruleIndex = static_cast<int>(position < 0 ? m_document->profile().rules.size() : position);
    m_document->apply(edit);
}

void RuleEditor::removeRule()
{
    if (m_ruleIndex < 0) {
        return;
    }
    ProfileEdit edit = ProfileEditor::removeRule(m_document->profile(), m_ruleIndex);
    edit.syscalls = QStringList{m_syscall};
    m_ruleIndex = -1;
    m_document->apply(edit);
}

} // namespace Sysfence
