#pragma once

#include "syscallverdict.h"
#include "target.h"

#include "format/diagnostic.h"
#include "format/textpositions.h"
#include "profile/profile.h"

#include <QCoreApplication>

#include <vector>

namespace Sysfence {

class SyscallView;

// How seccomp and Linux capabilities interact for one profile and target
// (K2): findings that name the syscalls and capabilities involved and
// explain why. The facts come from resources/catalog/interactions.json.
class CapabilityAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::CapabilityAnalyzer)

public:
    // Every code analyze() can produce.
    static QStringList codes();

    // `text` and `fileName` place each finding on the rule that names its
    // first syscall (the profile must have been read from `text`).
    static Diagnostics analyze(const Profile &profile, const Target &target, const QByteArray &text = {},
                               const QString &fileName = {});
    // The same, for a caller that already has the verdicts for `target` (of
    // every syscall of the catalogue and the profile, from its effective
    // profile) and the positions of `text`: nothing is evaluated twice.
    // `sourceRoot`, a parse of that text, places findings when the profile's
    // own sources are elsewhere, with `sourceShifts` for the rules whose
    // offsets it keeps short (see ProfileSources). `view`, the profile's
    // syscall view when the caller keeps one, says which rule names a
    // syscall first without reading every rule.
    static Diagnostics analyze(const Profile &profile, const Target &target,
                               const QMap<QString, SyscallVerdict> &verdicts, const TextPositions &positions,
                               const QString &fileName = {}, const JsonValue &sourceRoot = {},
                               const std::vector<qint64> *sourceShifts = nullptr, const SyscallView *view = nullptr);

    // The syscalls whose verdicts analyze() reads. Its findings change only
    // when one of their verdicts, the target or the default action does;
    // an edit that leaves those alone only moves them (see place()).
    static const QSet<QString> &watchedSyscalls();
    // Places findings analyze() made again, on the profile after an edit
    // that moved rules: their pointers, offsets, lines and columns.
    static void place(Diagnostics *findings, const Profile &profile, const TextPositions &positions,
                      const QString &fileName = {}, const JsonValue &sourceRoot = {},
                      const std::vector<qint64> *sourceShifts = nullptr, const SyscallView *view = nullptr);

    // The syscalls a capability exists for (interactions.json), and what
    // the capability changes for the profile: names it unlocks when added.
    static QStringList syscallsFor(const QString &capability);
    static QStringList unlockedBy(const Profile &profile, const Target &target, const QString &capability);
};

} // namespace Sysfence
