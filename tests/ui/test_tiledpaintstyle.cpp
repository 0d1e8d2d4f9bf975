// Scroll bars and tool bars painted in tiles (TiledPaintStyle) must look
// as the style paints them whole.
#include "tiledpaintstyle.h"

#include <QApplication>
#include <QMainWindow>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Sysfence;

namespace {
// The widget rendered at a device pixel ratio, on the window's colour as in
// a window (a tile left out or misplaced shows as hundreds of pixels).
QImage rendered(QWidget &widget, qreal ratio)
{
    QImage image(widget.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(widget.palette().color(QPalette::Window));
    widget.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

// Pixels that differ by more than a rounding (2 of 255 in a channel: at a
// ratio of 2 a gradient can come out a level apart along a tile's edge),
// and by how much at most.
std::pair<int, int> difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size()) {
        return {a.width() * a.height(), 255};
    }
    int pixels = 0;
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            const int by = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                     std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
            pixels += by > 2 ? 1 : 0;
            most = std::max(most, by);
        }
    }
    return {pixels, most};
}
} // namespace

class TestTiledPaintStyle : public QObject
{
    Q_OBJECT

private slots:
    void scrollBarsLookTheSame_data();
    void scrollBarsLookTheSame();
    void toolBarLooksTheSame();
    void installKeepsTheApplicationsStyle();
};

void TestTiledPaintStyle::scrollBarsLookTheSame_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("value");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("vertical, top") << int(Qt::Vertical) << QSize(14, 393) << 0 << 1.0;
    QTest::newRow("vertical, middle") << int(Qt::Vertical) << QSize(14, 393) << 500 << 1.0;
    QTest::newRow("vertical, end, 2x") << int(Qt::Vertical) << QSize(14, 393) << 1000 << 2.0;
    QTest::newRow("vertical, 1.5x") << int(Qt::Vertical) << QSize(15, 301) << 333 << 1.5;
    QTest::newRow("horizontal") << int(Qt::Horizontal) << QSize(567, 14) << 250 << 1.0;
    QTest::newRow("horizontal, 2x") << int(Qt::Horizontal) << QSize(567, 14) << 750 << 2.0;
    QTest::newRow("one tile") << int(Qt::Vertical) << QSize(14, 60) << 10 << 1.0;
    // Grabbed at the screen's ratio (QT_SCALE_FACTOR=2 in the 2x run).
    QTest::newRow("vertical, screen") << int(Qt::Vertical) << QSize(14, 393) << 400 << 0.0;
    QTest::newRow("horizontal, screen") << int(Qt::Horizontal) << QSize(567, 14) << 400 << 0.0;
    QTest::newRow("horizontal, wide, screen") << int(Qt::Horizontal) << QSize(580, 14) << 0 << 0.0;
}

void TestTiledPaintStyle::scrollBarsLookTheSame()
{
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QFETCH(int, value);
    QFETCH(qreal, ratio);
    const std::unique_ptr<QStyle> whole(QStyleFactory::create(QStringLiteral("Fusion")));
    TiledPaintStyle tiled(QStyleFactory::create(QStringLiteral("Fusion")));
    QImage images[2];
    QStyle *styles[2] = {whole.get(), &tiled};
    for (int i = 0; i < 2; ++i) {
        QScrollBar bar{static_cast<Qt::Orientation>(orientation)};
        bar.setStyle(styles[i]);
        bar.setRange(0, 1000);
        bar.setPageStep(120);
        bar.setValue(value);
        bar.resize(size);
        images[i] = ratio > 0 ? rendered(bar, ratio) : bar.grab().toImage();
    }
    // The same but for a few antialiased corner pixels: where the style
    // blends one over what is behind it (a tile is painted on transparency
    // first), or where a rounded corner meets a tile's edge. With Fusion's
    // horizontal scroll bar: 3 pixels, by up to 17 of 255, on Qt 6.4; 4 or
    // 5, by up to 42, on Qt 6.8. A tile misplaced or left out is hundreds.
    // (Rendered at a ratio other than the widget's, nothing is tiled: ctest
    // runs this at the screen ratios 1 and 2.)
    const auto [pixels, most] = difference(images[0], images[1]);
    QVERIFY2(pixels <= 8, qPrintable(QStringLiteral("%1 pixels differ, by up to %2").arg(pixels).arg(most)));
}

void TestTiledPaintStyle::toolBarLooksTheSame()
{
    const std::unique_ptr<QStyle> whole(QStyleFactory::create(QStringLiteral("Fusion")));
    TiledPaintStyle tiled(QStyleFactory::create(QStringLiteral("Fusion")));
    QImage images[2];
    QStyle *styles[2] = {whole.get(), &tiled};
    for (int i = 0; i < 2; ++i) {
        QMainWindow window;
        window.setStyle(styles[i]);
        QToolBar *bar = window.addToolBar(QStringLiteral("Tools"));
        bar->setStyle(styles[i]);
        bar->addAction(QStringLiteral("Open…"));
        bar->addAction(QStringLiteral("Save"));
        window.resize(1400, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        images[i] = rendered(*bar, 1.0);
        QVERIFY(bar->width() > 1000);
    }
    const auto [pixels, most] = difference(images[0], images[1]);
    QVERIFY2(pixels <= 8, qPrintable(QStringLiteral("%1 pixels differ, by up to %2").arg(pixels).arg(most)));
}

void TestTiledPaintStyle::installKeepsTheApplicationsStyle()
{
    const QString before = QApplication::style()->name();
    TiledPaintStyle::install();
    QVERIFY(qobject_cast<TiledPaintStyle *>(QApplication::style()));
    QCOMPARE(qobject_cast<QProxyStyle *>(QApplication::style())->baseStyle()->name(), before);
    QStyle *installed = QApplication::style();
    TiledPaintStyle::install(); // once is enough
    QCOMPARE(QApplication::style(), installed);
}

QTEST_MAIN(TestTiledPaintStyle)
#include "test_tiledpaintstyle.moc"
