#pragma once

#include <QByteArray>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace Sysfence {

// The rules of one profile text that decoded without a diagnostic. An
// editor reads its whole text back after every edit so that each diagnostic
// points into what Save writes; an edit changes a rule or two and the others
// come back byte for byte, only moved. The same bytes decode the same way,
// so the next read need not decode those again to know they are clean (see
// ProfileDecoder::setCleanRules).
//
// A rule is known two ways. By its place among the elements of "syscalls":
// a parse that follows the text edit by edit (ProfileParse) says which
// elements of the last parse the unchanged ones are, so a vector look-up
// answers. And by its text, up to where the next rule starts (for the last
// one, up to the end of the text), for a text parsed anew; those keys are
// hashed only when first asked for.
class CleanRules final
{
public:
    // `text` is what the keys point into; it is kept alive here.
    explicit CleanRules(const QByteArray &text = {})
        : m_text(text)
    {
    }

    // What is known of a clean rule besides: whether its action is
    // SCMP_ACT_NOTIFY (which needs a listener the rule itself cannot name).
    struct Facts {
        bool notify = false;
    };

    const QByteArray &text() const { return m_text; }
    // How many elements of "syscalls" the parse this was built for has.
    size_t size() const { return m_items.size(); }
    // Element `item` of "syscalls", when it is clean.
    const Facts *at(size_t item) const
    {
        return item < m_items.size() && m_items[item].clean ? &m_items[item].facts : nullptr;
    }
    const Facts *find(std::string_view key) const
    {
        if (!m_keysBuilt) {
            m_keys.reserve(m_items.size());
            for (const Known &known : m_items) {
                if (known.clean) {
                    m_keys.emplace(known.key, known.facts);
                }
            }
            m_keysBuilt = true;
        }
        const auto it = m_keys.find(key);
        return it == m_keys.end() ? nullptr : &it->second;
    }
    // The parse has `count` elements of "syscalls", none known clean yet.
    void reset(size_t count)
    {
        m_items.assign(count, Known{});
        m_keys.clear();
        m_keysBuilt = false;
    }
    // Element `item` (< the count given to reset()) is clean; `key` points into text().
    void setClean(size_t item, std::string_view key, Facts facts)
    {
        m_items[item] = Known{key, facts, true};
        if (m_keysBuilt) {
            m_keys.emplace(key, facts);
        }
    }

private:
    QByteArray m_text;
    struct Known {
        std::string_view key;
        Facts facts;
        bool clean = false;
    };
    std::vector<Known> m_items; // by element of "syscalls"
    mutable std::unordered_map<std::string_view, Facts> m_keys;
    mutable bool m_keysBuilt = false;
};

} // namespace Sysfence
