#pragma once

#include <QByteArray>

namespace Sysfence {

// How two versions of a text line up: what they share at the start and at
// the end. An edit of a big profile changes a few rules in the middle, so
// everything before and after can be kept (a view's text, a parse).
namespace TextCompare {

// How many leading bytes `a` and `b` share.
qsizetype commonPrefix(const QByteArray &a, const QByteArray &b);
// How many trailing bytes they share, not reaching into the first `limit`
// bytes of either (pass the common prefix, so the two never overlap).
qsizetype commonSuffix(const QByteArray &a, const QByteArray &b, qsizetype limit);

} // namespace TextCompare

} // namespace Sysfence
