#pragma once

#include <QString>
#include <QStringList>

namespace Sysfence {

// Finds the known name a misspelt one was probably meant to be, for
// "did you mean" hints.
namespace NameSuggester {
// The closest candidate, or an empty string when none is close enough.
QString closest(const QString &word, const QStringList &candidates);
// Damerau-Levenshtein distance (with adjacent transpositions), case-insensitive.
int distance(QStringView a, QStringView b);
} // namespace NameSuggester

} // namespace Sysfence
