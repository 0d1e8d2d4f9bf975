#pragma once

#include <QProxyStyle>

#include <functional>

namespace Sysfence {

// The application's style, with scroll bars and the tool bar's background
// painted in tiles of at most 64×64 device pixels. Qt's raster paint engine hands
// every fill of 96 spans or more (rows of a filled rectangle, pixels of a
// drawn line) to a thread pool in pieces of 64 and waits for them; on the
// 2-core machine of the benchmarks, the threads' wake-ups cost several times
// the painting: the preview's 14×393 scroll bar took 350 µs a paint (100 µs
// in tiles), and start-up handed 102 pieces of scroll bars and tool bar
// (of 152 in all) to the threads: ~3 ms. A tile is painted into an image of its own, clipped
// to it before spans are made; the pixels are those the style paints
// directly but for a few antialiased corner pixels (see paintTiled).
class TiledPaintStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base`.
    explicit TiledPaintStyle(QStyle *base);

    // Makes the application's style (as chosen by Qt, -style or
    // QT_STYLE_OVERRIDE) a TiledPaintStyle over a new instance of it.
    static void install();

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    static constexpr int Tile = 64;
    static constexpr int Margin = 2; // around the option's rectangle: styles draw frames a pixel outside it

private:
    // Paints through `paint`, tile by tile; false when the painter cannot
    // be given tiles (then nothing was painted).
    static bool paintTiled(const QStyleOption *option, QPainter *painter, const std::function<void(QPainter *)> &paint);
};

} // namespace Sysfence
