#pragma once

#include "analysis/profilevalidator.h"
#include "format/profilereader.h"
#include "format/profilewriter.h"

#include <QString>

// The property the fuzzer checks, shared with the regression test: whatever
// the reader accepts, write(read(x)) reads back equal, and writing that again
// gives the same bytes. Returns what went wrong, or an empty string.
inline QString roundTripProblem(const QByteArray &text)
{
    using namespace Sysfence;
    const ProfileReader::Result first = ProfileReader::read(text, QStringLiteral("input.json"));
    if (!first.parsed) {
        return {};
    }
    ProfileValidator::validate(first.profile, first.text, QStringLiteral("input.json"));
    const QByteArray written = ProfileWriter::write(first.profile, first.style);
    const ProfileReader::Result second = ProfileReader::read(written);
    if (!second.parsed) {
        return QStringLiteral("the written profile is not JSON any more");
    }
    if (!(second.profile == first.profile)) {
        return QStringLiteral("the written profile reads back different");
    }
    if (ProfileWriter::write(second.profile, second.style) != written) {
        return QStringLiteral("a second save differs from the first");
    }
    return {};
}
