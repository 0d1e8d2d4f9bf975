#include "jsonhighlighter.h"

namespace Sysfence {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDarkTheme(false);
}

void JsonHighlighter::setDarkTheme(bool dark)
{
    m_key.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0x7a) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xf4, 0xb4, 0x00) : QColor(0xb2, 0x4d, 0x00));
    m_literal.setForeground(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2));
    m_action = m_string;
    m_action.setFontWeight(QFont::Bold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"')) {
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            }
            end = std::min(end + 1, n);
            qsizetype after = end;
            while (after < n && text.at(after).isSpace()) {
                ++after;
            }
            const bool isKey = after < n && text.at(after) == QLatin1Char(':');
            const QStringView body = QStringView(text).mid(i, end - i);
            const QTextCharFormat &format = isKey               ? m_key
                : body.startsWith(QLatin1String("\"SCMP_ACT_")) ? m_action
                                                                : m_string;
            setFormat(static_cast<int>(i), static_cast<int>(end - i), format);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < n
                && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.')
                    || text.at(end) == QLatin1Char('+') || text.at(end) == QLatin1Char('-'))) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter()) {
                ++end;
            }
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Sysfence
