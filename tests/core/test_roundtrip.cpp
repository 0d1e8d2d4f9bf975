#include "testcorpus.h"

#include "format/jsonreader.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QFile>
#include <QTest>

using namespace Sysfence;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of `after` that are not in `before`, and the other way round, as a
// poor man's diff: enough to tell which lines an edit touched.
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) {
        ++head;
    }
    qsizetype tailA = a.size();
    qsizetype tailB = b.size();
    while (tailA > head && tailB > head && a[tailA - 1] == b[tailB - 1]) {
        --tailA;
        --tailB;
    }
    QStringList out;
    for (qsizetype i = head; i < tailA; ++i) {
        out << QStringLiteral("-") + QString::fromUtf8(a[i]);
    }
    for (qsizetype i = head; i < tailB; ++i) {
        out << QStringLiteral("+") + QString::fromUtf8(b[i]);
    }
    return out;
}
} // namespace

class TestRoundTrip final : public QObject {
    Q_OBJECT

private slots:
    void corpusIsByteIdentical_data();
    void corpusIsByteIdentical();
    void inlineArraysKeepValueAndSettle();
    void styleIsDetected_data();
    void styleIsDetected();
    void largestArgumentValueSurvives();
    void unknownFieldsStayInPlace();
    void editTouchesOnlyItsRule();
    void oldFormatRuleGrowsIntoNames();
    void nullAndEmptyStayAsWritten();
};

void TestRoundTrip::corpusIsByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : TestCorpus::jsonFiles()) {
        // The one corpus file with inline arrays is checked separately.
        if (name != QLatin1String("moby-fixture-conditional_include.json")) {
            QTest::newRow(qPrintable(name)) << TestCorpus::path(name);
        }
    }
}

void TestRoundTrip::corpusIsByteIdentical()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    const QByteArray original = readAll(file);
    const ProfileReader::Result r = ProfileReader::read(original, file);
    QVERIFY(r.parsed);
    const QByteArray saved = ProfileWriter::write(r.profile, r.style);
    QCOMPARE(changedLines(original, saved), QStringList());
    QCOMPARE(saved, original);
}

void TestRoundTrip::inlineArraysKeepValueAndSettle()
{
    SKIP_WITHOUT_CORPUS();
    const QByteArray original = readAll(TestCorpus::path(QStringLiteral("moby-fixture-conditional_include.json")));
    const ProfileReader::Result r = ProfileReader::read(original);
    QVERIFY(r.parsed);
    const QByteArray first = ProfileWriter::write(r.profile, r.style);
    QVERIFY(first != original); // the inline arrays are spread out
    // Same JSON value, same key order.
    QVERIFY(JsonReader::parse(first).root == JsonReader::parse(original).root);
    QCOMPARE(r.style.indent, QStringLiteral("  "));
    QVERIFY(r.style.finalNewline);
    // A second save changes nothing.
    const ProfileReader::Result again = ProfileReader::read(first);
    QCOMPARE(ProfileWriter::write(again.profile, again.style), first);
}

void TestRoundTrip::styleIsDetected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<QString>("newline");
    QTest::newRow("tabs") << QByteArray("{\n\t\"defaultAction\": \"SCMP_ACT_ALLOW\"\n}") << "\t" << false << "\n";
    QTest::newRow("2 spaces, newline") << QByteArray("{\n  \"defaultAction\": \"SCMP_ACT_ALLOW\"\n}\n") << "  " << true
                                       << "\n";
    QTest::newRow("4 spaces, CRLF") << QByteArray("{\r\n    \"defaultAction\": \"SCMP_ACT_ALLOW\"\r\n}\r\n") << "    "
                                    << true << "\r\n";
}

void TestRoundTrip::styleIsDetected()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, indent);
    QFETCH(bool, finalNewline);
    QFETCH(QString, newline);
    const ProfileReader::Result r = ProfileReader::read(text);
    QCOMPARE(r.style.indent, indent);
    QCOMPARE(r.style.finalNewline, finalNewline);
    QCOMPARE(r.style.newline, newline);
    QCOMPARE(ProfileWriter::write(r.profile, r.style), text);
}

void TestRoundTrip::largestArgumentValueSurvives()
{
    const QByteArray text
        = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{\n\t\t\t\"names\": [\n"
          "\t\t\t\t\"personality\"\n\t\t\t],\n\t\t\t\"action\": \"SCMP_ACT_ALLOW\",\n\t\t\t\"args\": [\n"
          "\t\t\t\t{\n\t\t\t\t\t\"index\": 0,\n\t\t\t\t\t\"value\": 18446744073709551615,\n"
          "\t\t\t\t\t\"op\": \"SCMP_CMP_EQ\"\n\t\t\t\t}\n\t\t\t]\n\t\t}\n\t]\n}";
    ProfileReader::Result r = ProfileReader::read(text);
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).message));
    QCOMPARE(r.profile.rules.at(0).args.at(0).value, std::numeric_limits<quint64>::max());
    QCOMPARE(ProfileWriter::write(r.profile, r.style), text);

    // A new condition is written exactly too, in Docker's shape.
    ArgCondition a;
    a.index = 1;
    a.value = std::numeric_limits<quint64>::max() - 1;
    a.valueTwo = 0;
    a.op = CompareOp::MaskedEqual;
    r.profile.rules[0].args.append(a);
    const QByteArray saved = ProfileWriter::write(r.profile, r.style);
    QVERIFY(saved.contains("\t\t\t\t{\n\t\t\t\t\t\"index\": 1,\n\t\t\t\t\t\"value\": 18446744073709551614,\n"
                           "\t\t\t\t\t\"valueTwo\": 0,\n\t\t\t\t\t\"op\": \"SCMP_CMP_MASKED_EQ\"\n\t\t\t\t}"));
    QCOMPARE(ProfileReader::read(saved).profile, r.profile);
}

void TestRoundTrip::unknownFieldsStayInPlace()
{
    const QByteArray text = "{\n  \"x-owner\": {\"team\": [1, 2.50]},\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n"
                            "  \"syscalls\": [\n    {\n      \"names\": [\n        \"read\"\n      ],\n"
                            "      \"x-note\": \"kept\",\n      \"action\": \"SCMP_ACT_ALLOW\"\n    }\n  ]\n}\n";
    ProfileReader::Result r = ProfileReader::read(text);
    QVERIFY(!r.hasErrors());
    QCOMPARE(r.diagnostics.size(), 2); // both unknown fields are pointed out
    QCOMPARE(r.diagnostics.at(0).code, QStringLiteral("unknown-field"));
    QCOMPARE(r.diagnostics.at(0).line, 2);
    QCOMPARE(r.diagnostics.at(1).pointer, QStringLiteral("/syscalls/0/x-note"));

    r.profile.rules[0].action = Action::Log;
    r.profile.rules[0].names.append(QStringLiteral("write"));
    const QByteArray saved = ProfileWriter::write(r.profile, r.style);
    const JsonValue root = JsonReader::parse(saved).root;
    QCOMPARE(root.members()[0].key, QStringLiteral("x-owner"));
    QCOMPARE(root.members()[0].value.value(u"team").items()[1].text(), QStringLiteral("2.50"));
    const JsonValue rule = root.value(u"syscalls").items()[0];
    QCOMPARE(rule.members()[1].key, QStringLiteral("x-note"));
    QCOMPARE(rule.value(u"action").text(), QStringLiteral("SCMP_ACT_LOG"));
}

void TestRoundTrip::editTouchesOnlyItsRule()
{
    SKIP_WITHOUT_CORPUS();
    const QByteArray original = readAll(TestCorpus::path(QStringLiteral("docker-default-2026.json")));
    ProfileReader::Result r = ProfileReader::read(original);
    QVERIFY(r.parsed);
    // Change the errno of the clone3 rule: one line changes.
    qsizetype clone3 = -1;
    for (qsizetype i = 0; i < r.profile.rules.size(); ++i) {
        if (r.profile.rules.at(i).names == QStringList {QStringLiteral("clone3")}) {
            clone3 = i;
        }
    }
    QVERIFY(clone3 >= 0);
    r.profile.rules[clone3].errnoRet = 1;
    QCOMPARE(changedLines(original, ProfileWriter::write(r.profile, r.style)),
        QStringList({QStringLiteral("-\t\t\t\"errnoRet\": 38,"), QStringLiteral("+\t\t\t\"errnoRet\": 1,")}));

    // Removing one name from the big allow rule removes exactly that line.
    r.profile.rules[clone3].errnoRet = 38;
    QStringList &names = r.profile.rules[0].names;
    QVERIFY(names.removeOne(QStringLiteral("ptrace")) || names.removeOne(QStringLiteral("read")));
    const QStringList diff = changedLines(original, ProfileWriter::write(r.profile, r.style));
    QCOMPARE(diff.size(), 1);
    QVERIFY(diff.constFirst().startsWith(QLatin1String("-\t\t\t\t\"")));
}

void TestRoundTrip::oldFormatRuleGrowsIntoNames()
{
    const QByteArray text = "{\n    \"defaultAction\": \"SCMP_ACT_ERRNO\",\n    \"syscalls\": [\n        {\n"
                            "            \"name\": \"open\",\n            \"action\": \"SCMP_ACT_ALLOW\",\n"
                            "            \"args\": []\n        }\n    ]\n}\n";
    ProfileReader::Result r = ProfileReader::read(text);
    QCOMPARE(r.profile.rules.at(0).names, QStringList {QStringLiteral("open")});
    r.profile.rules[0].names.append(QStringLiteral("openat"));
    const QByteArray saved = ProfileWriter::write(r.profile, r.style);
    QVERIFY2(
        saved.contains("        {\n            \"names\": [\n                \"open\",\n                \"openat\"\n"
                       "            ],\n            \"action\": \"SCMP_ACT_ALLOW\",\n            \"args\": []\n"),
        saved.constData());
    QVERIFY(!saved.contains("\"name\":"));
}

void TestRoundTrip::nullAndEmptyStayAsWritten()
{
    const QByteArray text
        = "{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{\n\t\t\t\"names\": [\n"
          "\t\t\t\t\"read\"\n\t\t\t],\n\t\t\t\"action\": \"SCMP_ACT_ALLOW\",\n\t\t\t\"args\": null,\n"
          "\t\t\t\"comment\": \"\",\n\t\t\t\"includes\": {},\n\t\t\t\"excludes\": {}\n\t\t}\n\t]\n}";
    ProfileReader::Result r = ProfileReader::read(text);
    QVERIFY(!r.hasErrors());
    QVERIFY(r.profile.rules.at(0).isUnconditional());
    r.profile.rules[0].action = Action::Log;
    QByteArray expected = text;
    expected.replace("SCMP_ACT_ALLOW", "SCMP_ACT_LOG");
    QCOMPARE(ProfileWriter::write(r.profile, r.style), expected);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
