#pragma once

#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace Sysfence {

// The read-only JSON view of the profile, highlighted by KSyntaxHighlighting
// when the build found it and by JsonHighlighter otherwise.
class JsonPreview final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit JsonPreview(QWidget *parent = nullptr);
    ~JsonPreview() override;

    // "KSyntaxHighlighting 6.x" or "built-in"; shown in the About box.
    static QString highlighterName();

    // Shows `utf8`, changing only the part that differs from what is shown:
    // an edit of one rule in a big profile re-lays-out and re-highlights a
    // few lines instead of the whole text.
    void setJson(const QByteArray &utf8);

    void showLine(int line);
    // Marks whole lines (1-based, inclusive ranges) and scrolls to the first.
    void markLines(const QList<QPair<int, int>> &ranges);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    bool isDark() const;

    QSyntaxHighlighter *m_highlighter = nullptr;
    QByteArray m_shown; // the UTF-8 text the document holds
    // Whether m_shown is all ASCII (then document positions are byte
    // offsets) and whether it has a carriage return: known per edit from the
    // changed lines, instead of from scanning a megabyte each time.
    bool m_shownAscii = false;
    bool m_shownHasReturn = false;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sysfence
