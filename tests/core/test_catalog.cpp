#include "testcorpus.h"

#include "catalog/argumentnames.h"
#include "catalog/catalog.h"
#include "format/namesuggester.h"
#include "format/profilereader.h"
#include "seccomp/syscallresolver.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <seccomp.h>

#include <algorithm>
#include <cstdlib>

using namespace Sysfence;

class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void dataLoadsCleanly();
    void everyLibseccompNameHasData();
    void knownNamesAreEveryNameLibseccompResolves();
    void suggestionsAreTheClosestNames();
    void entriesAreComplete();
    void userGroupsComeFirst();
    void capabilities();
    void numbersPerArchitecture_data();
    void numbersPerArchitecture();
    void corpusNamesAreInTheCatalogue();
    void argumentNames();
};

void TestCatalog::dataLoadsCleanly()
{
    QCOMPARE(Catalog::instance().loadErrors(), QStringList());
}

void TestCatalog::everyLibseccompNameHasData()
{
    // The catalogue covers every syscall this libseccomp knows, so no
    // entry falls back to "no description yet".
    QStringList missing;
    for (const QString &name : SyscallResolver::knownNames()) {
        if (!Catalog::instance().find(name)) {
            missing.append(name);
        }
    }
    QCOMPARE(missing, QStringList());
}

void TestCatalog::knownNamesAreEveryNameLibseccompResolves()
{
    // knownNames() skips the numbers where libseccomp keeps no syscall;
    // every number from far below its pseudo-numbers to far above x86_64's
    // last syscall finds the same names.
    QSet<QString> all;
    for (int nr = -30000; nr < 4096; ++nr) {
        if (char *name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_X86_64, nr)) {
            all.insert(QString::fromLatin1(name));
            std::free(name);
        }
    }
    QStringList expected(all.cbegin(), all.cend());
    expected.sort();
    QVERIFY(expected.size() > 400);
    QCOMPARE(SyscallResolver::knownNames(), expected);
}

namespace {
// The textbook distance, every cell of the table, for comparison.
int referenceDistance(const QString &a, const QString &b)
{
    const QString x = a.toLower();
    const QString y = b.toLower();
    QList<QList<int>> d(x.size() + 1, QList<int>(y.size() + 1));
    for (qsizetype i = 0; i <= x.size(); ++i) {
        for (qsizetype j = 0; j <= y.size(); ++j) {
            if (i == 0 || j == 0) {
                d[i][j] = static_cast<int>(i + j);
                continue;
            }
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[x.size()][y.size()];
}
} // namespace

void TestCatalog::suggestionsAreTheClosestNames()
{
    QCOMPARE(NameSuggester::distance(u"ptrace", u"ptrace"), 0);
    QCOMPARE(NameSuggester::distance(u"PTRACE", u"ptrace"), 0);
    QCOMPARE(NameSuggester::distance(u"ptarce", u"ptrace"), 1); // two letters swapped
    QCOMPARE(NameSuggester::distance(u"", u"kill"), 4);
    QCOMPARE(NameSuggester::distance(u"mount_setattr", u"umount2"), referenceDistance(QStringLiteral("mount_setattr"), QStringLiteral("umount2")));
    QCOMPARE(NameSuggester::closest(QStringLiteral("ptarce"), SyscallResolver::knownNames()), QStringLiteral("ptrace"));
    QCOMPARE(NameSuggester::closest(QStringLiteral("allow"), {QStringLiteral("SCMP_ACT_ALLOW")}), QStringLiteral("SCMP_ACT_ALLOW"));
    QCOMPARE(NameSuggester::closest(QStringLiteral("zzzzzzzz"), SyscallResolver::knownNames()), QString());

    // Misspell known names at random (drop, add, change or swap letters,
    // change case) and compare with the closest name the full table finds:
    // the nearest within about one mistake per four letters, the first
    // in the list among equals.
    const QStringList &names = SyscallResolver::knownNames();
    QRandomGenerator random(20261129);
    for (int round = 0; round < 400; ++round) {
        QString word = names.at(random.bounded(names.size()));
        const int mistakes = random.bounded(1, 5);
        for (int k = 0; k < mistakes && !word.isEmpty(); ++k) {
            const qsizetype at = random.bounded(word.size());
            const QChar letter(u'a' + random.bounded(26));
            switch (random.bounded(5)) {
            case 0: word.remove(at, 1); break;
            case 1: word.insert(at, letter); break;
            case 2: word[at] = letter; break;
            case 3:
                if (at + 1 < word.size()) {
                    std::swap(word[at], word[at + 1]);
                }
                break;
            default: word[at] = word[at].toUpper(); break;
            }
        }
        QString expected;
        for (const QString &n : names) {
            if (n.size() > word.size() && n.endsWith(word, Qt::CaseInsensitive) && n.at(n.size() - word.size() - 1) == u'_') {
                expected = n;
                break;
            }
        }
        if (expected.isEmpty() && !word.isEmpty()) {
            int best = std::clamp(static_cast<int>(word.size() / 4), 1, 3) + 1;
            for (const QString &n : names) {
                const int d = referenceDistance(word, n);
                if (d < best) {
                    best = d;
                    expected = n;
                }
            }
        }
        QCOMPARE(NameSuggester::closest(word, names), expected);
        const QString other = names.at(random.bounded(names.size()));
        QCOMPARE(NameSuggester::distance(word, other), referenceDistance(word, other));
    }
}

void TestCatalog::entriesAreComplete()
{
    const Catalog &catalog = Catalog::instance();
    for (const QString &name : catalog.syscallNames()) {
        const SyscallInfo info = catalog.syscall(name);
        QVERIFY2(catalog.group(info.group), qPrintable(name));
        QVERIFY2(!info.summary.en.isEmpty() && !info.summary.zhCN.isEmpty(), qPrintable(name));
        QVERIFY2(info.summary.en.size() <= 120, qPrintable(name));
        if (info.risk >= RiskLevel::High) {
            QVERIFY2(!info.riskNote.en.isEmpty() && !info.riskNote.zhCN.isEmpty(), qPrintable(name));
        }
        if (!info.capability.isEmpty()) {
            QVERIFY2(catalog.capability(info.capability), qPrintable(name + QLatin1Char(' ') + info.capability));
        }
    }
}

void TestCatalog::userGroupsComeFirst()
{
    const QList<RiskGroup> &groups = Catalog::instance().groups();
    QVERIFY(groups.size() >= 20);
    const QStringList first = {QStringLiteral("mount"), QStringLiteral("process-inspection"), QStringLiteral("keys"),
                               QStringLiteral("modules")};
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(groups.at(i).id, first.at(i));
        QVERIFY(!groups.at(i).name.zhCN.isEmpty());
        QVERIFY(!groups.at(i).rationale.en.isEmpty());
    }
    const Catalog &catalog = Catalog::instance();
    QCOMPARE(catalog.syscall(QStringLiteral("mount")).group, QStringLiteral("mount"));
    QCOMPARE(catalog.syscall(QStringLiteral("ptrace")).group, QStringLiteral("process-inspection"));
    QCOMPARE(catalog.syscall(QStringLiteral("keyctl")).group, QStringLiteral("keys"));
    QCOMPARE(catalog.syscall(QStringLiteral("finit_module")).group, QStringLiteral("modules"));
    QCOMPARE(catalog.syscall(QStringLiteral("mount")).risk, RiskLevel::Critical);
    QCOMPARE(catalog.syscall(QStringLiteral("mount")).capability, QStringLiteral("CAP_SYS_ADMIN"));
    QCOMPARE(catalog.syscall(QStringLiteral("read")).risk, RiskLevel::Low);
}

void TestCatalog::capabilities()
{
    const Catalog &catalog = Catalog::instance();
    QCOMPARE(catalog.capabilities().size(), 41);
    for (int i = 0; i < 41; ++i) {
        QCOMPARE(catalog.capabilities().at(i).number, i);
        QVERIFY(!catalog.capabilities().at(i).summary.zhCN.isEmpty());
    }
    QCOMPARE(catalog.dockerDefaultCapabilities().size(), 14);
    QVERIFY(catalog.dockerDefaultCapabilities().contains(QStringLiteral("CAP_NET_BIND_SERVICE")));
    QVERIFY(!catalog.dockerDefaultCapabilities().contains(QStringLiteral("CAP_SYS_ADMIN")));
    QCOMPARE(catalog.capability(QStringLiteral("sys_admin"))->number, 21);
}

void TestCatalog::numbersPerArchitecture_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<int>("number"); // -1: not on that architecture
    QTest::newRow("read x86_64") << "read" << "SCMP_ARCH_X86_64" << 0;
    QTest::newRow("read aarch64") << "read" << "SCMP_ARCH_AARCH64" << 63;
    QTest::newRow("ptrace x86") << "ptrace" << "SCMP_ARCH_X86" << 26;
    QTest::newRow("open aarch64") << "open" << "SCMP_ARCH_AARCH64" << -1;
    QTest::newRow("arch_prctl arm") << "arch_prctl" << "SCMP_ARCH_ARM" << -1;
    QTest::newRow("mount s390x") << "mount" << "SCMP_ARCH_S390X" << 21;
    QTest::newRow("clone3 riscv64") << "clone3" << "SCMP_ARCH_RISCV64" << 435;
    QTest::newRow("x32 read") << "read" << "SCMP_ARCH_X32" << 0x40000000;
}

void TestCatalog::numbersPerArchitecture()
{
    QFETCH(QString, name);
    QFETCH(QString, arch);
    QFETCH(int, number);
    const std::optional<int> nr = Catalog::instance().syscall(name).number(arch);
    QCOMPARE(nr.value_or(-1), number);
}

void TestCatalog::corpusNamesAreInTheCatalogue()
{
    SKIP_WITHOUT_CORPUS();
    const Catalog &catalog = Catalog::instance();
    for (const QString &file : TestCorpus::jsonFiles()) {
        const ProfileReader::Result r = ProfileReader::readFile(TestCorpus::path(file));
        const QStringList names = catalog.syscallNames(r.profile);
        for (const Rule &rule : r.profile.rules) {
            for (const QString &name : rule.names) {
                QVERIFY2(names.contains(name), qPrintable(file + QLatin1Char(' ') + name));
                const SyscallInfo info = catalog.syscall(name);
                QVERIFY(catalog.group(info.group));
                QVERIFY(!info.summary.en.isEmpty());
            }
        }
    }
    // Names that are no syscall at all still get an entry, and say so.
    const SyscallInfo bogus = catalog.syscall(QStringLiteral("procexit"));
    QCOMPARE(bogus.group, QStringLiteral("unknown"));
    QVERIFY(!bogus.knownToLibseccomp);
}

void TestCatalog::argumentNames()
{
    const ArgumentNames &names = ArgumentNames::instance();
    QVERIFY(names.hasNames(QStringLiteral("clone"), 0));
    QCOMPARE(names.format(QStringLiteral("clone"), 0, 0x7e020000),
             QStringLiteral("CLONE_NEWNS|CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET"));
    QCOMPARE(names.parse(QStringLiteral("clone"), 0, QStringLiteral("CLONE_NEWUSER | 0x20000")), 0x10020000u);
    QCOMPARE(names.format(QStringLiteral("socket"), 0, 40), QStringLiteral("AF_VSOCK"));
    QCOMPARE(names.parse(QStringLiteral("socket"), 0, QStringLiteral("AF_ALG")), 38u);
    QCOMPARE(names.format(QStringLiteral("personality"), 0, 0xffffffff), QStringLiteral("PER_QUERY"));
    QCOMPARE(names.format(QStringLiteral("read"), 0, 3), QString());
    QVERIFY(!names.parse(QStringLiteral("clone"), 0, QStringLiteral("CLONE_NEWUSR")));
    QCOMPARE(names.parse(QStringLiteral("read"), 0, QStringLiteral("18446744073709551615")),
             std::numeric_limits<quint64>::max());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
