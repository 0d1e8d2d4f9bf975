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
    if ((change == SliderRangeChange || change == SliderValueChange) && m_hasPainted && look() == m_painted) {
        return; // the same pixels as painted last time
    }
    QScrollBar::sliderChange(change);
}

void SteadyScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    m_hasPainted = true;
    QScrollBar::paintEvent(event);
}

} // namespace Sysfence
