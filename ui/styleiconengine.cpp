#include "styleiconengine.h"

#include <QApplication>
#include <QPainter>

namespace Sysfence {

StyleIconEngine::StyleIconEngine(const QString &themeName, QStyle::StandardPixmap fallback)
    : m_themeName(themeName)
    , m_fallback(fallback)
{
}

QIcon StyleIconEngine::icon(const QString &themeName, QStyle::StandardPixmap fallback)
{
    return QIcon(new StyleIconEngine(themeName, fallback));
}

const QIcon &StyleIconEngine::resolved()
{
    if (!m_resolved) {
        m_resolved = true;
        // As QIcon::fromTheme(name, fallback), without making the fallback
        // when the theme has the icon (a theme icon without sizes is none).
        m_icon = QIcon::fromTheme(m_themeName);
        if (m_icon.isNull() || m_icon.availableSizes().isEmpty()) {
            m_icon = QApplication::style()->standardIcon(m_fallback);
        }
    }
    return m_icon;
}

void StyleIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // As QPixmapIconEngine paints: a pixmap of the rectangle's size in the
    // device's pixels, drawn into the rectangle.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap px = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
    if (px.isNull()) {
        return;
    }
    px.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, px);
}

QSize StyleIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return pixmap(size, mode, state).size();
}

QPixmap StyleIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // A device pixel ratio of 1 asks the icon's own engine for exactly
    // `size` pixels, as a caller of this engine means.
    QPixmap px = resolved().pixmap(size, 1.0, mode, state);
    px.setDevicePixelRatio(1.0);
    return px;
}

QList<QSize> StyleIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return resolved().availableSizes(mode, state);
}

QString StyleIconEngine::iconName()
{
    return resolved().name();
}

bool StyleIconEngine::isNull()
{
    return false;
}

QString StyleIconEngine::key() const
{
    return QStringLiteral("StyleIconEngine");
}

QIconEngine *StyleIconEngine::clone() const
{
    return new StyleIconEngine(*this);
}

} // namespace Sysfence
