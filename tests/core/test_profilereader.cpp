#include "testcorpus.h"

#include "analysis/profilevalidator.h"
#include "format/heapreserve.h"
#include "format/profilereader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
// A small profile with one argument condition whose value is `value`, on line 7.
QByteArray withValue(const QByteArray &value)
{
    return "{\n"
           "\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n"
           "\t\"syscalls\": [\n"
           "\t\t{\n"
           "\t\t\t\"names\": [\"personality\"],\n"
           "\t\t\t\"action\": \"SCMP_ACT_ALLOW\",\n"
           "\t\t\t\"args\": [{\"index\": 0, \"value\": "
        + value
        + ", \"op\": \"SCMP_CMP_EQ\"}]\n"
          "\t\t}\n"
          "\t]\n"
          "}\n";
}

// Reader and validator together, on text.
Diagnostics checkText(const QByteArray &text, ProfileReader::Result *result = nullptr)
{
    ProfileReader::Result r = ProfileReader::read(text, QStringLiteral("hostile.json"));
    Diagnostics all = r.diagnostics;
    if (r.parsed) {
        all.append(ProfileValidator::validate(r.profile, r.text, QStringLiteral("hostile.json")));
    }
    if (result) {
        *result = std::move(r);
    }
    return all;
}

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
    void hugeFileIsRefusedBeforeReading();
    void hostileInput_data();
    void hostileInput();
    void duplicateKeySaysWhichWins();
    void millionNames();
    void missingFileIsAnIoError();
    void bigFileReadsLikeItsText();
    void pointersNameThePlaceAtAnyDepth();
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
    row("wrong-type.json", "wrong-type", true, 5, 13, "/syscalls/0/names", "must be an array, not a string");
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

void TestProfileReader::hugeFileIsRefusedBeforeReading()
{
    // Sparse: 64 MiB and a byte on disk costs nothing, and reading it would show.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ProfileReader::MaxFileSize + 1));
    f.close();
    const ProfileReader::Result r = ProfileReader::readFile(path);
    QVERIFY(!r.parsed);
    QVERIFY(r.text.isEmpty()); // refused on its size, not read
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.constFirst();
    QCOMPARE(d.code, QStringLiteral("file-too-large"));
    QCOMPARE(d.file, path);
    QVERIFY2(d.message.contains(QLatin1String("64 MiB")), qPrintable(d.message));

    // Exactly the limit is still read (and found not to be JSON).
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(ProfileReader::MaxFileSize));
    f.close();
    const ProfileReader::Result atLimit = ProfileReader::readFile(path);
    QCOMPARE(atLimit.text.size(), ProfileReader::MaxFileSize);
    QVERIFY(atLimit.diagnostics.constFirst().code != QLatin1String("file-too-large"));
}

void TestProfileReader::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code"); // of the first error
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("hint"); // a word the message must contain

    const QByteArray depth(100000, '[');
    QTest::newRow("100000 levels of nesting")
        << QByteArray("{\"syscalls\": " + depth + QByteArray(100000, ']') + "}") << "json-too-deep" << 1 << 525
        << "deep";
    QTest::newRow("100000 levels, unclosed") << depth << "json-too-deep" << 1 << 513 << "deep";
    QTest::newRow("invalid UTF-8 in a name")
        << QByteArray("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [{\"names\": [\"re\xc3(ad\"]}]\n}")
        << "json-syntax" << 3 << 29 << "UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("{\"defaultAction\": \"\xc0\xafSCMP\"}") << "json-syntax" << 1
                                    << 20 << "UTF-8";
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"defaultAction\": \"SCMP_ACT_ERRNO\"}")
                                     << "byte-order-mark" << 1 << 1 << "byte order mark";
    QTest::newRow("value 2^64") << withValue("18446744073709551616") << "number-too-large" << 7 << 35
                                << "18446744073709551615";
    QTest::newRow("value far above 2^64") << withValue("123456789012345678901234567890") << "number-too-large"
                                          << 7 << 35 << "18446744073709551615";
    QTest::newRow("negative value") << withValue("-1") << "negative-number" << 7 << 35 << "negative";
    QTest::newRow("negative zero") << withValue("-0") << "negative-number" << 7 << 35 << "negative";
    QTest::newRow("fraction") << withValue("1.5") << "not-an-integer" << 7 << 35 << "1.5";
    QTest::newRow("NaN") << withValue("NaN") << "json-syntax" << 7 << 35 << "NaN";
    QTest::newRow("Infinity") << withValue("Infinity") << "json-syntax" << 7 << 35 << "Infinity";
    QTest::newRow("-Infinity") << withValue("-Infinity") << "json-syntax" << 7 << 36 << "Infinity";
    QTest::newRow("hex literal") << withValue("0x10") << "json-syntax" << 7 << 36 << "Expected “,” or “}”";
    QTest::newRow("index 1e3")
        << withValue("0").replace("\"index\": 0", "\"index\": 1e3") << "not-an-integer" << 7 << 23 << "1e3";
    QTest::newRow("line comment") << QByteArray("{\n\t// allow everything\n\t\"defaultAction\": \"SCMP_ACT_ALLOW\"\n}")
                                  << "json-syntax" << 2 << 2 << "Comments";
    QTest::newRow("block comment") << QByteArray("{\"defaultAction\": /* x */ \"SCMP_ACT_ALLOW\"}") << "json-syntax"
                                   << 1 << 19 << "Comments";
    QTest::newRow("trailing comma in names")
        << QByteArray("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [{\"names\": [\"read\",]}]\n}")
        << "json-syntax" << 3 << 33 << "Trailing comma";
    QTest::newRow("trailing comma at the end") << QByteArray("{\"defaultAction\": \"SCMP_ACT_ERRNO\",}")
                                               << "json-syntax" << 1 << 36 << "Trailing comma";
    QTest::newRow("NUL in a string") << QByteArray("{\"defaultAction\": \"SCMP\0_ACT_ERRNO\"}", 36)
                                     << "json-syntax" << 1 << 24 << "NUL";
    QTest::newRow("NUL between values") << QByteArray("{\"defaultAction\":\0 \"SCMP_ACT_ERRNO\"}", 36)
                                        << "json-syntax" << 1 << 18 << "NUL";
    QTest::newRow("only NULs") << QByteArray(64, '\0') << "json-syntax" << 1 << 1 << "NUL";
}

void TestProfileReader::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, hint);
    const Diagnostics diagnostics = checkText(text);
    const auto error = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) { return d.isError(); });
    QVERIFY2(error != diagnostics.cend(), qPrintable(describe(diagnostics)));
    QVERIFY2(error->code == code, qPrintable(describe(diagnostics)));
    QCOMPARE(error->file, QStringLiteral("hostile.json"));
    QCOMPARE(QStringLiteral("%1:%2").arg(error->line).arg(error->column), QStringLiteral("%1:%2").arg(line).arg(column));
    QVERIFY2(error->message.contains(hint), qPrintable(error->message));
}

void TestProfileReader::duplicateKeySaysWhichWins()
{
    ProfileReader::Result r;
    const Diagnostics diagnostics = checkText("{\n\t\"defaultAction\": \"SCMP_ACT_ALLOW\",\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\"\n}", &r);
    QVERIFY(r.parsed);
    QCOMPARE(r.profile.defaultAction, std::optional<Action>(Action::Errno)); // the last one, as Docker's decoder
    QCOMPARE(diagnostics.size(), 1);
    const Diagnostic &d = diagnostics.constFirst();
    QCOMPARE(d.code, QStringLiteral("duplicate-key"));
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QCOMPARE(QStringLiteral("%1:%2").arg(d.line).arg(d.column), QStringLiteral("3:2"));
    QVERIFY2(d.message.contains(QLatin1String("the last one wins")), qPrintable(d.message));
}

void TestProfileReader::millionNames()
{
    // One rule naming a million syscalls: a real name, then unknown ones.
    QByteArray text = "{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"action\": \"SCMP_ACT_ALLOW\", \"names\": [\"read\"";
    text.reserve(16 * 1000 * 1000);
    for (int i = 1; i < 1000000; ++i) {
        text += ", \"sc" + QByteArray::number(i) + '"';
    }
    text += "]}]}";
    ProfileReader::Result r;
    const Diagnostics diagnostics = checkText(text, &r);
    QVERIFY(r.parsed);
    QCOMPARE(r.profile.rules.size(), 1);
    QCOMPARE(r.profile.rules.constFirst().names.size(), 1000000);
    QVERIFY(!hasErrors(diagnostics));
    // Each unknown name is a warning with its place, but the list stays readable.
    QVERIFY2(diagnostics.size() <= 101, qPrintable(QString::number(diagnostics.size())));
    const Diagnostic &first = diagnostics.constFirst();
    QCOMPARE(first.code, QStringLiteral("unknown-syscall"));
    QCOMPARE(first.pointer, QStringLiteral("/syscalls/0/names/1"));
    QCOMPARE(first.column, 97);
    const Diagnostic &last = diagnostics.constLast();
    QCOMPARE(last.code, QStringLiteral("too-many-diagnostics"));
    QVERIFY2(last.message.contains(QLatin1String("999899")), qPrintable(last.message));
}

void TestProfileReader::missingFileIsAnIoError()
{
    const ProfileReader::Result r = ProfileReader::readFile(QStringLiteral("/nonexistent/profile.json"));
    QVERIFY(r.ioError);
    QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("io-error"));
    QCOMPARE(r.diagnostics.constFirst().file, QStringLiteral("/nonexistent/profile.json"));
}

void TestProfileReader::pointersNameThePlaceAtAnyDepth()
{
    // Pointers are written only when a diagnostic asks (JsonPointer): each
    // must still name its place, through rules, arguments and filters past
    // the first, with "/" and "~" in keys escaped as RFC 6901 says.
    const QByteArray text = R"({
  "defaultAction": "SCMP_ACT_ERRNO",
  "a/b": 1,
  "syscalls": [
    {"names": ["read"], "action": "SCMP_ACT_ALLOW"},
    {"names": ["write", "close"], "action": "SCMP_ACT_ALLOW", "x~y": 2,
     "args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"},
              {"index": 1, "value": 2, "op": "SCMP_CMP_EQ", "odd/key~": true}],
     "includes": {"caps": ["CAP_SYS_ADMIN"], "odd": 1},
     "excludes": 5}
  ]
})";
    const ProfileReader::Result r = ProfileReader::read(text, QStringLiteral("places.json"));
    QVERIFY(r.parsed);
    QStringList unknown;
    QString wrongType;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.code == QLatin1String("unknown-field")) {
            unknown.append(d.pointer);
        } else if (d.code == QLatin1String("wrong-type")) {
            QVERIFY2(wrongType.isEmpty(), qPrintable(d.pointer));
            wrongType = d.pointer;
            QVERIFY2(d.message.contains(QStringLiteral("“excludes”")), qPrintable(d.message));
        }
    }
    const QStringList expected = {QStringLiteral("/a~1b"), QStringLiteral("/syscalls/1/x~0y"),
                                  QStringLiteral("/syscalls/1/args/1/odd~1key~0"),
                                  QStringLiteral("/syscalls/1/includes/odd")};
    QCOMPARE(unknown, expected);
    QCOMPARE(wrongType, QStringLiteral("/syscalls/1/excludes"));
}

QTEST_GUILESS_MAIN(TestProfileReader)
void TestProfileReader::bigFileReadsLikeItsText()
{
    // Files from HeapReserve::Threshold up are read with a heap reserved for
    // them (huge pages where the kernel gives them): what comes out must be
    // what reading the same bytes from memory gives, problems and places too.
    QByteArray text = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n";
    int rules = 0;
    while (text.size() < 2 * HeapReserve::Threshold) {
        text += "\t\t{\n\t\t\t\"names\": [\"read\", \"write\", \"close\"],\n\t\t\t\"action\": "
                "\"SCMP_ACT_ALLOW\",\n\t\t\t\"comment\": \"rule "
            + QByteArray::number(rules++) + "\"\n\t\t},\n";
    }
    // One rule with a typo at the very end, so places far into the file count.
    text += "\t\t{\n\t\t\t\"names\": [\"ptrace\"],\n\t\t\t\"action\": \"SCMP_ACT_ALOW\"\n\t\t}\n\t]\n}\n";
    ++rules;
    const int typoLine = int(text.count('\n')) - 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(text), text.size());
    f.close();

    const ProfileReader::Result fromFile = ProfileReader::readFile(path);
    const ProfileReader::Result fromText = ProfileReader::read(text, path);
    QVERIFY(fromFile.parsed);
    QCOMPARE(fromFile.text, text);
    QCOMPARE(fromFile.profile.rules.size(), rules);
    QVERIFY(fromFile.profile == fromText.profile);
    QCOMPARE(fromFile.profile.rules.constLast().source.offset(), fromText.profile.rules.constLast().source.offset());
    QCOMPARE(fromFile.diagnostics.size(), 1);
    QCOMPARE(fromText.diagnostics.size(), 1);
    const Diagnostic &d = fromFile.diagnostics.constFirst();
    QCOMPARE(d.code, QStringLiteral("unknown-action"));
    QCOMPARE(d.file, path);
    QCOMPARE(d.line, typoLine);
    QCOMPARE(d.column, 14);
    QCOMPARE(d.message, fromText.diagnostics.constFirst().message);
    QVERIFY2(d.message.contains(QLatin1String("SCMP_ACT_ALLOW")), qPrintable(d.message)); // did you mean
}

#include "test_profilereader.moc"
