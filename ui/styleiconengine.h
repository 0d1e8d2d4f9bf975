#pragma once

#include <QIcon>
#include <QIconEngine>
#include <QStyle>

namespace Sysfence {

// An icon from the desktop's icon theme or, where the theme has none (or
// there is no theme), the style's standard one, looked up the first time it
// is drawn or measured. QStyle::standardIcon decodes every size of its images
// as it is made (three or four PNGs per icon), and most actions' icons are
// only seen once their menu opens: made eagerly, the window's fifteen icons
// were 3 ms of its start-up. Sizes are in device pixels, as an engine's are.
class StyleIconEngine final : public QIconEngine
{
public:
    StyleIconEngine(const QString &themeName, QStyle::StandardPixmap fallback);

    // The icon, not looked up yet.
    static QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    // Without looking it up: every standard pixmap has an image.
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

    // Whether it has been looked up (for tests).
    bool isResolved() const { return m_resolved; }

private:
    const QIcon &resolved();

    QString m_themeName;
    QStyle::StandardPixmap m_fallback;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace Sysfence
