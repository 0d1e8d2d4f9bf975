#pragma once

#include <QByteArray>
#include <QList>

namespace Sysfence {

// Maps byte offsets in a UTF-8 text to 1-based line and column numbers, with
// columns counted in characters as editors show them.
class TextPositions final {
public:
    TextPositions() = default;
    explicit TextPositions(const QByteArray &text);

    struct Position {
        int line = 0;
        int column = 0;
    };

    Position position(qint64 offset) const;

private:
    QByteArray m_text;
    QList<qint64> m_lineStarts;
};

} // namespace Sysfence
