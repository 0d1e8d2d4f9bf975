#include "testcorpus.h"

#include "fuzz/roundtripcheck.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
};

void TestFuzzRegressions::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QStringList roots = {QStringLiteral(SYSFENCE_SOURCE_DIR "/tests/fuzz/regressions"), QStringLiteral(SYSFENCE_TEST_DATA),
                               TestCorpus::dir()};
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.json"), QStringLiteral("*.bin")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(file))) << file;
        }
    }
}

void TestFuzzRegressions::roundTrip()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString problem = roundTripProblem(f.readAll());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzzregressions.moc"
