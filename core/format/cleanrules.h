#pragma once

#include <QByteArray>

#include <string_view>
#include <unordered_set>

namespace Sysfence {

// The rules of one profile text that decoded without a diagnostic, by their
// text. An editor reads its whole text back after every edit so that each
// diagnostic points into what Save writes; an edit changes a rule or two and
// the others come back byte for byte, only moved. The same bytes decode the
// same way, so the next read need not decode those again to know they are
// clean (see ProfileDecoder::setCleanRules).
//
// A rule's key is its text up to where the next rule starts (for the last
// one, up to the end of the text): equal keys mean equal rule text.
class CleanRules final
{
public:
    // `text` is what the keys point into; it is kept alive here.
    explicit CleanRules(const QByteArray &text = {})
        : m_text(text)
    {
    }

    const QByteArray &text() const { return m_text; }
    bool contains(std::string_view key) const { return m_keys.find(key) != m_keys.end(); }
    // `key` must point into text().
    void insert(std::string_view key) { m_keys.insert(key); }

private:
    QByteArray m_text;
    std::unordered_set<std::string_view> m_keys;
};

} // namespace Sysfence
