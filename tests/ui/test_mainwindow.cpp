#include "testcorpus.h"

#include "jsonpreview.h"
#include "mainwindow.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sysfence;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void previewShowsWhatSaveWrites();
    void diagnosticsAreListedAndClickable();
    void screenshotIsWritten();
};

void TestMainWindow::previewShowsWhatSaveWrites()
{
    SKIP_WITHOUT_CORPUS();
    MainWindow window;
    const QString path = TestCorpus::path(QStringLiteral("docker-default-2026.json"));
    QVERIFY(window.openFile(path));
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    QVERIFY(preview);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(preview->toPlainText(), QString::fromUtf8(f.readAll()));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("docker-default-2026.json")));
}

void TestMainWindow::diagnosticsAreListedAndClickable()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(TestCorpus::dataPath(QStringLiteral("invalid/bad-min-kernel.json"))));
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("diagnosticsList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("8:18"));
    QCOMPARE(item->text(3), QStringLiteral("bad-min-kernel"));

    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    auto *preview = window.findChild<JsonPreview *>(QStringLiteral("jsonPreview"));
    // The file has "names": ["bpf"] on one line; the preview spreads it over
    // three, so the diagnostic's line in the preview is 10, not 8.
    QCOMPARE(preview->textCursor().blockNumber(), 9);
    QVERIFY(preview->textCursor().selectedText().contains(QLatin1String("minKernel")));
}

void TestMainWindow::screenshotIsWritten()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    MainWindow window;
    QVERIFY(window.openFile(TestCorpus::dataPath(QStringLiteral("invalid/unknown-action.json"))));
    QVERIFY(window.saveScreenshot(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1400, 900));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
