#include "profileeditcommand.h"

#include "document.h"

namespace Sysfence {

ProfileEditCommand::ProfileEditCommand(Document *document, ProfileEdit edit)
    : QUndoCommand(edit.description)
    , m_document(document)
    , m_edit(std::move(edit))
{
}

void ProfileEditCommand::undo()
{
    m_document->replaceProfile(m_edit.before, m_edit.syscalls);
}

void ProfileEditCommand::redo()
{
    m_document->replaceProfile(m_edit.after, m_edit.syscalls);
}

bool ProfileEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ProfileEditCommand *>(other);
    if (next->m_edit.mergeKey != m_edit.mergeKey) {
        return false;
    }
    m_edit.after = next->m_edit.after;
    m_edit.description = next->m_edit.description;
    setText(m_edit.description);
    // Back where it started: the step disappears from the stack.
    setObsolete(m_edit.after == m_edit.before);
    return true;
}

} // namespace Sysfence
