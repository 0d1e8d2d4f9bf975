#pragma once

#include "analysis/effectiveprofile.h"
#include "seccomp/filtercompiler.h"
#include "trace/commandtracer.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Sysfence {

// The filter CommandTracer loads: the program libseccomp builds for the
// effective profile, with every action other than ALLOW turned into
// SCMP_ACT_TRACE(n), n indexing `verdicts`. Rules and arguments are the
// profile's own, so the program takes the same decisions as the real one;
// only the answers go through the tracer, which can see and report them.
struct TracingFilter
{
    Q_DECLARE_TR_FUNCTIONS(Sysfence::TracingFilter)

public:
    FilterCompiler::Result compiled;
    QList<CommandTracer::Verdict> verdicts; // empty for recording
    unsigned int flags = 0;                 // SECCOMP_FILTER_FLAG_* from the profile

    bool ok() const { return compiled.ok; }

    // For `run`: the effective profile for the target's architecture.
    static TracingFilter forProfile(const EffectiveProfile &effective, const QString &architecture);
    // For `record`: every syscall of the given architectures stops.
    static TracingFilter forRecording(const QStringList &architectures);
    // The architecture this machine runs plus the ones Docker's archMap
    // lets its containers use (x86_64: x86 and x32).
    static QStringList nativeArchitectures();
};

} // namespace Sysfence
