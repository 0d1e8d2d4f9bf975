#include "profileeditcommand.h"

#include "document.h"

namespace Sysfence {

ProfileEditCommand::ProfileEditCommand(Document *document, const ProfileEdit &edit)
    : QUndoCommand(edit.description)
    , m_document(document)
    , m_patch(ProfilePatch::between(edit.before, edit.after))
    , m_firstAfter(edit.after)
    , m_mergeKey(edit.mergeKey)
    , m_syscalls(edit.syscalls)
{
}

void ProfileEditCommand::undo()
{
    m_document->replaceProfile(m_patch.undo(m_document->profile()), m_syscalls);
}

void ProfileEditCommand::redo()
{
    // The stack's undo and redo alternate, so the document's profile is
    // always the one this step starts from (or leads to, for undo).
    if (m_firstAfter) {
        const Profile after = std::move(*m_firstAfter);
        m_firstAfter.reset();
        m_document->replaceProfile(after, m_syscalls);
        return;
    }
    m_document->replaceProfile(m_patch.redo(m_document->profile()), m_syscalls);
}

bool ProfileEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ProfileEditCommand *>(other);
    if (next->m_mergeKey != m_mergeKey) {
        return false;
    }
    // The stack has just done `next`: the document's profile is its result.
    const Profile &after = m_document->profile();
    const Profile before = m_patch.undo(next->m_patch.undo(after));
    m_patch = ProfilePatch::between(before, after);
    setText(next->text());
    // Back where it started: the step disappears from the stack.
    setObsolete(after == before);
    return true;
}

} // namespace Sysfence
