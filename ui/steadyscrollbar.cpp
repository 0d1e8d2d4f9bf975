#include "steadyscrollbar.h"

#include <QStyleOptionSlider>

namespace Sysfence {

SteadyScrollBar::SteadyScrollBar(Qt::Orientation orientation, QWidget *parent)
    : QScrollBar(orientation, parent)
{
}

SteadyScrollBar::Look SteadyScrollBar::look() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    Look out;
    out.handle = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this);
    out.atMinimum = value() == minimum(); // arrows are drawn disabled at the ends
    out.atMaximum = value() == maximum();
    return out;
}

void SteadyScrollBar::sliderChange(SliderChange change)
{
    if ((change != SliderRangeChange && change != SliderValueChange) || !m_hasPainted
        || style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this)) {
        QScrollBar::sliderChange(change);
        return;
    }
    const Look now = look();
    if (now == m_painted) {
        return; // the same pixels as painted last time
    }
    // Only where the handle was and is, and an arrow that turned enabled or
    // disabled, can look different (QScrollBar repaints it all; the groove
    // is the most of it). Changes before the next paint add up.
    QStyleOptionSlider option;
    initStyleOption(&option);
    QRegion changed = QRegion(m_painted.handle) + now.handle;
    if (now.atMinimum != m_painted.atMinimum) {
        changed += style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSubLine, this);
    }
    if (now.atMaximum != m_painted.atMaximum) {
        changed += style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarAddLine, this);
    }
    constexpr int Edge = 2; // the handle's frame and shadow
    QRegion padded;
    for (const QRect &r : changed) {
        padded += r.adjusted(-Edge, -Edge, Edge, Edge);
    }
    update(padded);
}

void SteadyScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    m_hasPainted = true;
    QScrollBar::paintEvent(event);
}

} // namespace Sysfence
