#include "recordedprofile.h"

#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "edit/profileeditor.h"

namespace Sysfence {

QStringList RecordedProfile::syscallNames(const CommandTracer::Report &report)
{
    QStringList names;
    for (const CommandTracer::Call &c : report.calls) {
        if (!c.name.isEmpty() && !names.contains(c.name)) {
            names.append(c.name);
        }
    }
    names.sort();
    return names;
}

Profile RecordedProfile::build(const CommandTracer::Report &report)
{
    Profile p;
    p.defaultAction = Action::Errno;
    p.defaultErrnoRet = 1;
    p.architectures = report.architectures;
    Rule allow;
    allow.names = syscallNames(report);
    allow.action = Action::Allow;
    if (!allow.names.isEmpty()) {
        p.rules.append(allow);
    }
    return p;
}

ProfileEdit RecordedProfile::mergeInto(const Profile &base, const CommandTracer::Report &report, const Target &target)
{
    const QStringList recorded = syscallNames(report);
    const EffectiveProfile effective = EffectiveProfile::evaluate(base, target);
    const QMap<QString, SyscallVerdict> verdicts = SyscallVerdict::compute(effective, recorded);
    const QString allow = Actions::name(Action::Allow);
    QStringList toAllow;
    QStringList conditional;
    for (const QString &name : recorded) {
        const SyscallVerdict v = verdicts.value(name);
        if (v.action == allow) {
            continue;
        }
        bool allowedSometimes = false;
        for (const QString &c : v.conditions) {
            allowedSometimes = allowedSometimes || c.startsWith(allow);
        }
        (allowedSometimes ? conditional : toAllow).append(name);
    }

    ProfileEdit edit = toAllow.isEmpty() ? ProfileEdit{base, base, {}, {}, {}, {}}
                                         : ProfileEditor::setSyscallsAction(base, toAllow, Action::Allow);
    QStringList notices;
    if (!edit.notice.isEmpty()) {
        notices.append(edit.notice);
    }
    // Architectures: a plain list grows; an archMap is left to the user.
    QStringList missingArches;
    const QStringList known = base.allArchitectures();
    for (const QString &arch : report.architectures) {
        if (!known.contains(arch)) {
            missingArches.append(arch);
        }
    }
    if (!missingArches.isEmpty()) {
        if (base.archMap.isEmpty()) {
            const ProfileEdit arches =
                ProfileEditor::setArchitectures(edit.after, edit.after.architectures + missingArches);
            edit.after = arches.after;
        } else {
            notices.append(tr("The command used %1, which the profile's archMap does not cover.")
                               .arg(missingArches.join(QStringLiteral(", "))));
        }
    }
    if (!conditional.isEmpty()) {
        notices.append(tr("Allowed only with argument conditions, left as they are: %1. Run the command "
                          "under the profile to check its calls match.")
                           .arg(conditional.join(QStringLiteral(", "))));
    }
    edit.before = base;
    edit.description = tr("Allow %n recorded syscall(s)", nullptr, static_cast<int>(toAllow.size()));
    edit.notice = notices.join(QLatin1Char(' '));
    edit.mergeKey.clear();
    edit.syscalls = toAllow;
    return edit;
}

} // namespace Sysfence
