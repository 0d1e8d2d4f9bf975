#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "format/profilereader.h"

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

QTEST_GUILESS_MAIN(TestEffectiveProfile)
#include "test_effectiveprofile.moc"
