#include "testcorpus.h"

#include "analysis/syscallverdict.h"
#include "catalog/catalog.h"
#include "catalog/profiletemplates.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QSet>
#include <QTest>

using namespace Sysfence;

namespace {
QStringList allNames(const Profile &a, const Profile &b)
{
    QSet<QString> names;
    for (const Profile *p : {&a, &b}) {
        for (const Rule &r : p->rules) {
            for (const QString &n : r.names) {
                names.insert(n);
            }
        }
    }
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}
} // namespace

class TestTemplates final : public QObject
{
    Q_OBJECT

private slots:
    void dockerDefaultMatchesDocker_data();
    void dockerDefaultMatchesDocker();
    void templatesAreValid_data();
    void templatesAreValid();
    void strictIsStricterThanDocker();
};

void TestTemplates::dockerDefaultMatchesDocker_data()
{
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QString>("kernel");
    QTest::addColumn<QString>("caps");
    QTest::newRow("default target") << "" << "" << "";
    QTest::newRow("+SYS_ADMIN") << "" << "" << "default,+SYS_ADMIN";
    QTest::newRow("+SYS_PTRACE") << "" << "" << "default,+SYS_PTRACE";
    QTest::newRow("aarch64") << "arm64" << "" << "";
    QTest::newRow("kernel 4.4") << "" << "4.4" << "";
    QTest::newRow("s390x, all caps") << "s390x" << "" << "all";
}

void TestTemplates::dockerDefaultMatchesDocker()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, arch);
    QFETCH(QString, kernel);
    QFETCH(QString, caps);
    QString error;
    const std::optional<Target> target = Target::parse(arch, kernel, caps, false, &error);
    QVERIFY2(target, qPrintable(error));

    const ProfileReader::Result docker = ProfileReader::readFile(TestCorpus::path(QStringLiteral("docker-default-2026.json")));
    QVERIFY(docker.parsed);
    const Profile generated = ProfileTemplates::dockerDefault();
    const QStringList names = allNames(docker.profile, generated);
    const EffectiveProfile a = EffectiveProfile::evaluate(docker.profile, *target);
    const EffectiveProfile b = EffectiveProfile::evaluate(generated, *target);
    QCOMPARE(b.profile.architectures, a.profile.architectures);
    QCOMPARE(b.profile.defaultAction, a.profile.defaultAction);
    QCOMPARE(b.profile.defaultErrnoRet, a.profile.defaultErrnoRet);
    const auto expected = SyscallVerdict::compute(a, names);
    const auto actual = SyscallVerdict::compute(b, names);
    QStringList differences;
    for (const QString &name : names) {
        if (!(expected.value(name) == actual.value(name))) {
            differences << QStringLiteral("%1: docker %2, template %3")
                               .arg(name, expected.value(name).summary(), actual.value(name).summary());
        }
    }
    QCOMPARE(differences, QStringList());
}

void TestTemplates::templatesAreValid_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : ProfileTemplates::ids()) {
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TestTemplates::templatesAreValid()
{
    QFETCH(QString, id);
    const std::optional<Profile> p = ProfileTemplates::create(id);
    QVERIFY(p);
    QVERIFY(!ProfileTemplates::title(id).isEmpty());
    // What the writer makes of it reads back without errors and to the same profile.
    const QByteArray text = ProfileWriter::write(*p);
    const ProfileReader::Result r = ProfileReader::read(text);
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).message));
    QCOMPARE(ProfileWriter::write(r.profile), text);
}

void TestTemplates::strictIsStricterThanDocker()
{
    const Profile strict = ProfileTemplates::strict();
    const Profile docker = ProfileTemplates::dockerDefault();
    const QStringList names = allNames(strict, docker);
    const auto s = SyscallVerdict::compute(EffectiveProfile::evaluate(strict, Target::dockerDefault()), names);
    const auto d = SyscallVerdict::compute(EffectiveProfile::evaluate(docker, Target::dockerDefault()), names);
    int fewer = 0;
    for (const QString &name : names) {
        if (s.value(name).action == QLatin1String("SCMP_ACT_ALLOW")) {
            QVERIFY2(d.value(name).action == QLatin1String("SCMP_ACT_ALLOW"), qPrintable(name));
            QVERIFY2(Catalog::instance().syscall(name).risk == RiskLevel::Low
                         || Catalog::instance().runtimeSyscalls().contains(name),
                     qPrintable(name));
        } else if (d.value(name).action == QLatin1String("SCMP_ACT_ALLOW")) {
            ++fewer;
        }
    }
    QVERIFY(fewer > 10);
    QCOMPARE(s.value(QStringLiteral("clone3")).action, QStringLiteral("SCMP_ACT_ERRNO(38)"));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
