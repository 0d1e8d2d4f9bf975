#include "jsonpreview.h"

#include "jsonhighlighter.h"

#include "format/textcompare.h"

#include <QFontDatabase>
#include <QTextBlock>

#include <algorithm>
#include <cstring>

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
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
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

} // namespace

void JsonPreview::setJson(const QByteArray &utf8)
{
    // Carriage returns become block breaks in QTextDocument, so positions
    // would not match bytes: such (rare) text is shown whole.
    if (m_shown.isEmpty() || utf8.isEmpty() || utf8.contains('\r') || m_shown.contains('\r')) {
        setPlainText(QString::fromUtf8(utf8));
        m_shown = utf8;
        return;
    }
    qsizetype prefix = TextCompare::commonPrefix(m_shown, utf8);
    while (prefix > 0 && ((prefix < utf8.size() && isContinuation(utf8.at(prefix)))
                          || (prefix < m_shown.size() && isContinuation(m_shown.at(prefix))))) {
        --prefix; // start the change on a whole character
    }
    qsizetype suffix = TextCompare::commonSuffix(m_shown, utf8, prefix);
    while (suffix > 0 && (isContinuation(utf8.at(utf8.size() - suffix))
                          || isContinuation(m_shown.at(m_shown.size() - suffix)))) {
        --suffix;
    }
    if (prefix == utf8.size() && prefix == m_shown.size()) {
        return;
    }
    const qsizetype start = utf16Length(m_shown.constBegin(), m_shown.constBegin() + prefix);
    const qsizetype removed = utf16Length(m_shown.constBegin() + prefix, m_shown.constEnd() - suffix);
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(start));
    cursor.setPosition(static_cast<int>(start + removed), QTextCursor::KeepAnchor);
    cursor.insertText(QString::fromUtf8(utf8.constData() + prefix, utf8.size() - suffix - prefix));
    m_shown = utf8;
}

void JsonPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
    QPlainTextEdit::changeEvent(event);
}

void JsonPreview::markLines(const QList<QPair<int, int>> &ranges)
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(50);
    for (const auto &[first, last] : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor cursor(document()->findBlockByNumber(first - 1));
        const QTextBlock end = document()->findBlockByNumber(last - 1);
        cursor.setPosition(end.isValid() ? end.position() + end.length() - 1 : cursor.position(), QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selections.append(selection);
    }
    setExtraSelections(selections);
    if (!ranges.isEmpty()) {
        const QTextBlock block = document()->findBlockByNumber(ranges.constFirst().first - 1);
        if (block.isValid()) {
            // Keep the text cursor out of it: scroll, without selecting.
            QTextCursor cursor(block);
            setTextCursor(cursor);
            centerCursor();
        }
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
