#pragma once

#include "edit/profileedit.h"
#include "edit/profilepatch.h"

#include <QUndoCommand>

#include <optional>

namespace Sysfence {

class Document;

// Wraps a core ProfileEdit for the Document's undo stack. A step keeps only
// what the edit changed (a ProfilePatch), not the two whole profiles, so the
// history of a big profile grows by the rules each edit touched.
class ProfileEditCommand final : public QUndoCommand
{
public:
    ProfileEditCommand(Document *document, const ProfileEdit &edit);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    ProfilePatch m_patch;
    std::optional<Profile> m_firstAfter; // the edit's own result, for the push's redo
    QString m_mergeKey;
    QStringList m_syscalls;
};

} // namespace Sysfence
