#include "format/profileparse.h"

#include "format/cleanrules.h"
#include "format/profilereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sysfence;

namespace {
const QByteArray Base = R"({
	"defaultAction": "SCMP_ACT_ERRNO",
	"syscalls": [
		{
			"names": ["read", "write"],
			"action": "SCMP_ACT_ALLOW"
		},
		{
			"names": ["getpid"],
			"action": "SCMP_ACT_ALLOW",
			"action": "SCMP_ACT_LOG"
		},
		{
			"names": ["mount"],
			"action": "SCMP_ACT_ERRNO",
			"args": [{"index": 0, "value": 1, "op": "SCMP_CMP_EQ"}]
		},
		{
			"names": ["ptrace"],
			"action": "SCMP_ACT_ALLOW",
			"comment": "duplicate below",
			"comment": "twice"
		}
	]
}
)";

// Every value of a tree with its offset, a shift added inside rules.
void flatten(const JsonValue &v, qint64 shift, const QString &at, QStringList *out)
{
    out->append(QStringLiteral("%1 @%2").arg(at).arg(v.offset() + shift));
    if (v.isArray()) {
        for (size_t i = 0; i < v.items().size(); ++i) {
            flatten(v.items()[i], shift, at + QLatin1Char('/') + QString::number(i), out);
        }
    } else if (v.isObject()) {
        for (const JsonMember &m : v.members()) {
            flatten(m.value, shift, at + QLatin1Char('/') + m.key, out);
        }
    }
}

QStringList describe(const ProfileParse &parse)
{
    QStringList out;
    const JsonValue &root = parse.json().root;
    for (const JsonMember &m : root.members()) {
        if (m.key != QLatin1String("syscalls")) {
            flatten(m.value, 0, m.key, &out);
            continue;
        }
        for (size_t i = 0; i < m.value.items().size(); ++i) {
            flatten(m.value.items()[i], parse.ruleShift(qsizetype(i)), QStringLiteral("rule%1").arg(i), &out);
        }
    }
    for (const Diagnostic &d : parse.json().diagnostics) {
        out.append(QStringLiteral("%1:%2 @%3 %4 %5").arg(d.line).arg(d.column).arg(d.offset).arg(d.pointer, d.code));
    }
    return out;
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = text.indexOf(from);
    Q_ASSERT(at >= 0);
    return text.replace(at, from.size(), to);
}
} // namespace

// An editor's parse that follows its text edit by edit must say exactly what
// a parse of each text from scratch says: every value at the same place,
// every duplicate-key warning at the same line, column and pointer.
class TestProfileParse final : public QObject {
    Q_OBJECT

private slots:
    void followingEqualsParsingAfresh_data();
    void followingEqualsParsingAfresh();
    void parseValuesKeepsOffsetsOfTheWholeText();
    void linePositionsFollowManySplices();
    void aCopyOfTheTreeKeepsWhatItWas();
    void cleanRulesFollowTheParse();
};

void TestProfileParse::followingEqualsParsingAfresh_data()
{
    QTest::addColumn<QList<QByteArray>>("texts"); // each the next version of the one before
    QTest::addColumn<QList<bool>>("spliced");     // whether follow() could keep the rest

    const QByteArray longer = replaced(Base, "\"names\": [\"getpid\"]", "\"names\": [\"getpid\", \"gettid\", \"getppid\"]");
    const QByteArray inserted = replaced(Base, "\t\t{\n\t\t\t\"names\": [\"mount\"]",
                                         "\t\t{\n\t\t\t\"names\": [\"bpf\"],\n\t\t\t\"action\": \"SCMP_ACT_KILL\"\n\t\t},\n"
                                         "\t\t{\n\t\t\t\"names\": [\"mount\"]");
    const QByteArray removedFirst = replaced(Base, "\t\t{\n\t\t\t\"names\": [\"read\", \"write\"],\n\t\t\t\"action\": "
                                                   "\"SCMP_ACT_ALLOW\"\n\t\t},\n", "");
    const QByteArray lastChanged = replaced(Base, "\"twice\"", "\"twice, then three times\"");
    const QByteArray appended = replaced(Base, "\"twice\"\n\t\t}", "\"twice\"\n\t\t},\n\t\t{\"names\": [\"kill\"], "
                                                                 "\"action\": \"SCMP_ACT_ALLOW\", \"action\": \"SCMP_ACT_LOG\"}");
    const QByteArray lastRemoved = Base.left(Base.indexOf(",\n\t\t{\n\t\t\t\"names\": [\"ptrace\"]")) + "\n\t]\n}\n";
    const QByteArray header = replaced(Base, "SCMP_ACT_ERRNO\",\n\t\"syscalls", "SCMP_ACT_KILL\",\n\t\"syscalls");

    QTest::newRow("a rule grows") << QList<QByteArray>{Base, longer, Base} << QList<bool>{true, true};
    QTest::newRow("a rule is inserted, then taken out")
        << QList<QByteArray>{Base, inserted, Base} << QList<bool>{true, true};
    QTest::newRow("the first rule goes") << QList<QByteArray>{Base, removedFirst, Base} << QList<bool>{true, true};
    QTest::newRow("the last rule changes") << QList<QByteArray>{Base, lastChanged, Base} << QList<bool>{true, true};
    QTest::newRow("a rule is appended") << QList<QByteArray>{Base, appended, Base} << QList<bool>{true, true};
    QTest::newRow("edits in a row")
        << QList<QByteArray>{Base, inserted, replaced(inserted, "\"twice\"", "\"2\""),
                             replaced(replaced(inserted, "\"twice\"", "\"2\""), "[\"read\", \"write\"]", "[\"read\"]")}
        << QList<bool>{true, true, true};
    QTest::newRow("the header changes: parsed whole") << QList<QByteArray>{Base, header} << QList<bool>{false};
    QTest::newRow("the last rule goes") << QList<QByteArray>{Base, lastRemoved, Base} << QList<bool>{true, true};
    QTest::newRow("text after the root: parsed whole, as an error")
        << QList<QByteArray>{Base, Base + "x"} << QList<bool>{false};
}

void TestProfileParse::followingEqualsParsingAfresh()
{
    QFETCH(QList<QByteArray>, texts);
    QFETCH(QList<bool>, spliced);
    const QString name = QStringLiteral("profile.json");
    ProfileParse following;
    following.parse(texts.constFirst(), name);
    for (qsizetype i = 1; i < texts.size(); ++i) {
        QCOMPARE(following.follow(texts.at(i), name), spliced.at(i - 1));
        ProfileParse fresh;
        fresh.parse(texts.at(i), name);
        QCOMPARE(following.text(), texts.at(i));
        QCOMPARE(describe(following), describe(fresh));
        // Line starts are copied and moved, not found again: every byte is on the same line and column.
        for (qint64 offset = 0; offset <= texts.at(i).size(); ++offset) {
            const TextPositions::Position a = following.json().positions.position(offset);
            const TextPositions::Position b = fresh.json().positions.position(offset);
            QVERIFY2(a.line == b.line && a.column == b.column, qPrintable(QString::number(offset)));
        }
        if (!fresh.json().root.isValid()) {
            continue;
        }
        // A pointer into a moved rule still finds its value in the text.
        const qint64 at = following.offsetOf(QStringLiteral("/syscalls/2/names/0"));
        QCOMPARE(at, fresh.offsetOf(QStringLiteral("/syscalls/2/names/0")));
        QVERIFY(at > 0);
        QCOMPARE(texts.at(i).at(at), '"');
    }
}

void TestProfileParse::parseValuesKeepsOffsetsOfTheWholeText()
{
    const QByteArray text = "[ {\"a\": 1}, \"x\" ,\n[2, {\"b\": 1, \"b\": 2}] ]";
    const JsonReader::Result part = JsonReader::parseValues(text, 2, text.size() - 2);
    QVERIFY(part.root.isArray());
    QCOMPARE(part.root.items().size(), size_t(3));
    QCOMPARE(part.root.items()[0].offset(), text.indexOf('{'));
    QCOMPARE(part.root.items()[1].offset(), text.indexOf("\"x\""));
    QCOMPARE(part.root.items()[2].items()[1].offset(), text.lastIndexOf('{'));
    QCOMPARE(part.diagnostics.size(), 1);
    QCOMPARE(part.diagnostics.constFirst().pointer, QStringLiteral("/2/1/b"));
    QCOMPARE(part.diagnostics.constFirst().offset, text.lastIndexOf("\"b\""));

    // A trailing comma or a missing one is an error, not a shorter array.
    QVERIFY(!JsonReader::parseValues("{}, {},", 0, 7).root.isValid());
    QVERIFY(!JsonReader::parseValues("{} {}", 0, 5).root.isValid());
    QVERIFY(JsonReader::parseValues("  ", 0, 2).root.items().empty());
}

// The line table is kept in blocks that a splice rebuilds around the change
// and moves after it: through hundreds of splices of a text thousands of
// lines long (many blocks), every place must read as in the text read anew.
void TestProfileParse::linePositionsFollowManySplices()
{
    QRandomGenerator random(8);
    QByteArray text;
    for (int i = 0; i < 6000; ++i) {
        text += QByteArray(int(random.bounded(12)), 'x') + (i % 7 == 0 ? "é" : "") + "\n";
    }
    TextPositions positions(text);
    for (int step = 0; step < 300; ++step) {
        // Replace a stretch (often across several lines, sometimes thousands)
        // with new lines of its own.
        const qint64 from = random.bounded(int(text.size()) + 1);
        const qint64 span = step % 25 == 0 ? random.bounded(40000) : random.bounded(200);
        const qint64 oldEnd = std::min<qint64>(text.size(), from + span);
        QByteArray put;
        const int newLines = step % 30 == 0 ? 3000 : int(random.bounded(8));
        for (int k = 0; k < newLines; ++k) {
            put += QByteArray(int(random.bounded(5)), 'y') + "\n";
        }
        put += "z";
        text = text.left(from) + put + text.mid(oldEnd);
        positions = TextPositions::spliced(positions, text, from, oldEnd, from + put.size());
        const TextPositions fresh(text);
        QCOMPARE(positions.lineCount(), fresh.lineCount());
        QList<qint64> offsets = {0, text.size(), text.size() - 1, from, from + put.size(), from + put.size() + 1};
        for (int k = 0; k < 40; ++k) {
            offsets.append(random.bounded(int(text.size()) + 1));
        }
        for (const qint64 offset : std::as_const(offsets)) {
            const TextPositions::Position a = positions.position(offset);
            const TextPositions::Position b = fresh.position(offset);
            QVERIFY2(a.line == b.line && a.column == b.column,
                     qPrintable(QStringLiteral("step %1, offset %2: %3:%4, read anew %5:%6")
                                    .arg(step).arg(offset).arg(a.line).arg(a.column).arg(b.line).arg(b.column)));
        }
    }
}

// follow() changes the rules array in place when nothing else holds the
// tree; a copy taken before (by a view, a diagnostic, an analysis) must
// still show the text it was parsed from.
void TestProfileParse::aCopyOfTheTreeKeepsWhatItWas()
{
    const QString name = QStringLiteral("profile.json");
    const QByteArray inserted = replaced(Base, "\t\t{\n\t\t\t\"names\": [\"mount\"]",
                                         "\t\t{\n\t\t\t\"names\": [\"bpf\"],\n\t\t\t\"action\": \"SCMP_ACT_KILL\"\n\t\t},\n"
                                         "\t\t{\n\t\t\t\"names\": [\"mount\"]");
    ProfileParse following;
    following.parse(Base, name);
    const JsonValue before = following.json().root;
    ProfileParse fresh;
    fresh.parse(Base, name);
    QVERIFY(following.follow(inserted, name));
    QVERIFY(before == fresh.json().root);
    const std::vector<JsonValue> &kept = before.value(u"syscalls").items();
    const std::vector<JsonValue> &expected = fresh.json().root.value(u"syscalls").items();
    QCOMPARE(kept.size(), expected.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        QCOMPARE(kept[i].offset(), expected[i].offset());
    }
    ProfileParse freshInserted;
    freshInserted.parse(inserted, name);
    QVERIFY(following.json().root == freshInserted.json().root);

    // replaceItems itself: in place for the only holder, a copy otherwise.
    JsonValue array = JsonValue::array({JsonValue::number(qint64(1)), JsonValue::number(qint64(2)),
                                        JsonValue::number(qint64(3))});
    const JsonValue copy = array;
    array.replaceItems(1, 1, {JsonValue::number(qint64(7)), JsonValue::number(qint64(8))});
    QCOMPARE(copy.items().size(), size_t(3));
    QCOMPARE(copy.items()[1].text(), QStringLiteral("2"));
    QCOMPARE(array.items().size(), size_t(4));
    QCOMPARE(array.items()[1].text(), QStringLiteral("7"));
    QCOMPARE(array.items()[3].text(), QStringLiteral("3"));
    const JsonValue *itemsBefore = array.items().data();
    array.replaceItems(0, 3, {});
    QCOMPARE(array.items().size(), size_t(1));
    QCOMPARE(array.items()[0].text(), QStringLiteral("3"));
    QCOMPARE(array.items().data(), itemsBefore); // the same vector: changed in place
}

// What a read knows to be clean follows the parse through splices: after
// edits, exactly the rules a read from scratch finds clean are known, each
// by its own text (which a later whole read looks rules up by).
void TestProfileParse::cleanRulesFollowTheParse()
{
    const QString name = QStringLiteral("profile.json");
    // A rule the decoder complains about (an unknown action) is not clean.
    const QByteArray inserted = replaced(Base, "\t\t{\n\t\t\t\"names\": [\"mount\"]",
                                         "\t\t{\n\t\t\t\"names\": [\"bpf\"],\n\t\t\t\"action\": \"SCMP_ACT_NOPE\"\n\t\t},\n"
                                         "\t\t{\n\t\t\t\"names\": [\"mount\"]");
    const QByteArray grown = replaced(inserted, "[\"read\", \"write\"]", "[\"read\", \"write\", \"close\"]");
    const QByteArray renamed = replaced(grown, "[\"ptrace\"]", "[\"ptrace\", \"kcmp\"]");
    ProfileParse parse;
    parse.parse(Base, name);
    CleanRules clean(Base);
    ProfileReader::diagnose(Base, parse.json(), name, nullptr, &clean, &parse.ruleShifts(), &parse.lastSplice());
    for (const QByteArray &text : {inserted, grown, renamed}) {
        QVERIFY(parse.follow(text, name));
        CleanRules next(text);
        ProfileReader::diagnose(text, parse.json(), name, &clean, &next, &parse.ruleShifts(), &parse.lastSplice());
        clean = std::move(next);

        ProfileParse fresh;
        fresh.parse(text, name);
        CleanRules freshClean(text);
        ProfileReader::diagnose(text, fresh.json(), name, nullptr, &freshClean);
        const std::vector<JsonValue> &items = fresh.json().root.value(u"syscalls").items();
        QCOMPARE(clean.size(), items.size());
        int known = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            const qint64 begin = items[i].offset();
            const qint64 end = i + 1 < items.size() ? items[i + 1].offset() : text.size();
            const std::string_view key(text.constData() + begin, size_t(end - begin));
            QCOMPARE(clean.at(i) != nullptr, freshClean.at(i) != nullptr);
            QCOMPARE(clean.find(key) != nullptr, freshClean.at(i) != nullptr);
            known += clean.at(i) != nullptr;
        }
        QVERIFY(known >= 2);
        QVERIFY(known < int(items.size())); // bpf's rule is not clean
    }
}

QTEST_GUILESS_MAIN(TestProfileParse)
#include "test_profileparse.moc"
