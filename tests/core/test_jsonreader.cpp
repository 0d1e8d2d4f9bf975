#include "format/jsonreader.h"
#include "format/jsonwriter.h"

#include <QTest>

using namespace Sysfence;

class TestJsonReader final : public QObject {
    Q_OBJECT

private slots:
    void keepsMemberOrderAndPositions();
    void keepsNumbersExactly();
    void keepsStringSpelling();
    void lastDuplicateKeyWinsWithWarning();
    void syntaxErrors_data();
    void syntaxErrors();
    void deepNestingIsRefused();
    void byteOrderMarkIsAnErrorButReadable();
    void columnsCountCharacters();
    void repeatedStringsKeepTheirOwnPlaces();
    void cachedWriterFollowsEditsAndStyles();
};

void TestJsonReader::keepsMemberOrderAndPositions()
{
    const QByteArray text = "{\n  \"zeta\": 1,\n  \"alpha\": [true, null],\n  \"mid\": \"x\"\n}";
    const JsonReader::Result r = JsonReader::parse(text);
    QVERIFY(r.diagnostics.isEmpty());
    QVERIFY(r.root.isObject());
    const auto &m = r.root.members();
    QCOMPARE(m.size(), size_t(3));
    QCOMPARE(m[0].key, QStringLiteral("zeta"));
    QCOMPARE(m[1].key, QStringLiteral("alpha"));
    QCOMPARE(m[2].key, QStringLiteral("mid"));
    // "alpha" value starts at line 3, column 12; its "null" at column 19.
    const auto pos = r.positions.position(m[1].value.offset());
    QCOMPARE(pos.line, 3);
    QCOMPARE(pos.column, 12);
    QCOMPARE(r.positions.position(m[1].value.items()[1].offset()).column, 19);
    QCOMPARE(r.positions.position(m[2].value.offset()).column, 10);
    QCOMPARE(r.positions.position(m[0].keyOffset).column, 3);
}

void TestJsonReader::keepsNumbersExactly()
{
    const JsonReader::Result r = JsonReader::parse("[18446744073709551615, 1.50, -0, 1e3, 123456789012345678901234]");
    QVERIFY(r.diagnostics.isEmpty());
    const auto &items = r.root.items();
    QCOMPARE(items[0].text(), QStringLiteral("18446744073709551615"));
    QCOMPARE(items[1].text(), QStringLiteral("1.50"));
    QCOMPARE(items[2].text(), QStringLiteral("-0"));
    QCOMPARE(items[3].text(), QStringLiteral("1e3"));
    QCOMPARE(items[4].text(), QStringLiteral("123456789012345678901234"));
    QCOMPARE(r.positions.position(items[1].offset()).column, 24);
}

void TestJsonReader::keepsStringSpelling()
{
    const QByteArray text = R"(["a\u003cb", "plain", "tab\there", "q\"uote\\"])";
    const JsonReader::Result r = JsonReader::parse(text);
    QVERIFY(r.diagnostics.isEmpty());
    const auto &items = r.root.items();
    QCOMPARE(items[0].text(), QStringLiteral("a<b"));
    QCOMPARE(items[0].rawString(), QStringLiteral("a\\u003cb"));
    QVERIFY(items[1].rawString().isEmpty());
    QVERIFY(items[2].rawString().isEmpty()); // the writer spells \t the same way
    QCOMPARE(items[3].text(), QStringLiteral("q\"uote\\"));
    QCOMPARE(r.positions.position(items[3].offset()).column, 36);
    QCOMPARE(JsonWriter().write(r.root),
        QByteArray("[\n\t\"a\\u003cb\",\n\t\"plain\",\n\t\"tab\\there\",\n\t\"q\\\"uote\\\\\"\n]"));
}

void TestJsonReader::lastDuplicateKeyWinsWithWarning()
{
    const JsonReader::Result r = JsonReader::parse("{\"a\": 1,\n \"a\": 2}");
    QCOMPARE(r.root.value(u"a").text(), QStringLiteral("2"));
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.constFirst();
    QCOMPARE(d.code, QStringLiteral("duplicate-key"));
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.line, 2);
    QCOMPARE(d.column, 2);
    QCOMPARE(d.pointer, QStringLiteral("/a"));
}

void TestJsonReader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray("") << 1 << 1 << QString() << "empty";
    QTest::newRow("missing comma") << QByteArray("{\n\t\"a\": 1\n\t\"b\": 2\n}") << 3 << 2 << ""
                                   << "Expected “,” or “}”";
    QTest::newRow("trailing comma in array") << QByteArray("{\"names\": [\"a\",\n]}") << 2 << 1 << "/names/1"
                                             << "Trailing comma";
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\": 1,\n}") << 2 << 1 << ""
                                              << "Trailing comma";
    QTest::newRow("comment") << QByteArray("{\n  // allow all\n}") << 2 << 3 << ""
                             << "Comments";
    QTest::newRow("NaN") << QByteArray("{\"value\": NaN}") << 1 << 11 << "/value"
                         << "NaN";
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2 << ""
                                   << "double quotes";
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc") << 1 << 11 << "/a"
                                         << "Unterminated";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\": \"\xff\"}") << 1 << 8 << "/a"
                                   << "UTF-8";
    QTest::newRow("NUL byte") << QByteArray("{\"a\": 1}\0", 9) << 1 << 9 << ""
                              << "NUL";
    QTest::newRow("two values") << QByteArray("{} {}") << 1 << 4 << ""
                                << "after the end";
}

void TestJsonReader::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    const JsonReader::Result r = JsonReader::parse(text, QStringLiteral("f.json"));
    QVERIFY(!r.root.isValid());
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.constFirst();
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.file, QStringLiteral("f.json"));
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QCOMPARE(d.pointer, pointer);
}

void TestJsonReader::deepNestingIsRefused()
{
    const QByteArray text = QByteArray(100000, '[') + QByteArray(100000, ']');
    const JsonReader::Result r = JsonReader::parse(text);
    QVERIFY(!r.root.isValid());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("json-too-deep"));
    QCOMPARE(r.diagnostics.constFirst().column, JsonReader::MaxDepth + 1);

    const QByteArray fine = QByteArray(JsonReader::MaxDepth, '[') + QByteArray(JsonReader::MaxDepth, ']');
    QVERIFY(JsonReader::parse(fine).root.isValid());
}

void TestJsonReader::byteOrderMarkIsAnErrorButReadable()
{
    const JsonReader::Result r = JsonReader::parse("\xEF\xBB\xBF{\"a\": 1}");
    QVERIFY(r.root.isObject());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.constFirst().code, QStringLiteral("byte-order-mark"));
    QCOMPARE(r.diagnostics.constFirst().severity, Diagnostic::Severity::Error);
}

void TestJsonReader::columnsCountCharacters()
{
    // "é" and "→" are several bytes but one column each: the stray 2 is in column 10.
    const JsonReader::Result r = JsonReader::parse("{\"é→\": 1 2}");
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.constFirst().column, 10);
}

void TestJsonReader::repeatedStringsKeepTheirOwnPlaces()
{
    // The reader shares equal strings; each value still has its own offset,
    // and an escaped spelling of the same text keeps its spelling.
    const QByteArray text = R"({"names": ["read", "read", "re\u0061d"], "read": "read"})";
    const JsonReader::Result r = JsonReader::parse(text);
    QVERIFY(r.diagnostics.isEmpty());
    const auto &items = r.root.value(u"names").items();
    QCOMPARE(items[0].text(), QStringLiteral("read"));
    QCOMPARE(items[1].text(), QStringLiteral("read"));
    QCOMPARE(items[2].text(), QStringLiteral("read"));
    QCOMPARE(items[0].offset(), qint64(11));
    QCOMPARE(items[1].offset(), qint64(19));
    QVERIFY(items[1].rawString().isEmpty());
    QCOMPARE(items[2].rawString(), QStringLiteral("re\\u0061d"));
    QCOMPARE(r.root.members()[1].key, QStringLiteral("read"));
    QCOMPARE(r.root.value(u"read").text(), QStringLiteral("read"));
}

void TestJsonReader::cachedWriterFollowsEditsAndStyles()
{
    // Objects two levels down are remembered between writes (an editor's
    // rules); what comes out must still be exactly what a plain writer writes.
    const QByteArray text = "{\"syscalls\": [{\"names\": [\"read\"], \"comment\": \"caf\u00e9 \u2713 \U0001F600\"}, "
                            "{\"names\": [\"write\"]}]}";
    const JsonReader::Result r = JsonReader::parse(QString::fromUtf8(text).toUtf8());
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).message));
    JsonStyle spaces;
    spaces.indent = QStringLiteral("    ");
    for (const JsonStyle &style : {JsonStyle::dockerDefault(), spaces}) {
        JsonWriter cached(style);
        cached.setCachedDepth(2);
        QCOMPARE(cached.write(r.root), JsonWriter(style).write(r.root));
        QCOMPARE(cached.write(r.root), JsonWriter(style).write(r.root)); // second time from the cache
    }
    // The second rule replaced: the first comes from the cache, the new one is written.
    std::vector<JsonValue> rules = r.root.value(u"syscalls").items();
    rules[1] = JsonValue::object({{QStringLiteral("names"), JsonValue::array({JsonValue::string(QStringLiteral("open"))}), -1}});
    const JsonValue edited = JsonValue::object({{QStringLiteral("syscalls"), JsonValue::array(rules), -1}});
    JsonWriter cached;
    cached.setCachedDepth(2);
    const QByteArray out = cached.write(edited);
    QCOMPARE(out, JsonWriter().write(edited));
    QVERIFY(out.contains("\"open\""));
    QVERIFY(!out.contains("\"write\""));
    QVERIFY(out.contains(QStringLiteral("café ✓ 😀").toUtf8()));
    // At another depth the same objects are indented for that depth.
    JsonWriter deeper;
    deeper.setCachedDepth(1);
    const JsonValue wrapped = JsonValue::array({r.root.value(u"syscalls").items()[0]});
    QCOMPARE(deeper.write(wrapped), JsonWriter().write(wrapped));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "test_jsonreader.moc"
