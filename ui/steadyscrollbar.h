#pragma once

#include <QRect>
#include <QScrollBar>

namespace Sysfence {

// A scroll bar that repaints only when how it looks changed, and then only
// where. QScrollBar repaints all of itself whenever its range or value
// changes; the preview's range changes with nearly every edit (a line more
// or less in a text of tens of thousands), while its handle stays on the
// same pixels, and when the handle moves only its old and new places change.
class SteadyScrollBar final : public QScrollBar
{
    Q_OBJECT

public:
    explicit SteadyScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a range or value change can change on screen.
    struct Look {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        bool operator==(const Look &other) const
        {
            return handle == other.handle && atMinimum == other.atMinimum && atMaximum == other.atMaximum;
        }
    };
    Look look() const;

    Look m_painted;
    bool m_hasPainted = false;
};

} // namespace Sysfence
