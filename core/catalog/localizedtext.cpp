#include "localizedtext.h"

#include <QLocale>

namespace Sysfence {

QString LocalizedText::text() const
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese && !zhCN.isEmpty()) {
        return zhCN;
    }
    return en;
}

} // namespace Sysfence
