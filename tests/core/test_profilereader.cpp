#include "testcorpus.h"

#include "analysis/profilevalidator.h"
#include "format/profilereader.h"

#include <QTest>

using namespace Sysfence;

namespace {
// Reader and validator together, as `sysfence-cli validate` runs them.
Diagnostics check(const QString &path)
{
    const ProfileReader::Result r = ProfileReader::readFile(path);
    Diagnostics all = r.diagnostics;
    if (r.parsed) {
        all.append(ProfileValidator::validate(r.profile, r.text, path));
    }
    return all;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        lines << QStringLiteral("%1:%2 %3 %4 %5").arg(d.line).arg(d.column).arg(d.code, d.pointer, d.message);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestProfileReader final : public QObject {
    Q_OBJECT

private slots:
    void brokenFixtures_data();
    void brokenFixtures();
    void corpusValidates_data();
    void corpusValidates();
    void siblingDialectsLoad();
    void refusesHugeFiles();
    void missingFileIsAnIoError();
};

void TestProfileReader::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("hint"); // a word the message must contain

    auto row = [](const char *file, const char *code, bool isError, int line, int column, const char *pointer,
                   const char *hint) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(code) << isError << line << column
                            << QString::fromLatin1(pointer) << QString::fromUtf8(hint);
    };
    row("unknown-action.json", "unknown-action", true, 6, 14, "/syscalls/0/action", "did you mean “SCMP_ACT_ALLOW”");
    row("unknown-op.json", "unknown-op", true, 8, 36, "/syscalls/0/args/0/op", "did you mean “SCMP_CMP_EQ”");
    row("unknown-arch.json", "unknown-arch", true, 3, 40, "/architectures/1", "did you mean “SCMP_ARCH_AARCH64”");
    row("architectures-and-archmap.json", "architectures-and-archmap", true, 4, 13, "/archMap", "only one");
    row("name-and-names.json", "name-and-names", true, 5, 12, "/syscalls/0/name", "only one");
    row("empty-names.json", "empty-names", true, 5, 13, "/syscalls/0/names", "matches no syscall");
    row("arg-index.json", "arg-index-out-of-range", true, 8, 15, "/syscalls/0/args/0/index", "0 to 5");
    row("too-many-args.json", "too-many-args", true, 7, 12, "/syscalls/0/args", "at most 6");
    row("value-two.json", "unused-value-two", false, 8, 42, "/syscalls/0/args/0/valueTwo", "MASKED_EQ");
    row("errno-on-allow.json", "errno-on-wrong-action", true, 7, 16, "/syscalls/0/errnoRet", "SCMP_ACT_ERRNO");
    row("bad-min-kernel.json", "bad-min-kernel", true, 8, 18, "/syscalls/0/includes/minKernel", "4.8");
    row("conflicting-actions.json", "conflicting-actions", true, 9, 14, "/syscalls/1/names/0", "SCMP_ACT_ALLOW");
    row("unknown-syscall.json", "unknown-syscall", false, 5, 22, "/syscalls/0/names/1", "did you mean “ptrace”");
    row("metadata-without-listener.json", "metadata-without-listener", true, 3, 22, "/listenerMetadata",
        "listenerPath");
    row("notify-default.json", "notify-default-action", true, 2, 19, "/defaultAction", "default action");
    row("wrong-type.json", "wrong-type", true, 5, 13, "/syscalls/0/names", "must be a array");
    row("index-exponent.json", "not-an-integer", true, 8, 15, "/syscalls/0/args/0/index", "1e3");
    row("value-too-large.json", "number-too-large", true, 8, 27, "/syscalls/0/args/0/value", "18446744073709551615");
    row("value-negative.json", "negative-number", true, 8, 27, "/syscalls/0/args/0/value", "negative");
    row("unknown-flag.json", "unknown-flag", true, 3, 12, "/flags/0", "did you mean “SECCOMP_FILTER_FLAG_TSYNC”");
    row("scmp-arch-in-arches.json", "unknown-arch", true, 7, 28, "/syscalls/0/includes/arches/0",
        "did you mean “amd64”");
    row("trailing-comma.json", "json-syntax", true, 7, 3, "/syscalls/0", "Trailing comma");
}

void TestProfileReader::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, hint);

    const QString path = TestCorpus::dataPath(QStringLiteral("invalid/") + file);
    const Diagnostics diagnostics = check(path);
    QCOMPARE(diagnostics.size(), 1);
    const Diagnostic &d = diagnostics.constFirst();
    QVERIFY2(d.code == code, qPrintable(describe(diagnostics)));
    QCOMPARE(d.isError(), isError);
    QCOMPARE(d.file, path);
    QCOMPARE(QStringLiteral("%1:%2").arg(d.line).arg(d.column), QStringLiteral("%1:%2").arg(line).arg(column));
    QCOMPARE(d.pointer, pointer);
    QVERIFY2(d.message.contains(hint), qPrintable(d.message));
}

void TestProfileReader::corpusValidates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expectedErrors");
    for (const QString &name : TestCorpus::jsonFiles()) {
        QStringList errors;
        // Docker 2018 wrote "4.8.0"; Docker since 20.10 reads minKernel as
        // major.minor and refuses this file, so the error is real.
        if (name == QLatin1String("docker-default-2018.json")) {
            errors << QStringLiteral("bad-min-kernel");
        }
        QTest::newRow(qPrintable(name)) << TestCorpus::path(name) << errors;
    }
}

void TestProfileReader::corpusValidates()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    QFETCH(QStringList, expectedErrors);
    const Diagnostics diagnostics = check(file);
    QStringList errors;
    for (const Diagnostic &d : diagnostics) {
        if (d.isError()) {
            errors << d.code;
        }
    }
    QVERIFY2(errors == expectedErrors, qPrintable(describe(diagnostics)));
}

void TestProfileReader::siblingDialectsLoad()
{
    SKIP_WITHOUT_CORPUS();
    // Podman: string errno names beside the numbers, args: null, empty includes.
    const ProfileReader::Result podman
        = ProfileReader::readFile(TestCorpus::path(QStringLiteral("podman-containers-common.json")));
    QVERIFY(!podman.hasErrors());
    QCOMPARE(podman.profile.defaultErrnoRet, 38u);
    QCOMPARE(podman.profile.defaultErrnoName, QStringLiteral("ENOSYS"));
    QVERIFY(!podman.profile.archMap.isEmpty());

    // 2016: one "name" per rule and "architectures".
    const ProfileReader::Result old
        = ProfileReader::readFile(TestCorpus::path(QStringLiteral("docker-default-2016.json")));
    QVERIFY(!old.hasErrors());
    QVERIFY(!old.profile.architectures.isEmpty());
    QVERIFY(old.profile.rules.size() > 100);
    QCOMPARE(old.profile.rules.constFirst().names.size(), 1);

    // Current Docker: archMap, includes/excludes, minKernel, argument conditions.
    const ProfileReader::Result docker
        = ProfileReader::readFile(TestCorpus::path(QStringLiteral("docker-default-2026.json")));
    QVERIFY(!docker.hasErrors());
    QCOMPARE(docker.profile.defaultAction, Action::Errno);
    bool sawMinKernel = false;
    bool sawMaskedEq = false;
    for (const Rule &rule : docker.profile.rules) {
        sawMinKernel = sawMinKernel || !rule.includes.minKernel.isEmpty() || !rule.excludes.minKernel.isEmpty();
        for (const ArgCondition &a : rule.args) {
            sawMaskedEq = sawMaskedEq || a.op == CompareOp::MaskedEqual;
        }
    }
    QVERIFY(sawMinKernel);
    QVERIFY(sawMaskedEq);
}

void TestProfileReader::refusesHugeFiles()
{
    const QByteArray huge(ProfileReader::MaxFileSize + 1, ' ');
    const ProfileReader::Result r = ProfileReader::read(huge, QStringLiteral("huge.json"));
    QVERIFY(!r.parsed);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("file-too-large"));
    QVERIFY(r.diagnostics.constFirst().message.contains(QLatin1String("64 MiB")));
}

void TestProfileReader::missingFileIsAnIoError()
{
    const ProfileReader::Result r = ProfileReader::readFile(QStringLiteral("/nonexistent/profile.json"));
    QVERIFY(r.ioError);
    QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("io-error"));
    QCOMPARE(r.diagnostics.constFirst().file, QStringLiteral("/nonexistent/profile.json"));
}

QTEST_GUILESS_MAIN(TestProfileReader)
#include "test_profilereader.moc"
