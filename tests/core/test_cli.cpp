#include "testcorpus.h"

#include "cli/cliapplication.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sysfence;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication app(out, err);
    run.exitCode = app.run(QStringList {QStringLiteral("sysfence-cli")} + args);
    return run;
}

QString fixture(const char *name)
{
    return TestCorpus::dataPath(QStringLiteral("invalid/") + QLatin1String(name));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void validateTextLines();
    void validateJson();
    void validateExitCodes();
    void fmtPreservesAndReindents();
    void fmtCheck();
    void usageErrors();
};

void TestCli::validateTextLines()
{
    const QString file = fixture("unknown-action.json");
    const Run run = cli({QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        QStringLiteral("%1:6:14: error: Unknown action “SCMP_ACT_ALOW” — did you mean "
                       "“SCMP_ACT_ALLOW”? [unknown-action]\n")
            .arg(file));
}

void TestCli::validateJson()
{
    const QString file = fixture("value-two.json");
    const Run run = cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), file});
    QCOMPARE(run.exitCode, 0); // a warning is not an error
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject d = doc.array().first().toObject();
    QCOMPARE(d.value(QLatin1String("file")).toString(), file);
    QCOMPARE(d.value(QLatin1String("line")).toInt(), 8);
    QCOMPARE(d.value(QLatin1String("column")).toInt(), 42);
    QCOMPARE(d.value(QLatin1String("pointer")).toString(), QStringLiteral("/syscalls/0/args/0/valueTwo"));
    QCOMPARE(d.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(d.value(QLatin1String("code")).toString(), QStringLiteral("unused-value-two"));
    QVERIFY(d.value(QLatin1String("message")).toString().contains(QLatin1String("MASKED_EQ")));
}

void TestCli::validateExitCodes()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": "
            "\"SCMP_ACT_ALLOW\"}]}");
    f.close();
    QCOMPARE(cli({QStringLiteral("validate"), good}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("validate"), good, fixture("name-and-names.json")}).exitCode, 1);
    const Run missing = cli({QStringLiteral("validate"), good, dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.out.contains(QLatin1String("missing.json: error: Cannot open the file")));
}

void TestCli::fmtPreservesAndReindents()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.json"));
    const QByteArray text = "{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"syscalls\": [\n    {\n"
                            "      \"names\": [\"read\"],\n      \"action\": \"SCMP_ACT_ALLOW\"\n    }\n  ]\n}\n";
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();

    const Run toStdout = cli({QStringLiteral("fmt"), input});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out,
        QStringLiteral("{\n  \"defaultAction\": \"SCMP_ACT_ERRNO\",\n  \"syscalls\": [\n    {\n"
                       "      \"names\": [\n        \"read\"\n      ],\n"
                       "      \"action\": \"SCMP_ACT_ALLOW\"\n    }\n  ]\n}\n"));

    const QString output = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(cli({QStringLiteral("fmt"), input, QStringLiteral("--indent"), QStringLiteral("tab"), QStringLiteral("-o"),
                     output})
                 .exitCode,
        0);
    QVERIFY(readAll(output).startsWith("{\n\t\"defaultAction\": \"SCMP_ACT_ERRNO\",\n\t\"syscalls\": [\n\t\t{"));
    QCOMPARE(readAll(input), text); // the input is untouched
}

void TestCli::fmtCheck()
{
    SKIP_WITHOUT_CORPUS();
    const QString docker = TestCorpus::path(QStringLiteral("docker-default-2026.json"));
    QCOMPARE(cli({QStringLiteral("fmt"), QStringLiteral("--check"), docker}).exitCode, 0);
    const Run unformatted = cli({QStringLiteral("fmt"), QStringLiteral("--check"),
        TestCorpus::path(QStringLiteral("moby-fixture-conditional_include.json"))});
    QCOMPARE(unformatted.exitCode, 1);
    QVERIFY(unformatted.out.contains(QLatin1String("not formatted")));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x")})
                 .exitCode,
        2);
    QCOMPARE(
        cli({QStringLiteral("fmt"), QStringLiteral("--indent"), QStringLiteral("eight"), fixture("value-two.json")})
            .exitCode,
        2);
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("validate FILE...")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
