#pragma once

#include <QByteArray>

#include <cstddef>
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
    // `text` is what the keys are taken from; it is kept alive here.
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
                    m_keys.emplace(keyOf(known), known.facts);
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
    // Element `item` (< size()) is clean; its key is text()[offset, offset + length).
    void setClean(size_t item, qint64 offset, qint64 length, Facts facts)
    {
        Known &known = m_items[item];
        known = Known{offset, length, facts, true};
        if (m_keysBuilt) {
            m_keys.emplace(keyOf(known), facts);
        }
    }
    // What `previous`, the clean rules of the text before an edit, knew of
    // the elements the edit left alone: elements [first, first + removed)
    // of that text became [first, first + inserted) of this one (not known
    // yet), and the text of those after them moved by `shift` bytes. Their
    // bytes are the same, so is what decoding them would find.
    void splice(const CleanRules &previous, size_t first, size_t removed, size_t inserted, qint64 shift)
    {
        const std::vector<Known> &old = previous.m_items;
        m_items.clear();
        m_items.reserve(old.size() - removed + inserted);
        m_items.insert(m_items.end(), old.begin(), old.begin() + std::ptrdiff_t(first));
        m_items.resize(first + inserted);
        const size_t after = m_items.size();
        m_items.insert(m_items.end(), old.begin() + std::ptrdiff_t(first + removed), old.end());
        for (size_t i = after; i < m_items.size(); ++i) {
            m_items[i].offset += shift;
        }
        m_keys.clear();
        m_keysBuilt = false;
    }

private:
    QByteArray m_text;
    struct Known {
        qint64 offset = 0; // the key: where the rule starts up to where the next one does
        qint64 length = 0;
        Facts facts;
        bool clean = false;
    };
    std::string_view keyOf(const Known &known) const
    {
        return std::string_view(m_text.constData() + known.offset, size_t(known.length));
    }
    std::vector<Known> m_items; // by element of "syscalls"
    mutable std::unordered_map<std::string_view, Facts> m_keys;
    mutable bool m_keysBuilt = false;
};

} // namespace Sysfence
