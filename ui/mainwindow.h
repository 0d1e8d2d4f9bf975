#pragma once

#include "format/diagnostic.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include <array>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sysfence {

class CapabilityPanel;
class Document;
class ExplainPanel;
class JsonPreview;
class RecoveryStore;
class RiskTreeModel;
class RuleEditor;
class SyscallFilterProxyModel;
class SyscallTableModel;
struct DocumentChange;

// The editor: risk tree, syscall table, JSON preview, diagnostics and the
// explain panel around one Document.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    RecoveryStore *recoveryStore() const { return m_recovery; }

    // How to answer the offer to restore work left by a session that crashed.
    enum class RecoveryAnswer { Ask, Restore, Discard };
    // Looks for recovery files of sessions that did not end cleanly and
    // offers the newest; returns whether a document was restored. Others
    // are offered one after another while the user discards them.
    bool offerRecovery(RecoveryAnswer answer = RecoveryAnswer::Ask);

    // `askForDocument`: for a YAML file with several SeccompProfiles, ask
    // which one to open; otherwise the first is (screenshots, scripts).
    bool openFile(const QString &path, bool askForDocument = true);
    void newFromTemplate(const QString &templateId);
    // Lays the window out at 1400×900, renders it into a PNG and returns
    // whether the file was written.
    bool saveScreenshot(const QString &path);
    // Selects a syscall in the table, the tree and the preview.
    void selectSyscall(const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void documentChanged(const DocumentChange &change);
    void refreshDiagnostics();
    void refreshStatus();
    void updateTitle();
    void syscallSelected(const QString &name);
    void diagnosticActivated(QTreeWidgetItem *item);
    void setSelectedAction(const QString &actionName);
    void showTreeMenu(const QPoint &pos);

    void open();
    bool save();
    bool saveAs();
    void exportOci();
    void exportSpo();
    // Writes an exported file and shows what was resolved for the target.
    void finishExport(const QString &path, const QByteArray &text, const QStringList &messages);
    bool maybeSave();
    void addRecentFile(const QString &path);
    void updateRecentFiles();
    void about();
    void showSeccompVsCapabilities(const QString &capability);

    Document *m_document;
    RecoveryStore *m_recovery;
    SyscallTableModel *m_tableModel;
    SyscallFilterProxyModel *m_proxy;
    RiskTreeModel *m_treeModel;

    QTableView *m_table = nullptr;
    QTreeView *m_tree = nullptr;
    // The toolbar's Undo and Redo buttons and the undo stack's actions whose
    // text (the step) their tooltips show.
    QHash<QObject *, QAction *> m_stepTips;
    JsonPreview *m_preview = nullptr;
    QTreeWidget *m_diagnostics = nullptr;
    // The diagnostics list's icons, looked up once.
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QIcon m_infoIcon;
    std::array<qsizetype, 4> m_diagnosticsWidest {}; // longest text of a diagnostics column since sized
    // What each row of the diagnostics list shows, to compare an edit's
    // diagnostics with (reading a QTreeWidgetItem's data copies QVariants).
    struct DiagnosticRow {
        Diagnostic shown;
        qsizetype index = -1; // into Document::diagnostics()
    };
    std::vector<DiagnosticRow> m_diagnosticRows;
    ExplainPanel *m_explain = nullptr;
    RuleEditor *m_ruleEditor = nullptr;
    CapabilityPanel *m_capabilities = nullptr;
    QComboBox *m_diagnosticsFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QComboBox *m_riskFilter = nullptr;
    QCheckBox *m_changedOnly = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_selected;
    QString m_ruleEditorSyscall;
    bool m_syncingSelection = false;
    bool m_askingReload = false;
    bool m_layoutRestored = false; // a saved layout was restored: keep the user's sizes
};

} // namespace Sysfence
