#include "testcorpus.h"

#include "analysis/effectiveprofile.h"
#include "analysis/syscallverdict.h"
#include "cli/cliapplication.h"
#include "clirun.h"
#include "format/ociconfig.h"
#include "format/jsonreader.h"
#include "format/profileformat.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"
#include "format/seccompprofileyaml.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList mentionedNames(const Profile &p)
{
    QStringList names;
    for (const Rule &r : p.rules) {
        names.append(r.names);
    }
    return names;
}

// What a container gets for each syscall either profile names: the final
// action, its errno and the argument conditions, after runc's conversions.
QStringList differences(const Profile &a, const Profile &b, const Target &target)
{
    QStringList names = mentionedNames(a) + mentionedNames(b);
    names.removeDuplicates();
    const EffectiveProfile ea = EffectiveProfile::evaluate(a, target);
    const EffectiveProfile eb = EffectiveProfile::evaluate(b, target);
    const QMap<QString, SyscallVerdict> va = SyscallVerdict::compute(ea, names);
    const QMap<QString, SyscallVerdict> vb = SyscallVerdict::compute(eb, names);
    QStringList out;
    for (const QString &name : std::as_const(names)) {
        if (!(va.value(name) == vb.value(name))) {
            out.append(QStringLiteral("%1: %2 -> %3").arg(name, va.value(name).summary(), vb.value(name).summary()));
        }
    }
    const QString da
        = SyscallVerdict::actionText(ea.profile.defaultAction.value_or(Action::Errno), ea.profile.defaultErrnoRet);
    const QString db
        = SyscallVerdict::actionText(eb.profile.defaultAction.value_or(Action::Errno), eb.profile.defaultErrnoRet);
    if (da != db) {
        out.append(QStringLiteral("default: %1 -> %2").arg(da, db));
    }
    const QStringList archA = ea.profile.architectures;
    const QStringList archB = eb.profile.architectures;
    if (QSet<QString>(archA.cbegin(), archA.cend()) != QSet<QString>(archB.cbegin(), archB.cend())) {
        out.append(QStringLiteral("architectures: %1 -> %2").arg(archA.join(u','), archB.join(u',')));
    }
    return out;
}

Profile readDocker(const QByteArray &text)
{
    const ProfileReader::Result r = ProfileReader::read(text);
    return r.profile;
}

using CliRun::Run;
using CliRun::cli;

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        out.append(d.code);
    }
    return out;
}
} // namespace

class TestFormats final : public QObject {
    Q_OBJECT

private slots:
    void corpusDockerOciDocker_data();
    void corpusDockerOciDocker();
    void corpusDockerSpoDocker_data();
    void corpusDockerSpoDocker();
    void ociSnippetResolvesDockerExtensions();
    void ociSaveIntoKeepsEveryOtherByte();
    void ociReadReportsPlaces();
    void formatIsDetected();
    void corpusSpoFilesLoad_data();
    void corpusSpoFilesLoad();
    void spoPicksOneOfSeveralDocuments();
    void spoDiagnosticsHavePlaces_data();
    void spoDiagnosticsHavePlaces();
    void spoReadsTypesAndBaseProfile();
    void spoNumbersBecomeValidJson();
    void spoSurvivesHostileInput_data();
    void spoSurvivesHostileInput();
    void spoRefusesWhatItCannotHold();
    void cliConvertsEndToEnd();
    void cliConvertPicksDocuments();
    void cliConvertErrors();
    void cliBinaryKeepsNotesOffStandardOutput();
};

void TestFormats::corpusDockerOciDocker_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : TestCorpus::jsonFiles()) {
        QTest::newRow(qPrintable(name)) << TestCorpus::path(name);
    }
}

void TestFormats::corpusDockerOciDocker()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    const ProfileReader::Result original = ProfileReader::readFile(file);
    QVERIFY(original.parsed);
    const Target target = Target::dockerDefault();

    const OciConfig::Written oci = OciConfig::snippet(original.profile, target);
    QVERIFY2(oci.ok(), qPrintable(oci.error));
    QCOMPARE(ProfileFormats::detect(oci.text), ProfileFormat::Oci);
    const OciConfig::Result back = OciConfig::read(oci.text);
    QVERIFY(back.parsed);
    QVERIFY(!codes(back.diagnostics).contains(QStringLiteral("not-oci-field")));
    const QByteArray docker = ProfileWriter::write(back.profile, original.style);
    QCOMPARE(differences(original.profile, readDocker(docker), target), QStringList());
}

void TestFormats::corpusDockerSpoDocker_data()
{
    corpusDockerOciDocker_data();
}

void TestFormats::corpusDockerSpoDocker()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    const ProfileReader::Result original = ProfileReader::readFile(file);
    QVERIFY(original.parsed);
    const Target target = Target::dockerDefault();

    const SeccompProfileYaml::Written spo
        = SeccompProfileYaml::write(original.profile, target, {QStringLiteral("corpus-profile"), {}, {}});
    if (original.profile.defaultErrnoRet.value_or(1) != 1) {
        // Podman's default answers ENOSYS; the CRD has no defaultErrnoRet.
        QVERIFY(!spo.ok());
        QVERIFY(spo.error.contains(QStringLiteral("defaultErrnoRet")));
        return;
    }
    QVERIFY2(spo.ok(), qPrintable(spo.error));
    QCOMPARE(ProfileFormats::detect(spo.text), ProfileFormat::Spo);
    const SeccompProfileYaml::Result back = SeccompProfileYaml::read(spo.text);
    QCOMPARE(back.documents.size(), 1);
    const SeccompProfileYaml::Document &doc = back.documents.constFirst();
    QCOMPARE(doc.name, QStringLiteral("corpus-profile"));
    QCOMPARE(doc.apiVersion, SeccompProfileYaml::writtenApiVersion());
    QVERIFY2(!doc.hasErrors(), qPrintable(doc.diagnostics.value(0).message));
    QCOMPARE(codes(doc.diagnostics), QStringList());
    const QByteArray docker = ProfileWriter::write(doc.profile);
    QCOMPARE(differences(original.profile, readDocker(docker), target), QStringList());
}

void TestFormats::ociSnippetResolvesDockerExtensions()
{
    const QByteArray docker = R"({
	"defaultAction": "SCMP_ACT_ERRNO",
	"archMap": [
		{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"]},
		{"architecture": "SCMP_ARCH_AARCH64", "subArchitectures": ["SCMP_ARCH_ARM"]}
	],
	"syscalls": [
		{"names": ["read"], "action": "SCMP_ACT_ALLOW", "comment": "everyday"},
		{"names": ["mount"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
		{"names": ["ptrace"], "action": "SCMP_ACT_ALLOW", "includes": {"minKernel": "4.8"}},
		{"names": ["clone3"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38, "excludes": {"caps": ["CAP_SYS_ADMIN"]}}
	]
})";
    const Profile profile = readDocker(docker);
    const OciConfig::Written w = OciConfig::snippet(profile, Target::dockerDefault());
    QVERIFY(w.ok());
    QCOMPARE(w.messages.size(), 3);
    QCOMPARE(w.messages.at(0), QStringLiteral("archMap resolved to x86_64 + x86 + x32 (the entry for amd64)."));
    QCOMPARE(w.messages.at(1),
        QStringLiteral("3 rules with includes/excludes resolved for Docker's default "
                       "capabilities, amd64, kernel 6.8: 2 kept, 1 dropped."));
    QCOMPARE(w.messages.at(2), QStringLiteral("Comments dropped (1): the format has no place for them."));
    QVERIFY(w.text.startsWith("{\n\t\"linux\": {\n\t\t\"seccomp\": {\n\t\t\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n"));
    QVERIFY(!w.text.contains("archMap"));
    QVERIFY(!w.text.contains("includes"));
    QVERIFY(!w.text.contains("comment"));
    QVERIFY(!w.text.contains("\"mount\""));
    QVERIFY(w.text.contains("\"ptrace\""));
    QVERIFY(w.text.endsWith("}\n"));

    Target arm = Target::dockerDefault();
    arm.architecture = QStringLiteral("SCMP_ARCH_AARCH64");
    arm.capabilities.insert(QStringLiteral("CAP_SYS_ADMIN"));
    const OciConfig::Written forArm = OciConfig::snippet(profile, arm);
    QCOMPARE(forArm.messages.at(0), QStringLiteral("archMap resolved to aarch64 + arm (the entry for arm64)."));
    QVERIFY(forArm.text.contains("\"mount\""));
    QVERIFY(!forArm.text.contains("clone3"));

    // Privileged containers get no filter: there is nothing to resolve for.
    arm.privileged = true;
    QVERIFY(!OciConfig::snippet(profile, arm).ok());
    // A profile without Docker's extensions does not depend on the target.
    QVERIFY(OciConfig::snippet(OciConfig::read(forArm.text).profile, arm).ok());
}

void TestFormats::ociSaveIntoKeepsEveryOtherByte()
{
    const QByteArray original = readAll(TestCorpus::dataPath(QStringLiteral("oci/config.json")));
    QVERIFY(!original.isEmpty());
    const OciConfig::Result r = OciConfig::read(original);
    QVERIFY(r.parsed);
    QCOMPARE(codes(r.diagnostics), QStringList());
    QCOMPARE(r.profile.rules.size(), 2);
    QCOMPARE(r.profile.rules.at(1).args.constFirst().value, std::numeric_limits<quint64>::max());
    QCOMPARE(original.mid(r.seccompBegin, 1), QByteArray("{"));
    QCOMPARE(original.mid(r.seccompEnd - 1, 4), QByteArray("},  "));
    const Target target = Target::dockerDefault();

    // Unedited: the very same bytes.
    const OciConfig::Written same = OciConfig::saveInto(original, r.profile, target);
    QVERIFY(same.ok());
    QCOMPARE(same.text, original);
    QVERIFY(same.messages.isEmpty());

    // Edited, with Docker-only features that must be resolved on the way.
    Profile edited = r.profile;
    edited.rules[0].action = Action::Log;
    Rule mount;
    mount.names = {QStringLiteral("mount")};
    mount.action = Action::Allow;
    mount.includes.caps = {QStringLiteral("CAP_SYS_ADMIN")};
    edited.rules.append(mount);
    Rule clone3;
    clone3.names = {QStringLiteral("clone3")};
    clone3.action = Action::Errno;
    clone3.errnoRet = 38;
    clone3.comment = QStringLiteral("glibc falls back to clone");
    edited.rules.append(clone3);
    const OciConfig::Written w = OciConfig::saveInto(original, edited, target);
    QVERIFY2(w.ok(), qPrintable(w.error));
    QCOMPARE(w.messages.size(), 2);
    QVERIFY(w.messages.at(0).startsWith(QStringLiteral("1 rule with includes/excludes resolved")));
    QVERIFY(w.messages.at(0).endsWith(QStringLiteral("0 kept, 1 dropped.")));
    QCOMPARE(w.text.left(r.seccompBegin), original.left(r.seccompBegin));
    const qsizetype tail = original.size() - r.seccompEnd;
    QCOMPARE(w.text.right(tail), original.right(tail));

    // The new value sits at the key's indentation in the file's style.
    const QByteArray value = w.text.mid(r.seccompBegin, w.text.size() - tail - r.seccompBegin);
    QVERIFY(value.startsWith("{\n            \"defaultAction\": \"SCMP_ACT_ERRNO\",\n"));
    QVERIFY(value.endsWith("\n        }"));
    QVERIFY(value.contains("\"action\": \"SCMP_ACT_LOG\""));
    QVERIFY(value.contains("18446744073709551615"));
    QVERIFY(!value.contains("mount"));
    QVERIFY(!value.contains("comment"));

    const OciConfig::Result again = OciConfig::read(w.text);
    QVERIFY(again.parsed);
    QCOMPARE(codes(again.diagnostics), QStringList());
    QCOMPARE(again.profile.rules.size(), 3);
    QCOMPARE(again.profile.rules.at(2).errnoRet, std::optional<quint32>(38));
    // Saving again changes nothing.
    QCOMPARE(OciConfig::saveInto(w.text, again.profile, target).text, w.text);

    const OciConfig::Written notConfig = OciConfig::saveInto("{\"defaultAction\": \"SCMP_ACT_ALLOW\"}", edited, target);
    QVERIFY(!notConfig.ok());
}

void TestFormats::ociReadReportsPlaces()
{
    const QByteArray text = "{\n  \"ociVersion\": \"1.0.2\",\n  \"linux\": {\n    \"seccomp\": {\n"
                            "      \"defaultAction\": \"SCMP_ACT_ERRNO\",\n      \"archMap\": [],\n"
                            "      \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALOW\"}]\n"
                            "    }\n  }\n}\n";
    const OciConfig::Result r = OciConfig::read(text, QStringLiteral("config.json"));
    QVERIFY(r.parsed);
    QVERIFY(r.hasErrors());
    QCOMPARE(r.diagnostics.size(), 2);
    const Diagnostic &action = r.diagnostics.at(0);
    QCOMPARE(action.code, QStringLiteral("unknown-action"));
    QCOMPARE(action.pointer, QStringLiteral("/linux/seccomp/syscalls/0/action"));
    QCOMPARE(action.line, 7);
    QCOMPARE(action.column, 50);
    const Diagnostic &archMap = r.diagnostics.at(1);
    QCOMPARE(archMap.code, QStringLiteral("not-oci-field"));
    QCOMPARE(archMap.severity, Diagnostic::Severity::Warning);
    QCOMPARE(archMap.line, 6);
    QCOMPARE(archMap.column, 7);

    const OciConfig::Result noSeccomp = OciConfig::read("{\"ociVersion\": \"1.0.2\", \"linux\": {}}");
    QVERIFY(!noSeccomp.parsed);
    QCOMPARE(codes(noSeccomp.diagnostics), QStringList {QStringLiteral("oci-no-seccomp")});
}

void TestFormats::formatIsDetected()
{
    QCOMPARE(ProfileFormats::detect("{\"defaultAction\": \"SCMP_ACT_ALLOW\"}"), ProfileFormat::Docker);
    QCOMPARE(ProfileFormats::detect("  {\"ociVersion\": \"1.0.0\"}"), ProfileFormat::Oci);
    QCOMPARE(ProfileFormats::detect("{\"linux\": {\"seccomp\": {}}}"), ProfileFormat::Oci);
    QCOMPARE(ProfileFormats::detect("{\"defaultAction\": "), ProfileFormat::Docker); // broken JSON stays JSON
    QCOMPARE(ProfileFormats::detect("---\napiVersion: v1\n"), ProfileFormat::Spo);
    QCOMPARE(ProfileFormats::detect("# comment\nkind: SeccompProfile\n"), ProfileFormat::Spo);
    // From a tree already parsed, as the editor's open does.
    QCOMPARE(ProfileFormats::detect(JsonReader::parse("{\"defaultAction\": \"SCMP_ACT_ALLOW\"}").root),
             ProfileFormat::Docker);
    QCOMPARE(ProfileFormats::detect(JsonReader::parse("{\"ociVersion\": \"1.0.0\"}").root), ProfileFormat::Oci);
    QCOMPARE(ProfileFormats::detect(JsonReader::parse("[1, 2]").root), ProfileFormat::Docker);
    QCOMPARE(ProfileFormats::detect(JsonValue()), ProfileFormat::Docker);
}

void TestFormats::corpusSpoFilesLoad_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : QDir(TestCorpus::dir()).entryList({QStringLiteral("spo-*.yaml")}, QDir::Files)) {
        QTest::newRow(qPrintable(name)) << TestCorpus::path(name);
    }
}

void TestFormats::corpusSpoFilesLoad()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    const QByteArray text = readAll(file);
    QCOMPARE(ProfileFormats::detect(text), ProfileFormat::Spo);
    const SeccompProfileYaml::Result r = SeccompProfileYaml::read(text, file);
    QVERIFY(r.parsed);
    QCOMPARE(codes(r.diagnostics), QStringList());
    QVERIFY(!r.documents.isEmpty());
    for (const SeccompProfileYaml::Document &doc : r.documents) {
        QVERIFY(!doc.name.isEmpty());
        QVERIFY2(codes(doc.diagnostics).isEmpty(), qPrintable(doc.diagnostics.value(0).message));
        QVERIFY(doc.profile.defaultAction.has_value());
        // And it survives the trip back to YAML.
        const SeccompProfileYaml::Written w = SeccompProfileYaml::write(
            doc.profile, Target::dockerDefault(), {doc.name, doc.namespaceName, doc.baseProfileName});
        QVERIFY2(w.ok(), qPrintable(w.error));
        const SeccompProfileYaml::Result back = SeccompProfileYaml::read(w.text);
        QCOMPARE(back.documents.size(), 1);
        QCOMPARE(back.documents.constFirst().profile, doc.profile);
        QCOMPARE(back.documents.constFirst().baseProfileName, doc.baseProfileName);
    }
}

void TestFormats::spoPicksOneOfSeveralDocuments()
{
    SKIP_WITHOUT_CORPUS();
    const SeccompProfileYaml::Result r
        = SeccompProfileYaml::read(readAll(TestCorpus::path(QStringLiteral("spo-seccompprofile.yaml"))));
    QCOMPARE(r.documents.size(), 3);
    QCOMPARE(r.documents.at(0).name, QStringLiteral("profile-block"));
    QCOMPARE(r.documents.at(0).line, 2);
    QCOMPARE(r.documents.at(2).name, QStringLiteral("profile-allow"));
    QCOMPARE(r.find(QStringLiteral("profile-allow")), 2);
    QCOMPARE(r.find(QStringLiteral("1")), 1);
    QCOMPARE(r.find(QStringLiteral("3")), -1);
    QCOMPARE(r.find(QStringLiteral("nope")), -1);
    QCOMPARE(r.documents.at(1).profile.defaultAction, std::optional<Action>(Action::Log));
    QCOMPARE(r.documents.at(2).profile.defaultAction, std::optional<Action>(Action::Allow));
}

void TestFormats::spoDiagnosticsHavePlaces_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray head = "apiVersion: security-profiles-operator.x-k8s.io/v1beta1\nkind: SeccompProfile\n";
    QTest::newRow("misspelt kind") << QByteArray("apiVersion: security-profiles-operator.x-k8s.io/v1beta1\n"
                                                 "kind: SeccompProfle\nmetadata:\n  name: a\nspec:\n"
                                                 "  defaultAction: SCMP_ACT_ERRNO\n")
                                   << "spo-wrong-kind" << 2 << 7 << "did you mean “SeccompProfile”";
    QTest::newRow("missing kind") << QByteArray("apiVersion: security-profiles-operator.x-k8s.io/v1beta1\n"
                                                "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n")
                                  << "spo-wrong-kind" << 1 << 1 << "no “kind”";
    QTest::newRow("unknown version") << QByteArray("kind: SeccompProfile\n"
                                                   "apiVersion: security-profiles-operator.x-k8s.io/v2\n"
                                                   "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n")
                                     << "spo-wrong-api-version" << 2 << 13 << "v1alpha1, v1beta1 and v1";
    QTest::newRow("other group") << QByteArray("---\nkind: SeccompProfile\napiVersion: v1\nmetadata:\n  name: a\n"
                                               "spec:\n  defaultAction: SCMP_ACT_ERRNO\n")
                                 << "spo-wrong-api-version" << 3 << 13 << "not the Security Profiles Operator's";
    QTest::newRow("pruned field") << head
            + "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n"
              "  defaultErrnoRet: 38\n"
                                  << "spo-unknown-field" << 7 << 3 << "not a field of the SeccompProfile CRD";
    QTest::newRow("misspelt field") << head + "metadata:\n  name: a\nspec:\n  defaultActon: SCMP_ACT_ERRNO\n"
                                    << "spo-unknown-field" << 6 << 3 << "did you mean “defaultAction”";
    QTest::newRow("unknown action") << head
            + "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n"
              "  syscalls:\n  - action: SCMP_ACT_ALOW\n    names: [read]\n"
                                    << "unknown-action" << 8 << 13 << "did you mean “SCMP_ACT_ALLOW”";
    QTest::newRow("bad index") << head
            + "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n"
              "  syscalls:\n  - action: SCMP_ACT_ALLOW\n    names: [personality]\n"
              "    args:\n    - {index: 7, value: 0, op: SCMP_CMP_EQ}\n"
                               << "arg-index-out-of-range" << 11 << 15 << "out of range";
}

void TestFormats::spoDiagnosticsHavePlaces()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const SeccompProfileYaml::Result r = SeccompProfileYaml::read(text, QStringLiteral("p.yaml"));
    QVERIFY(r.parsed);
    QCOMPARE(r.documents.size(), 1);
    const Diagnostics &all = r.documents.constFirst().diagnostics;
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != all.cend(), qPrintable(codes(all).join(u' ')));
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QCOMPARE(it->file, QStringLiteral("p.yaml"));
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
}

void TestFormats::spoReadsTypesAndBaseProfile()
{
    const QByteArray text = "# a Pod first\napiVersion: v1\nkind: Pod\nmetadata: {name: web}\n---\n"
                            "apiVersion: security-profiles-operator.x-k8s.io/v1alpha1\nkind: SeccompProfile\n"
                            "metadata:\n  name: demo\n  namespace: team\nspec:\n  baseProfileName: runc-v1.0.0\n"
                            "  defaultAction: SCMP_ACT_ERRNO\n  architectures: [SCMP_ARCH_X86_64]\n"
                            "  syscalls:\n  - names: [clone3]\n    action: SCMP_ACT_ERRNO\n    errnoRet: \"38\"\n"
                            "  - names: [personality]\n    action: SCMP_ACT_ALLOW\n"
                            "    args:\n    - index: 0\n      value: 0xffffffff\n      op: SCMP_CMP_EQ\n"
                            "  - names: ['true']\n    action: SCMP_ACT_LOG\n---\n";
    const SeccompProfileYaml::Result r = SeccompProfileYaml::read(text);
    QVERIFY(r.parsed);
    QCOMPARE(codes(r.diagnostics), QStringList {QStringLiteral("spo-other-kind")});
    QCOMPARE(r.diagnostics.constFirst().line, 3);
    QCOMPARE(r.documents.size(), 1);
    const SeccompProfileYaml::Document &doc = r.documents.constFirst();
    QCOMPARE(codes(doc.diagnostics), QStringList());
    QCOMPARE(doc.index, 1);
    QCOMPARE(doc.line, 6);
    QCOMPARE(doc.name, QStringLiteral("demo"));
    QCOMPARE(doc.namespaceName, QStringLiteral("team"));
    QCOMPARE(doc.baseProfileName, QStringLiteral("runc-v1.0.0"));
    QCOMPARE(doc.profile.rules.size(), 3);
    QCOMPARE(doc.profile.rules.at(0).errnoRet, std::optional<quint32>(38));
    QCOMPARE(doc.profile.rules.at(1).args.constFirst().value, quint64(0xffffffff));
    QCOMPARE(doc.profile.rules.at(2).names, QStringList {QStringLiteral("true")});

    const SeccompProfileYaml::Written w = SeccompProfileYaml::write(
        doc.profile, Target::dockerDefault(), {doc.name, doc.namespaceName, doc.baseProfileName});
    QVERIFY(w.ok());
    QCOMPARE(w.text,
        QByteArray("apiVersion: security-profiles-operator.x-k8s.io/v1beta1\nkind: SeccompProfile\nmetadata:\n"
                   "  name: demo\n  namespace: team\nspec:\n  baseProfileName: runc-v1.0.0\n"
                   "  defaultAction: SCMP_ACT_ERRNO\n  architectures:\n    - SCMP_ARCH_X86_64\n  syscalls:\n"
                   "    - names:\n        - clone3\n      action: SCMP_ACT_ERRNO\n      errnoRet: 38\n"
                   "    - names:\n        - personality\n      action: SCMP_ACT_ALLOW\n      args:\n"
                   "        - index: 0\n          value: 4294967295\n          op: SCMP_CMP_EQ\n"
                   "    - names:\n        - \"true\"\n      action: SCMP_ACT_LOG\n"));
}

void TestFormats::spoNumbersBecomeValidJson()
{
    const QByteArray text = "apiVersion: security-profiles-operator.x-k8s.io/v1beta1\nkind: SeccompProfile\n"
                            "metadata: {name: n}\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n  syscalls:\n"
                            "  - names: [personality]\n    action: SCMP_ACT_ERRNO\n    errnoRet: +001\n"
                            "    args:\n    - {index: 00, value: 0o17, valueTwo: 007, op: SCMP_CMP_MASKED_EQ}\n";
    const SeccompProfileYaml::Result r = SeccompProfileYaml::read(text);
    QCOMPARE(r.documents.size(), 1);
    const Profile &p = r.documents.constFirst().profile;
    QCOMPARE(codes(r.documents.constFirst().diagnostics), QStringList());
    QCOMPARE(p.rules.constFirst().errnoRet, std::optional<quint32>(1));
    QCOMPARE(p.rules.constFirst().args.constFirst().value, quint64(15));
    QCOMPARE(p.rules.constFirst().args.constFirst().valueTwo, quint64(7));
    // The rules keep the manifest's spelling as their source; it must be JSON.
    const QByteArray json = ProfileWriter::write(p);
    const ProfileReader::Result back = ProfileReader::read(json);
    QVERIFY2(back.parsed && !back.hasErrors(), json.constData());
    QCOMPARE(back.profile, p);
}

void TestFormats::spoSurvivesHostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        laughs += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                      .arg(i)
                      .arg(i - 1)
                      .toUtf8();
    }
    QTest::newRow("billion laughs") << laughs << "yaml-too-large";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "yaml-syntax";
    QTest::newRow("unclosed quote") << QByteArray("kind: \"SeccompProfile\nspec: {") << "yaml-syntax";
    QTest::newRow("tab indentation") << QByteArray("spec:\n\tdefaultAction: x\n") << "yaml-syntax";
    QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe: \x00\x00") << "";
    QTest::newRow("scalar document") << QByteArray("just text\n") << "spo-not-an-object";
    QTest::newRow("list of profiles") << QByteArray("- kind: SeccompProfile\n") << "spo-not-an-object";
}

void TestFormats::spoSurvivesHostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const SeccompProfileYaml::Result r = SeccompProfileYaml::read(text);
    // Nothing usable comes out, and it says so.
    const bool refused = std::all_of(
        r.documents.cbegin(), r.documents.cend(), [](const SeccompProfileYaml::Document &d) { return d.hasErrors(); });
    QVERIFY(refused);
    QVERIFY(r.hasErrors() || !r.documents.isEmpty());
    if (!code.isEmpty()) {
        QVERIFY2(codes(r.diagnostics).contains(code), qPrintable(codes(r.diagnostics).join(u' ')));
    }
}

void TestFormats::spoRefusesWhatItCannotHold()
{
    Profile p;
    p.defaultAction = Action::Errno;
    p.defaultErrnoRet = 38;
    const SeccompProfileYaml::Written enosys
        = SeccompProfileYaml::write(p, Target::dockerDefault(), {QStringLiteral("x"), {}, {}});
    QVERIFY(!enosys.ok());
    QVERIFY(enosys.error.contains(QStringLiteral("ENOSYS")));

    p.defaultErrnoRet = 1;
    const SeccompProfileYaml::Written eperm
        = SeccompProfileYaml::write(p, Target::dockerDefault(), {QStringLiteral("x"), {}, {}});
    QVERIFY(eperm.ok());
    QCOMPARE(eperm.messages.size(), 1);
    QVERIFY(eperm.messages.constFirst().startsWith(QStringLiteral("defaultErrnoRet 1 dropped")));

    QVERIFY(!SeccompProfileYaml::write(p, Target::dockerDefault(), {QStringLiteral("Not_Valid"), {}, {}}).ok());
    QVERIFY(!SeccompProfileYaml::write(p, Target::dockerDefault(), {QString(), {}, {}}).ok());
    QCOMPARE(SeccompProfileYaml::nameFrom(QStringLiteral("My Profile_v2")), QStringLiteral("my-profile-v2"));
    QCOMPARE(SeccompProfileYaml::nameFrom(QStringLiteral("--")), QStringLiteral("seccomp-profile"));

    Rule zero;
    zero.names = {QStringLiteral("open")};
    zero.action = Action::Errno;
    zero.errnoRet = 0;
    p.rules.append(zero);
    QVERIFY(!SeccompProfileYaml::write(p, Target::dockerDefault(), {QStringLiteral("x"), {}, {}}).ok());
}

void TestFormats::cliConvertsEndToEnd()
{
    SKIP_WITHOUT_CORPUS();
    QTemporaryDir dir;
    const QString docker = TestCorpus::path(QStringLiteral("docker-default-2026.json"));
    const QString oci = dir.filePath(QStringLiteral("config.json"));
    const Run toOci = cli(
        {QStringLiteral("convert"), docker, QStringLiteral("--to"), QStringLiteral("oci"), QStringLiteral("-o"), oci});
    QCOMPARE(toOci.exitCode, 0);
    QCOMPARE(toOci.out, QString());
    QVERIFY2(toOci.err.contains(QStringLiteral("note: archMap resolved to x86_64 + x86 + x32")), qPrintable(toOci.err));
    QVERIFY(
        toOci.err.contains(QStringLiteral("rules with includes/excludes resolved for Docker's default capabilities")));
    QCOMPARE(ProfileFormats::detect(readAll(oci)), ProfileFormat::Oci);

    const QString yaml = dir.filePath(QStringLiteral("Web Server.yaml"));
    const Run toSpo = cli(
        {QStringLiteral("convert"), oci, QStringLiteral("--to"), QStringLiteral("spo"), QStringLiteral("-o"), yaml});
    QCOMPARE(toSpo.exitCode, 0);
    QVERIFY(readAll(yaml).contains("metadata:\n  name: web-server\n"));
    QVERIFY(toSpo.err.contains(QStringLiteral("defaultErrnoRet 1 dropped")));

    const Run toDocker = cli({QStringLiteral("convert"), yaml, QStringLiteral("--to"), QStringLiteral("docker")});
    QCOMPARE(toDocker.exitCode, 0);
    QVERIFY(toDocker.out.startsWith(QStringLiteral("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",")));
    const Profile original = ProfileReader::readFile(docker).profile;
    QCOMPARE(differences(original, readDocker(toDocker.out.toUtf8()), Target::dockerDefault()), QStringList());

    // Another target gives another profile.
    const Run admin = cli({QStringLiteral("convert"), docker, QStringLiteral("--to"), QStringLiteral("spo"),
        QStringLiteral("--name"), QStringLiteral("admin"), QStringLiteral("--caps"),
        QStringLiteral("default,+SYS_ADMIN"), QStringLiteral("--arch"), QStringLiteral("arm64")});
    QCOMPARE(admin.exitCode, 0);
    QVERIFY(admin.out.contains(QStringLiteral("- SCMP_ARCH_AARCH64")));
    QVERIFY(!admin.out.contains(QStringLiteral("SCMP_ARCH_X86_64")));
    QVERIFY(admin.out.contains(QStringLiteral("- mount")));
    QVERIFY(admin.err.contains(QStringLiteral("archMap resolved to aarch64 + arm")));
}

void TestFormats::cliConvertPicksDocuments()
{
    SKIP_WITHOUT_CORPUS();
    const QString multi = TestCorpus::path(QStringLiteral("spo-seccompprofile.yaml"));
    const Run ambiguous = cli({QStringLiteral("convert"), multi, QStringLiteral("--to"), QStringLiteral("docker")});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY(ambiguous.err.contains(QStringLiteral("holds 3 SeccompProfiles")));
    QVERIFY(ambiguous.err.contains(QStringLiteral("  2  profile-allow")));

    const Run byName = cli({QStringLiteral("convert"), multi, QStringLiteral("--to"), QStringLiteral("docker"),
        QStringLiteral("--document"), QStringLiteral("profile-allow")});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byName.out, QStringLiteral("{\n\t\"defaultAction\": \"SCMP_ACT_ALLOW\"\n}\n"));
    const Run byIndex = cli({QStringLiteral("convert"), multi, QStringLiteral("--to"), QStringLiteral("oci"),
        QStringLiteral("--document"), QStringLiteral("1")});
    QCOMPARE(byIndex.exitCode, 0);
    QVERIFY(byIndex.out.contains(QStringLiteral("\"defaultAction\": \"SCMP_ACT_LOG\"")));
    const Run missing = cli({QStringLiteral("convert"), multi, QStringLiteral("--to"), QStringLiteral("oci"),
        QStringLiteral("--document"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 2);

    const Run base = cli({QStringLiteral("convert"), TestCorpus::path(QStringLiteral("spo-baseprofile-runc.yaml")),
        QStringLiteral("--to"), QStringLiteral("spo")});
    QCOMPARE(base.exitCode, 0);
    QVERIFY(base.out.startsWith(QStringLiteral("apiVersion: security-profiles-operator.x-k8s.io/v1beta1\n")));
}

void TestFormats::cliConvertErrors()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QVERIFY(writeAll(bad,
        "apiVersion: security-profiles-operator.x-k8s.io/v1beta1\nkind: SeccompProfle\n"
        "metadata:\n  name: a\nspec:\n  defaultAction: SCMP_ACT_ERRNO\n"));
    const Run wrongKind = cli({QStringLiteral("convert"), bad, QStringLiteral("--to"), QStringLiteral("docker")});
    QCOMPARE(wrongKind.exitCode, 1);
    QVERIFY2(wrongKind.err.contains(bad + QStringLiteral(":2:7: error: Unknown kind")), qPrintable(wrongKind.err));

    const QString podmanLike = dir.filePath(QStringLiteral("enosys.json"));
    QVERIFY(writeAll(podmanLike, "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": 38}"));
    const Run refused = cli({QStringLiteral("convert"), podmanLike, QStringLiteral("--to"), QStringLiteral("spo")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("error: The SeccompProfile CRD has no defaultErrnoRet")));
    QCOMPARE(cli({QStringLiteral("convert"), podmanLike, QStringLiteral("--to"), QStringLiteral("oci")}).exitCode, 0);

    QCOMPARE(cli({QStringLiteral("convert"), podmanLike}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("convert"), podmanLike, QStringLiteral("--to"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("convert"), podmanLike, QStringLiteral("--to"), QStringLiteral("spo"),
                     QStringLiteral("--name"), QStringLiteral("Bad Name")})
                 .exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("convert"), dir.filePath(QStringLiteral("missing.json")), QStringLiteral("--to"),
                     QStringLiteral("oci")})
                 .exitCode,
        2);
    const Run help = cli({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("convert FILE --to F")));
}

void TestFormats::cliBinaryKeepsNotesOffStandardOutput()
{
    SKIP_WITHOUT_CORPUS();
    QProcess process;
    process.start(QStringLiteral(SYSFENCE_CLI_PATH),
        {QStringLiteral("convert"), TestCorpus::path(QStringLiteral("docker-default-2026.json")),
            QStringLiteral("--to"), QStringLiteral("oci")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    const OciConfig::Result r = OciConfig::read(out);
    QVERIFY(r.parsed);
    QVERIFY(!r.hasErrors());
    QVERIFY(err.contains("note: archMap resolved to x86_64 + x86 + x32"));
    QVERIFY(!out.contains("note:"));

    process.start(QStringLiteral(SYSFENCE_CLI_PATH),
        {QStringLiteral("convert"), TestCorpus::path(QStringLiteral("spo-seccompprofile.yaml")), QStringLiteral("--to"),
            QStringLiteral("docker")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestFormats)
#include "test_formats.moc"
