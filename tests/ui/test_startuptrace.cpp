// The start-up trace the benchmarks read (StartupTrace, startup-phases.py):
// the real editor, started as a user starts it for a screenshot, marks every
// phase once and in order when asked, and writes nothing extra when not.
#include "scratchenvironment.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QStringList EditorPhases = {QStringLiteral("main"),    QStringLiteral("application"), QStringLiteral("options"),
                                  QStringLiteral("document"), QStringLiteral("widgets"),    QStringLiteral("actions"),
                                  QStringLiteral("window"),  QStringLiteral("profile"),     QStringLiteral("laidOut"),
                                  QStringLiteral("painted"), QStringLiteral("written")};
}

class TestStartupTrace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void marksEveryPhaseInOrderWhenAsked();
    void saysNothingWhenNotAsked();
    void phaseScriptReadsBothPrograms();

private:
    QProcessEnvironment environment(bool trace) const;
    QByteArray runEditor(bool trace, const QString &png);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStartupTrace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestStartupTrace::environment(bool trace) const
{
    QProcessEnvironment env = scratchEnvironment(*m_dir);
    env.remove(QStringLiteral("SYSFENCE_STARTUP_TRACE"));
    if (trace) {
        env.insert(QStringLiteral("SYSFENCE_STARTUP_TRACE"), QStringLiteral("1"));
    }
    return env;
}

QByteArray TestStartupTrace::runEditor(bool trace, const QString &png)
{
    QProcess editor;
    editor.setProcessEnvironment(environment(trace));
    editor.start(QStringLiteral(SYSFENCE_GUI_BINARY), {QStringLiteral("--screenshot"), png});
    if (!editor.waitForFinished(120000) || editor.exitStatus() != QProcess::NormalExit || editor.exitCode() != 0) {
        qWarning() << "the editor failed:" << editor.readAllStandardError();
        return QByteArray("failed");
    }
    return editor.readAllStandardError();
}

void TestStartupTrace::marksEveryPhaseInOrderWhenAsked()
{
    const QString png = m_dir->filePath(QStringLiteral("shot.png"));
    const QByteArray err = runEditor(true, png);
    QVERIFY(QFile::exists(png));
    const QRegularExpression line(QStringLiteral("^sysfence-startup (\\w+) (\\d+\\.\\d{3})$"));
    QStringList phases;
    double last = 0;
    for (const QByteArray &raw : err.split('\n')) {
        const QString text = QString::fromUtf8(raw);
        if (!text.startsWith(QLatin1String("sysfence-startup"))) {
            continue; // Qt's own messages
        }
        const QRegularExpressionMatch m = line.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        const double at = m.captured(2).toDouble();
        QVERIFY2(at >= last, qPrintable(text)); // one clock, going forward
        last = at;
        phases.append(m.captured(1));
    }
    QCOMPARE(phases, EditorPhases);
}

void TestStartupTrace::saysNothingWhenNotAsked()
{
    const QString png = m_dir->filePath(QStringLiteral("shot.png"));
    const QByteArray err = runEditor(false, png);
    QVERIFY(QFile::exists(png));
    QVERIFY2(!err.contains("sysfence-startup"), err.constData());
}

void TestStartupTrace::phaseScriptReadsBothPrograms()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QSKIP("python3 is not installed: the benchmark script cannot run");
    }
    // The script against the editor on both sides: one run each, and a table
    // with a row per phase (the bare window is a benchmark, built only with
    // SYSFENCE_BENCHMARKS; the editor marks every phase the bare one does).
    QProcess script;
    script.setProcessEnvironment(environment(false));
    const QString editor = QStringLiteral(SYSFENCE_GUI_BINARY);
    script.start(python, {QStringLiteral(SYSFENCE_SOURCE_DIR "/tests/benchmarks/startup-phases.py"), QStringLiteral("1"),
                          editor, QStringLiteral("--screenshot"), m_dir->filePath(QStringLiteral("a.png")),
                          QStringLiteral("--"), editor, QStringLiteral("--screenshot"),
                          m_dir->filePath(QStringLiteral("b.png"))});
    QVERIFY(script.waitForFinished(240000));
    const QString out = QString::fromUtf8(script.readAllStandardOutput());
    QVERIFY2(script.exitCode() == 0, qPrintable(out + QString::fromUtf8(script.readAllStandardError())));
    const QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // A heading, one row per phase and exit, the total and the ratio.
    QCOMPARE(rows.size(), 1 + EditorPhases.size() + 1 + 2);
    QVERIFY2(rows.at(1).startsWith(QLatin1String("process start to main")), qPrintable(out));
    QVERIFY2(rows.at(rows.size() - 3).startsWith(QLatin1String("exit")), qPrintable(out));
    const QRegularExpression twoTimes(QStringLiteral("\\s\\d+\\.\\d\\s+\\d+\\.\\d$"));
    for (qsizetype i = 1; i < rows.size() - 1; ++i) {
        QVERIFY2(twoTimes.match(rows.at(i)).hasMatch(), qPrintable(rows.at(i)));
    }
}

QTEST_GUILESS_MAIN(TestStartupTrace)
#include "test_startuptrace.moc"
