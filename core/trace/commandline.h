#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Sysfence {

// Splits a command line the way a POSIX shell splits words: blanks
// separate, '…' is literal, "…" keeps blanks and takes \" \\ \$ \`
// escapes, a backslash outside quotes escapes the next character. No
// expansion of any kind. nullopt when a quote is not closed.
namespace CommandLine {
std::optional<QStringList> split(const QString &text);
// The reverse, for showing a command: quotes only the words that need it.
QString join(const QStringList &words);
} // namespace CommandLine

} // namespace Sysfence
