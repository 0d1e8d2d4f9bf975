#pragma once

#include "jsonvalue.h"

#include <QByteArray>

#include <string_view>
#include <unordered_map>

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

    // What is known of a clean rule besides: whether its action is
    // SCMP_ACT_NOTIFY (which needs a listener the rule itself cannot name).
    struct Facts {
        bool notify = false;
    };

    const QByteArray &text() const { return m_text; }
    const Facts *find(const JsonValue &rule) const
    {
        const auto it = m_rules.find(id(rule));
        return it == m_rules.end() ? nullptr : &it->second.facts;
    }
    const Facts *find(std::string_view key) const
    {
        if (!m_keysBuilt) {
            m_keys.reserve(m_rules.size());
            for (const auto &[rule, known] : m_rules) {
                m_keys.emplace(known.key, known.facts);
            }
            m_keysBuilt = true;
        }
        const auto it = m_keys.find(key);
        return it == m_keys.end() ? nullptr : &it->second;
    }
    void reserve(size_t rules) { m_rules.reserve(rules); }
    // `rule` must be part of root() and `key` point into text().
    void insert(const JsonValue &rule, std::string_view key, Facts facts)
    {
        m_rules.emplace(id(rule), Known{key, facts});
        if (m_keysBuilt) {
            m_keys.emplace(key, facts);
        }
    }

private:
    static const void *id(const JsonValue &rule) { return &rule.members(); }

    QByteArray m_text;
    JsonValue m_root;
    struct Known {
        std::string_view key;
        Facts facts;
    };
    std::unordered_map<const void *, Known> m_rules;
    mutable std::unordered_map<std::string_view, Facts> m_keys;
    mutable bool m_keysBuilt = false;
};

} // namespace Sysfence
