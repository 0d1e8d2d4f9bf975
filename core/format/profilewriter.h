#pragma once

#include "jsonstyle.h"
#include "jsonvalue.h"

#include "profileparse.h"
#include "textcompare.h"

#include "profile/profile.h"
#include "profile/rulechange.h"

#include <QByteArray>

namespace Sysfence {

// Writes a Profile as Docker JSON. Every part the user did not change is
// written as it was read: its key order, unknown fields, null-versus-empty and
// number spellings. Changed parts keep their place; new ones are laid out as
// in Docker's own profile.
class ProfileWriter final {
public:
    static JsonValue toJson(const Profile &profile);
    static JsonValue toJson(const Rule &rule);
    static QByteArray write(const Profile &profile, const JsonStyle &style = JsonStyle::dockerDefault());
    // What write(profile, style) gives, made from `previous` (what it gave for
    // the profile before `change`, and parsed as `parse`) by writing only the
    // rules the change put in: an editor's text after an edit. Falls back to
    // write() when the change or the text's layout does not allow it. With
    // `before`, the profile the change was made to, rules of the run that
    // are the same shared rules as before (only moved) are copied, not written.
    // `textChange`, when given, says which bytes of parse.text() the result
    // replaced (left unknown, with `before` null, after a whole write).
    static QByteArray rewrite(const Profile &profile, const JsonStyle &style, const ProfileParse &parse,
                              const RuleChange &change, const Profile *before = nullptr,
                              TextCompare::Change *textChange = nullptr);
};

} // namespace Sysfence
