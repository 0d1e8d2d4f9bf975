#pragma once

#include "format/textcompare.h"
#include "previewlinecache.h"

#include <QHash>
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
    // `change`, when it leads from what is shown to `utf8` (see
    // TextCompare::Change), spares comparing the two texts. The lines in
    // view stay in view (lines put in or taken out above them move the
    // view along), and the view is repainted only if one of them changed.
    void setJson(const QByteArray &utf8, const TextCompare::Change *change = nullptr);
    // Shows `utf8` in place of what is shown, without comparing the two: for
    // another document (a diff of two unrelated texts is all work and no gain).
    void replaceJson(const QByteArray &utf8);

    void showLine(int line);
    // Marks whole lines (1-based, inclusive ranges) and scrolls the first to
    // the middle of the view, leaving the text cursor where it is. Lines
    // setJson() puts in or takes out before a mark move it along.
    void markLines(const QList<QPair<int, int>> &ranges);
    const QList<QPair<int, int>> &markedLines() const { return m_marks; }
    // Scrolls so that `line` (0-based) is the first in view.
    void setFirstLine(int line);
    // Lines are painted from images of lines painted before (see
    // PreviewLineCache); off, each is laid out and drawn every time, as
    // QPlainTextEdit does. For tests and benchmarks: both look the same.
    void setLineCacheEnabled(bool enabled);
    void clearLineCache() { m_lineCache.clear(); }
    const PreviewLineCache &lineCache() const { return m_lineCache; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyTheme();
    bool isDark() const;
    void centerFirstMark();
    int linesInView() const;
    // Which rows of the view (0 = the first line in view) are marked.
    QList<int> markedRowsInView() const;

    QList<QPair<int, int>> m_marks;
    int m_markScroll = -1; // where centring the first mark scrolled to
    QList<int> m_paintedMarkRows; // markedRowsInView() when the view was last painted
    PreviewLineCache m_lineCache;
    QHash<quint64, qreal> m_lineHeights; // of a one-line ASCII block, by the fonts its formats use
    bool m_lineCacheEnabled = true;

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
