#include "document.h"

#include "profileeditcommand.h"

#include "analysis/capabilityanalyzer.h"
#include "analysis/profilevalidator.h"
#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "format/heapreserve.h"
#include "format/ociconfig.h"
#include "format/profilereader.h"
#include "format/seccompprofileyaml.h"
#include "format/profilewriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
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
    const Profile before = m_profile; // shares its rules: for what the edit only moved
    const RuleChange ruleChange = RuleChange::between(m_profile, profile);
    DocumentChange change{DocumentChange::Kind::Edited, syscalls};
    change.everyRow = ruleChange.everything;
    QStringList runNames;
    if (!ruleChange.everything) {
        change.touched = ruleChange.names(m_profile, profile);
        runNames = ruleChange.names(m_profile, profile, true);
    }
    m_profile = profile;
    refresh(&ruleChange, change.touched, runNames, &before);
    change.verdictsChanged = m_verdictsChanged;
    emit changed(change);
}

bool Document::load(const QString &path, QString *error, const DocumentChooser &choose)
{
    ProfileReader::Result r = ProfileReader::readFile(path);
    if (r.ioError) {
        *error = r.diagnostics.value(0).message;
        return false;
    }
    // The reader's tree tells JSON apart without parsing the text again.
    const ProfileFormat format = r.parsed ? ProfileFormats::detect(r.profile.source) : ProfileFormats::detect(r.text);
    QString objectName;
    QString objectNamespace;
    Diagnostics formatNotes;
    if (format == ProfileFormat::Oci) {
        const OciConfig::Result oci = OciConfig::read(r.text, path);
        r.parsed = oci.parsed;
        r.profile = oci.profile;
        r.style = oci.style;
        r.diagnostics = oci.diagnostics;
        formatNotes = oci.diagnostics;
    } else if (format == ProfileFormat::Spo) {
        const SeccompProfileYaml::Result yaml = SeccompProfileYaml::read(r.text, path);
        r.parsed = !yaml.documents.isEmpty();
        r.diagnostics = yaml.diagnostics;
        if (r.parsed) {
            qsizetype index = 0;
            if (yaml.documents.size() > 1 && choose) {
                QStringList labels;
                for (const SeccompProfileYaml::Document &d : yaml.documents) {
                    labels.append(d.namespaceName.isEmpty() ? d.name : tr("%1 (namespace %2)").arg(d.name, d.namespaceName));
                }
                index = choose(labels);
                if (index < 0 || index >= yaml.documents.size()) {
                    error->clear();
                    return false;
                }
            }
            const SeccompProfileYaml::Document &doc = yaml.documents.at(index);
            r.profile = doc.profile;
            r.diagnostics.append(doc.diagnostics);
            r.style = JsonStyle::dockerDefault();
            r.style.finalNewline = true;
            objectName = doc.name;
            objectNamespace = doc.namespaceName;
            formatNotes = r.diagnostics;
            if (!doc.baseProfileName.isEmpty()) {
                Diagnostic base;
                base.severity = Diagnostic::Severity::Warning;
                base.message = tr("baseProfileName “%1” is not part of this profile: the operator adds it at install "
                                  "time.")
                                   .arg(doc.baseProfileName);
                formatNotes.append(base);
            }
        }
    }
    m_undoStack->clear();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_templateTitle.clear();
    m_savedText = r.text;
    m_format = format;
    m_configText = format == ProfileFormat::Oci ? r.text : QByteArray();
    m_objectName = objectName;
    m_objectNamespace = objectNamespace;
    m_editable = r.parsed;
    m_rawText = r.parsed ? QByteArray() : r.text;
    m_loadDiagnostics = r.parsed ? Diagnostics() : r.diagnostics;
    m_profile = r.profile;
    m_style = r.style;
    watch(m_filePath);
    refresh();
    emit changed({DocumentChange::Kind::Reset, {}});
    // The diagnostics list shows problems of the JSON preview; what only the
    // original file had (pruned YAML fields, Docker fields in an OCI config)
    // is said once.
    if (r.parsed) {
        QStringList notes;
        for (const Diagnostic &d : std::as_const(formatNotes)) {
            if (d.code.startsWith(QLatin1String("spo-")) || d.code == QLatin1String("not-oci-field") || d.code.isEmpty()) {
                notes.append(d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.message) : d.message);
            }
        }
        if (!notes.isEmpty()) {
            emit notice(notes.join(QLatin1Char(' ')));
        }
    }
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
    m_format = ProfileFormat::Docker;
    m_configText.clear();
    m_objectName.clear();
    m_objectNamespace.clear();
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
    const bool inPlace = absolute == m_filePath;
    QByteArray bytes = m_editable ? m_text : m_rawText;
    QStringList messages;
    if (inPlace && m_editable && m_format == ProfileFormat::Spo) {
        *error = tr("A SeccompProfile YAML file is not written back; save the profile as Docker JSON or export it.");
        return false;
    }
    if (inPlace && m_editable && m_format == ProfileFormat::Oci) {
        const OciConfig::Written w = OciConfig::saveInto(m_configText, m_profile, m_target);
        if (!w.ok()) {
            *error = w.error;
            return false;
        }
        bytes = w.text;
        messages = w.messages;
    }
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
    if (m_format == ProfileFormat::Oci && inPlace) {
        m_configText = bytes;
    } else if (m_editable) {
        // Save As writes Docker JSON: that is what the document is now.
        m_format = ProfileFormat::Docker;
        m_configText.clear();
    }
    watch(absolute);
    m_undoStack->setClean();
    emit changed({DocumentChange::Kind::FileState, {}});
    if (!messages.isEmpty()) {
        emit notice(messages.join(QLatin1Char(' ')));
    }
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

void Document::refresh(const RuleChange *change, const QStringList &touched, const QStringList &runNames,
                       const Profile *before)
{
    if (!m_editable) {
        m_text = m_rawText;
        m_textChange = {};
        m_parse = ProfileParse();
        m_parseName.clear();
        m_diagnostics = m_loadDiagnostics;
        m_view = {};
        m_ruleChecks = {};
        m_names = Catalog::instance().syscallNames();
        refreshVerdicts();
        return;
    }
    // After an edit only the rules it put in are written; the rest of the
    // text is copied from what the parse of the last text says is where.
    const bool parsedLast = m_parse.text().constData() == m_text.constData() && m_parse.text().size() == m_text.size();
    m_textChange = {};
    m_text = change && !change->everything && parsedLast && !m_text.isEmpty()
        ? ProfileWriter::rewrite(m_profile, m_style, m_parse, *change, before, &m_textChange)
        : ProfileWriter::write(m_profile, m_style);
    if (!change || change->everything) {
        HeapReserve::keepBuffersOf(m_text.size()); // the text is copied on every edit from now on
    }
    // Diagnostics point into the text the preview shows (what Save writes).
    const QString name = m_filePath.isEmpty() ? displayName() : m_filePath;
    // After an edit only the rules it rewrote are parsed again.
    if (change && name == m_parseName) {
        m_parse.follow(m_text, name, &m_textChange);
    } else {
        m_parse.parse(m_text, name);
        m_parseName = name;
    }
    const JsonReader::Result &parsed = m_parse.json();
    // Reading the text back is for its diagnostics only: the profile it
    // would give is m_profile (what the writer wrote), and the rules the
    // last edit left alone are known to be clean.
    CleanRules clean(m_text);
    const ProfileReader::Result reread = ProfileReader::diagnose(m_text, parsed, name, &m_cleanRules, &clean,
                                                                     &m_parse.ruleShifts(), &m_parse.lastSplice());
    m_cleanRules = std::move(clean);
    m_diagnostics = reread.diagnostics;
    ProfileValidator::Options options;
    options.sourceRoot = parsed.root;
    options.sourceShifts = &m_parse.ruleShifts();
    options.positions = &parsed.positions;
    if (change && !change->everything) {
        m_view.update(m_profile, *change, runNames);
    } else {
        m_view = SyscallView(m_profile);
    }
    m_ruleChecks.update(m_profile, change, options.architecture, before);
    options.checks = &m_ruleChecks;
    options.view = &m_view;
    m_diagnostics.append(ProfileValidator::validate(m_profile, m_text, name, options));
    // The rows are the catalogue's syscalls and any other name the profile
    // has: they stay the same while an edit only moves catalogue names.
    const Catalog &catalog = Catalog::instance();
    const bool sameNames = change && !change->everything
        && std::all_of(touched.cbegin(), touched.cend(), [&](const QString &n) { return catalog.find(n) != nullptr; });
    if (!sameNames) {
        m_names = catalog.syscallNames(m_profile);
    }
    refreshVerdicts(sameNames ? change : nullptr, touched);
}

void Document::refreshVerdicts(const RuleChange *change, const QStringList &touched)
{
    if (change && !change->everything) {
        m_effective.update(m_profile, m_target, *change);
        m_verdictsChanged = SyscallVerdict::update(m_verdicts, m_effective, touched, &m_view);
    } else {
        m_effective = EffectiveProfile::evaluate(m_profile, m_target);
        m_verdicts = SyscallVerdict::compute(m_effective, m_names);
        m_verdictsChanged = m_names;
    }
    // Capability findings depend on the target too.
    m_diagnostics.removeIf([](const Diagnostic &d) { return isFinding(d); });
    if (m_editable) {
        const QString name = m_filePath.isEmpty() ? displayName() : m_filePath;
        const QSet<QString> &watched = CapabilityAnalyzer::watchedSyscalls();
        const Target &t = m_target;
        const bool sameTarget = m_findingsTarget && m_findingsTarget->architecture == t.architecture
            && m_findingsTarget->kernelMajor == t.kernelMajor && m_findingsTarget->kernelMinor == t.kernelMinor
            && m_findingsTarget->capabilities == t.capabilities && m_findingsTarget->privileged == t.privileged;
        const bool same = change && !change->everything && sameTarget && m_findingsDefault == m_profile.defaultAction
            && std::none_of(m_verdictsChanged.cbegin(), m_verdictsChanged.cend(),
                            [&watched](const QString &n) { return watched.contains(n); });
        const JsonReader::Result &parsed = m_parse.json();
        if (same) {
            CapabilityAnalyzer::place(&m_findings, m_profile, parsed.positions, name, parsed.root,
                                      &m_parse.ruleShifts(), &m_view);
        } else {
            // The verdicts just computed, and the positions of the text already parsed.
            m_findings = CapabilityAnalyzer::analyze(m_profile, m_target, m_verdicts, parsed.positions, name,
                                                     parsed.root, &m_parse.ruleShifts(), &m_view);
            m_findingsTarget = m_target;
            m_findingsDefault = m_profile.defaultAction;
        }
        m_diagnostics.append(m_findings);
    } else {
        m_findingsTarget.reset();
    }
}

bool Document::isFinding(const Diagnostic &diagnostic)
{
    static const QStringList codes = CapabilityAnalyzer::codes();
    return codes.contains(diagnostic.code);
}

} // namespace Sysfence
