#pragma once

#include <functional>

namespace Sysfence {

// A view's refresh that waits while the view is out of sight: its dock's
// tab behind another, or the dock closed. The rule editor and the
// explanation share a tabbed dock; after every edit the one behind rebuilt
// what nobody saw (the rule list's items laid out again: 0.6 of 9.6 million
// instructions of an edit at 5,000 rules). A view never told it is out of
// sight (a window not shown yet) refreshes at once.
class RefreshWhenSeen final
{
public:
    explicit RefreshWhenSeen(std::function<void()> refresh);

    // Refreshes now if the view is in sight, else when it next comes into it.
    void request();
    // From QDockWidget::visibilityChanged.
    void setInSight(bool inSight);
    // The view refreshed by itself: nothing is owed.
    void done() { m_owed = false; }

private:
    std::function<void()> m_refresh;
    bool m_inSight = true;
    bool m_owed = false;
};

} // namespace Sysfence
