#pragma once

#include "profile.h"

#include <vector>

namespace Sysfence {

// Where a profile's parts are in a JSON text, for placing diagnostics. By
// default the profile's own sources (what it was read from); with `root`, a
// parse of a text the profile was written to, rule i being the i-th element
// of its "syscalls" (an editor checks its profile against the text it just
// wrote without reading that text back into a second profile). A root that
// does not match the profile's rules one to one is not used. An editor's
// parse may keep the values of rules that only moved (see ProfileParse):
// `shifts` then says by how much the offsets in each rule are short.
class ProfileSources final
{
public:
    explicit ProfileSources(const Profile &profile, const JsonValue &root = {},
                            const std::vector<qint64> *shifts = nullptr)
        : m_profile(profile)
    {
        const JsonValue &syscalls = root.value(u"syscalls");
        if (root.isObject() && syscalls.items().size() == size_t(profile.rules.size())) {
            m_root = &root;
            m_rules = &syscalls.items();
            if (shifts && shifts->size() == syscalls.items().size()) {
                m_shifts = shifts;
            }
        }
    }

    const JsonValue &profile() const { return m_root ? *m_root : m_profile.source; }
    const JsonValue &rule(qsizetype index) const
    {
        return m_rules ? (*m_rules)[size_t(index)] : m_profile.rules.at(index).source;
    }
    // Where `value`, a part of rule(index), is in the text.
    qint64 offset(qsizetype index, const JsonValue &value) const
    {
        return value.offset() < 0 || !m_shifts ? value.offset() : value.offset() + (*m_shifts)[size_t(index)];
    }

private:
    const Profile &m_profile;
    const JsonValue *m_root = nullptr;
    const std::vector<JsonValue> *m_rules = nullptr;
    const std::vector<qint64> *m_shifts = nullptr;
};

} // namespace Sysfence
