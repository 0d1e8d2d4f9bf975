#include "tiledpaintstyle.h"

#include <QApplication>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>
#include <QStyleFactory>
#include <QStyleOptionComplex>

namespace Sysfence {

TiledPaintStyle::TiledPaintStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void TiledPaintStyle::install()
{
    QStyle *current = QApplication::style();
    if (qobject_cast<TiledPaintStyle *>(current)) {
        return;
    }
    QStyle *base = QStyleFactory::create(current->name());
    if (!base) {
        return; // a style not made by the factory: leave it alone
    }
    QApplication::setStyle(new TiledPaintStyle(base));
}

bool TiledPaintStyle::paintTiled(const QStyleOption *option, QPainter *painter,
                                 const std::function<void(QPainter *)> &paint)
{
    // Only a raster painter (not a printer's or a PDF's: tiles are images)
    // that merely moves what it paints, at a whole number of device pixels
    // per pixel that its device and the engine's agree on, is given tiles.
    // (QWidget::render into an image of another ratio paints through a
    // scaling redirection: left whole.)
    if (!option || !painter || !painter->device() || !painter->paintEngine()
        || painter->paintEngine()->type() != QPaintEngine::Raster || !painter->paintEngine()->paintDevice()) {
        return false;
    }
    const qreal ratio = painter->device()->devicePixelRatio();
    if (painter->paintEngine()->paintDevice()->devicePixelRatio() != ratio || ratio != qreal(int(ratio))
        || painter->deviceTransform().type() > QTransform::TxScale || painter->opacity() < 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver) {
        return false;
    }
    if (painter->deviceTransform().type() == QTransform::TxScale
        && (painter->deviceTransform().m11() != ratio || painter->deviceTransform().m22() != ratio)) {
        return false; // a scale of the painter's own, not the device's
    }
    const int side = Tile / int(ratio); // Tile device pixels
    const QRect area = option->rect.adjusted(-Margin, -Margin, Margin, Margin);
    if (area.width() <= side && area.height() <= side) {
        return false;
    }
    // Each tile is painted into an image of its own, which the raster
    // engine clips to its size before it makes spans (a clip set on the
    // painter would not do: styles replace it, Fusion does for a scroll
    // bar's groove). Where the style paints opaquely, as Fusion does, the
    // pixels are those it paints directly, but for a few antialiased corner
    // pixels a shade apart: one blended over what is behind it (the tile is
    // painted on transparency first), or a rounded corner across a tile's
    // edge (Fusion's horizontal scroll bar: 3 pixels on Qt 6.4, 4 or 5 on
    // 6.8, by up to 42 of 255).
    //
    // Tiles outside what is being repainted are left out: the system clip
    // (device pixels) is the region of the paint event.
    const QRegion systemClip = painter->paintEngine()->systemClip();
    QRegion visible = systemClip.isEmpty() ? QRegion(area) : painter->deviceTransform().inverted().map(systemClip);
    if (painter->hasClipping()) {
        visible &= painter->clipRegion();
    }
    QImage image(Tile, Tile, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    for (int y = area.top(); y <= area.bottom(); y += side) {
        for (int x = area.left(); x <= area.right(); x += side) {
            const QRect tile = QRect(x, y, side, side).intersected(area);
            if (!visible.intersects(tile)) {
                continue;
            }
            image.fill(Qt::transparent);
            QPainter tilePainter(&image);
            tilePainter.setRenderHints(painter->renderHints());
            tilePainter.setFont(painter->font());
            tilePainter.setPen(painter->pen());
            tilePainter.setBrush(painter->brush());
            tilePainter.translate(-tile.topLeft());
            paint(&tilePainter);
            tilePainter.end();
            painter->drawImage(tile.topLeft(), image, QRect(QPoint(0, 0), tile.size() * int(ratio)));
        }
    }
    return true;
}

void TiledPaintStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                         QPainter *painter, const QWidget *widget) const
{
    if (control != CC_ScrollBar || !paintTiled(option, painter, [&](QPainter *tile) {
            QProxyStyle::drawComplexControl(control, option, tile, widget);
        })) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }
}

void TiledPaintStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    // The tool bar's background: lines across the window, no text.
    if (element != CE_ToolBar || !paintTiled(option, painter, [&](QPainter *tile) {
            QProxyStyle::drawControl(element, option, tile, widget);
        })) {
        QProxyStyle::drawControl(element, option, painter, widget);
    }
}

} // namespace Sysfence
