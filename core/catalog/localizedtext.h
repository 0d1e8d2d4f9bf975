#pragma once

#include <QString>

namespace Sysfence {

// A catalogue text in the two languages Sysfence ships.
struct LocalizedText
{
    QString en;
    QString zhCN;

    // The text for the current UI language (QLocale's default), falling back
    // to English.
    QString text() const;
    bool isEmpty() const { return en.isEmpty(); }
};

} // namespace Sysfence
