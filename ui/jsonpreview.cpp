#include "jsonpreview.h"

#include "jsonhighlighter.h"
#include "previewlinecache.h"
#include "steadyscrollbar.h"

#include "format/textcompare.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#ifdef SYSFENCE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

namespace Sysfence {

struct JsonPreview::Private {
#ifdef SYSFENCE_HAVE_KSYNTAXHIGHLIGHTING
    KSyntaxHighlighting::Repository repository;
#endif
};

JsonPreview::JsonPreview(QWidget *parent)
    : QPlainTextEdit(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("jsonPreview"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, this));
    // paintEvent() fills what its lines do not cover: Qt need not fill the
    // whole view first (a second fill of every pixel on every repaint).
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // JSON needs no shaping (no ligatures, no complex scripts in keys); without
    // it Qt maps characters to glyphs directly instead of running HarfBuzz on
    // every line it lays out or paints, which was most of an edit's paint time.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleStrategy(QFont::PreferNoShaping);
    setFont(mono);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    // Read-only: the text changes through setJson, never through typing.
    document()->setUndoRedoEnabled(false);
#ifdef SYSFENCE_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    highlighter->setDefinition(d->repository.definitionForName(QStringLiteral("JSON")));
    m_highlighter = highlighter;
#else
    m_highlighter = new JsonHighlighter(document());
#endif
    applyTheme();
}

JsonPreview::~JsonPreview() = default;

QString JsonPreview::highlighterName()
{
#ifdef SYSFENCE_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
#else
    return tr("built-in highlighter");
#endif
}

bool JsonPreview::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void JsonPreview::applyTheme()
{
#ifdef SYSFENCE_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    highlighter->setTheme(d->repository.defaultTheme(
        isDark() ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
#else
    static_cast<JsonHighlighter *>(m_highlighter)->setDarkTheme(isDark());
#endif
}

namespace {
bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The length in UTF-16 units (QTextDocument positions) of valid UTF-8 bytes.
qsizetype utf16Length(const char *begin, const char *end)
{
    qsizetype n = 0;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if ((c & 0xC0) != 0x80) {
            n += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs
        }
    }
    return n;
}


bool isAscii(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

// A run of lines of one text replaced by a run of lines of the other: byte
// offsets and lengths within each.
struct LineHunk {
    qsizetype before = 0;
    qsizetype beforeLength = 0;
    qsizetype after = 0;
    qsizetype afterLength = 0;
};

// Where two texts differ, line by line: the shortest edit script of their
// lines (Myers' O(ND) algorithm). An edit changes a few lines and shifts
// the hundreds between them, so D is small and the work is about the
// number of lines; past MaxEdits changed lines it gives one hunk for all.
QList<LineHunk> lineHunks(QByteArrayView a, QByteArrayView b)
{
    auto lines = [](QByteArrayView text) {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype end = text.indexOf('\n', from);
            end = end < 0 ? text.size() : end + 1;
            out.append(text.sliced(from, end - from));
            from = end;
        }
        return out;
    };
    const QList<QByteArrayView> x = lines(a);
    const QList<QByteArrayView> y = lines(b);
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    constexpr qsizetype MaxEdits = 2000;
    const QList<LineHunk> whole{LineHunk{0, a.size(), 0, b.size()}};
    if (n == 0 || m == 0) {
        return whole;
    }
    // v[k + offset]: the furthest x reached on diagonal k; one copy per D.
    const qsizetype offset = n + m + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= std::min(n + m, MaxEdits) && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1)); // diagonals -d..d before this round
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype i = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            qsizetype j = i - k;
            while (i < n && j < m && x.at(i) == y.at(j)) {
                ++i;
                ++j;
            }
            v[size_t(offset + k)] = i;
            if (i >= n && j >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        return whole;
    }
    // Back from the end: each step of D is one line taken out of x or put
    // in from y, after a run of equal lines.
    struct Step {
        qsizetype i; // line of x (taken out) or the x position (put in)
        qsizetype j;
        bool out;
    };
    std::vector<Step> steps;
    qsizetype i = n;
    qsizetype j = m;
    for (qsizetype d = found; d > 0; --d) {
        const std::vector<qsizetype> &before = trace[size_t(d)]; // round d-1 left diagonal k at before[k + d]
        auto at = [&](qsizetype k) { return before[size_t(k + d)]; };
        const qsizetype k = i - j;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const qsizetype pk = down ? k + 1 : k - 1;
        const qsizetype pi = at(pk);
        const qsizetype pj = pi - pk;
        i = pi;
        j = pj;
        steps.push_back(down ? Step{pi, pj, false} : Step{pi, pj, true});
    }
    std::reverse(steps.begin(), steps.end());
    // Byte offsets of every line start, then runs of steps as hunks.
    std::vector<qsizetype> xAt(size_t(n + 1), 0);
    std::vector<qsizetype> yAt(size_t(m + 1), 0);
    for (qsizetype l = 0; l < n; ++l) {
        xAt[size_t(l + 1)] = xAt[size_t(l)] + x.at(l).size();
    }
    for (qsizetype l = 0; l < m; ++l) {
        yAt[size_t(l + 1)] = yAt[size_t(l)] + y.at(l).size();
    }
    QList<LineHunk> hunks;
    for (size_t s = 0; s < steps.size();) {
        // A run: steps that follow each other with no equal line between.
        qsizetype xi = steps[s].i;
        qsizetype yj = steps[s].j;
        const qsizetype x0 = xi;
        const qsizetype y0 = yj;
        while (s < steps.size() && steps[s].i == xi && steps[s].j == yj) {
            if (steps[s].out) {
                ++xi;
            } else {
                ++yj;
            }
            ++s;
        }
        hunks.append(LineHunk{xAt[size_t(x0)], xAt[size_t(xi)] - xAt[size_t(x0)], yAt[size_t(y0)],
                              yAt[size_t(yj)] - yAt[size_t(y0)]});
    }
    return hunks;
}
} // namespace

void JsonPreview::replaceJson(const QByteArray &utf8)
{
    const int top = verticalScrollBar()->value();
    setPlainText(QString::fromUtf8(utf8));
    setFirstLine(top); // where the view was, as far as the new text goes
    m_shown = utf8;
    m_shownAscii = isAscii(utf8);
    m_shownHasReturn = utf8.contains('\r');
}

void JsonPreview::setJson(const QByteArray &utf8, const TextCompare::Change *change)
{
    auto showWhole = [this, &utf8] { replaceJson(utf8); };
    // Carriage returns become block breaks in QTextDocument, so positions
    // would not match bytes: such (rare) text is shown whole.
    if (m_shown.isEmpty() || utf8.isEmpty() || m_shownHasReturn) {
        showWhole();
        return;
    }
    const bool known = change && change->leads(m_shown, utf8);
    qsizetype prefix = known ? change->prefix() : TextCompare::commonPrefix(m_shown, utf8);
    while (prefix > 0 && ((prefix < utf8.size() && isContinuation(utf8.at(prefix)))
                          || (prefix < m_shown.size() && isContinuation(m_shown.at(prefix))))) {
        --prefix; // start the change on a whole character
    }
    qsizetype suffix = known ? std::min(change->suffix(), std::min(m_shown.size(), utf8.size()) - prefix)
                             : TextCompare::commonSuffix(m_shown, utf8, prefix);
    while (suffix > 0 && (isContinuation(utf8.at(utf8.size() - suffix))
                          || isContinuation(m_shown.at(m_shown.size() - suffix)))) {
        --suffix;
    }
    if ((known && change->removed == 0 && change->inserted == 0) || (prefix == utf8.size() && prefix == m_shown.size())) {
        m_shown = utf8; // the same bytes: hold the new text, which the next change starts from
        return;
    }
    // The change as whole lines: from the start of the first changed line
    // to the end of the last one.
    while (prefix > 0 && m_shown.at(prefix - 1) != '\n') {
        --prefix;
    }
    while (suffix > 0 && m_shown.at(m_shown.size() - suffix) != '\n') {
        --suffix;
    }
    suffix = std::min(suffix, std::min(m_shown.size(), utf8.size()) - prefix);
    const QByteArrayView before(m_shown.constData() + prefix, m_shown.size() - suffix - prefix);
    const QByteArrayView after(utf8.constData() + prefix, utf8.size() - suffix - prefix);
    // The rest of the new text is the old text's: only the changed lines
    // can bring a carriage return or the first non-ASCII character.
    if (after.contains('\r')) {
        showWhole();
        return;
    }
    const qsizetype start = m_shownAscii ? prefix : utf16Length(m_shown.constBegin(), m_shown.constBegin() + prefix);
    const bool ascii = m_shownAscii && isAscii(after);
    // QPlainTextEdit repaints its whole view whenever the number of lines
    // changes, wherever the change is: an edit of a rule far from the lines
    // in view repainted all of them. The view is kept still here instead:
    // with its updates off while the text changes, lines taken out or put in
    // above the view move the first line in view by as many (so the same
    // lines stay in view, as they are on screen), and the view is repainted
    // only when a changed line is in it.
    const int top = firstVisibleBlock().blockNumber();
    const int rows = linesInView() + 1;
    bool inView = false;
    int shiftAbove = 0; // lines put in less lines taken out above the view
    QTextCursor cursor(document());
    cursor.beginEditBlock(); // one layout pass for all the hunks
    // An edit moves a name from one rule to another: between the two changed
    // lines everything is the same, only shifted. Replace line runs, not the
    // whole stretch, so only the changed lines are laid out and highlighted.
    const QList<LineHunk> hunks = lineHunks(before, after);
    for (auto it = hunks.crbegin(); it != hunks.crend(); ++it) { // from the end: earlier positions stay valid
        const qsizetype at = start + (m_shownAscii ? it->before : utf16Length(before.data(), before.data() + it->before));
        const qsizetype removed = m_shownAscii
            ? it->beforeLength
            : utf16Length(before.data() + it->before, before.data() + it->before + it->beforeLength);
        const int firstLine = document()->findBlock(static_cast<int>(at)).blockNumber();
        const auto linesOut = int(before.sliced(it->before, it->beforeLength).count('\n'));
        const auto linesIn = int(after.sliced(it->after, it->afterLength).count('\n'));
        if (firstLine + linesOut <= top) {
            shiftAbove += linesIn - linesOut;
        } else if (firstLine <= top + rows) {
            inView = true;
        }
        // Marks stay on their lines: those after the change move with them.
        if (linesIn != linesOut) {
            for (auto &mark : m_marks) {
                if (mark.first - 1 >= firstLine + linesOut) { // 1-based
                    mark.first += linesIn - linesOut;
                    mark.second += linesIn - linesOut;
                }
            }
        }
        cursor.setPosition(static_cast<int>(at));
        cursor.setPosition(static_cast<int>(at + removed), QTextCursor::KeepAnchor);
        cursor.insertText(QString::fromUtf8(after.data() + it->after, it->afterLength));
    }
    // Not setUpdatesEnabled(): turning updates on again repaints everything.
    const bool wasQuiet = viewport()->testAttribute(Qt::WA_UpdatesDisabled);
    viewport()->setAttribute(Qt::WA_UpdatesDisabled, true);
    cursor.endEditBlock();
    if (shiftAbove != 0 && !inView) {
        verticalScrollBar()->setValue(top + shiftAbove);
    }
    viewport()->setAttribute(Qt::WA_UpdatesDisabled, wasQuiet);
    // Marks are by line number: the same ones mark other lines in view now.
    if (inView || firstVisibleBlock().blockNumber() != top + shiftAbove || markedRowsInView() != m_paintedMarkRows) {
        viewport()->update();
    }
    m_shown = utf8;
    m_shownAscii = ascii;
}

void JsonPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange) {
        m_lineCache.clear(); // its keys do not say which font or style painted a line
        m_lineHeights.clear();
    }
    QPlainTextEdit::changeEvent(event);
}

void JsonPreview::markLines(const QList<QPair<int, int>> &ranges)
{
    const int scroll = verticalScrollBar()->value();
    const bool changed = ranges != m_marks;
    m_marks = ranges;
    centerFirstMark();
    // Marks moved with the lines an edit shifted, but the lines in view
    // and the marks on them are the same: nothing to repaint.
    if (changed && (verticalScrollBar()->value() != scroll || markedRowsInView() != m_paintedMarkRows)) {
        viewport()->update();
    }
}

QList<int> JsonPreview::markedRowsInView() const
{
    QList<int> rows;
    const int top = firstVisibleBlock().blockNumber() + 1; // 1-based, as marks are
    const int count = linesInView() + 1;
    for (const auto &range : m_marks) {
        for (int line = std::max(range.first, top); line <= std::min(range.second, top + count - 1); ++line) {
            rows.append(line - top);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void JsonPreview::centerFirstMark()
{
    if (m_marks.isEmpty()) {
        m_markScroll = -1;
        return;
    }
    // One line a step (no wrapping): the first mark in the middle.
    const int target = std::max(0, m_marks.constFirst().first - 1 - linesInView() / 2);
    setFirstLine(target);
    m_markScroll = verticalScrollBar()->value();
}

void JsonPreview::setFirstLine(int line)
{
    if (verticalScrollBar()->value() == line) {
        return;
    }
    // QPlainTextEdit scrolls the pixels in view by the height of every line
    // between the old first line and the new one, laying each out to know
    // it: hundreds of lines for a jump to where an edit moved a rule. With
    // updates off it only moves and repaints the view, as after an edit it
    // must anyway.
    const bool jump = std::abs(verticalScrollBar()->value() - line) > linesInView();
    if (jump && viewport()->updatesEnabled()) {
        viewport()->setUpdatesEnabled(false);
        verticalScrollBar()->setValue(line);
        viewport()->setUpdatesEnabled(true);
    } else {
        verticalScrollBar()->setValue(line);
    }
}

int JsonPreview::linesInView() const
{
    return std::max(1, viewport()->height() / std::max(1, fontMetrics().lineSpacing()));
}

void JsonPreview::setLineCacheEnabled(bool enabled)
{
    if (enabled == m_lineCacheEnabled) {
        return;
    }
    m_lineCacheEnabled = enabled;
    m_lineCache.clear();
    viewport()->update();
}

void JsonPreview::paintEvent(QPaintEvent *event)
{
    m_paintedMarkRows = markedRowsInView();
    const QRect area = event->rect();
    QPointF offset = contentOffset();
    QTextBlock block = firstVisibleBlock();
    const int top = block.blockNumber() + 1; // 1-based
    const int bottom = top + linesInView() + 1;
    QList<QPair<int, int>> inView; // a syscall can be in hundreds of rules
    for (const auto &range : std::as_const(m_marks)) {
        if (range.second >= top && range.first <= bottom) {
            inView.append(range);
        }
    }
    auto isMarked = [&inView](int line) {
        return std::any_of(inView.cbegin(), inView.cend(),
                           [line](const auto &range) { return range.first <= line && line <= range.second; });
    };
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlpha(50);

    // Lines from the cache, unless something else than the text and its
    // marks is drawn on them: a selection (the preview is read-only and
    // shows no cursor), or lines at fractional heights.
    const bool cached = m_lineCacheEnabled && !textCursor().hasSelection() && offset.y() == std::floor(offset.y());
    if (cached) {
        QPainter painter(viewport());
        const QColor base = viewport()->palette().color(QPalette::Base);
        const QColor pen = viewport()->palette().brush(viewport()->foregroundRole()).color();
        const int width = viewport()->width();
        const qreal dpr = viewport()->devicePixelRatioF();
        if (offset.y() > area.top()) { // above the first line: the document's top margin
            painter.fillRect(QRectF(QPointF(area.left(), area.top()), QPointF(area.right() + 1, offset.y())), base);
        }
        bool whole = true;
        // A line found in the cache needs no layout, only its height: lines
        // of ASCII (all in the preview's own font) not at the end (which
        // has the document's margin) are as high as one laid out before.
        // Laying out shapes the text, most of what painting it would cost.
        // The fonts the highlighter uses in a line (bold, italic) make its
        // height: lines are as high as a line laid out with the same ones.
        auto fontsOf = [](const QTextBlock &b) {
            quint64 fonts = 0;
            for (const QTextLayout::FormatRange &range : b.layout()->formats()) {
                const QTextCharFormat &f = range.format;
                if (f.hasProperty(QTextFormat::FontPointSize) || f.hasProperty(QTextFormat::FontPixelSize)
                    || f.hasProperty(QTextFormat::FontFamilies) || f.hasProperty(QTextFormat::FontStyleName)) {
                    return ~quint64(0); // not one of the few known
                }
                const int weight = f.hasProperty(QTextFormat::FontWeight) ? f.fontWeight() / 100 : 0;
                fonts |= quint64(1) << ((weight & 15) * 2 + (f.fontItalic() ? 1 : 0));
            }
            return fonts;
        };
        for (; block.isValid(); block = block.next()) {
            const QString text = block.text();
            const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
            const bool oneLine = ascii && block.isVisible() && block.next().isValid();
            const quint64 fonts = oneLine ? fontsOf(block) : ~quint64(0);
            const auto known = oneLine && fonts != ~quint64(0) ? m_lineHeights.constFind(fonts) : m_lineHeights.cend();
            const bool plain = known != m_lineHeights.cend() && block.layout()->lineCount() == 0;
            const QRectF r = plain ? QRectF(offset, QSizeF(width, *known)) : blockBoundingRect(block).translated(offset);
            if (oneLine && fonts != ~quint64(0) && !plain && block.layout()->lineCount() == 1) {
                m_lineHeights.insert(fonts, r.height());
            }
            if (r.top() > area.bottom()) {
                break;
            }
            if (block.isVisible() && r.bottom() >= area.top() && r.height() > 0) {
                if (r.height() != std::floor(r.height())) {
                    whole = false; // not a line of text as the cache paints it
                    break;
                }
                const int line = block.blockNumber() + 1;
                const QPixmap image = m_lineCache.line(block, text, base, isMarked(line) ? mark : QColor(Qt::transparent),
                                                       pen, offset.x(), QSize(width, int(r.height())), dpr);
                painter.drawPixmap(QPointF(0, r.top()), image);
            }
            offset.ry() += r.height();
        }
        if (whole) {
            if (offset.y() <= area.bottom()) { // below the last line
                painter.fillRect(QRectF(QPointF(area.left(), offset.y()), QPointF(area.right() + 1, area.bottom() + 1)), base);
            }
            return;
        }
    }
    // The way QPlainTextEdit paints: its background first.
    {
        QPainter painter(viewport());
        painter.fillRect(area, viewport()->palette().color(QPalette::Base));
    }
    // Marks are a background behind the lines in view, painted here before
    // the text: as extra selections each placed one cost a layout of its
    // lines and a clipped second drawing of them, on every edit and scroll.
    if (!inView.isEmpty()) {
        offset = contentOffset();
        QPainter painter(viewport());
        for (block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF r = blockBoundingGeometry(block).translated(offset);
            if (r.top() > area.bottom()) {
                break;
            }
            if (isMarked(block.blockNumber() + 1) && r.bottom() >= area.top()) {
                painter.fillRect(QRectF(0, r.top(), viewport()->width(), r.height()), mark);
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void JsonPreview::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Marked before the window was laid out (or resized since): keep the
    // first mark in the middle unless the user scrolled away.
    if (!m_marks.isEmpty() && verticalScrollBar()->value() == m_markScroll) {
        centerFirstMark();
    }
}

void JsonPreview::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid()) {
        return;
    }
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

} // namespace Sysfence
