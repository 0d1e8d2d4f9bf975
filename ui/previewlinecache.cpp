#include "previewlinecache.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>

namespace Sysfence {

namespace {
template <typename T>
void put(QByteArray *key, T value)
{
    key->append(reinterpret_cast<const char *>(&value), sizeof(value));
}
} // namespace

PreviewLineCache::PreviewLineCache(qsizetype maxBytes)
    : m_images(maxBytes / 1024)
{
}

QPixmap PreviewLineCache::line(const QTextBlock &block, const QString &text, const QColor &background,
                               const QColor &mark, const QColor &pen, qreal x, const QSize &size,
                               qreal devicePixelRatio)
{
    QTextLayout *layout = block.layout();
    const QList<QTextLayout::FormatRange> formats = layout->formats(); // the highlighter's, laid out or not
    QByteArray key;
    key.reserve(text.size() * 2 + formats.size() * 24 + 48);
    put(&key, background.rgba());
    put(&key, mark.rgba());
    put(&key, pen.rgba());
    put(&key, x);
    put(&key, size.width());
    put(&key, size.height());
    put(&key, devicePixelRatio);
    for (const QTextLayout::FormatRange &range : formats) {
        put(&key, range.start);
        put(&key, range.length);
        put(&key, range.format.foreground().color().rgba());
        put(&key, int(range.format.foreground().style()));
        put(&key, range.format.background().color().rgba());
        put(&key, int(range.format.background().style()));
        put(&key, range.format.fontWeight());
        put(&key, range.format.fontItalic());
        put(&key, range.format.fontUnderline());
        put(&key, range.format.fontStrikeOut());
    }
    put(&key, qsizetype(-1)); // formats end here; the text follows
    key.append(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar)));

    if (const QPixmap *found = m_images.object(key)) {
        ++m_hits;
        return *found;
    }
    ++m_misses;
    if (layout->lineCount() == 0) {
        block.document()->documentLayout()->blockBoundingRect(block); // lays it out
    }
    QPixmap image(size * devicePixelRatio);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(background);
    {
        QPainter painter(&image);
        if (mark.alpha() > 0) {
            painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), mark);
        }
        painter.setPen(pen);
        layout->draw(&painter, QPointF(x, 0));
    }
    const qsizetype kib = qsizetype(image.width()) * image.height() * image.depth() / 8 / 1024 + 1;
    m_images.insert(key, new QPixmap(image), kib);
    return image;
}

} // namespace Sysfence
