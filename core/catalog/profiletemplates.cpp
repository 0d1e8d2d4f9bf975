#include "profiletemplates.h"

#include "catalog.h"

#include <QHash>

#include <cerrno>

namespace Sysfence {

namespace {
// A grant as a fresh rule, so the writer lays it out like Docker does.
Rule freshRule(const Rule &grant)
{
    Rule r = grant;
    r.source = {};
    r.includes.source = {};
    r.excludes.source = {};
    for (ArgCondition &a : r.args) {
        a.source = {};
    }
    return r;
}

Profile dockerShell()
{
    const Catalog &catalog = Catalog::instance();
    Profile p;
    p.defaultAction = catalog.dockerDefaultAction();
    p.defaultErrnoRet = catalog.dockerDefaultErrnoRet();
    p.archMap = catalog.dockerArchMap();
    return p;
}
} // namespace

QStringList ProfileTemplates::ids()
{
    return {QStringLiteral("docker-default"), QStringLiteral("strict"), QStringLiteral("audit"),
            QStringLiteral("empty")};
}

QString ProfileTemplates::title(const QString &id)
{
    if (id == QLatin1String("docker-default")) {
        return tr("Docker default");
    }
    if (id == QLatin1String("strict")) {
        return tr("Strict baseline");
    }
    if (id == QLatin1String("audit")) {
        return tr("Audit everything");
    }
    if (id == QLatin1String("empty")) {
        return tr("Empty allowlist");
    }
    return {};
}

QString ProfileTemplates::description(const QString &id)
{
    if (id == QLatin1String("docker-default")) {
        return tr("What Docker applies to every container unless told otherwise.");
    }
    if (id == QLatin1String("strict")) {
        return tr("Docker's everyday syscalls only: nothing above low risk, whatever the capabilities.");
    }
    if (id == QLatin1String("audit")) {
        return tr("Allows every syscall and logs it, to learn what a program needs.");
    }
    if (id == QLatin1String("empty")) {
        return tr("Denies every syscall with EPERM; add what the program needs.");
    }
    return {};
}

std::optional<Profile> ProfileTemplates::create(const QString &id)
{
    if (id == QLatin1String("docker-default")) {
        return dockerDefault();
    }
    if (id == QLatin1String("strict")) {
        return strict();
    }
    if (id == QLatin1String("audit")) {
        return audit();
    }
    if (id == QLatin1String("empty")) {
        return empty();
    }
    return std::nullopt;
}

Profile ProfileTemplates::dockerDefault()
{
    Profile p = dockerShell();
    // Syscalls sharing the same grant share a rule, as in Docker's file.
    // Rules come in the order their first grant appears when walking the
    // catalogue by name, with the plain allowlist first.
    QList<Rule> rules;
    QHash<QString, qsizetype> byGrant; // grant written as text -> rule index
    auto key = [](const Rule &g) {
        Rule copy = g;
        copy.names.clear();
        QString text = Actions::name(*copy.action) + QString::number(copy.errnoRet.value_or(0)) + copy.comment;
        for (const ArgCondition &a : copy.args) {
            text += QStringLiteral("|%1,%2,%3,%4").arg(a.index).arg(a.value).arg(a.valueTwo).arg(CompareOps::name(*a.op));
        }
        for (const Filter *f : {&copy.includes, &copy.excludes}) {
            text += QStringLiteral("|%1/%2/%3").arg(f->caps.join(QLatin1Char(',')), f->arches.join(QLatin1Char(',')), f->minKernel);
        }
        return text;
    };
    Rule allow;
    allow.action = Action::Allow;
    rules.append(allow);
    byGrant.insert(key(allow), 0);
    const Catalog &catalog = Catalog::instance();
    for (const QString &name : catalog.syscallNames()) {
        const SyscallInfo *info = catalog.find(name);
        if (!info) {
            continue;
        }
        for (const Rule &grant : info->dockerGrants) {
            if (!grant.action) {
                continue;
            }
            const QString k = key(grant);
            auto it = byGrant.constFind(k);
            if (it == byGrant.constEnd()) {
                rules.append(freshRule(grant));
                it = byGrant.insert(k, rules.size() - 1);
            }
            rules[*it].names.append(name);
        }
    }
    rules.removeIf([](const Rule &r) { return r.names.isEmpty(); });
    p.rules = RuleList(rules);
    return p;
}

Profile ProfileTemplates::strict()
{
    Profile p = dockerShell();
    Rule allow;
    allow.action = Action::Allow;
    const Catalog &catalog = Catalog::instance();
    for (const QString &name : catalog.syscallNames()) {
        const SyscallInfo *info = catalog.find(name);
        const bool lowRisk = info && info->risk == RiskLevel::Low
            && info->dockerDisposition() == SyscallInfo::DockerDisposition::Allowed;
        // The runtime's own needs come first: without them nothing starts.
        if (lowRisk || catalog.runtimeSyscalls().contains(name)) {
            allow.names.append(name);
        }
    }
    p.rules.append(allow);
    Rule clone3;
    clone3.names = QStringList{QStringLiteral("clone3")};
    clone3.action = Action::Errno;
    clone3.errnoRet = ENOSYS;
    clone3.comment = QStringLiteral("ENOSYS makes glibc fall back to clone(2), whose flags seccomp can inspect");
    p.rules.append(clone3);
    return p;
}

Profile ProfileTemplates::audit()
{
    Profile p;
    p.defaultAction = Action::Log;
    return p;
}

Profile ProfileTemplates::empty()
{
    return dockerShell();
}

} // namespace Sysfence
