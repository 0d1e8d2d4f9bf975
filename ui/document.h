#pragma once

#include "documentchange.h"

#include "analysis/effectiveprofile.h"
#include "analysis/rulechecks.h"
#include "analysis/syscallverdict.h"
#include "analysis/syscallview.h"
#include "edit/profileedit.h"
#include "format/cleanrules.h"
#include "format/diagnostic.h"
#include "format/profileparse.h"
#include "format/jsonstyle.h"
#include "format/profileformat.h"
#include "format/textcompare.h"
#include "profile/rulechange.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Sysfence {

// One open profile: the only copy of its state. It owns the undo stack;
// views change it only through apply(), which pushes an undoable command, and
// learn of every change through the one `changed` signal.
class Document final : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Profile &profile() const { return m_profile; }
    bool isEditable() const { return m_editable; } // false when the file is not JSON
    const QString &filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack->isClean(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    const Target &target() const { return m_target; }
    void setTarget(const Target &target);

    // The format of the file the profile was read from. Save writes an OCI
    // config.json back in place (only its linux.seccomp changes); a
    // SeccompProfile YAML is not written back: Save As gives Docker JSON,
    // which the document then is.
    ProfileFormat format() const { return m_format; }
    bool canSaveInPlace() const { return m_format != ProfileFormat::Spo || !m_editable; }
    // For a SeccompProfile: its metadata, reused when exporting one again.
    const QString &objectName() const { return m_objectName; }
    const QString &objectNamespace() const { return m_objectNamespace; }

    // Derived state, kept up to date on every change.
    // Exactly what Save writes (for an OCI config.json: its linux.seccomp).
    const QByteArray &text() const { return m_text; }
    // Which bytes the last refresh replaced in the text before it, when the
    // writer knows (after an edit); unknown (before null) otherwise.
    const TextCompare::Change &textChange() const { return m_textChange; }
    // How text() is laid out (indent, newlines), as detected in the file read.
    const JsonStyle &style() const { return m_style; }
    // The parse of text(); offsets in rules are ProfileParse::ruleShift() short.
    const ProfileParse &parse() const { return m_parse; }
    const SyscallView &syscallView() const { return m_view; }
    const EffectiveProfile &effective() const { return m_effective; }
    const QMap<QString, SyscallVerdict> &verdicts() const { return m_verdicts; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Every syscall worth a row: the catalogue's and the profile's.
    const QStringList &syscallNames() const { return m_names; }

    // Whether a diagnostic is a capability interaction finding (K2).
    static bool isFinding(const Diagnostic &diagnostic);

    // Undoable.
    void apply(const ProfileEdit &edit);

    // Asked which document to open when a YAML file holds several
    // SeccompProfiles; returns the index of the label chosen, or -1 to cancel.
    using DocumentChooser = std::function<qsizetype(const QStringList &labels)>;

    // Reads Docker JSON, an OCI config.json or SeccompProfile YAML. Without
    // a chooser the first SeccompProfile of a YAML file is taken. On cancel it
    // returns false with an empty `error`.
    bool load(const QString &path, QString *error, const DocumentChooser &choose = {});
    void loadTemplate(const QString &templateId);
    // Atomic (QSaveFile); on failure the file on disk and the document stay
    // as they were, and `error` holds the system's reason. A file that another
    // program changed since it was read is not overwritten unless asked for.
    bool save(const QString &path, QString *error, bool overwriteChangesOnDisk = false);
    // Whether the open file now holds something else than what was read or saved.
    bool isChangedOnDisk() const;

    // Puts back the text of a recovery file. With an original file that can
    // still be read, the document opens it and applies the difference as
    // one undoable edit, so Undo gives back the file's contents; otherwise
    // the recovered profile is opened under the original path (or title),
    // without undo history. Either way it is unsaved.
    bool restore(const QByteArray &text, const QString &originalPath, const QString &title, QString *error);

signals:
    void changed(const Sysfence::DocumentChange &change);
    // Something the user should read once, e.g. that an entry was removed
    // because it equals the default action.
    void notice(const QString &text);
    // The file was changed on disk by another program since it was opened or saved.
    void changedOnDisk(const QString &path);

private:
    friend class ProfileEditCommand;
    void replaceProfile(const Profile &profile, const QStringList &syscalls);
    // What an edit replaced, to redo only what it can reach; without one, everything.
    // `touched`: RuleChange::names; `runNames`: the same with moved rules' names.
    // `before` is the profile `change` was made to.
    void refresh(const RuleChange *change = nullptr, const QStringList &touched = {}, const QStringList &runNames = {},
                 const Profile *before = nullptr);
    void refreshVerdicts(const RuleChange *change = nullptr, const QStringList &touched = {});
    void watch(const QString &path);

    Profile m_profile;
    JsonStyle m_style;
    ProfileFormat m_format = ProfileFormat::Docker;
    QByteArray m_configText; // the OCI config.json as last read or written
    QString m_objectName;
    QString m_objectNamespace;
    bool m_editable = true;
    QString m_filePath;
    QString m_templateTitle;
    QByteArray m_rawText; // the file as read, when it is not JSON
    Diagnostics m_loadDiagnostics;
    Target m_target;
    QUndoStack *m_undoStack;
    QFileSystemWatcher m_watcher;
    QByteArray m_savedText; // what the file held when last read or written

    QByteArray m_text;
    TextCompare::Change m_textChange;
    ProfileParse m_parse;
    QString m_parseName; // the file name m_parse's diagnostics carry
    SyscallView m_view;
    EffectiveProfile m_effective;
    QMap<QString, SyscallVerdict> m_verdicts;
    QStringList m_verdictsChanged; // by the last refresh: every name after a full one
    Diagnostics m_diagnostics;
    // The capability findings among them, and what they were found for: an
    // edit that changes no verdict they read (nor the target, nor the
    // default action) only places them again.
    Diagnostics m_findings;
    std::optional<Target> m_findingsTarget;
    std::optional<Action> m_findingsDefault;
    CleanRules m_cleanRules; // the rules of m_text that read back without a diagnostic
    RuleChecks m_ruleChecks; // what validation reads of each rule of m_profile
    QStringList m_names;
};

} // namespace Sysfence
