#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>

// Modal message boxes block in exec(): this answers the next one from inside
// its event loop, after letting the test look at it.
namespace MessageBoxes {

inline void answerNext(std::function<void(QMessageBox *)> answer)
{
    QTimer::singleShot(10, qApp, [answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNext(answer);
            return;
        }
        answer(box);
    });
}

// The text of a box, with the informative part, as the user reads it.
inline QString fullText(const QMessageBox *box)
{
    return box->text() + QLatin1Char('\n') + box->informativeText();
}

} // namespace MessageBoxes
