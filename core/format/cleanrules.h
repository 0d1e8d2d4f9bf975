#pragma once

#include "jsonvalue.h"

#include <QByteArray>

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace Sysfence {

// The rules of one profile text that decoded without a diagnostic. An
// editor reads its whole text back after every edit so that each diagnostic
// points into what Save writes; an edit changes a rule or two and the others
// come back byte for byte, only moved. The same bytes decode the same way,
// so the next read need not decode those again to know they are clean (see
// ProfileDecoder::setCleanRules).
//
// A rule is known two ways. By its parsed value: a parse that follows the
// text edit by edit (ProfileParse) keeps the very same value for a rule that
// only moved, so one pointer look-up answers. And by its text, up to where
// the next rule starts (for the last one, up to the end of the text), for a
// text parsed anew; those keys are hashed only when first asked for.
class CleanRules final
{
public:
    // `text` is what the keys point into and `root` the parse of it the
    // rules' values belong to; both are kept alive here, so no value known
    // here can be freed and another one take its address.
    explicit CleanRules(const QByteArray &text = {}, const JsonValue &root = {})
        : m_text(text)
        , m_root(root)
    {
    }

    const QByteArray &text() const { return m_text; }
    bool contains(const JsonValue &rule) const { return m_rules.find(id(rule)) != m_rules.end(); }
    bool contains(std::string_view key) const
    {
        if (!m_keysBuilt) {
            m_keys.reserve(m_rules.size());
            for (const auto &[rule, text] : m_rules) {
                m_keys.insert(text);
            }
            m_keysBuilt = true;
        }
        return m_keys.find(key) != m_keys.end();
    }
    // `rule` must be part of root() and `key` point into text().
    void insert(const JsonValue &rule, std::string_view key)
    {
        m_rules.emplace(id(rule), key);
        if (m_keysBuilt) {
            m_keys.insert(key);
        }
    }

private:
    static const void *id(const JsonValue &rule) { return &rule.members(); }

    QByteArray m_text;
    JsonValue m_root;
    std::unordered_map<const void *, std::string_view> m_rules;
    mutable std::unordered_set<std::string_view> m_keys;
    mutable bool m_keysBuilt = false;
};

} // namespace Sysfence
