#include "profile.h"

namespace Sysfence {

QStringList Profile::allArchitectures() const
{
    QStringList all = architectures;
    for (const ArchMapping &m : archMap) {
        all.append(m.architecture);
    }
    for (const ArchMapping &m : archMap) {
        all.append(m.subArchitectures);
    }
    all.removeDuplicates();
    return all;
}

} // namespace Sysfence
