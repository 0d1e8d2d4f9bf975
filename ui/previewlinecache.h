#pragma once

#include <QByteArray>
#include <QCache>
#include <QPixmap>

class QTextBlock;

namespace Sysfence {

// Lines of the JSON preview as painted images, so that painting a line the
// view has shown before is one copy of pixels instead of a layout, a
// format split and a glyph run per highlighted token (QTextLayout::draw was
// most of the time an edit spent painting). JSON repeats its lines a lot
// ("{", "},", "\"action\": \"SCMP_ACT_ALLOW\",", the same names in rules
// near each other), and after an edit the view mostly shows lines it showed
// before. An image is found again by what decides its pixels: the line's
// text and highlighting, its background, the pen, where the line starts
// horizontally and the image's size.
class PreviewLineCache final
{
public:
    explicit PreviewLineCache(qsizetype maxBytes = 8 * 1024 * 1024);

    // `block`'s line (its text is `text`) painted as QPlainTextEdit paints
    // it: `background` filled, then `mark` (may be transparent) over it,
    // then the text with `pen` for what the highlighter left uncoloured, at
    // `x`. The block is laid out only when its image is painted anew.
    QPixmap line(const QTextBlock &block, const QString &text, const QColor &background, const QColor &mark,
                 const QColor &pen, qreal x, const QSize &size, qreal devicePixelRatio);

    void clear() { m_images.clear(); }
    // For tests: how many lines were painted anew, and found again.
    int misses() const { return m_misses; }
    int hits() const { return m_hits; }

private:
    QCache<QByteArray, QPixmap> m_images; // cost: KiB
    int m_misses = 0;
    int m_hits = 0;
};

} // namespace Sysfence
