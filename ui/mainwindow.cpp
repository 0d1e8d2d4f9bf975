#include "mainwindow.h"

#include "waitcursor.h"

#include "actiondelegate.h"
#include "architecturesdialog.h"
#include "capabilitypanel.h"
#include "commandrundialog.h"
#include "document.h"
#include "explainpanel.h"
#include "jsonpreview.h"
#include "recoverystore.h"
#include "risktreemodel.h"
#include "profilediffdialog.h"
#include "ruleeditor.h"
#include "seccompcapabilitiesdialog.h"
#include "syscallfilterproxymodel.h"
#include "syscalltablemodel.h"
#include "testsyscalldialog.h"

#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "edit/profileeditor.h"
#include "format/jsonpointer.h"
#include "format/ociconfig.h"
#include "format/seccompprofileyaml.h"
#include "seccomp/syscallresolver.h"
#include "startup/startuptrace.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Sysfence {

namespace {
// A diagnostics item's severity, to tell whether its icon and text need setting.
constexpr int SeverityRole = Qt::UserRole + 1;

constexpr int MaxRecentFiles = 8;

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

// The icon of an action seen only in `menu`, looked up when the menu first
// opens. QStyle::standardIcon decodes every size of its images as it makes
// an icon (three or four PNGs); made at start-up, the icons of actions only
// menus show were half of the 27 million instructions of making the actions,
// for icons many sessions never see.
void setIconWhenShown(QMenu *menu, QAction *action, const QString &name, QStyle::StandardPixmap fallback)
{
    QObject::connect(
        menu, &QMenu::aboutToShow, action, [action, name, fallback] { action->setIcon(themeIcon(name, fallback)); },
        Qt::SingleShotConnection);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_recovery(new RecoveryStore(m_document, this))
    , m_tableModel(new SyscallTableModel(m_document, this))
    , m_proxy(new SyscallFilterProxyModel(this))
    , m_treeModel(new RiskTreeModel(m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    {
        // Syscall names, actions and messages need no kerning or ligatures;
        // scripts that need shaping (Arabic, Indic, …) are still shaped. The
        // rest skips HarfBuzz on every line the views lay out and paint.
        QFont f = font();
        f.setStyleStrategy(QFont::PreferNoShaping);
        setFont(f);
    }
    m_proxy->setSourceModel(m_tableModel);
    StartupTrace::mark("document"); // the catalogue, the empty document and its models
    createWidgets();
    StartupTrace::mark("widgets");
    createActions();
    StartupTrace::mark("actions");
    connect(m_document, &Document::changed, this, &MainWindow::documentChanged);
    connect(m_document, &Document::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_document, &Document::changedOnDisk, this, [this](const QString &path) {
        // One rewrite can arrive as several notifications: ask once.
        if (m_askingReload) {
            return;
        }
        m_askingReload = true;
        const auto answer = QMessageBox::question(
            this, tr("File Changed on Disk"),
            m_document->isModified()
                ? tr("%1 was changed by another program. Reload it and lose your unsaved changes?").arg(path)
                : tr("%1 was changed by another program. Reload it?").arg(path));
        m_askingReload = false;
        if (answer == QMessageBox::Yes) {
            QString error;
            bool reloaded = false;
            {
                const WaitCursor wait;
                reloaded = m_document->load(path, &error);
            }
            if (!reloaded && !error.isEmpty()) {
                QMessageBox::warning(this, tr("Cannot Reload Profile"),
                                     tr("%1 could not be read again: %2").arg(path, error));
            }
        }
    });

    QSettings settings;
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentFiles();
    documentChanged({});
    StartupTrace::mark("window");
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    // Centre: filter bar and syscall table.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter syscalls by name…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(140);
    m_actionFilter = new QComboBox(central);
    m_actionFilter->setObjectName(QStringLiteral("actionFilter"));
    m_actionFilter->addItem(tr("Any action"), QString());
    m_actionFilter->addItem(tr("Default action"), QStringLiteral("default"));
    for (const QString &name : Actions::names()) {
        m_actionFilter->addItem(name, name);
    }
    m_riskFilter = new QComboBox(central);
    m_riskFilter->setObjectName(QStringLiteral("riskFilter"));
    m_riskFilter->addItem(tr("Any risk"), 0);
    m_riskFilter->addItem(tr("Medium and above"), static_cast<int>(RiskLevel::Medium));
    m_riskFilter->addItem(tr("Only risky (high, critical)"), static_cast<int>(RiskLevel::High));
    m_riskFilter->addItem(tr("Only critical"), static_cast<int>(RiskLevel::Critical));
    m_changedOnly = new QCheckBox(tr("Changed vs Docker"), central);
    m_changedOnly->setToolTip(tr("Show only syscalls whose final action differs from Docker's default profile"));
    for (QComboBox *combo : {m_actionFilter, m_riskFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(11);
    }
    m_changedOnly->setObjectName(QStringLiteral("changedOnly"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_actionFilter);
    bar->addWidget(m_riskFilter);
    bar->addWidget(m_changedOnly);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("syscallTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SyscallTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegateForColumn(SyscallTableModel::Action, new ActionDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const int widths[] = {170, 170, 70, 190, 90, 200, 150, 110};
    for (int c = 0; c < 8; ++c) {
        m_table->setColumnWidth(c, widths[c]);
    }
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SyscallFilterProxyModel::setNameFilter);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setActionFilter(m_actionFilter->currentData().toString()); });
    connect(m_riskFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumRisk(m_riskFilter->currentData().toInt()); });
    connect(m_changedOnly, &QCheckBox::toggled, m_proxy, &SyscallFilterProxyModel::setOnlyChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!m_syncingSelection && current.isValid()) {
            syscallSelected(current.data(SyscallTableModel::NameRole).toString());
        }
    });

    // Left: the risk tree.
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("riskTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_syncingSelection || !current.isValid()) {
            return;
        }
        const QString name = current.data(RiskTreeModel::SyscallRole).toString();
        if (!name.isEmpty()) {
            syscallSelected(name);
        }
    });
    auto *treeDock = new QDockWidget(tr("Risk Groups"), this);
    treeDock->setObjectName(QStringLiteral("treeDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_capabilities = new CapabilityPanel(m_document, this);
    auto *capabilityDock = new QDockWidget(tr("Container"), this);
    capabilityDock->setObjectName(QStringLiteral("capabilityDock"));
    capabilityDock->setWidget(m_capabilities);
    addDockWidget(Qt::LeftDockWidgetArea, capabilityDock);
    tabifyDockWidget(treeDock, capabilityDock);
    treeDock->raise();
    connect(m_capabilities, &CapabilityPanel::capabilitySelected, this, [this](const QString &cap) {
        m_explain->showCapability(cap);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("explainDock"))) {
            dock->raise();
        }
    });

    // Right: preview above the explain panel.
    m_preview = new JsonPreview(this);
    auto *previewDock = new QDockWidget(tr("JSON Preview"), this);
    previewDock->setObjectName(QStringLiteral("previewDock"));
    previewDock->setWidget(m_preview);
    addDockWidget(Qt::RightDockWidgetArea, previewDock);

    m_explain = new ExplainPanel(m_document, this);
    auto *explainDock = new QDockWidget(tr("Explain"), this);
    explainDock->setObjectName(QStringLiteral("explainDock"));
    explainDock->setWidget(m_explain);
    addDockWidget(Qt::RightDockWidgetArea, explainDock);

    connect(m_explain, &ExplainPanel::seccompVsCapabilitiesRequested, this, &MainWindow::showSeccompVsCapabilities);

    m_ruleEditor = new RuleEditor(m_document, this);
    auto *rulesScroll = new QScrollArea(this);
    rulesScroll->setWidget(m_ruleEditor);
    rulesScroll->setWidgetResizable(true);
    rulesScroll->setFrameShape(QFrame::NoFrame);
    auto *rulesDock = new QDockWidget(tr("Rules"), this);
    rulesDock->setObjectName(QStringLiteral("rulesDock"));
    rulesDock->setWidget(rulesScroll);
    addDockWidget(Qt::RightDockWidgetArea, rulesDock);
    tabifyDockWidget(explainDock, rulesDock);
    connect(rulesDock, &QDockWidget::visibilityChanged, m_ruleEditor, &RuleEditor::setInSight);
    connect(explainDock, &QDockWidget::visibilityChanged, m_explain, &ExplainPanel::setInSight);
    explainDock->raise();

    // Bottom: diagnostics.
    m_diagnostics = new QTreeWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnostics->setHeaderLabels({tr("Severity"), tr("Line"), tr("Message"), tr("Code")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setUniformRowHeights(true); // one line each: no size hint per changed row
    m_diagnostics->setAlternatingRowColors(true);
    m_diagnostics->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_diagnostics->header()->setStretchLastSection(false);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, &MainWindow::diagnosticActivated);
    connect(m_diagnostics, &QTreeWidget::itemClicked, this, &MainWindow::diagnosticActivated);
    m_diagnosticsFilter = new QComboBox(this);
    m_diagnosticsFilter->setObjectName(QStringLiteral("diagnosticsFilter"));
    m_diagnosticsFilter->addItem(tr("All problems and findings"), QStringLiteral("all"));
    m_diagnosticsFilter->addItem(tr("Errors"), QStringLiteral("error"));
    m_diagnosticsFilter->addItem(tr("Warnings"), QStringLiteral("warning"));
    m_diagnosticsFilter->addItem(tr("Capability findings"), QStringLiteral("finding"));
    m_diagnosticsFilter->addItem(tr("Profile problems"), QStringLiteral("profile"));
    connect(m_diagnosticsFilter, &QComboBox::currentIndexChanged, this, &MainWindow::refreshDiagnostics);
    auto *diagnosticsPane = new QWidget(this);
    auto *diagnosticsLayout = new QVBoxLayout(diagnosticsPane);
    diagnosticsLayout->setContentsMargins(0, 0, 0, 0);
    diagnosticsLayout->setSpacing(2);
    auto *diagnosticsBar = new QHBoxLayout;
    diagnosticsBar->addWidget(m_diagnosticsFilter);
    diagnosticsBar->addStretch();
    diagnosticsLayout->addLayout(diagnosticsBar);
    diagnosticsLayout->addWidget(m_diagnostics, 1);
    auto *diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    diagnosticsDock->setWidget(diagnosticsPane);
    addDockWidget(Qt::BottomDockWidgetArea, diagnosticsDock);

}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New from Template"));
    setIconWhenShown(file, newMenu->menuAction(), QStringLiteral("document-new"), QStyle::SP_FileIcon);
    for (const QString &id : ProfileTemplates::ids()) {
        QAction *a = newMenu->addAction(ProfileTemplates::title(id), this, [this, id] {
            if (maybeSave()) {
                newFromTemplate(id);
            }
        });
        a->setStatusTip(ProfileTemplates::description(id));
        if (id == QLatin1String("docker-default")) {
            a->setShortcut(QKeySequence::New);
        }
    }
    file->addAction(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open…"),
                    QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *saveAction = file->addAction(themeIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton),
                                          tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    setIconWhenShown(file, saveAsAction, QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton);
    QMenu *exportMenu = file->addMenu(tr("&Export As"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    QAction *exportOciAction = exportMenu->addAction(tr("&OCI Runtime Config (linux.seccomp)…"), this, &MainWindow::exportOci);
    exportOciAction->setObjectName(QStringLiteral("exportOciAction"));
    exportOciAction->setStatusTip(tr("Write {\"linux\": {\"seccomp\": …}} for runc, crun or youki, resolved for the "
                                     "current container target."));
    QAction *exportSpoAction = exportMenu->addAction(tr("&Kubernetes SeccompProfile…"), this, &MainWindow::exportSpo);
    exportSpoAction->setObjectName(QStringLiteral("exportSpoAction"));
    exportSpoAction->setStatusTip(tr("Write a Security Profiles Operator SeccompProfile (YAML), resolved for the "
                                     "current container target."));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    setIconWhenShown(file, quitAction, QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack));
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themeIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward));
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find Syscall"), QKeySequence::Find, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    setIconWhenShown(edit, findAction, QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    QAction *copyRun = edit->addAction(tr("Copy &docker run Flags"), this, [this] {
        QGuiApplication::clipboard()->setText(CapabilityPanel::dockerRunCommand(*m_document));
        statusBar()->showMessage(tr("Copied: %1").arg(CapabilityPanel::dockerRunCommand(*m_document)), 5000);
    });
    copyRun->setObjectName(QStringLiteral("copyDockerRunAction"));
    setIconWhenShown(edit, copyRun, QStringLiteral("edit-copy"), QStyle::SP_DialogSaveButton);
    copyRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyRun->setStatusTip(tr("Copy a docker run command line that uses this file for the current target."));
    edit->addSeparator();
    // Shortcuts for the common actions, on the table's selection.
    const struct
    {
        const char *action;
        const char *key;
    } quick[] = {{"SCMP_ACT_ALLOW", "A"}, {"SCMP_ACT_ERRNO", "E"}, {"SCMP_ACT_LOG", "L"}, {"SCMP_ACT_KILL_PROCESS", "K"}};
    QMenu *setMenu = edit->addMenu(tr("Set &Action of Selection"));
    for (const auto &q : quick) {
        const QString name = QString::fromLatin1(q.action);
        QAction *a = setMenu->addAction(name, this, [this, name] { setSelectedAction(name); });
        a->setShortcut(QKeySequence(QString::fromLatin1(q.key)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(a);
    }
    for (const QString &name : Actions::names()) {
        if (name == QLatin1String("SCMP_ACT_ALLOW") || name == QLatin1String("SCMP_ACT_ERRNO")
            || name == QLatin1String("SCMP_ACT_LOG") || name == QLatin1String("SCMP_ACT_KILL_PROCESS")) {
            continue;
        }
        setMenu->addAction(name, this, [this, name] { setSelectedAction(name); });
    }

    QMenu *profileMenu = menuBar()->addMenu(tr("&Profile"));
    QMenu *defaultMenu = profileMenu->addMenu(tr("&Default Action"));
    for (const Action action : Actions::all()) {
        if (action == Action::Notify) {
            continue; // Docker refuses it as a default
        }
        defaultMenu->addAction(Actions::name(action), this, [this, action] {
            m_document->apply(ProfileEditor::setDefaultAction(m_document->profile(), action,
                                                              Actions::takesErrno(action) ? std::optional<quint32>(1)
                                                                                          : std::nullopt));
        });
    }

    profileMenu->addAction(tr("&Architectures…"), this, [this] {
        ArchitecturesDialog dialog(m_document->profile(), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        if (dialog.usesArchMap()) {
            m_document->apply(ProfileEditor::setArchMap(m_document->profile(), Catalog::instance().dockerArchMap()));
        } else {
            m_document->apply(ProfileEditor::setArchitectures(m_document->profile(), dialog.architectures()));
        }
    });
    profileMenu->addSeparator();
    QMenu *templates = profileMenu->addMenu(tr("Replace with &Template"));
    for (const QString &id : ProfileTemplates::ids()) {
        templates->addAction(ProfileTemplates::title(id), this, [this, id] {
            // An edit, so it can be undone, unlike File > New.
            ProfileEdit edit;
            edit.before = m_document->profile();
            edit.after = *ProfileTemplates::create(id);
            edit.description = tr("Replace with template %1").arg(ProfileTemplates::title(id));
            m_document->apply(edit);
        })->setStatusTip(ProfileTemplates::description(id));
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *testAction = tools->addAction(tr("&Test a Syscall…"), this, [this] {
        auto *dialog = findChild<TestSyscallDialog *>();
        if (!dialog) {
            dialog = new TestSyscallDialog(m_document, this);
        }
        if (!m_selected.isEmpty()) {
            dialog->setSyscall(m_selected);
        }
        dialog->show();
        dialog->raise();
    });
    testAction->setObjectName(QStringLiteral("testSyscallAction"));
    testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *diffAction = tools->addAction(tr("&Compare with…"), this, [this] {
        auto *dialog = findChild<ProfileDiffDialog *>();
        if (!dialog) {
            dialog = new ProfileDiffDialog(m_document, this);
        }
        dialog->show();
        dialog->raise();
    });
    diffAction->setObjectName(QStringLiteral("compareAction"));
    tools->addSeparator();
    auto openRunDialog = [this](CommandRunDialog::Mode mode) {
        for (CommandRunDialog *d : findChildren<CommandRunDialog *>()) {
            if (d->mode() == mode) {
                d->show();
                d->raise();
                return;
            }
        }
        auto *dialog = new CommandRunDialog(mode, m_document, this);
        dialog->show();
    };
    QAction *tryAction =
        tools->addAction(tr("T&ry It…"), this, [openRunDialog] { openRunDialog(CommandRunDialog::Mode::Try); });
    tryAction->setObjectName(QStringLiteral("tryItAction"));
    tryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    tryAction->setStatusTip(tr("Run a command under this profile and see which syscalls it denies."));
    QAction *recordAction = tools->addAction(tr("R&ecord from Command…"), this,
                                             [openRunDialog] { openRunDialog(CommandRunDialog::Mode::Record); });
    recordAction->setObjectName(QStringLiteral("recordAction"));
    recordAction->setStatusTip(tr("Run a command and add the syscalls it uses to this profile."));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        view->addAction(dock->toggleViewAction());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *page = help->addAction(tr("&Seccomp vs Capabilities"), this, [this] { showSeccompVsCapabilities({}); });
    setIconWhenShown(help, page, QStringLiteral("help-contents"), QStyle::SP_DialogHelpButton);
    page->setObjectName(QStringLiteral("seccompVsCapabilitiesAction"));
    page->setShortcut(QKeySequence::HelpContents);
    QAction *aboutAction = help->addAction(tr("&About Sysfence"), this, &MainWindow::about);
    setIconWhenShown(help, aboutAction, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(file->actions().at(1));
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    // The undo stack's actions change their text with every edit, and a tool
    // button whose action changed has the whole window laid out again (a
    // tenth of an edit at 5,000 rules), its width jumping with the text. The
    // buttons get actions of their own that keep "Undo" and "Redo"; their
    // tooltips name the step when shown.
    for (QAction *stackAction : {undo, redo}) {
        // Labelled as the stack's actions are before the first edit.
        auto *tool = new QAction(stackAction->icon(), stackAction == undo ? tr("&Undo") : tr("&Redo"), this);
        tool->setObjectName(stackAction->objectName() + QStringLiteral("Tool"));
        tool->setEnabled(stackAction->isEnabled());
        connect(tool, &QAction::triggered, stackAction, &QAction::trigger);
        connect(stackAction, &QAction::enabledChanged, tool, &QAction::setEnabled);
        toolbar->addAction(tool);
        QWidget *button = toolbar->widgetForAction(tool);
        button->installEventFilter(this);
        m_stepTips.insert(button, stackAction);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        if (QAction *step = m_stepTips.value(watched)) {
            const auto *help = static_cast<QHelpEvent *>(event);
            QString tip = step->iconText(); // the text without its mnemonic
            if (!step->shortcut().isEmpty()) {
                tip += QStringLiteral(" (%1)").arg(step->shortcut().toString(QKeySequence::NativeText));
            }
            QToolTip::showText(help->globalPos(), tip, static_cast<QWidget *>(watched));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::documentChanged(const DocumentChange &change)
{
    if (change.kind != DocumentChange::Kind::FileState) {
        if (change.kind == DocumentChange::Kind::Reset) {
            m_preview->replaceJson(m_document->text()); // another document
        } else {
            m_preview->setJson(m_document->text(), &m_document->textChange()); // keeps the lines in view
        }
        refreshDiagnostics();
        if (!m_selected.isEmpty()) {
            selectSyscall(m_selected);
        }
        if (change.kind == DocumentChange::Kind::Reset) {
            m_tree->expandToDepth(-1);
            m_tree->collapseAll();
        }
    }
    refreshStatus();
    updateTitle();
}

void MainWindow::refreshDiagnostics()
{
    if (m_errorIcon.isNull()) {
        // Looked up once: the list is rebuilt on every edit.
        m_errorIcon = themeIcon(QStringLiteral("dialog-error"), QStyle::SP_MessageBoxCritical);
        m_warningIcon = themeIcon(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning);
        m_infoIcon = themeIcon(QStringLiteral("dialog-information"), QStyle::SP_MessageBoxInformation);
    }
    const QString kind = m_diagnosticsFilter ? m_diagnosticsFilter->currentData().toString() : QStringLiteral("all");
    const Diagnostics &all = m_document->diagnostics();
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Diagnostic &d = all.at(i);
        const bool finding = Document::isFinding(d);
        if ((kind == QLatin1String("error") && !d.isError())
            || (kind == QLatin1String("warning") && d.severity != Diagnostic::Severity::Warning)
            || (kind == QLatin1String("finding") && !finding) || (kind == QLatin1String("profile") && finding)) {
            continue;
        }
        shown.append(i);
    }
    // After an edit most problems are still there, a few lines further
    // down: the items stay (as many as needed) and only what differs is set,
    // so the list is not laid out and painted anew on every edit.
    const bool rebuild = m_diagnostics->topLevelItemCount() == 0;
    while (m_diagnostics->topLevelItemCount() > shown.size()) {
        delete m_diagnostics->takeTopLevelItem(m_diagnostics->topLevelItemCount() - 1);
    }
    // Columns are sized to their contents once a text longer than any seen
    // before comes: sizing asks every row for its width.
    if (rebuild) {
        m_diagnosticsWidest.fill(0);
    }
    bool wider = rebuild;
    auto setText = [this, &wider](QTreeWidgetItem *item, int column, const QString &text) {
        if (column != 2) {
            qsizetype &widest = m_diagnosticsWidest[size_t(column)];
            wider = wider || text.size() > widest;
            widest = std::max(widest, text.size());
        }
        item->setText(column, text);
    };
    m_diagnosticRows.resize(shown.size());
    for (qsizetype k = m_diagnostics->topLevelItemCount(); k < shown.size(); ++k) {
        new QTreeWidgetItem(m_diagnostics); // the view learns of new rows as they come
        m_diagnosticRows[size_t(k)] = DiagnosticRow();
    }
    // An edit moves the problems after it a few lines down: a hundred rows
    // each announcing a changed cell cost more than repainting, once, the
    // columns that changed, in the few rows in view.
    unsigned columnsChanged = 0; // bit c: column c shows something else in a row in view
    const int firstInView = std::max(0, m_diagnostics->indexAt(QPoint(0, 0)).row());
    const QModelIndex bottom = m_diagnostics->indexAt(QPoint(0, m_diagnostics->viewport()->height() - 1));
    const int lastInView = bottom.isValid() ? bottom.row() : int(shown.size()) - 1;
    {
        const QSignalBlocker quiet(m_diagnostics->model());
        for (qsizetype k = 0; k < shown.size(); ++k) {
            const qsizetype i = shown.at(k);
            const Diagnostic &d = all.at(i);
            QTreeWidgetItem *item = m_diagnostics->topLevelItem(int(k));
            DiagnosticRow &row = m_diagnosticRows[size_t(k)];
            // Compared with what the row shows (kept beside the item), not
            // with the item's data, which is read back as QVariant copies.
            const bool fresh = row.index < 0;
            const bool inView = k >= firstInView && k <= lastInView;
            bool changed = fresh || row.index != i; // then what the row shows is copied
            if (fresh || row.shown.severity != d.severity) {
                changed = true;
                columnsChanged |= inView ? 1u << 0 : 0u;
                item->setData(0, SeverityRole, static_cast<int>(d.severity));
                setText(item, 0,
                    d.severity == Diagnostic::Severity::Error         ? tr("error")
                        : d.severity == Diagnostic::Severity::Warning ? tr("warning")
                                                                      : tr("note"));
                item->setIcon(0,
                    d.severity == Diagnostic::Severity::Info ? m_infoIcon
                        : d.isError()                        ? m_errorIcon
                                                             : m_warningIcon);
            }
            if (fresh || row.shown.line != d.line || row.shown.column != d.column) {
                changed = true;
                columnsChanged |= inView ? 1u << 1 : 0u;
                setText(item, 1, d.line > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column) : QString());
                item->setData(1, Qt::UserRole, d.line);
            }
            if (fresh || row.shown.message != d.message) {
                changed = true;
                columnsChanged |= inView ? 1u << 2 : 0u;
                item->setText(2, d.message);
            }
            if (fresh || row.shown.pointer != d.pointer) {
                changed = true;
                item->setData(2, Qt::UserRole, d.pointer);
            }
            if (fresh || row.shown.message != d.message || row.shown.explanation != d.explanation) {
                changed = true;
                item->setData(2, Qt::ToolTipRole, d.explanation.isEmpty() ? d.message : d.explanation);
            }
            if (fresh || row.shown.syscalls.value(0) != d.syscalls.value(0)) {
                changed = true;
                item->setData(3, Qt::UserRole, d.syscalls.value(0));
            }
            if (fresh || row.shown.code != d.code) {
                changed = true;
                columnsChanged |= inView ? 1u << 3 : 0u;
                setText(item, 3, d.code);
            }
            if (row.index != i) {
                item->setData(0, Qt::UserRole, static_cast<int>(i));
            }
            if (changed) {
                row.shown = d;
                row.index = i;
            }
        }
    }
    const QHeaderView *header = m_diagnostics->header();
    for (int column = 0; column < 4; ++column) {
        if (columnsChanged & (1u << column)) {
            m_diagnostics->viewport()->update(QRect(header->sectionViewportPosition(column), 0,
                                                    header->sectionSize(column), m_diagnostics->viewport()->height()));
        }
    }
    if (wider) {
        m_diagnostics->resizeColumnToContents(0);
        m_diagnostics->resizeColumnToContents(1);
        m_diagnostics->resizeColumnToContents(3);
    }
}

void MainWindow::refreshStatus()
{
    const Diagnostics &diagnostics = m_document->diagnostics();
    const int errors = static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                                                      [](const Diagnostic &d) { return d.isError(); }));
    const int warnings = static_cast<int>(std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Diagnostic::Severity::Warning;
    }));
    const Target &t = m_document->target();
    statusBar()->showMessage(tr("%1 · %2 · %3 · target %4, kernel %5, %6")
                                 .arg(tr("%n rule(s)", nullptr, static_cast<int>(m_document->profile().rules.size())),
                                      tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                                      t.goArchitecture(), t.kernelText(),
                                      t.privileged ? tr("privileged")
                                                   : tr("%n capabilities", nullptr, static_cast<int>(t.capabilities.size()))));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Sysfence").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::syscallSelected(const QString &name)
{
    selectSyscall(name);
}

void MainWindow::selectSyscall(const QString &name)
{
    m_selected = name;
    m_syncingSelection = true;
    const QModelIndex source = m_tableModel->indexOf(name);
    const QModelIndex row = m_proxy->mapFromSource(source);
    if (row.isValid()) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid() || current.row() != row.row()) {
            m_table->setCurrentIndex(row);
            m_table->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_table->scrollTo(row);
    }
    const QModelIndex treeIndex = m_treeModel->indexOfSyscall(name);
    if (treeIndex.isValid() && m_tree->currentIndex() != treeIndex) {
        m_tree->setCurrentIndex(treeIndex);
        m_tree->scrollTo(treeIndex);
    }
    m_syncingSelection = false;

    // Mark every rule that names the syscall in the preview.
    QList<QPair<int, int>> ranges;
    const SyscallView::Entry *entry = m_document->syscallView().entry(name);
    const ProfileParse &parse = m_document->parse();
    const JsonReader::Result &parsed = parse.json();
    if (entry && parsed.root.isValid()) {
        QList<qsizetype> rules = entry->conditionalRules;
        if (entry->unconditionalRule >= 0) {
            rules.prepend(entry->unconditionalRule);
        }
        std::sort(rules.begin(), rules.end());
        const std::vector<JsonValue> &items = parsed.root.value(u"syscalls").items();
        for (const qsizetype r : std::as_const(rules)) {
            if (static_cast<size_t>(r) >= items.size()) {
                continue;
            }
            const JsonValue &rule = items[static_cast<size_t>(r)];
            // For a big rule, only the line with the name.
            const JsonValue names = rule.value(u"names");
            const qint64 shift = parse.ruleShift(r);
            int first = parsed.positions.position(rule.offset() + shift).line;
            int last = r + 1 < static_cast<qsizetype>(items.size())
                ? parsed.positions.position(items[static_cast<size_t>(r + 1)].offset() + parse.ruleShift(r + 1)).line - 1
                : first;
            if (names.isArray() && names.items().size() > 8) {
                for (const JsonValue &n : names.items()) {
                    if (n.text() == name) {
                        first = last = parsed.positions.position(n.offset() + shift).line;
                    }
                }
            }
            ranges.append({first, last});
        }
    }
    m_preview->markLines(ranges);
    if (m_explain->syscall() != name) {
        m_explain->showSyscall(name);
    }
    if (m_ruleEditorSyscall != name) {
        m_ruleEditorSyscall = name;
        m_ruleEditor->showSyscall(name);
    }
}

void MainWindow::diagnosticActivated(QTreeWidgetItem *item)
{
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index >= 0 && index < m_document->diagnostics().size()
        && Document::isFinding(m_document->diagnostics().at(index))) {
        // A finding teaches: show its "why" after selecting the syscall.
        const Diagnostic finding = m_document->diagnostics().at(index);
        if (!finding.syscalls.isEmpty()) {
            selectSyscall(finding.syscalls.constFirst());
        }
        m_explain->showFinding(finding);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("explainDock"))) {
            dock->raise();
        }
        if (finding.line > 0) {
            m_preview->showLine(finding.line);
        }
        return;
    }
    QString syscall = item->data(3, Qt::UserRole).toString();
    const QString pointer = item->data(2, Qt::UserRole).toString();
    if (syscall.isEmpty() && pointer.startsWith(QLatin1String("/syscalls/"))) {
        // A problem inside a rule: select the rule's first syscall.
        const qsizetype rule = pointer.section(QLatin1Char('/'), 2, 2).toLongLong();
        if (rule >= 0 && rule < m_document->profile().rules.size()) {
            syscall = m_document->profile().rules.at(rule).names.value(0);
        }
    }
    if (!syscall.isEmpty()) {
        selectSyscall(syscall);
    }
    if (!m_document->isEditable()) {
        m_preview->showLine(item->data(1, Qt::UserRole).toInt());
        return;
    }
    // Diagnostics point into the preview's text, so the line applies as is.
    const int line = item->data(1, Qt::UserRole).toInt();
    if (line > 0) {
        m_preview->showLine(line);
    } else {
        const ProfileParse &parse = m_document->parse();
        const qint64 offset = parse.offsetOf(item->data(2, Qt::UserRole).toString());
        m_preview->showLine(parse.json().positions.position(offset).line);
    }
}

void MainWindow::setSelectedAction(const QString &actionName)
{
    const std::optional<Action> action = Actions::fromName(actionName);
    if (!action) {
        return;
    }
    QStringList names;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        names.append(row.data(SyscallTableModel::NameRole).toString());
    }
    if (names.isEmpty()) {
        return;
    }
    const std::optional<quint32> errnoRet = Actions::takesErrno(*action)
        ? std::optional<quint32>(m_document->profile().defaultErrnoRet.value_or(1))
        : std::nullopt;
    m_document->apply(ProfileEditor::setSyscallsAction(m_document->profile(), names, *action, errnoRet));
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const QString group = index.data(RiskTreeModel::GroupIdRole).toString();
    if (group.isEmpty() || !m_document->isEditable()) {
        return;
    }
    QMenu menu(this);
    menu.setTitle(tr("Set Whole Group"));
    for (const Action action : Actions::all()) {
        menu.addAction(tr("Set group to %1").arg(Actions::name(action)), this, [this, group, action] {
            const std::optional<quint32> errnoRet = Actions::takesErrno(action)
                ? std::optional<quint32>(m_document->profile().defaultErrnoRet.value_or(1))
                : std::nullopt;
            m_document->apply(ProfileEditor::setGroupAction(m_document->profile(), group, action, errnoRet));
        });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

bool MainWindow::openFile(const QString &path, bool askForDocument)
{
    QString error;
    const auto choose = [this, &path](const QStringList &labels) -> qsizetype {
        bool ok = false;
        QApplication::restoreOverrideCursor(); // the user's turn
        const QString item = QInputDialog::getItem(this, tr("Choose a SeccompProfile"),
                                                   tr("%1 holds several SeccompProfiles. Open:").arg(QFileInfo(path).fileName()),
                                                   labels, 0, false, &ok);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        return ok ? labels.indexOf(item) : -1;
    };
    const Document::DocumentChooser chooser = askForDocument ? Document::DocumentChooser(choose) : nullptr;
    bool loaded = false;
    {
        // A profile of many thousand rules takes seconds to lay out: say so.
        const WaitCursor wait;
        loaded = m_document->load(path, &error, chooser);
    }
    if (!loaded) {
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Open Profile"), tr("%1 could not be opened: %2").arg(path, error));
        }
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void MainWindow::newFromTemplate(const QString &templateId)
{
    m_document->loadTemplate(templateId);
}

void MainWindow::open()
{
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Profile"), QString(),
        tr("Seccomp profiles (*.json *.yaml *.yml);;Docker or OCI JSON (*.json);;Kubernetes SeccompProfile (*.yaml "
           "*.yml);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty()) {
        return saveAs();
    }
    if (!m_document->canSaveInPlace()) {
        QMessageBox::information(this, tr("Save as Docker JSON"),
                                 tr("%1 is a Kubernetes SeccompProfile; Sysfence does not write YAML back into it. "
                                    "Save the profile as Docker JSON now, or use File → Export As → Kubernetes "
                                    "SeccompProfile.")
                                     .arg(m_document->displayName()));
        return saveAs();
    }
    bool overwrite = false;
    if (m_document->isChangedOnDisk()) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        tr("%1 was changed by another program since you opened it. Saving replaces those changes "
                           "with yours.")
                            .arg(m_document->filePath()),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("overwritePrompt"));
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("replaceButton"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != replace) {
            return false;
        }
        overwrite = true;
    }
    QString error;
    if (!m_document->save(m_document->filePath(), &error, overwrite)) {
        QMessageBox::critical(this, tr("Cannot Save Profile"),
                              tr("%1 could not be saved: %2\n\nThe file on disk was not changed.")
                                  .arg(m_document->filePath(), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    // Save As writes Docker JSON; suggest a new name rather than the YAML
    // file or the config.json the profile came from.
    QString suggestion = m_document->filePath();
    if (m_document->format() != ProfileFormat::Docker && !suggestion.isEmpty()) {
        const QFileInfo info(suggestion);
        suggestion = info.dir().filePath(info.completeBaseName() + QStringLiteral("-seccomp.json"));
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Profile As"), suggestion,
                                                      tr("Docker seccomp profiles (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot Save Profile"),
                              tr("%1 could not be saved: %2\n\nThe file on disk was not changed.").arg(path, error));
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void MainWindow::exportOci()
{
    const QFileInfo info(m_document->filePath());
    const QString suggestion = m_document->filePath().isEmpty()
        ? QStringLiteral("seccomp-oci.json")
        : info.dir().filePath(info.completeBaseName() + QStringLiteral("-oci.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as OCI Runtime Config"), suggestion,
                                                      tr("OCI runtime config (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const OciConfig::Written w = OciConfig::snippet(m_document->profile(), m_document->target());
    if (!w.ok()) {
        QMessageBox::warning(this, tr("Cannot Export"), w.error);
        return;
    }
    finishExport(path, w.text, w.messages);
}

void MainWindow::exportSpo()
{
    QString name = m_document->objectName();
    if (name.isEmpty()) {
        name = SeccompProfileYaml::nameFrom(m_document->filePath().isEmpty() ? m_document->displayName()
                                                                             : QFileInfo(m_document->filePath()).completeBaseName());
    }
    while (true) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Export as Kubernetes SeccompProfile"),
                                     tr("metadata.name (lowercase letters, digits, “-” and “.”):"), QLineEdit::Normal,
                                     name, &ok);
        if (!ok) {
            return;
        }
        if (SeccompProfileYaml::isValidName(name)) {
            break;
        }
        QMessageBox::warning(this, tr("Invalid Name"), tr("“%1” is not a valid Kubernetes name.").arg(name));
    }
    const QFileInfo info(m_document->filePath());
    const QString suggestion = m_document->filePath().isEmpty() ? name + QStringLiteral(".yaml")
                                                                : info.dir().filePath(name + QStringLiteral(".yaml"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as Kubernetes SeccompProfile"), suggestion,
                                                      tr("Kubernetes manifests (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const SeccompProfileYaml::Written w = SeccompProfileYaml::write(
        m_document->profile(), m_document->target(), {name, m_document->objectNamespace(), {}});
    if (!w.ok()) {
        QMessageBox::warning(this, tr("Cannot Export"), w.error);
        return;
    }
    finishExport(path, w.text, w.messages);
}

void MainWindow::finishExport(const QString &path, const QByteArray &text, const QStringList &messages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        QMessageBox::critical(this, tr("Cannot Export"), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    const Target &t = m_document->target();
    const QString target = t.privileged ? tr("privileged")
                                        : tr("%1, kernel %2, capabilities: %3")
                                              .arg(t.goArchitecture(), t.kernelText())
                                              .arg(t.capabilities.size());
    if (messages.isEmpty()) {
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Exported"),
                    tr("Exported %1 for the container target (%2). What was resolved on the way:").arg(path, target),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("exportReport"));
    box.setInformativeText(QStringLiteral("• ") + messages.join(QStringLiteral("\n• ")));
    box.exec();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified()) {
        return true;
    }
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored) {
        return;
    }
    // First start: docks only take sizes once the window is laid out.
    m_layoutRestored = true;
    QTimer::singleShot(0, this, [this] {
        auto dock = [this](const char *name) { return findChild<QDockWidget *>(QString::fromLatin1(name)); };
        resizeDocks({dock("treeDock"), dock("previewDock")}, {width() * 24 / 100, width() * 32 / 100}, Qt::Horizontal);
        resizeDocks({dock("previewDock"), dock("rulesDock")}, {height() * 48 / 100, height() * 30 / 100}, Qt::Vertical);
        resizeDocks({dock("diagnosticsDock")}, {height() * 15 / 100}, Qt::Vertical);
        m_tree->setColumnWidth(RiskTreeModel::Name, m_tree->viewport()->width() * 55 / 100);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: nothing is left to recover.
    m_recovery->discard();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

bool MainWindow::offerRecovery(RecoveryAnswer answer)
{
    const QList<RecoveryStore::Entry> entries = m_recovery->findOrphans();
    for (const RecoveryStore::Entry &entry : entries) {
        bool restore = answer == RecoveryAnswer::Restore;
        if (answer == RecoveryAnswer::Ask) {
            const QString name = entry.originalPath.isEmpty() ? entry.title : entry.originalPath;
            QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                            tr("Sysfence did not close properly. Unsaved changes to %1 from %2 were kept.")
                                .arg(name, QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("recoveryPrompt"));
            box.setInformativeText(tr("Restore them? Discarding deletes the recovered copy."));
            QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
            restoreButton->setObjectName(QStringLiteral("restoreButton"));
            box.addButton(QMessageBox::Discard)->setObjectName(QStringLiteral("discardButton"));
            box.setDefaultButton(restoreButton);
            box.exec();
            restore = box.clickedButton() == restoreButton;
        }
        if (!restore) {
            RecoveryStore::remove(entry);
            continue;
        }
        QString error;
        if (!m_document->restore(entry.text, entry.originalPath, entry.title, &error)) {
            QMessageBox::warning(this, tr("Cannot Recover"), tr("%1 could not be restored: %2").arg(entry.file, error));
            continue;
        }
        // Our own copy first, then the orphan: the work is on disk throughout.
        m_recovery->writeNow();
        if (entry.file != m_recovery->currentFile()) {
            RecoveryStore::remove(entry);
        }
        statusBar()->showMessage(tr("Restored unsaved changes to %1").arg(m_document->displayName()), 15000);
        return true;
    }
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile() && maybeSave()) {
        openFile(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &file : files) {
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (maybeSave()) {
                openFile(file);
            }
        })->setStatusTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showSeccompVsCapabilities(const QString &capability)
{
    auto *dialog = findChild<SeccompCapabilitiesDialog *>();
    if (!dialog) {
        dialog = new SeccompCapabilitiesDialog(m_document, this);
    }
    if (!capability.isEmpty()) {
        dialog->setCapability(capability);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Sysfence"),
                       tr("<h3>Sysfence %1</h3><p>A desktop editor for Linux seccomp profiles.</p>"
                          "<p>Qt %2 · libseccomp %3 · %4</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                SyscallResolver::libseccompVersion(), JsonPreview::highlighterName()));
}

bool MainWindow::saveScreenshot(const QString &path)
{
    resize(1400, 900);
    setAttribute(Qt::WA_DontShowOnScreen, true);
    // Lay out (twice: dock sizes settle after the first layout) and run what
    // start-up queued, without painting into a backing store nobody sees:
    // grab() paints the window once.
    setUpdatesEnabled(false);
    show();
    QApplication::processEvents();
    QApplication::processEvents();
    setUpdatesEnabled(true);
    StartupTrace::mark("laidOut");
    const QPixmap shot = grab();
    StartupTrace::mark("painted");
    // Quality 80 is a lighter zlib level: a window compresses about as well
    // (smaller here, in fact) and encodes in far less time than the default.
    const bool ok = shot.save(path, "PNG", 80);
    StartupTrace::mark("written");
    hide();
    return ok;
}

} // namespace Sysfence
