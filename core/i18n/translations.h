#pragma once

#include <QString>

namespace Sysfence {

// Loads the UI translation (and Qt's own) for a language, and makes it the
// default locale so the catalogue's texts follow. English needs nothing.
namespace Translations {
// `language` is a locale name such as "zh_CN", or empty for the system's.
// Returns the language actually used ("en" when none matched).
QString install(const QString &language = {});
QStringList available(); // "en", "zh_CN"
} // namespace Translations

} // namespace Sysfence
