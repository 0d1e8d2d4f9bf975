#pragma once

#include "jsonstyle.h"
#include "jsonvalue.h"

#include "profile/profile.h"

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
};

} // namespace Sysfence
