#pragma once

#include "edit/profileedit.h"

#include <QUndoCommand>

namespace Sysfence {

class Document;

// Wraps a core ProfileEdit for the Document's undo stack.
class ProfileEditCommand final : public QUndoCommand
{
public:
    ProfileEditCommand(Document *document, ProfileEdit edit);

    void undo() override;
    void redo() override;
    int id() const override { return m_edit.mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    ProfileEdit m_edit;
};

} // namespace Sysfence
