#include "refreshwhenseen.h"

#include <utility>

namespace Sysfence {

RefreshWhenSeen::RefreshWhenSeen(std::function<void()> refresh)
    : m_refresh(std::move(refresh))
{
}

void RefreshWhenSeen::request()
{
    if (!m_inSight) {
        m_owed = true;
        return;
    }
    m_refresh();
}

void RefreshWhenSeen::setInSight(bool inSight)
{
    m_inSight = inSight;
    if (inSight && m_owed) {
        m_refresh();
    }
}

} // namespace Sysfence
