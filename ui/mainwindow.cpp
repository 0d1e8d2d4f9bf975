#include "mainwindow.h"

#include "jsonpreview.h"

#include "analysis/profilevalidator.h"
#include "format/jsonpointer.h"
#include "catalog/profiletemplates.h"
#include "format/profilewriter.h"
#include "seccomp/syscallresolver.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTreeWidget>

namespace Sysfence {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_preview(new JsonPreview(this))
    , m_diagnostics(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_preview);

    m_diagnostics->setObjectName(QStringLiteral("diagnosticsList"));
    m_diagnostics->setHeaderLabels({tr("Severity"), tr("Line"), tr("Message"), tr("Code")});
    m_diagnostics->setRootIsDecorated(false);
    m_diagnostics->setAlternatingRowColors(true);
    m_diagnostics->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_diagnostics->header()->setStretchLastSection(false);
    connect(m_diagnostics, &QTreeWidget::itemActivated, this, &MainWindow::showDiagnostic);
    connect(m_diagnostics, &QTreeWidget::itemClicked, this, &MainWindow::showDiagnostic);

    auto *dock = new QDockWidget(tr("Diagnostics"), this);
    dock->setObjectName(QStringLiteral("diagnosticsDock"));
    dock->setWidget(m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(
        QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    file->addSeparator();
    file->addAction(
        QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(dock->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Sysfence"), this, &MainWindow::about);

    statusBar()->showMessage(tr("Open a Docker seccomp profile to see it as Sysfence reads and writes it."));
    resize(1200, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::newFromTemplate(const QString &templateId)
{
    const std::optional<Profile> profile = ProfileTemplates::create(templateId);
    if (!profile) {
        return;
    }
    m_filePath.clear();
    m_templateTitle = ProfileTemplates::title(templateId);
    showProfile(m_templateTitle, ProfileWriter::write(*profile));
}

bool MainWindow::openFile(const QString &path)
{
    m_filePath = path;
    m_templateTitle.clear();
    const ProfileReader::Result result = ProfileReader::readFile(path);
    if (result.ioError) {
        m_loaded = result;
        return false;
    }
    showProfile(QFileInfo(path).fileName(), result.text);
    return true;
}

void MainWindow::showProfile(const QString &name, const QByteArray &text)
{
    const QString path = m_filePath.isEmpty() ? name : m_filePath;
    m_loaded = ProfileReader::read(text, path);
    Diagnostics diagnostics = m_loaded.diagnostics;
    if (m_loaded.parsed) {
        diagnostics.append(ProfileValidator::validate(m_loaded.profile, m_loaded.text, path));
        const QByteArray written = ProfileWriter::write(m_loaded.profile, m_loaded.style);
        m_previewJson = JsonReader::parse(written);
        m_preview->setPlainText(QString::fromUtf8(written));
    } else {
        m_previewJson = {};
        m_preview->setPlainText(QString::fromUtf8(m_loaded.text));
    }

    m_diagnostics->clear();
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        auto *item = new QTreeWidgetItem(m_diagnostics);
        item->setText(0, Diagnostic::severityName(d.severity));
        item->setIcon(
            0, QIcon::fromTheme(d.isError() ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")));
        item->setText(1, d.line > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column) : QString());
        item->setData(1, Qt::UserRole, d.line);
        item->setData(2, Qt::UserRole, d.pointer);
        item->setText(2, d.message);
        item->setToolTip(2, d.pointer);
        item->setText(3, d.code);
    }
    m_diagnostics->resizeColumnToContents(0);
    m_diagnostics->resizeColumnToContents(1);
    m_diagnostics->resizeColumnToContents(3);

    const qsizetype errors
        = std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
    const int errorCount = static_cast<int>(errors);
    const int warningCount = static_cast<int>(diagnostics.size() - errors);
    statusBar()->showMessage(
        tr("%1: %2 · %3 · %4")
            .arg(QFileInfo(path).fileName(), tr("%n rule(s)", nullptr, static_cast<int>(m_loaded.profile.rules.size())),
                tr("%n error(s)", nullptr, errorCount), tr("%n warning(s)", nullptr, warningCount)));
    updateTitle();
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Profile"), QString(), tr("Seccomp profiles (*.json);;All files (*)"));
    if (!path.isEmpty() && !openFile(path)) {
        QMessageBox::warning(this, tr("Cannot Open Profile"),
            tr("%1 could not be read: %2").arg(path, m_loaded.diagnostics.value(0).message));
    }
}

void MainWindow::showDiagnostic(QTreeWidgetItem *item)
{
    if (!m_loaded.parsed) {
        // The preview shows the raw text, so the file's own line applies.
        m_preview->showLine(item->data(1, Qt::UserRole).toInt());
        return;
    }
    // The preview is the writer's output, whose lines may differ from the
    // file's (inline arrays are spread out); the JSON pointer finds the place.
    const JsonValue target = JsonPointer::resolve(m_previewJson.root, item->data(2, Qt::UserRole).toString());
    m_preview->showLine(m_previewJson.positions.position(target.offset()).line);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_filePath.isEmpty() ? tr("Sysfence") : tr("%1 — Sysfence").arg(QFileInfo(m_filePath).fileName()));
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
    show();
    QApplication::processEvents();
    const bool ok = grab().save(path, "PNG");
    hide();
    return ok;
}

} // namespace Sysfence
