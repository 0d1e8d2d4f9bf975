#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Sysfence {

// A small JSON highlighter for systems without KSyntaxHighlighting: keys,
// strings, numbers and literals, in colours taken from the palette.
class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    void setDarkTheme(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_action;
};

} // namespace Sysfence
