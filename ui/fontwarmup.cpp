#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

namespace Sysfence {

FontWarmUp::FontWarmUp()
    : m_thread([] { QFontDatabase::families(); })
{
}

FontWarmUp::~FontWarmUp()
{
    m_thread.join();
}

} // namespace Sysfence
