#pragma once

#include "target.h"

#include "profile/profile.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sysfence {

// Turns a Docker profile into one that formats without Docker's extensions
// can hold (OCI's linux.seccomp, the Kubernetes SeccompProfile CRD): archMap,
// includes and excludes are evaluated for one target exactly as Docker does
// (EffectiveProfile), comments and Podman's informational errno names are
// dropped. Every step that changes something is reported in a sentence, so
// the user knows which container the exported file was made for.
class ProfileResolver final {
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileResolver)

public:
    struct Result {
        // Unchanged (with its source, for a lossless write) when nothing
        // needed resolving.
        Profile profile;
        QStringList messages;
        // Set when the profile cannot be resolved for the target (then
        // nothing else is).
        QString error;
    };

    // Whether the profile uses anything only Docker (or Podman) understands.
    static bool needsResolution(const Profile &profile);
    static Result resolve(const Profile &profile, const Target &target);
    // "x86_64 + x86 + x32"
    static QString architectureList(const QStringList &scmpNames);
};

} // namespace Sysfence
