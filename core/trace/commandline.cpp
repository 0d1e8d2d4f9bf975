#include "commandline.h"

namespace Sysfence::CommandLine {

std::optional<QStringList> split(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote : quint8 { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\'')) {
                quote = Quote::None;
            } else {
                word.append(c);
            }
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < text.size()
                       && QStringView(u"\"\\$`").contains(text.at(i + 1))) {
                word.append(text.at(++i));
            } else {
                word.append(c);
            }
            continue;
        case Quote::None:
            break;
        }
        if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
        } else if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            word.append(text.at(++i));
        } else {
            word.append(c);
        }
    }
    if (quote != Quote::None) {
        return std::nullopt;
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

QString join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words) {
        bool plain = !w.isEmpty();
        for (const QChar c : w) {
            plain = plain && (c.isLetterOrNumber() || QStringView(u"-_./=:,+@%").contains(c));
        }
        if (plain) {
            quoted.append(w);
        } else {
            QString q = w;
            q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            quoted.append(QLatin1Char('\'') + q + QLatin1Char('\''));
        }
    }
    return quoted.join(QLatin1Char(' '));
}

} // namespace Sysfence::CommandLine
