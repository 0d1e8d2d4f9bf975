#pragma once

#include "format/diagnostic.h"
#include "format/textpositions.h"

#include "profile/profile.h"

#include <QCoreApplication>

#include <vector>

namespace Sysfence {

class RuleChecks;
class SyscallView;

// Checks that span rules, where the reader sees one field at a time:
// conflicting actions for one syscall, and names libseccomp does not know
// (runc drops them without a word).
class ProfileValidator final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileValidator)

public:
    // Beyond this many diagnostics with one code, the rest are counted in one
    // "too-many-diagnostics" entry: a list of a million warnings helps nobody.
    static constexpr int MaxPerCode = 100;

    struct Options {
        QString architecture = QStringLiteral("SCMP_ARCH_X86_64");
        // A parse of `text` to place diagnostics by, when the profile's own
        // sources are not in `text` (see ProfileSources).
        JsonValue sourceRoot;
        // How far the offsets of each rule of sourceRoot are short (see ProfileParse).
        const std::vector<qint64> *sourceShifts = nullptr;
        // The line starts of `text`, when the caller has them already.
        const TextPositions *positions = nullptr;
        // The checks of each rule of the profile, when the caller keeps them
        // (see RuleChecks); used only when they cover it for `architecture`.
        const RuleChecks *checks = nullptr;
        // The profile seen syscall by syscall, when the caller keeps it: with
        // `checks`, repeated names are found from it without hashing every
        // name of every unconditional rule.
        const SyscallView *view = nullptr;
    };

    static Diagnostics validate(
        const Profile &profile, const QByteArray &text, const QString &fileName, const Options &options);
    static Diagnostics validate(const Profile &profile, const QByteArray &text, const QString &fileName)
    {
        return validate(profile, text, fileName, Options());
    }
};

} // namespace Sysfence
