#include "capabilityanalyzer.h"

#include "effectiveprofile.h"
#include "syscallverdict.h"
#include "syscallview.h"

#include "catalog/catalog.h"
#include "catalog/localizedtext.h"
#include "format/jsonpointer.h"
#include "format/jsonreader.h"
#include "format/textpositions.h"
#include "profile/profilesources.h"

#include <QFile>
#include <QHash>
#include <QMap>

#include <cerrno>

namespace Sysfence {

namespace {
struct DangerousPair
{
    QString capability;
    QStringList alsoCapabilities;
    QStringList syscalls;
    QString code;
    LocalizedText message;
    LocalizedText why;
};

struct Facts
{
    QHash<QString, QStringList> requiresCapability; // any one of them will do
    QMap<QString, QStringList> capabilitySyscalls;
    QList<DangerousPair> pairs;
    QHash<QString, LocalizedText> why;
};

LocalizedText localized(const JsonValue &v)
{
    return {v.value(u"en").text(), v.value(u"zh_CN").text()};
}

QStringList strings(const JsonValue &v)
{
    QStringList list;
    for (const JsonValue &item : v.items()) {
        list.append(item.text());
    }
    return list;
}

const Facts &facts()
{
    static const Facts f = [] {
        Facts facts;
        QFile file(QStringLiteral(":/catalog/interactions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return facts;
        }
        const JsonValue root = JsonReader::parse(file.readAll()).root;
        for (const JsonMember &m : root.value(u"requiresCapability").value(u"syscalls").members()) {
            facts.requiresCapability.insert(m.key, m.value.isArray() ? strings(m.value) : QStringList{m.value.text()});
        }
        for (const JsonMember &m : root.value(u"capabilitySyscalls").members()) {
            if (m.value.isArray()) {
                facts.capabilitySyscalls.insert(m.key, strings(m.value));
            }
        }
        for (const JsonValue &p : root.value(u"dangerousPairs").items()) {
            facts.pairs.append({p.value(u"capability").text(), strings(p.value(u"alsoCapabilities")),
                                strings(p.value(u"syscalls")), p.value(u"code").text(), localized(p.value(u"message")),
                                localized(p.value(u"why"))});
        }
        for (const JsonMember &m : root.value(u"findings").members()) {
            facts.why.insert(m.key, localized(m.value));
        }
        return facts;
    }();
    return f;
}

bool allows(const QString &action)
{
    return action.startsWith(QLatin1String("SCMP_ACT_ALLOW")) || action.startsWith(QLatin1String("SCMP_ACT_LOG"));
}

bool allowsSometimes(const SyscallVerdict &v)
{
    if (allows(v.action)) {
        return true;
    }
    for (const QString &c : v.conditions) {
        if (allows(c)) {
            return true;
        }
    }
    return false;
}
} // namespace

QStringList CapabilityAnalyzer::codes()
{
    QStringList list = {QStringLiteral("privileged"),         QStringLiteral("allowed-needs-capability"),
                        QStringLiteral("capability-unused"), QStringLiteral("default-allow"),
                        QStringLiteral("user-namespaces"),   QStringLiteral("runtime-needs"),
                        QStringLiteral("clone3-eperm")};
    for (const DangerousPair &p : facts().pairs) {
        list.append(p.code);
    }
    return list;
}

QStringList CapabilityAnalyzer::syscallsFor(const QString &capability)
{
    return facts().capabilitySyscalls.value(capability);
}

QStringList CapabilityAnalyzer::unlockedBy(const Profile &profile, const Target &target, const QString &capability)
{
    Target with = target;
    with.capabilities.insert(capability);
    Target without = target;
    without.capabilities.remove(capability);
    QStringList names;
    for (const Rule &r : profile.rules) {
        names.append(r.names);
    }
    names.removeDuplicates();
    const auto a = SyscallVerdict::compute(EffectiveProfile::evaluate(profile, without), names);
    const auto b = SyscallVerdict::compute(EffectiveProfile::evaluate(profile, with), names);
    QStringList unlocked;
    for (const QString &name : std::as_const(names)) {
        if (!(a.value(name) == b.value(name))) {
            unlocked.append(name);
        }
    }
    unlocked.sort();
    return unlocked;
}

Diagnostics CapabilityAnalyzer::analyze(const Profile &profile, const Target &target, const QByteArray &text,
                                        const QString &fileName)
{
    const EffectiveProfile effective = EffectiveProfile::evaluate(profile, target);
    const auto verdicts = SyscallVerdict::compute(effective, Catalog::instance().syscallNames(profile));
    return analyze(profile, target, verdicts, TextPositions(text), fileName);
}

namespace {
// Places a finding on the first rule that names its first syscall (where
// the view says that rule is, when there is one), else on defaultAction.
void placeFinding(Diagnostic &d, const Profile &profile, const ProfileSources &sources, const TextPositions &positions,
                  const QString &fileName, const SyscallView *view)
{
    d.offset = -1;
    d.pointer.clear();
    d.file = fileName;
    qsizetype from = 0;
    if (view && !d.syscalls.isEmpty()) {
        // The first rule naming it, from the view; none: no rule to read.
        const SyscallView::Entry *entry = view->entry(d.syscalls.constFirst());
        from = profile.rules.size();
        if (entry) {
            for (const QList<qsizetype> *rules : {&entry->unconditionalRules, &entry->conditionalRules}) {
                if (!rules->isEmpty()) {
                    from = std::min(from, rules->constFirst());
                }
            }
        }
    }
    for (qsizetype r = from; r < profile.rules.size() && !d.syscalls.isEmpty(); ++r) {
        const Rule &rule = profile.rules.at(r);
        const qsizetype n = rule.names.indexOf(d.syscalls.constFirst());
        if (n < 0) {
            continue;
        }
        JsonPointer at = JsonPointer().append(QStringLiteral("syscalls")).append(r);
        const JsonValue &source = sources.rule(r);
        const JsonValue names = source.value(u"names");
        if (names.isArray() && static_cast<size_t>(n) < names.items().size()) {
            at.append(QStringLiteral("names")).append(n);
            d.offset = sources.offset(r, names.items()[static_cast<size_t>(n)]);
        } else {
            d.offset = sources.offset(r, source);
        }
        d.pointer = at.toString();
        break;
    }
    if (d.offset < 0 && !positions.isEmpty()) {
        d.pointer = QStringLiteral("/defaultAction");
        d.offset = sources.profile().value(u"defaultAction").offset();
    }
    const TextPositions::Position pos = positions.position(d.offset);
    d.line = pos.line;
    d.column = pos.column;
}
} // namespace

const QSet<QString> &CapabilityAnalyzer::watchedSyscalls()
{
    static const QSet<QString> watched = [] {
        const Facts &f = facts();
        QSet<QString> out;
        for (const DangerousPair &p : f.pairs) {
            out.unite(QSet<QString>(p.syscalls.cbegin(), p.syscalls.cend()));
        }
        const QStringList &runtime = Catalog::instance().runtimeSyscalls();
        out.unite(QSet<QString>(runtime.cbegin(), runtime.cend()));
        for (auto it = f.requiresCapability.cbegin(); it != f.requiresCapability.cend(); ++it) {
            out.insert(it.key());
        }
        for (const QStringList &syscalls : f.capabilitySyscalls) {
            out.unite(QSet<QString>(syscalls.cbegin(), syscalls.cend()));
        }
        for (const char *name : {"unshare", "clone", "clone3"}) {
            out.insert(QString::fromLatin1(name));
        }
        return out;
    }();
    return watched;
}

void CapabilityAnalyzer::place(Diagnostics *findings, const Profile &profile, const TextPositions &positions,
                               const QString &fileName, const JsonValue &sourceRoot,
                               const std::vector<qint64> *sourceShifts, const SyscallView *view)
{
    const ProfileSources sources(profile, sourceRoot, sourceShifts);
    for (Diagnostic &d : *findings) {
        placeFinding(d, profile, sources, positions, fileName, view);
    }
}

Diagnostics CapabilityAnalyzer::analyze(const Profile &profile, const Target &target,
                                        const QMap<QString, SyscallVerdict> &verdicts, const TextPositions &positions,
                                        const QString &fileName, const JsonValue &sourceRoot,
                                        const std::vector<qint64> *sourceShifts, const SyscallView *view)
{
    const ProfileSources sources(profile, sourceRoot, sourceShifts);
    const Facts &f = facts();
    const Catalog &catalog = Catalog::instance();
    Diagnostics out;

    auto place = [&](Diagnostic &d) { placeFinding(d, profile, sources, positions, fileName, view); };
    auto add = [&](Diagnostic::Severity severity, const QString &code, const QString &message, QStringList syscalls,
                   QStringList capabilities, const LocalizedText &why) {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.message = message;
        d.syscalls = std::move(syscalls);
        d.capabilities = std::move(capabilities);
        d.explanation = why.text();
        place(d);
        out.append(d);
    };

    if (target.privileged) {
        add(Diagnostic::Severity::Error, QStringLiteral("privileged"),
            tr("--privileged: Docker loads no seccomp filter, so none of this profile applies."), {}, {},
            f.why.value(QStringLiteral("privileged")));
    }

    // Under --privileged every syscall gets through.
    static const SyscallVerdict none;
    auto verdict = [&](const QString &name) -> const SyscallVerdict & {
        const auto it = verdicts.constFind(name);
        return it == verdicts.cend() ? none : *it;
    };
    auto allowed = [&](const QString &name) { return target.privileged || allows(verdict(name).action); };
    auto sometimes = [&](const QString &name) { return target.privileged || allowsSometimes(verdict(name)); };
    auto existsHere = [&](const QString &name) {
        const SyscallInfo *info = catalog.find(name);
        return (info ? info->number(target.architecture) : catalog.syscall(name).number(target.architecture)).has_value();
    };
    auto has = [&](const QString &cap) { return target.capabilities.contains(cap); };

    // Dangerous pairs: a capability plus the syscalls that turn it into an escape.
    for (const DangerousPair &p : f.pairs) {
        QStringList caps;
        for (const QString &cap : QStringList{p.capability} + p.alsoCapabilities) {
            if (has(cap)) {
                caps.append(cap);
            }
        }
        QStringList open;
        for (const QString &s : p.syscalls) {
            if (sometimes(s)) {
                open.append(s);
            }
        }
        if (!caps.isEmpty() && !open.isEmpty()) {
            // The data's messages use %1 for the syscalls and %2 for the capabilities, either optional.
            QString message = p.message.text();
            message.replace(QLatin1String("%1"), open.join(QLatin1String(", ")));
            message.replace(QLatin1String("%2"), caps.join(QLatin1String(", ")));
            add(Diagnostic::Severity::Error, p.code, message, open, caps, p.why);
        }
    }
    if (target.privileged) {
        return out; // nothing below depends on a filter that is not loaded
    }

    // The runtime's own syscalls.
    QStringList blocked;
    for (const QString &s : catalog.runtimeSyscalls()) {
        if (existsHere(s) && !allowed(s)) {
            blocked.append(s);
        }
    }
    if (!blocked.isEmpty()) {
        add(Diagnostic::Severity::Error, QStringLiteral("runtime-needs"),
            tr("The container will not start: the runtime needs %1, which the profile denies.")
                .arg(blocked.join(QLatin1String(", "))),
            blocked, {}, f.why.value(QStringLiteral("runtime-needs")));
    }

    const Action defaultAction = profile.defaultAction.value_or(Action::Errno);
    if (defaultAction == Action::Allow || defaultAction == Action::Log) {
        add(Diagnostic::Severity::Warning, QStringLiteral("default-allow"),
            tr("The default action is %1: this is a denylist, and every syscall it does not name is allowed, "
               "including future ones.")
                .arg(Actions::name(defaultAction)),
            {}, {}, f.why.value(QStringLiteral("default-allow")));
    }

    // Allowed by a rule of the profile, refused by the kernel for want of a
    // capability. (What a denylist's default allows is the finding above.)
    QMap<QString, QStringList> needing; // capability -> syscalls
    // (The cheapest test first: an editor runs this after every edit.)
    for (auto it = f.requiresCapability.cbegin(); it != f.requiresCapability.cend(); ++it) {
        const SyscallVerdict &v = verdict(it.key());
        if (v.byDefault || !allows(v.action)) {
            continue;
        }
        const bool held = std::any_of(it.value().cbegin(), it.value().cend(), has);
        if (!held && existsHere(it.key())) {
            needing[it.value().constFirst()].append(it.key());
        }
    }
    for (auto it = needing.begin(); it != needing.end(); ++it) {
        it.value().sort();
        add(Diagnostic::Severity::Warning, QStringLiteral("allowed-needs-capability"),
            tr("%1 allowed, but the container lacks %2: the kernel still refuses with EPERM.")
                .arg(it.value().join(QLatin1String(", ")), it.key()),
            it.value(), {it.key()}, f.why.value(QStringLiteral("allowed-needs-capability")));
    }

    // Granted, but every syscall it exists for is blocked.
    for (auto it = f.capabilitySyscalls.cbegin(); it != f.capabilitySyscalls.cend(); ++it) {
        if (!has(it.key())) {
            continue;
        }
        const bool anyOpen = std::any_of(it.value().cbegin(), it.value().cend(),
                                         [&](const QString &s) { return sometimes(s) && existsHere(s); });
        if (anyOpen) {
            continue;
        }
        QStringList present;
        for (const QString &s : it.value()) {
            if (existsHere(s)) {
                present.append(s);
            }
        }
        if (!present.isEmpty()) {
            add(Diagnostic::Severity::Info, QStringLiteral("capability-unused"),
                tr("%1 is granted, but seccomp blocks every syscall it is for (%2): the grant does nothing.")
                    .arg(it.key(), present.join(QLatin1String(", "))),
                present, {it.key()}, f.why.value(QStringLiteral("capability-unused")));
        }
    }

    // Unprivileged user namespaces.
    QStringList namespaces;
    for (const QString &s : {QStringLiteral("unshare"), QStringLiteral("clone"), QStringLiteral("clone3")}) {
        if (existsHere(s) && allowed(s)) {
            namespaces.append(s);
        }
    }
    if (!namespaces.isEmpty()) {
        add(Diagnostic::Severity::Warning, QStringLiteral("user-namespaces"),
            tr("%1 allowed without a check of the namespace flags: the container can create user namespaces "
               "(CLONE_NEWUSER).")
                .arg(namespaces.join(QLatin1String(", "))),
            namespaces, {}, f.why.value(QStringLiteral("user-namespaces")));
    }

    // clone3 must say ENOSYS for glibc to fall back to clone.
    const SyscallVerdict clone3 = verdicts.value(QStringLiteral("clone3"));
    if (existsHere(QStringLiteral("clone3")) && clone3.action.startsWith(QLatin1String("SCMP_ACT_ERRNO"))
        && clone3.action != QStringLiteral("SCMP_ACT_ERRNO(%1)").arg(ENOSYS)) {
        add(Diagnostic::Severity::Warning, QStringLiteral("clone3-eperm"),
            tr("clone3 is refused with %1 instead of ENOSYS (38): glibc will not fall back to clone, and "
               "threads fail to start.")
                .arg(clone3.action),
            {QStringLiteral("clone3")}, {}, f.why.value(QStringLiteral("clone3-eperm")));
    }
    return out;
}

} // namespace Sysfence
