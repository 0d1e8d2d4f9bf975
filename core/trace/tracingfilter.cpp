#include "tracingfilter.h"

#include "catalog/catalog.h"
#include "seccomp/syscallresolver.h"

#include <linux/seccomp.h>

#include <cerrno>

namespace Sysfence {

namespace {
// The verdict's index, added when new. runc loads KILL as KILL_THREAD and an
// ERRNO without number as EPERM, so those share their entry.
quint32 verdictIndex(QList<CommandTracer::Verdict> &verdicts, Action action, std::optional<quint32> errnoRet)
{
    CommandTracer::Verdict v;
    v.action = action == Action::Kill ? Action::KillThread : action;
    v.errnoRet = Actions::takesErrno(v.action) ? errnoRet.value_or(EPERM) : 0;
    qsizetype index = verdicts.indexOf(v);
    if (index < 0) {
        index = verdicts.size();
        verdicts.append(v);
    }
    return static_cast<quint32>(index);
}
} // namespace

TracingFilter TracingFilter::forProfile(const EffectiveProfile &effective, const QString &architecture)
{
    TracingFilter filter;
    EffectiveProfile traced = effective;
    Profile &p = traced.profile;
    const Action defaultAction = p.defaultAction.value_or(Action::Errno);
    if (defaultAction != Action::Allow) {
        p.defaultErrnoRet = verdictIndex(filter.verdicts, defaultAction, p.defaultErrnoRet);
        p.defaultAction = Action::Trace;
    }
    for (Rule &rule : p.rules) {
        if (rule.action && *rule.action != Action::Allow) {
            rule.errnoRet = verdictIndex(filter.verdicts, *rule.action, rule.errnoRet);
            rule.action = Action::Trace;
        }
    }
    if (filter.verdicts.isEmpty()) {
        // Everything is allowed; still load a program so the run is the same.
        filter.verdicts.append({Action::Allow, 0});
    }
    for (const QString &flag : std::as_const(p.flags)) {
        if (flag == QLatin1String("SECCOMP_FILTER_FLAG_LOG")) {
            filter.flags |= SECCOMP_FILTER_FLAG_LOG;
        } else if (flag == QLatin1String("SECCOMP_FILTER_FLAG_SPEC_ALLOW")) {
            filter.flags |= SECCOMP_FILTER_FLAG_SPEC_ALLOW;
        }
    }
    filter.compiled = FilterCompiler::compile(traced, architecture);
    return filter;
}

TracingFilter TracingFilter::forRecording(const QStringList &architectures)
{
    TracingFilter filter;
    EffectiveProfile e;
    e.profile.defaultAction = Action::Trace;
    e.profile.defaultErrnoRet = 0;
    e.profile.architectures = architectures;
    filter.compiled = FilterCompiler::compile(e, architectures.value(0, SyscallResolver::nativeArchitecture()));
    return filter;
}

QStringList TracingFilter::nativeArchitectures()
{
    const QString native = SyscallResolver::nativeArchitecture();
    QStringList arches{native};
    for (const ArchMapping &m : Catalog::instance().dockerArchMap()) {
        if (m.architecture == native) {
            for (const QString &sub : m.subArchitectures) {
                if (SyscallResolver::supportsArchitecture(sub)) {
                    arches.append(sub);
                }
            }
        }
    }
    return arches;
}

} // namespace Sysfence
