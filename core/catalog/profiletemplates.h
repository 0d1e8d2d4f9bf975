#pragma once

#include "profile/profile.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Sysfence {

// Profiles built from the catalogue's facts: Docker's default, a strict
// baseline, audit-everything and an empty allowlist.
class ProfileTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::ProfileTemplates)

public:
    static QStringList ids(); // "docker-default", "strict", "audit", "empty"
    static QString title(const QString &id);
    static QString description(const QString &id);
    static std::optional<Profile> create(const QString &id);

    static Profile dockerDefault();
    // Docker's unconditional allowlist without anything above low risk
    // (but with what the runtime needs to start the container);
    // clone3 answers ENOSYS so glibc falls back to clone.
    static Profile strict();
    // Allows and logs every syscall: for finding out what a program uses.
    static Profile audit();
    // Denies everything (EPERM): the start of a hand-made allowlist.
    static Profile empty();
};

} // namespace Sysfence
