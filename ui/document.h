#pragma once

#include "documentchange.h"

#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "analysis/syscallview.h"
#include "edit/profileedit.h"
#include "format/diagnostic.h"
#include "format/jsonreader.h"
#include "format/jsonstyle.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QUndoStack>

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

    // Derived state, kept up to date on every change.
    const QByteArray &text() const { return m_text; } // exactly what Save writes
    const JsonReader::Result &parsedText() const { return m_parsedText; }
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

    bool load(const QString &path, QString *error);
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
    void refresh();
    void refreshVerdicts();
    void watch(const QString &path);

    Profile m_profile;
    JsonStyle m_style;
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
    JsonReader::Result m_parsedText;
    SyscallView m_view;
    EffectiveProfile m_effective;
    QMap<QString, SyscallVerdict> m_verdicts;
    Diagnostics m_diagnostics;
    Profile m_reread; // the profile read back from m_text, whose offsets match it
    QStringList m_names;
};

} // namespace Sysfence
