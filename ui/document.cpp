#include "document.h"

#include "profileeditcommand.h"

#include "analysis/capabilityanalyzer.h"
#include "analysis/profilevalidator.h"
#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <unistd.h>

namespace Sysfence {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_target(Target::dockerDefault())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] { emit changed({DocumentChange::Kind::FileState, {}}); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (path != m_filePath) {
            return;
        }
        // Our own atomic save replaces the file too; only a different
        // content means somebody else wrote it.
        QFile f(path);
        const QByteArray now = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        watch(path); // a replaced file drops out of the watcher
        if (now != m_savedText) {
            emit changedOnDisk(path);
        }
    });
    refresh();
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (!m_filePath.isEmpty()) {
        return QFileInfo(m_filePath).fileName();
    }
    return m_templateTitle.isEmpty() ? tr("Untitled") : m_templateTitle;
}

void Document::setTarget(const Target &target)
{
    m_target = target;
    refreshVerdicts();
    emit changed({DocumentChange::Kind::Target, {}});
}

void Document::apply(const ProfileEdit &edit)
{
    if (!m_editable || edit.isNoOp()) {
        return;
    }
    m_undoStack->push(new ProfileEditCommand(this, edit));
    if (!edit.notice.isEmpty()) {
        emit notice(edit.notice);
    }
}

void Document::replaceProfile(const Profile &profile, const QStringList &syscalls)
{
    m_profile = profile;
    refresh();
    emit changed({DocumentChange::Kind::Edited, syscalls});
}

bool Document::load(const QString &path, QString *error)
{
    ProfileReader::Result r = ProfileReader::readFile(path);
    if (r.ioError) {
        *error = r.diagnostics.value(0).message;
        return false;
    }
    m_undoStack->clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_templateTitle.clear();
    m_savedText = r.text;
    m_editable = r.parsed;
    m_rawText = r.parsed ? QByteArray() : r.text;
    m_loadDiagnostics = r.parsed ? Diagnostics() : r.diagnostics;
    m_profile = r.profile;
    m_style = r.style;
    watch(m_filePath);
    refresh();
    emit changed({DocumentChange::Kind::Reset, {}});
    return true;
}

void Document::loadTemplate(const QString &templateId)
{
    const std::optional<Profile> profile = ProfileTemplates::create(templateId);
    if (!profile) {
        return;
    }
    m_undoStack->clear();
    if (!m_filePath.isEmpty()) {
        m_watcher.removePath(m_filePath);
    }
    m_filePath.clear();
    m_templateTitle = ProfileTemplates::title(templateId);
    m_savedText.clear();
    m_editable = true;
    m_rawText.clear();
    m_loadDiagnostics.clear();
    m_profile = *profile;
    m_style = JsonStyle::dockerDefault();
    refresh();
    emit changed({DocumentChange::Kind::Reset, {}});
}

bool Document::save(const QString &path, QString *error, bool overwriteChangesOnDisk)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_filePath && !overwriteChangesOnDisk && isChangedOnDisk()) {
        *error = tr("Another program changed the file since it was opened.");
        return false;
    }
    // QSaveFile renames over the old file, which would replace a read-only
    // file in a writable folder: refuse what the user could not write.
    if (QFileInfo::exists(absolute) && ::access(QFile::encodeName(absolute).constData(), W_OK) != 0) {
        *error = qt_error_string(errno);
        return false;
    }
    QSaveFile file(absolute);
    // Unbuffered: Qt 6.4's QSaveFile does not see a write that fails when
    // its buffer is flushed at commit, and then renames the short file over
    // the original (a full disk would leave an empty profile).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = m_editable ? m_text : m_rawText;
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    if (!m_filePath.isEmpty() && m_filePath != absolute) {
        m_watcher.removePath(m_filePath);
    }
    m_filePath = absolute;
    m_templateTitle.clear();
    m_savedText = bytes;
    watch(absolute);
    m_undoStack->setClean();
    emit changed({DocumentChange::Kind::FileState, {}});
    return true;
}

bool Document::isChangedOnDisk() const
{
    if (m_filePath.isEmpty()) {
        return false;
    }
    QFile f(m_filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        return false; // gone: saving puts it back, nothing is overwritten
    }
    return f.readAll() != m_savedText;
}

bool Document::restore(const QByteArray &text, const QString &originalPath, const QString &title, QString *error)
{
    const ProfileReader::Result recovered = ProfileReader::read(text);
    if (!recovered.parsed) {
        *error = tr("The recovered text is not a profile.");
        return false;
    }
    QString ignored;
    if (!originalPath.isEmpty() && load(originalPath, &ignored) && m_editable) {
        ProfileEdit edit;
        edit.before = m_profile;
        edit.after = recovered.profile;
        edit.description = tr("Restore unsaved changes");
        if (edit.isNoOp()) {
            // Same profile, maybe other spacing: still the user's unsaved version.
            m_undoStack->resetClean();
        } else {
            m_undoStack->push(new ProfileEditCommand(this, edit));
        }
        return true;
    }
    m_undoStack->clear();
    if (!m_filePath.isEmpty()) {
        m_watcher.removePath(m_filePath);
    }
    m_filePath = originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    m_templateTitle = originalPath.isEmpty() ? title : QString();
    m_savedText.clear();
    m_editable = true;
    m_rawText.clear();
    m_loadDiagnostics.clear();
    m_profile = recovered.profile;
    m_style = recovered.style;
    refresh();
    emit changed({DocumentChange::Kind::Reset, {}});
    m_undoStack->resetClean(); // never clean: there is no saved state to go back to
    return true;
}

void Document::watch(const QString &path)
{
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path)) {
        m_watcher.addPath(path);
    }
}

void Document::refresh()
{
    if (!m_editable) {
        m_text = m_rawText;
        m_parsedText = {};
        m_diagnostics = m_loadDiagnostics;
        m_view = {};
        m_names = Catalog::instance().syscallNames();
        refreshVerdicts();
        return;
    }
    m_text = ProfileWriter::write(m_profile, m_style);
    // Diagnostics point into the text the preview shows (what Save writes).
    const QString name = m_filePath.isEmpty() ? displayName() : m_filePath;
    m_parsedText = JsonReader::parse(m_text, name);
    const ProfileReader::Result reread = ProfileReader::decode(m_text, m_parsedText, name);
    m_diagnostics = reread.diagnostics;
    m_diagnostics.append(ProfileValidator::validate(reread.profile, m_text, name));
    m_reread = reread.profile;
    m_view = SyscallView(m_profile);
    m_names = Catalog::instance().syscallNames(m_profile);
    refreshVerdicts();
}

void Document::refreshVerdicts()
{
    m_effective = EffectiveProfile::evaluate(m_profile, m_target);
    m_verdicts = SyscallVerdict::compute(m_effective, m_names);
    // Capability findings depend on the target too.
    m_diagnostics.removeIf([](const Diagnostic &d) { return isFinding(d); });
    if (m_editable) {
        const QString name = m_filePath.isEmpty() ? displayName() : m_filePath;
        // The verdicts just computed, and the positions of the text already parsed.
        for (const Diagnostic &d :
             CapabilityAnalyzer::analyze(m_reread, m_target, m_verdicts, m_parsedText.positions, name)) {
            m_diagnostics.append(d);
        }
    }
}

bool Document::isFinding(const Diagnostic &diagnostic)
{
    static const QStringList codes = CapabilityAnalyzer::codes();
    return codes.contains(diagnostic.code);
}

} // namespace Sysfence
