#pragma once

#include <QStringList>

namespace Sysfence {

// The one event every view of a Document listens to.
struct DocumentChange
{
    enum class Kind : quint8 {
        Reset,   // a new profile was opened or created: rebuild everything
        Edited,  // the profile changed through an edit, undo or redo
        Target,  // the capability/arch/kernel target changed: effective actions moved
        FileState // saved, renamed or modified flag changed; the profile is the same
    };
    DocumentChange(Kind k = Kind::Reset, QStringList names = {})
        : kind(k)
        , syscalls(std::move(names))
    {
    }

    Kind kind = Kind::Reset;
    QStringList syscalls; // for Edited: the syscalls the edit was about (may be empty)
    // For Edited: whether any syscall's row may show something new, or only
    // those in `touched` (the names of the rules the edit replaced) may.
    bool everyRow = true;
    QStringList touched;
    // For Edited without everyRow: the names of `touched` whose verdict (what
    // the profile does with the syscall) changed; the others only had a rule
    // that names them changed.
    QStringList verdictsChanged;
};

} // namespace Sysfence
