#pragma once

#include "profile/profile.h"

#include <QByteArray>

// Synthetic profiles for the benchmarks: Docker's header (default action,
// architectures) and N rules that look like real ones. The first rules give
// each catalogue syscall one unconditional action, in groups of up to eight
// names; the rest are conditional (argument values, capability or
// architecture includes, a minimum kernel), as profiles with many rules are
// in practice, so a big profile is as clean as a small one and the cost
// measured is that of the rules, not of a flood of diagnostics.
namespace Sysfence::Bench {

Profile generateProfile(int ruleCount, quint32 seed = 1);
// Written as Docker writes its profile (tabs).
QByteArray generateText(int ruleCount, quint32 seed = 1);
// At least `bytes` long, within one rule.
QByteArray generateTextOfSize(qint64 bytes, quint32 seed = 1);

} // namespace Sysfence::Bench
