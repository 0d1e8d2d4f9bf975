#include "jsonpreview.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QTextBlock>

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
