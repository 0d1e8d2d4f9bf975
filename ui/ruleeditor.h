#pragma once

#include "refreshwhenseen.h"

#include "profile/rule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Sysfence {

class Document;

// Edits the rules that name the selected syscall (E3): action, errno by
// name, comment, argument conditions (hex, decimal or flag names) and
// includes/excludes. Input is checked as it is typed; nothing reaches the
// profile until it is valid and applied, as one undoable edit.
class RuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(Document *document, QWidget *parent = nullptr);

    void showSyscall(const QString &name);
    // The rule being edited, built from the form; nullopt with `errors` set
    // when the form is not valid.
    std::optional<Rule> formRule(QStringList *errors) const;

    // Whether the user can see the editor (QDockWidget::visibilityChanged):
    // out of sight, the list is brought up to date when it comes back.
    void setInSight(bool inSight) { m_refresh.setInSight(inSight); }

private:
    void refreshList();
    void loadRule(int ruleIndex);
    void validate();
    void apply();
    void addConditionalRule();
    void removeRule();
    void addArgRow(const ArgCondition &condition);
    void updateErrnoEnabled();

    Document *m_document;
    QString m_syscall;
    int m_ruleIndex = -1; // index into Profile::rules, -1 for none
    Rule m_loadedRule;    // what the form was loaded from
    bool m_loading = false;
    RefreshWhenSeen m_refresh{[this] { refreshList(); }};

    QListWidget *m_rules;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QWidget *m_form;
    QLabel *m_alsoNames;
    QComboBox *m_action;
    QComboBox *m_errno;
    QLineEdit *m_comment;
    QTableWidget *m_args;
    QLineEdit *m_includeCaps;
    QLineEdit *m_includeArches;
    QLineEdit *m_includeKernel;
    QLineEdit *m_excludeCaps;
    QLineEdit *m_excludeArches;
    QLineEdit *m_excludeKernel;
    QLabel *m_errors;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace Sysfence
