#include "analysis/capabilityanalyzer.h"
#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "edit/profileeditor.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QSet>
#include <QTest>

using namespace Sysfence;

namespace {
// A profile that lets the runtime start, plus the given rules.
QByteArray profileWith(const QByteArray &defaultAction, const QByteArray &extraRules)
{
    QByteArray runtime = "\"execve\", \"exit_group\", \"exit\", \"futex\", \"prctl\", \"capget\", \"capset\", \"setgroups\","
                         " \"setresuid\", \"setresgid\", \"rt_sigreturn\", \"rt_sigprocmask\", \"rt_sigaction\","
                         " \"sigaltstack\", \"mmap\", \"munmap\", \"mprotect\", \"brk\", \"read\", \"write\", \"close\","
                         " \"openat\", \"fstat\", \"newfstatat\", \"fcntl\", \"nanosleep\", \"sched_yield\", \"getpid\","
                         " \"gettid\", \"tgkill\", \"arch_prctl\", \"set_tid_address\", \"set_robust_list\", \"chroot\"";
    QByteArray text = "{\"defaultAction\": \"" + defaultAction + "\", \"syscalls\": ["
                      "{\"names\": [" + runtime + "], \"action\": \"SCMP_ACT_ALLOW\"},"
                      "{\"names\": [\"clone3\"], \"action\": \"SCMP_ACT_ERRNO\", \"errnoRet\": 38}";
    if (!extraRules.isEmpty()) {
        text += "," + extraRules;
    }
    return text + "]}";
}

QStringList codesOf(const Diagnostics &diagnostics)
{
    QStringList codes;
    for (const Diagnostic &d : diagnostics) {
        codes.append(d.code);
    }
    codes.sort();
    return codes;
}
} // namespace

class TestCapabilityAnalyzer final : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void findingsExplainThemselves();
    void dockerDefaultIsClean();
    void dockerDefaultPrivileged();
    void capabilityUnlocksSyscalls();
    void onlyWatchedSyscallsChangeFindings();
};

void TestCapabilityAnalyzer::findings_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("caps");
    QTest::addColumn<bool>("privileged");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("syscalls");     // of the first finding
    QTest::addColumn<QStringList>("capabilities"); // of the first finding

    const QByteArray errno_ = "SCMP_ACT_ERRNO";
    QTest::newRow("clean") << profileWith(errno_, {}) << "" << false << QStringList() << QStringList() << QStringList();
    // Without a filter every syscall gets through, and --privileged grants every capability.
    QTest::newRow("privileged") << profileWith(errno_, {}) << "" << true
                                << QStringList{"privileged", "dangerous-bpf", "dangerous-dac-read-search", "dangerous-sys-admin",
                                               "dangerous-sys-module", "dangerous-sys-ptrace"}
                                << QStringList() << QStringList();
    QTest::newRow("allowed but needs a capability")
        << profileWith(errno_, R"({"names": ["mount", "umount2"], "action": "SCMP_ACT_ALLOW"})") << "" << false
        << QStringList{"allowed-needs-capability"} << QStringList{"mount", "umount2"} << QStringList{"CAP_SYS_ADMIN"};
    QTest::newRow("syslog with CAP_SYS_ADMIN is fine")
        << profileWith(errno_, R"({"names": ["syslog"], "action": "SCMP_ACT_ALLOW"})") << "default,+SYS_ADMIN" << false
        << QStringList{"capability-unused"} << QStringList{"mount", "umount2", "pivot_root", "setns", "unshare", "swapon",
                                                           "swapoff", "quotactl", "sethostname", "setdomainname", "fsopen",
                                                           "fsmount", "move_mount", "open_tree"}
        << QStringList{"CAP_SYS_ADMIN"};
    QTest::newRow("capability granted, syscalls blocked")
        << profileWith(errno_, {}) << "default,+SYS_TIME" << false << QStringList{"capability-unused"}
        << QStringList{"settimeofday", "clock_settime", "adjtimex", "clock_adjtime"} << QStringList{"CAP_SYS_TIME"};
    QTest::newRow("CAP_SYS_ADMIN and mount")
        << profileWith(errno_, R"({"names": ["mount"], "action": "SCMP_ACT_ALLOW"})") << "default,+SYS_ADMIN" << false
        << QStringList{"dangerous-sys-admin"} << QStringList{"mount"} << QStringList{"CAP_SYS_ADMIN"};
    QTest::newRow("shocker")
        << profileWith(errno_, R"({"names": ["open_by_handle_at"], "action": "SCMP_ACT_ALLOW"})")
        << "default,+DAC_READ_SEARCH" << false << QStringList{"dangerous-dac-read-search"}
        << QStringList{"open_by_handle_at"} << QStringList{"CAP_DAC_READ_SEARCH"};
    QTest::newRow("modules")
        << profileWith(errno_, R"({"names": ["finit_module"], "action": "SCMP_ACT_ALLOW"})") << "default,+SYS_MODULE"
        << false << QStringList{"dangerous-sys-module"} << QStringList{"finit_module"} << QStringList{"CAP_SYS_MODULE"};
    QTest::newRow("ptrace")
        << profileWith(errno_, R"({"names": ["ptrace", "process_vm_writev", "process_vm_readv"], "action": "SCMP_ACT_ALLOW"})")
        << "default,+SYS_PTRACE" << false << QStringList{"dangerous-sys-ptrace"}
        << QStringList{"ptrace", "process_vm_writev"} << QStringList{"CAP_SYS_PTRACE"};
    QTest::newRow("bpf with CAP_BPF")
        << profileWith(errno_, R"({"names": ["bpf"], "action": "SCMP_ACT_ALLOW"})") << "default,+BPF,+PERFMON" << false
        << QStringList{"dangerous-bpf"} << QStringList{"bpf"} << QStringList{"CAP_BPF", "CAP_PERFMON"};
    QTest::newRow("default allow") << profileWith("SCMP_ACT_ALLOW", R"({"names": ["unshare", "clone"], "action": "SCMP_ACT_ERRNO"})")
                                   << "" << false << QStringList{"default-allow"} << QStringList() << QStringList();
    QTest::newRow("user namespaces")
        << profileWith(errno_, R"({"names": ["unshare"], "action": "SCMP_ACT_ALLOW"})") << "" << false
        << QStringList{"user-namespaces"} << QStringList{"unshare"} << QStringList();
    QTest::newRow("clone with a flag check is fine")
        << profileWith(errno_, R"({"names": ["clone"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 0, "value": 2114060288, "valueTwo": 0, "op": "SCMP_CMP_MASKED_EQ"}]})")
        << "" << false << QStringList() << QStringList() << QStringList();
    QTest::newRow("runtime needs")
        << QByteArray(R"({"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["capset", "execve", "unshare", "clone", "clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38}]})")
        << "" << false << QStringList{"runtime-needs", "default-allow"} << QStringList{"execve", "capset"} << QStringList();
    QTest::newRow("clone3 EPERM")
        << QByteArray(R"({"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["clone3", "unshare", "clone"], "action": "SCMP_ACT_ERRNO", "errnoRet": 1}]})")
        << "" << false << QStringList{"clone3-eperm", "default-allow"} << QStringList{"clone3"} << QStringList();
}

void TestCapabilityAnalyzer::findings()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, caps);
    QFETCH(bool, privileged);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, syscalls);
    QFETCH(QStringList, capabilities);
    const ProfileReader::Result r = ProfileReader::read(profile, QStringLiteral("p.json"));
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).message));
    QString error;
    const std::optional<Target> target = Target::parse({}, {}, caps, privileged, &error);
    QVERIFY2(target, qPrintable(error));
    const Diagnostics found = CapabilityAnalyzer::analyze(r.profile, *target, profile, QStringLiteral("p.json"));
    QStringList expected = codes;
    expected.sort();
    QCOMPARE(codesOf(found), expected);
    if (!syscalls.isEmpty() || !capabilities.isEmpty()) {
        const Diagnostic &first = *std::find_if(found.cbegin(), found.cend(),
                                                [&](const Diagnostic &d) { return d.code == codes.constFirst(); });
        QCOMPARE(first.syscalls, syscalls);
        QCOMPARE(first.capabilities, capabilities);
        QVERIFY(first.line > 0);
    }
}

void TestCapabilityAnalyzer::findingsExplainThemselves()
{
    // Every code has a "why" in both languages.
    const QByteArray everything = R"({"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [
        {"names": ["execve"], "action": "SCMP_ACT_ERRNO"},
        {"names": ["mount"], "action": "SCMP_ACT_ALLOW"}]})";
    const ProfileReader::Result r = ProfileReader::read(everything);
    QString error;
    const Diagnostics all = CapabilityAnalyzer::analyze(r.profile, *Target::parse({}, {}, QStringLiteral("all"), false, &error));
    QVERIFY(!all.isEmpty());
    for (const Diagnostic &d : all) {
        QVERIFY2(d.explanation.size() > 100, qPrintable(d.code));
        QVERIFY2(CapabilityAnalyzer::codes().contains(d.code), qPrintable(d.code));
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const Diagnostics zh = CapabilityAnalyzer::analyze(r.profile, *Target::parse({}, {}, QStringLiteral("all"), false, &error));
    QLocale::setDefault(QLocale::c());
    QVERIFY(zh.constFirst().explanation.contains(QStringLiteral("容器")) || zh.constFirst().explanation.contains(QStringLiteral("系统调用")));
}

void TestCapabilityAnalyzer::dockerDefaultIsClean()
{
    const Profile docker = ProfileTemplates::dockerDefault();
    const Diagnostics found = CapabilityAnalyzer::analyze(docker, Target::dockerDefault());
    QStringList problems;
    for (const Diagnostic &d : found) {
        if (d.severity != Diagnostic::Severity::Info) {
            problems << d.code + QLatin1String(": ") + d.message;
        }
    }
    QCOMPARE(problems, QStringList());
}

void TestCapabilityAnalyzer::dockerDefaultPrivileged()
{
    const Profile docker = ProfileTemplates::dockerDefault();
    QString error;
    const Diagnostics found = CapabilityAnalyzer::analyze(docker, *Target::parse({}, {}, {}, true, &error));
    QCOMPARE(codesOf(found), QStringList({"dangerous-bpf", "dangerous-dac-read-search", "dangerous-sys-admin",
                                          "dangerous-sys-module", "dangerous-sys-ptrace", "privileged"}));
    for (const Diagnostic &d : found) {
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
    }
}

void TestCapabilityAnalyzer::capabilityUnlocksSyscalls()
{
    const Profile docker = ProfileTemplates::dockerDefault();
    const QStringList unlocked =
        CapabilityAnalyzer::unlockedBy(docker, Target::dockerDefault(), QStringLiteral("CAP_SYS_ADMIN"));
    for (const char *name : {"mount", "umount2", "unshare", "setns", "bpf", "clone", "clone3"}) {
        QVERIFY2(unlocked.contains(QString::fromLatin1(name)), name);
    }
    QVERIFY(!unlocked.contains(QStringLiteral("read")));
    QCOMPARE(CapabilityAnalyzer::unlockedBy(docker, Target::dockerDefault(), QStringLiteral("CAP_SYS_MODULE")),
             QStringList({"delete_module", "finit_module", "init_module"}));
}

// An editor keeps the findings of an edit that changed no verdict of a
// watched syscall (they are only placed again): every syscall analyze()
// reads must be watched. Setting any other syscall to any action leaves the
// findings as they were; setting watched ones changes some.
void TestCapabilityAnalyzer::onlyWatchedSyscallsChangeFindings()
{
    const QSet<QString> &watched = CapabilityAnalyzer::watchedSyscalls();
    QVERIFY(watched.contains(QStringLiteral("ptrace")));
    QVERIFY(watched.contains(QStringLiteral("clone3")));
    auto describe = [](const Diagnostics &findings) {
        QStringList out;
        for (const Diagnostic &d : findings) {
            out << d.code + u' ' + d.message + u' ' + d.syscalls.join(u',') + u' ' + d.capabilities.join(u',');
        }
        return out;
    };
    for (const bool privileged : {false, true}) {
        Target target = Target::dockerDefault();
        target.privileged = privileged;
        target.capabilities.insert(QStringLiteral("CAP_SYS_ADMIN")); // more findings to watch over
        const Profile base = ProfileTemplates::dockerDefault();
        const QStringList before = describe(CapabilityAnalyzer::analyze(base, target));
        QVERIFY(!before.isEmpty());
        int changedByWatched = 0;
        for (const QString &name : Catalog::instance().syscallNames()) {
            for (const Action action : {Action::Allow, Action::Errno}) {
                const Profile edited = ProfileEditor::setSyscallAction(base, name, action).after;
                const QStringList after = describe(CapabilityAnalyzer::analyze(edited, target));
                if (!watched.contains(name)) {
                    QVERIFY2(after == before, qPrintable(name));
                } else {
                    changedByWatched += after != before;
                }
            }
        }
        // (Under --privileged no verdict matters: every syscall gets through.)
        QCOMPARE(changedByWatched > 0, !privileged);
    }
}

QTEST_GUILESS_MAIN(TestCapabilityAnalyzer)
#include "test_capabilityanalyzer.moc"
