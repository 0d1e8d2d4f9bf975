#pragma once

#include <QApplication>
#include <QCursor>

namespace Sysfence {

// Shows the wait cursor for as long as it lives, so every way out of a long
// operation (an early return, an exception) gives the cursor back.
class WaitCursor final
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace Sysfence
