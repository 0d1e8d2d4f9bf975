#include "analysis/effectiveprofile.h"
#include "analysis/profilevalidator.h"
#include "analysis/rulechecks.h"
#include "analysis/syscallview.h"
#include "analysis/syscallverdict.h"
#include "format/profilereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sysfence;

namespace {
// One rule per way Docker filters, on distinct syscalls.
const QByteArray TestProfile = R"({
    "defaultAction": "SCMP_ACT_ERRNO",
    "defaultErrnoRet": 1,
    "archMap": [
        {"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"]},
        {"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}
    ],
    "syscalls": [
        {"names": ["read"], "action": "SCMP_ACT_ALLOW"},
        {"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
        {"names": ["syslog"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN", "CAP_SYSLOG"]}},
        {"names": ["arch_prctl"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["amd64", "x32"]}},
        {"names": ["set_tls"], "action": "SCMP_ACT_ALLOW", "includes": {"arches": ["arm", "arm64"]}},
        {"names": ["ptrace"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "4.8"}},
        {"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38, "excludes": {"caps": ["CAP_SYS_ADMIN"]}},
        {"names": ["s390_only"], "action": "SCMP_ACT_ALLOW", "excludes": {"arches": ["amd64", "arm64"]}},
        {"names": ["old_kernel"], "action": "SCMP_ACT_ALLOW", "excludes": {"minKernel": "5.0"}}
    ]
})";

QStringList effectiveNames(const EffectiveProfile &e)
{
    QStringList names;
    for (const Rule &r : e.profile.rules) {
        names.append(r.names);
    }
    return names;
}
} // namespace

class TestEffectiveProfile final : public QObject
{
    Q_OBJECT

private slots:
    void rulesForTarget_data();
    void rulesForTarget();
    void archMapTakesTheNativeEntryOnly();
    void privilegedDisablesSeccomp();
    void verdictsFollowRunc();
    void ruleChangeFindsTheReplacedRules();
    void updateAfterAnEditEqualsAFreshEvaluation_data();
    void updateAfterAnEditEqualsAFreshEvaluation();
    void ruleChecksFollowEdits();
};

void TestEffectiveProfile::rulesForTarget_data()
{
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<QString>("caps");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("docker default") << "" << "" << ""
                                    << QStringList{"read", "arch_prctl", "ptrace", "clone3"};
    QTest::newRow("+SYS_ADMIN") << "" << "" << "default,+SYS_ADMIN"
                                << QStringList{"read", "mount", "arch_prctl", "ptrace"};
    QTest::newRow("+SYS_ADMIN +SYSLOG") << "" << "" << "default,+SYS_ADMIN,+SYSLOG"
                                        << QStringList{"read", "mount", "syslog", "arch_prctl", "ptrace"};
    QTest::newRow("arm64") << "arm64" << "" << "" << QStringList{"read", "set_tls", "ptrace", "clone3"};
    QTest::newRow("s390x") << "s390x" << "" << "" << QStringList{"read", "ptrace", "clone3", "s390_only"};
    QTest::newRow("kernel 4.4") << "" << "4.4" << "" << QStringList{"read", "arch_prctl", "clone3", "old_kernel"};
    QTest::newRow("kernel 4.8 exactly") << "" << "4.8" << "" << QStringList{"read", "arch_prctl", "ptrace", "clone3", "old_kernel"};
    QTest::newRow("no caps") << "" << "" << "none" << QStringList{"read", "arch_prctl", "ptrace", "clone3"};
}

void TestEffectiveProfile::rulesForTarget()
{
    QFETCH(QString, arch);
    QFETCH(QString, kernel);
    QFETCH(QString, caps);
    QFETCH(QStringList, names);
    QString error;
    const std::optional<Target> target = Target::parse(arch, kernel, caps, false, &error);
    QVERIFY2(target, qPrintable(error));
    const ProfileReader::Result r = ProfileReader::read(TestProfile);
    QVERIFY(!r.hasErrors());
    const EffectiveProfile e = EffectiveProfile::evaluate(r.profile, *target);
    QCOMPARE(effectiveNames(e), names);
    for (const Rule &rule : e.profile.rules) {
        QVERIFY(rule.includes.isEmpty() && rule.excludes.isEmpty());
    }
}

void TestEffectiveProfile::archMapTakesTheNativeEntryOnly()
{
    const ProfileReader::Result r = ProfileReader::read(TestProfile);
    Target t = Target::dockerDefault();
    QCOMPARE(EffectiveProfile::evaluate(r.profile, t).profile.architectures,
             QStringList({"SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"}));
    t.architecture = QStringLiteral("SCMP_ARCH_AARCH64");
    QCOMPARE(EffectiveProfile::evaluate(r.profile, t).profile.architectures,
             QStringList({"SCMP_ARCH_AARCH64", "SCMP_ARCH_ARM"}));
    t.architecture = QStringLiteral("SCMP_ARCH_RISCV64");
    QVERIFY(EffectiveProfile::evaluate(r.profile, t).profile.architectures.isEmpty());
}

void TestEffectiveProfile::privilegedDisablesSeccomp()
{
    const ProfileReader::Result r = ProfileReader::read(TestProfile);
    QString error;
    const std::optional<Target> t = Target::parse({}, {}, {}, true, &error);
    QVERIFY(t->capabilities.contains(QStringLiteral("CAP_SYS_ADMIN")));
    QVERIFY(EffectiveProfile::evaluate(r.profile, *t).seccompDisabled);
    QVERIFY(!EffectiveProfile::evaluate(r.profile, Target::dockerDefault()).seccompDisabled);
}

void TestEffectiveProfile::verdictsFollowRunc()
{
    const ProfileReader::Result r = ProfileReader::read(R"({
        "defaultAction": "SCMP_ACT_ERRNO",
        "syscalls": [
            {"names": ["read"], "action": "SCMP_ACT_ALLOW"},
            {"names": ["mkdir"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1},
            {"names": ["kill"], "action": "SCMP_ACT_KILL"},
            {"names": ["personality"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 8, "op": "SCMP_CMP_EQ"}]}
        ]
    })");
    QVERIFY(!r.hasErrors());
    const auto v = SyscallVerdict::compute(EffectiveProfile::evaluate(r.profile, Target::dockerDefault()),
                                           {QStringLiteral("read"), QStringLiteral("mkdir"), QStringLiteral("kill"),
                                            QStringLiteral("personality"), QStringLiteral("bpf")});
    QCOMPARE(v.value(QStringLiteral("read")).action, QStringLiteral("SCMP_ACT_ALLOW"));
    // ERRNO without a number is EPERM (1), like the default: runc skips the rule.
    QVERIFY(v.value(QStringLiteral("mkdir")).byDefault);
    QCOMPARE(v.value(QStringLiteral("kill")).action, QStringLiteral("SCMP_ACT_KILL_THREAD"));
    QCOMPARE(v.value(QStringLiteral("personality")).conditions,
             QStringList{QStringLiteral("SCMP_ACT_ALLOW if arg0 == 0x8")});
    QCOMPARE(v.value(QStringLiteral("bpf")).summary(), QStringLiteral("SCMP_ACT_ERRNO(1) (default)"));
}

void TestEffectiveProfile::ruleChangeFindsTheReplacedRules()
{
    const Profile before = ProfileReader::read(TestProfile).profile;
    QVERIFY(RuleChange::between(before, before).isNone());

    Profile after = before;
    after.rules[3].names.append(QStringLiteral("write"));
    after.rules.insert(4, after.rules.at(0));
    RuleChange c = RuleChange::between(before, after);
    QVERIFY(!c.everything);
    QCOMPARE(c.first, 3);
    QCOMPARE(c.removed, 1);
    QCOMPARE(c.inserted, 2);
    // Rule 3 only gained "write": arch_prctl's rule means the same for it.
    QCOMPARE(c.names(before, after), (QStringList{QStringLiteral("write"), QStringLiteral("read")}));
    // Every name of a rule whose action changed.
    after = before;
    after.rules[3].names.append(QStringLiteral("write"));
    after.rules[3].action = Action::Log;
    QCOMPARE(RuleChange::between(before, after).names(before, after),
             (QStringList{QStringLiteral("arch_prctl"), QStringLiteral("write")}));
    // A name taken out of a big rule, put into another.
    after = before;
    after.rules[0].names.append(QStringLiteral("mount"));
    after.rules[3].names.prepend(QStringLiteral("mount"));
    QCOMPARE(RuleChange::between(before, after).names(before, after), QStringList{QStringLiteral("mount")});

    // Only the meaning counts: a rule spelled differently is the same rule.
    after = before;
    after.rules[0].source = {};
    QVERIFY(RuleChange::between(before, after).isNone());

    after = before;
    after.defaultErrnoRet = 38;
    QVERIFY(RuleChange::between(before, after).everything);
}

void TestEffectiveProfile::updateAfterAnEditEqualsAFreshEvaluation_data()
{
    QTest::addColumn<QString>("caps");
    QTest::addColumn<QString>("arch");
    QTest::newRow("docker default") << QString() << QString();
    QTest::newRow("with CAP_SYS_ADMIN") << QStringLiteral("default,+CAP_SYS_ADMIN") << QString();
    QTest::newRow("arm64") << QString() << QStringLiteral("arm64");
}

void TestEffectiveProfile::updateAfterAnEditEqualsAFreshEvaluation()
{
    QFETCH(QString, caps);
    QFETCH(QString, arch);
    QString error;
    const std::optional<Target> target = Target::parse(arch, {}, caps, false, &error);
    QVERIFY2(target, qPrintable(error));
    const Profile before = ProfileReader::read(TestProfile).profile;
    // Replace two filtered rules with three, one of them filtered out for
    // some targets, and drop the last rule.
    Profile after = before;
    Rule kept = after.rules.at(1);
    kept.names = {QStringLiteral("umount2")};
    after.rules.remove(1, 2);
    after.rules.insert(1, kept);
    after.rules.insert(1, after.rules.at(0));
    after.rules.insert(3, after.rules.at(5));
    after.rules.removeLast();

    const RuleChange change = RuleChange::between(before, after);
    QVERIFY(!change.everything);
    EffectiveProfile updated = EffectiveProfile::evaluate(before, *target);
    updated.update(after, *target, change);
    const EffectiveProfile fresh = EffectiveProfile::evaluate(after, *target);
    QCOMPARE(effectiveNames(updated), effectiveNames(fresh));
    QVERIFY(updated.profile == fresh.profile);
    QCOMPARE(updated.sourceRules, fresh.sourceRules);

    const QStringList names = {QStringLiteral("read"), QStringLiteral("mount"), QStringLiteral("umount2"),
                               QStringLiteral("syslog"), QStringLiteral("old_kernel"), QStringLiteral("bpf")};
    QMap<QString, SyscallVerdict> verdicts =
        SyscallVerdict::compute(EffectiveProfile::evaluate(before, *target), names);
    const QMap<QString, SyscallVerdict> expected = SyscallVerdict::compute(fresh, names);
    const QStringList moved = SyscallVerdict::update(verdicts, updated, change.names(before, after));
    QVERIFY(verdicts == expected);
    for (const QString &name : names) {
        const bool differs = !(SyscallVerdict::compute(EffectiveProfile::evaluate(before, *target), names).value(name)
                               == expected.value(name));
        QCOMPARE(moved.contains(name), differs);
    }
}

// The per-rule checks a document keeps for validation, spliced edit after
// edit, are those of the profile checked anew, and validating with them
// gives the same diagnostics as without.
void TestEffectiveProfile::ruleChecksFollowEdits()
{
    const QStringList pool = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("not_a_syscall"),
                              QStringLiteral("ptrace"), QStringLiteral("getxattrat_typo"), QStringLiteral("mount")};
    QRandomGenerator random(7);
    auto makeRule = [&] {
        Rule rule;
        const int names = 1 + random.bounded(3);
        for (int n = 0; n < names; ++n) {
            rule.names.append(pool.at(random.bounded(static_cast<int>(pool.size()))));
        }
        rule.action = random.bounded(4) == 0 ? Action::Errno : Action::Allow;
        if (random.bounded(3) == 0) {
            ArgCondition arg;
            arg.value = random.bounded(5);
            rule.args.append(arg);
        }
        return rule;
    };
    Profile profile;
    profile.defaultAction = Action::Errno;
    for (int i = 0; i < 40; ++i) {
        profile.rules.append(makeRule());
    }
    const QString arch = QStringLiteral("SCMP_ARCH_X86_64");
    RuleChecks checks(profile, arch);
    qsizetype repeats = 0;
    for (int step = 0; step < 200; ++step) {
        Profile next = profile;
        const qsizetype at = random.bounded(static_cast<int>(next.rules.size()) + 1);
        const qsizetype remove = std::min<qsizetype>(random.bounded(4), next.rules.size() - at);
        next.rules.remove(at, remove);
        for (int n = random.bounded(4); n > 0; --n) {
            next.rules.insert(at, makeRule());
        }
        // Sometimes a second change further on: the rules between only move.
        if (random.bounded(2) == 0 && next.rules.size() > at + 10) {
            next.rules[at + 5 + random.bounded(int(next.rules.size() - at - 5))] = makeRule();
        }
        const RuleChange change = RuleChange::between(profile, next);
        checks.update(next, &change, arch, &profile);
        QVERIFY(checks.covers(next.rules.size(), arch));
        for (qsizetype r = 0; r < next.rules.size(); ++r) {
            const RuleChecks::Check fresh = RuleChecks::check(next.rules.at(r), arch);
            QCOMPARE(checks.at(r).unknownNames, fresh.unknownNames);
            QCOMPARE(checks.at(r).unconditional, fresh.unconditional);
        }
        // The same diagnostics, in the same order, from the checks alone and
        // from the checks and the syscall view (names repeated within a rule
        // and across rules included).
        const Diagnostics without = ProfileValidator::validate(next, {}, QStringLiteral("p.json"));
        ProfileValidator::Options options;
        options.checks = &checks;
        const SyscallView view(next);
        for (const SyscallView *withView : {static_cast<const SyscallView *>(nullptr), &view}) {
            options.view = withView;
            const Diagnostics with = ProfileValidator::validate(next, {}, QStringLiteral("p.json"), options);
            QCOMPARE(with.size(), without.size());
            for (qsizetype i = 0; i < with.size(); ++i) {
                QCOMPARE(with.at(i).code, without.at(i).code);
                QCOMPARE(with.at(i).message, without.at(i).message);
                QCOMPARE(with.at(i).pointer, without.at(i).pointer);
            }
        }
        repeats += std::count_if(without.cbegin(), without.cend(), [](const Diagnostic &d) {
            return d.code == QLatin1String("duplicate-syscall") || d.code == QLatin1String("conflicting-actions");
        });
        profile = next;
    }
    QVERIFY(repeats > 0); // the random rules did repeat names
    // A name listed twice in its only rule.
    {
        Profile twice;
        Rule rule;
        rule.names = {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("read")};
        rule.action = Action::Allow;
        twice.rules.append(rule);
        const RuleChecks twiceChecks(twice, arch);
        const SyscallView twiceView(twice);
        ProfileValidator::Options options;
        options.checks = &twiceChecks;
        options.view = &twiceView;
        const Diagnostics found = ProfileValidator::validate(twice, {}, QStringLiteral("p.json"), options);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().code, QStringLiteral("duplicate-syscall"));
        QVERIFY(found.constFirst().message.contains(QStringLiteral("read")));
        QCOMPARE(found.constFirst().pointer, ProfileValidator::validate(twice, {}, {}).constFirst().pointer);
    }
    QVERIFY(checks.covers(profile.rules.size(), arch));
    QVERIFY(!checks.covers(profile.rules.size(), QStringLiteral("SCMP_ARCH_AARCH64")));
    // Another architecture checks every rule again.
    checks.update(profile, nullptr, QStringLiteral("SCMP_ARCH_AARCH64"));
    QVERIFY(checks.covers(profile.rules.size(), QStringLiteral("SCMP_ARCH_AARCH64")));
}

QTEST_GUILESS_MAIN(TestEffectiveProfile)
#include "test_effectiveprofile.moc"
